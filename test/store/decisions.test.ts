import { expect } from '@open-wc/testing';
import {
  allRecord,
  changes,
  choose,
  deniedCookies,
  diff,
  isGranted,
  isValid,
  judge,
  newRecord,
  respectsGpc,
  serverState,
  snapshot,
  stands,
  type Choice,
  type Ground,
} from '../../src/store/decisions.js';
import { category } from './purposes.js';
import type { ConsentRecord } from '../../src/store/record.js';

/** The decision rules alone: pure functions, no page, no store. */

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 6, 12);

const VIDEO = category('video');
VIDEO.services.push({ id: 'youtube', category: 'video', clearCookies: [], path: '', shown: {} });

const CATEGORIES = [category('necessary'), category('analytics'), category('marketing'), VIDEO];

function ground(record: ConsentRecord | null = null, options: Partial<Ground> = {}): Ground {
  return { categories: CATEGORIES, record, revision: 1, days: 182, gpc: false, ...options };
}

function record(options: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    id: 'k3x9k3x9k3x9k3x9',
    revision: 1,
    decidedAt: NOW - DAY,
    method: 'custom',
    decided: true,
    gpc: false,
    categories: { analytics: true, marketing: false, video: false },
    services: {},
    ...options,
  };
}

const stamp = { id: 'a1b2c3d4e5f6g7h8', now: NOW };

/** A choice, with the problems it reports. */
function decide(from: Ground, choices: object, choice: Choice) {
  const problems: unknown[][] = [];
  const find = (id: string) =>
    from.categories.find((c) => c.id === id) ??
    from.categories.flatMap((c) => c.services).find((s) => s.id === id);
  const record = choose(
    from,
    () => stamp,
    choices,
    choice,
    find,
    (...problem) => problems.push(problem),
  );
  return { record, problems };
}

