import type { ConsentMethod, ConsentState } from './types.js';
import { DAY, encodeRecord, isCurrent, type ConsentRecord } from './record.js';
import type { Category, Service } from './registry.js';
import type { Code } from '../diagnostics/report.js';
import { DEFAULT_REVISION } from './defaults.js';

/**
 * The decision rules, as pure functions of what they are given: the purposes known, the
 * record in force, the page's settings and the clock. The store calls them and keeps the
 * results; nothing here reads the page, writes anything or reports anything.
 */

/** What a decision is judged against. */
export interface Ground {
  /** The known purposes, in display order. */
  categories: readonly Category[];
  /** The valid stored decision in force, if any. */
  record: ConsentRecord | null;
  /** The configuration's policy revision. */
  revision: number;
  /** How long a decision stands, in days. */
  days: number;
  /** A Global Privacy Control signal is present and honoured. */
  gpc: boolean;
}

/** Who decides and when: the browser's consent id, and the decision time (epoch ms). */
export interface Stamp {
  id: string;
  now: number;
}

/** Whether a stored record stands under the page's revision and expiry. */
export function isValid(record: ConsentRecord, ground: Pick<Ground, 'revision' | 'days'>): boolean {
  return isCurrent(record, ground.revision, ground.days);
}

/**
 * A record that a Global Privacy Control signal leaves standing: one that grants
 * nothing, or an explicit choice made under the signal (CONTRACT §4).
 */
export function respectsGpc(record: ConsentRecord | null): boolean {
  if (!record) return false;
  if (record.gpc && record.method !== 'gpc') return true;
  return (
    !Object.values(record.categories).some(Boolean) && !Object.values(record.services).some(Boolean)
  );
}

/**
 * A new record. Answers given for ids this page does not know, categories and services
 * alike, are kept (another page may use them); a refusal of everything (`reject-all`,
 * `gpc`) refuses those too, and keeps them answered.
 */
export function newRecord(
  ground: Ground,
  stamp: Stamp,
  method: ConsentMethod,
  decided: boolean,
  categories: Record<string, boolean>,
  services: Record<string, boolean>,
): ConsentRecord {
  const refuseAll = method === 'reject-all' || method === 'gpc';
  const known = new Set(
    ground.categories.flatMap((category) => category.services.map((s) => s.id)),
  );
  const kept = (answers: Record<string, boolean> = {}, skip?: Set<string>) => {
    const out: Record<string, boolean> = {};
    for (const [id, granted] of Object.entries(answers)) {
      if (!skip?.has(id)) out[id] = granted && !refuseAll;
    }
    return out;
  };
  return {
    id: stamp.id,
    revision: ground.revision,
    decidedAt: stamp.now,
    method,
    decided,
    gpc: ground.gpc,
    // Known categories are all in `categories`; known services follow theirs unless in `services`.
    categories: { ...kept(ground.record?.categories), ...categories },
    services: { ...kept(ground.record?.services, known), ...services },
  };
}

/** Every non-required purpose granted (`true`) or refused (`false`), and nothing else decided. */
export function allRecord(
  ground: Ground,
  stamp: Stamp,
  value: boolean,
  method: ConsentMethod,
): ConsentRecord {
  const categories: Record<string, boolean> = {};
  for (const category of ground.categories) {
    if (!category.required) categories[category.id] = value;
  }
  return newRecord(ground, stamp, method, true, categories, {});
}

/**
 * The public state for a record in force (CONTRACT §2): every known category (required
 * ones on), every service (following its category unless decided on its own).
 */
export function snapshot(ground: Ground): ConsentState {
  const { record } = ground;
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const category of ground.categories) {
    const on = category.required || record?.categories[category.id] === true;
    categories[category.id] = on;
    for (const service of category.services) {
      services[service.id] = category.required || (record?.services[service.id] ?? on);
    }
  }
  // A configured purpose the stored decision never covered asks again (it starts off
  // meanwhile; the others keep their grants). Under GPC, the signal answers it: off.
  const covered =
    !record ||
    ground.gpc ||
    ground.categories.every(
      (category) => category.required || category.discovered || category.id in record.categories,
    );
  return Object.freeze({
    decided: (record?.decided ?? false) && covered,
    categories: Object.freeze(categories),
    services: Object.freeze(services),
    revision: ground.revision,
    decidedAt: record?.decidedAt ?? null,
    expiresAt: record ? record.decidedAt + ground.days * DAY : null,
    method: record?.method ?? null,
    gpc: ground.gpc,
  }) as ConsentState;
}

/** Told of each problem with a choice: level, code, the id it names. */
export type Problems = (level: 'error' | 'warn', code: Code, id?: string) => void;

/** How a choice is made (the store's update(), the dialog's Save, a gate's "Always allow"). */
export interface Choice {
  method: 'custom' | 'gate';
  /** The services named are the only ones decided on their own (the dialog's Save). */
  replaceServices?: boolean;
  /** From the public update(), which a page script may call on its own. */
  byScript?: boolean;
  /**
   * Whether it may grant. Under GPC only the visitor's own per-purpose action grants
   * (CONTRACT §4): update() called by a page script, not in answer to a click or key
   * press, cannot. The dialog and the gates answer the visitor's own actions.
   */
  mayGrant: boolean;
}