describe('decision rules', () => {
  it('"Accept all" and "Reject all" decide every non-required purpose, and nothing else', () => {
    const accepted = allRecord(ground(), stamp, true, 'accept-all');
    expect(accepted.categories).to.deep.equal({ analytics: true, marketing: true, video: true });
    expect(accepted.services).to.deep.equal({});
    expect(accepted).to.include({ id: stamp.id, decidedAt: NOW, decided: true, revision: 1 });
    const refused = allRecord(ground(), stamp, false, 'reject-all');
    expect(Object.values(refused.categories)).to.deep.equal([false, false, false]);
  });

  it('keeps answers for purposes this page does not know; a refusal of all refuses them', () => {
    const before = record({ categories: { analytics: true, newsletter: true } });
    const custom = newRecord(ground(before), stamp, 'custom', true, { analytics: false }, {});
    expect(custom.categories).to.deep.equal({ newsletter: true, analytics: false });
    const refusal = allRecord(ground(before), stamp, false, 'reject-all');
    expect(refusal.categories.newsletter).to.equal(false);
    const gpc = allRecord(ground(before, { gpc: true }), stamp, false, 'gpc');
    expect(gpc.categories.newsletter).to.equal(false);
    expect(gpc.gpc).to.equal(true);
  });

  it('keeps the answer for a service this page does not know, whatever decides here', () => {
    // On another page, a gate's service was refused on its own: vimeo under video.
    const before = record({
      categories: { video: true },
      services: { youtube: true, vimeo: false },
    });
    const save = decide(
      ground(before),
      { video: true },
      { method: 'custom', replaceServices: true, mayGrant: true },
    );
    expect(save.record!.services).to.deep.equal({ vimeo: false });
    const accepted = allRecord(ground(before), stamp, true, 'accept-all');
    expect(accepted.services).to.deep.equal({ vimeo: false });
    const refused = allRecord(ground(before), stamp, false, 'reject-all');
    expect(refused.services).to.deep.equal({ vimeo: false });
    const granted = record({ services: { vimeo: true } });
    expect(allRecord(ground(granted), stamp, false, 'reject-all').services).to.deep.equal({
      vimeo: false,
    });
    expect(allRecord(ground(granted), stamp, true, 'accept-all').services).to.deep.equal({
      vimeo: true,
    });
  });

  it('a granted category grants its services, unless a service was decided on its own', () => {
    const granted = snapshot(ground(record({ categories: { video: true } })));
    expect(granted.services).to.deep.equal({ youtube: true });
    const alone = snapshot(
      ground(record({ categories: { video: true }, services: { youtube: false } })),
    );
    expect(alone.services).to.deep.equal({ youtube: false });
    expect(alone.categories.video).to.equal(true);
  });

  it('required purposes are on whatever the record says; nothing else without a record', () => {
    const empty = snapshot(ground());
    expect(empty.categories).to.deep.equal({
      necessary: true,
      analytics: false,
      marketing: false,
      video: false,
    });
    expect(empty).to.include({ decided: false, decidedAt: null, expiresAt: null, method: null });
    expect(Object.isFrozen(empty) && Object.isFrozen(empty.categories)).to.equal(true);
  });

  it('a configured purpose the record never covered asks again; a discovered one does not', () => {
    const covered = record({ categories: { analytics: true, marketing: false } });
    expect(snapshot(ground(covered)).decided).to.equal(false, 'video was never answered');
    const discovered = [...CATEGORIES.slice(0, 3), { ...VIDEO, discovered: true }];
    expect(snapshot(ground(covered, { categories: discovered })).decided).to.equal(true);
    // Under GPC the signal answers it.
    expect(snapshot(ground(covered, { gpc: true })).decided).to.equal(true);
  });

  it('a record stands under its revision or a later one, until it expires, and not from the future', () => {
    const now = Date.now();
    const at = (decidedAt: number, revision = 1) => record({ decidedAt, revision });
    expect(isValid(at(now - DAY), { revision: 1, days: 182 })).to.equal(true);
    expect(isValid(at(now - DAY), { revision: 2, days: 182 })).to.equal(false);
    expect(isValid(at(now - DAY, 3), { revision: 2, days: 182 })).to.equal(true);
    expect(isValid(at(now - 183 * DAY), { revision: 1, days: 182 })).to.equal(false);
    expect(isValid(at(now + 2 * DAY), { revision: 1, days: 182 })).to.equal(false);
  });

  it('GPC leaves standing a record that grants nothing, or a choice made under the signal', () => {
    expect(respectsGpc(null)).to.equal(false);
    expect(respectsGpc(record())).to.equal(false, 'analytics granted without the signal');
    expect(respectsGpc(record({ categories: { analytics: false } }))).to.equal(true);
    expect(respectsGpc(record({ gpc: true, method: 'custom' }))).to.equal(true);
    expect(respectsGpc(record({ gpc: true, method: 'gpc' }))).to.equal(false);
  });

  it('the ids whose grant changed', () => {
    expect(diff({ a: true, b: false }, { a: false, b: false, c: true })).to.deep.equal(['a', 'c']);
  });

  it('a choice decides the valid ids it names, and says what it ignored', () => {
    const before = record({ services: { youtube: true } });
    const { record: made, problems } = decide(
      ground(before),
      { analytics: false, youtube: false, necessary: false, unknown: true, marketing: 'yes' },
      { method: 'custom', mayGrant: true },
    );
    expect(made?.categories).to.deep.equal({ analytics: false, marketing: false, video: false });
    expect(made?.services).to.deep.equal({ youtube: false });
    expect(made).to.include({ method: 'custom', decided: true, decidedAt: NOW });
    expect(problems).to.deep.equal([
      ['warn', 'W09', 'necessary'],
      ['error', 'E33', 'marketing'],
    ]);
  });

  it('a choice that cannot grant, or names nothing valid, decides nothing', () => {
    const refused = decide(
      ground(),
      { analytics: true },
      { method: 'custom', byScript: true, mayGrant: false },
    );
    expect(refused).to.deep.equal({ record: null, problems: [['warn', 'W08', 'analytics']] });
    const empty = decide(
      ground(),
      { nope: true },
      { method: 'custom', byScript: true, mayGrant: true },
    );
    expect(empty).to.deep.equal({ record: null, problems: [['error', 'E34']] });
    const gate = decide(ground(), {}, { method: 'gate', mayGrant: true });
    expect(gate.record).to.equal(null);
    // The dialog's Save with nothing optional on the page is the visitor's answer.
    const saved = decide(ground(), {}, { method: 'custom', mayGrant: true });
    expect(saved.record?.decided).to.equal(true);
  });

  it('"Always allow" on a gate answers the banner only when a decision exists', () => {
    const first = decide(ground(), { video: true }, { method: 'gate', mayGrant: true });
    expect(first.record).to.include({ method: 'gate', decided: false });
    const later = decide(ground(record()), { video: true }, { method: 'gate', mayGrant: true });
    expect(later.record).to.include({ decided: true });
    const replaced = decide(
      ground(record({ services: { youtube: true } })),
      { analytics: true },
      { method: 'custom', replaceServices: true, mayGrant: true },
    );
    expect(replaced.record?.services).to.deep.equal({});
  });

  it('judges a stored record: void when stale, replaced by a local refusal under GPC', () => {
    const stale = record({ revision: 1 });
    expect(judge(ground(null, { revision: 2 }), stale, () => stamp)).to.deep.equal({
      record: null,
      local: false,
    });
    const kept = record({ decidedAt: Date.now() - DAY });
    expect(judge(ground(), kept, () => stamp).record).to.equal(kept);
    const gpc = judge(ground(null, { gpc: true }), kept, () => stamp);
    expect(gpc.local).to.equal(true);
    expect(gpc.record).to.include({ method: 'gpc', decided: true });
    expect(Object.values(gpc.record!.categories).some(Boolean)).to.equal(false);
  });

  it('between two tabs, the newest decision stands', () => {
    const own = record({ decidedAt: NOW });
    expect(stands(own, record({ decidedAt: NOW - 1 }), 0)).to.equal(true);
    expect(stands(own, record({ decidedAt: NOW + 1 }), 0)).to.equal(false);
    expect(stands(own, null, NOW + 1)).to.equal(false, 'a later withdrawal');
    expect(stands(own, null, NOW - 1)).to.equal(true);
    // Made while this clock ran fast: the other tab's decision or withdrawal is the newer.
    const ahead = record({ decidedAt: Date.now() + 3_600_000 });
    expect(stands(ahead, null, Date.now())).to.equal(false, 'a withdrawal made now');
    expect(stands(ahead, record({ decidedAt: Date.now() }), 0)).to.equal(false);
  });

  it('reads grants as own properties only, and lists the cookies of what is denied', () => {
    const state = snapshot(ground(record({ categories: { analytics: true } })));
    expect(isGranted(state, 'analytics')).to.equal(true);
    expect(isGranted(state, 'youtube')).to.equal(false);
    expect(isGranted(state, 'constructor')).to.equal(false);
    const withCookies = [
      category('analytics', { clearCookies: ['_ga*'] }),
      category('video', {
        services: [
          { id: 'youtube', category: 'video', clearCookies: ['YSC'], path: '', shown: {} },
        ],
      }),
    ];
    expect(deniedCookies(withCookies, state)).to.deep.equal(['YSC']);
  });

  it('says what changed between two states, or null for nothing', () => {
    const empty = snapshot(ground());
    expect(changes(empty, snapshot(ground()))).to.equal(null);
    expect(
      changes(empty, snapshot(ground(record({ categories: { analytics: true } })))),
    ).to.deep.equal(['analytics']);
    const refused = record({ categories: { analytics: false, marketing: false, video: false } });
    expect(changes(empty, snapshot(ground(refused)))).to.deep.equal([]);
  });
});

describe('serverState', () => {
  it('is what a server renders: undecided, nothing granted, frozen', async () => {
    expect(serverState).to.deep.equal({
      decided: false,
      categories: {},
      services: {},
      revision: 1,
      decidedAt: null,
      expiresAt: null,
      method: null,
      gpc: false,
    });
    expect(Object.isFrozen(serverState)).to.equal(true);
    // The same object from every entry a framework imports (React compares snapshots by identity).
    expect((await import('../../src/index.js')).serverState).to.equal(serverState);
    expect((await import('../../src/store-entry.js')).serverState).to.equal(serverState);
  });
});