/**
 * The record a choice per category or service id makes (null: it decides nothing); each
 * problem with it is told to `problem`. `find` registers an id the page uses and
 * returns its purpose. Ids not named keep their value; an invalid id, or a required
 * purpose, decides nothing.
 */
export function choose(
  ground: Ground,
  stamp: () => Stamp,
  choices: object,
  choice: Choice,
  find: (id: string) => Category | Service | undefined,
  problem: Problems,
): ConsentRecord | null {
  const { record, categories: known } = ground;
  const categories = { ...record?.categories };
  const services: Record<string, boolean> = choice.replaceServices ? {} : { ...record?.services };
  let decided = 0;
  for (const [id, value] of Object.entries(choices)) {
    if (typeof value !== 'boolean') {
      problem('error', 'E33', id);
      continue;
    }
    if (value && !choice.mayGrant) {
      problem('warn', 'W08', id);
      continue;
    }
    const purpose = find(id);
    if (purpose && 'category' in purpose) services[id] = value;
    else if (purpose?.required) {
      if (!value) problem('warn', 'W09', id);
      continue;
    } else if (purpose) categories[id] = value;
    else continue;
    decided++;
  }
  // Every known category is filled in, so the record says what was decided for each.
  for (const category of known) if (!category.required) categories[category.id] ??= false;
  // A page script's update() with nothing valid in it is not the visitor's answer, nor
  // is "Always allow" on a gate whose purpose is not a valid id. (The dialog's Save with
  // no optional purpose on the page is: the visitor saw and saved.)
  if (!decided && (!choice.mayGrant || choice.byScript || choice.method === 'gate')) {
    if (choice.mayGrant && choice.byScript) problem('error', 'E34');
    return null;
  }
  // "Always allow" on a gate does not answer the banner by itself.
  const answers = choice.method !== 'gate' || (record?.decided ?? false);
  return newRecord(ground, stamp(), choice.method, answers, categories, services);
}

/** Whether an id is granted in a state. Own properties only: `constructor` never is. */
export function isGranted({ categories, services }: ConsentState, id: string): boolean {
  return Object.hasOwn(categories, id)
    ? categories[id]
    : Object.hasOwn(services, id) && services[id];
}

/** The cookies to delete in a state: those of every purpose not granted in it. */
export function deniedCookies(categories: readonly Category[], state: ConsentState): string[] {
  return categories.flatMap((category) => [
    ...(state.categories[category.id] ? [] : category.clearCookies),
    ...category.services.flatMap((s) => (state.services[s.id] ? [] : s.clearCookies)),
  ]);
}

/**
 * What changed between two states: the ids whose grant differs (empty when only the
 * decision did: decided, its time, the signal), or null when nothing did.
 */
export function changes(before: ConsentState, after: ConsentState): string[] | null {
  const ids = [
    ...diff(before.categories, after.categories),
    ...diff(before.services, after.services),
  ];
  return ids.length ||
    before.decided !== after.decided ||
    before.decidedAt !== after.decidedAt ||
    before.gpc !== after.gpc
    ? ids
    : null;
}

/** The ids whose grant differs between two states' maps. */
export function diff(a: Record<string, boolean>, b: Record<string, boolean>): string[] {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].filter((id) => (a[id] ?? false) !== (b[id] ?? false));
}

/**
 * The decision in force for a stored one (from the cookie or another tab): none under an
 * older revision or once expired; under a honoured GPC signal, one that grants what the
 * signal refuses stands for nothing, and a refusal applies in its place (`local`: the
 * tab's own, not stored).
 */
export function judge(
  ground: Ground,
  stored: ConsentRecord | null,
  stamp: () => Stamp,
): { record: ConsentRecord | null; local: boolean } {
  const record = stored && isValid(stored, ground) ? stored : null;
  return ground.gpc && !respectsGpc(record)
    ? { record: allRecord({ ...ground, record }, stamp(), false, 'gpc'), local: true }
    : { record, local: false };
}

/**
 * Whether this tab's decision stands against one from another tab (`null`: a withdrawal
 * at `at`): the newest decision stands, in every tab and in the cookie. One dated ahead
 * of this clock (made while it ran fast) never does: the other tab's was made now.
 */
export function stands(own: ConsentRecord, other: ConsentRecord | null, at: number): boolean {
  return own.decidedAt <= Date.now() && (other ? newest(own, other) === own : own.decidedAt > at);
}

/**
 * Which of two decisions stands when they meet (two tabs deciding at once, a tab and
 * the cookie): the later one; in the same millisecond, the one whose cookie encoding
 * sorts last, so that every tab picks the same.
 */
export function newest(a: ConsentRecord, b: ConsentRecord): ConsentRecord {
  if (a.decidedAt !== b.decidedAt) return a.decidedAt > b.decidedAt ? a : b;
  return encodeRecord(a) >= encodeRecord(b) ? a : b;
}

/**
 * What a server renders, and what the first render in the browser must match
 * (React's `getServerSnapshot`): no decision, nothing granted, no purpose known yet.
 */
export const serverState: ConsentState = snapshot({
  categories: [],
  record: null,
  revision: DEFAULT_REVISION,
  days: 0,
  gpc: false,
});
