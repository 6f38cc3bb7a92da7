import { expect } from '@open-wc/testing';
import { captureConsole, createStore, freshStore, nextTask, resetEnvironment } from '../helpers.js';
import type { ConsentStore } from '../../src/store/consent-store.js';

/**
 * A loaded store whose Consent Mode integration has started: it is fetched on a page
 * configured with googleConsentMode, once the store has loaded (then it is in the
 * module map and starts within a task).
 */
async function started(config?: unknown): Promise<ConsentStore> {
  const store = await freshStore(config);
  await import('../../src/integrations/consent-mode.js');
  await nextTask();
  return store;
}

const KEYS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

type Call = unknown[];

function recordGtag(): Call[] {
  const calls: Call[] = [];
  window.gtag = (...args: unknown[]) => calls.push(args);
  return calls;
}

describe('Google Consent Mode v2', () => {
  afterEach(resetEnvironment);

  it('sends the default when no head script did, then one update per decision', async () => {
    const calls = recordGtag();
    const store = await started({ googleConsentMode: true });
    expect(calls).to.have.length(1);
    const [, kind, defaults] = calls[0] as [string, string, Record<string, unknown>];
    expect(kind).to.equal('default');
    expect(defaults).to.deep.equal({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
      wait_for_update: 500,
    });
    store.update({ analytics: true });
    store.rejectAll();
    expect(calls).to.have.length(3);
    const [first, second] = calls.slice(1) as [string, string, Record<string, string>][];
    expect(first[0]).to.equal('consent');
    expect(first[1]).to.equal('update');
    expect(Object.keys(first[2]).sort()).to.deep.equal([...KEYS].sort());
    expect(first[2].analytics_storage).to.equal('granted');
    expect(first[2].ad_storage).to.equal('denied');
    expect(first[2].security_storage).to.equal('granted');
    expect(Object.keys(second[2]).sort()).to.deep.equal([...KEYS].sort());
    expect(second[2].analytics_storage).to.equal('denied');
  });

  it('maps marketing, analytics and preferences by default', async () => {
    const calls = recordGtag();
    const store = await started({ googleConsentMode: true });
    store.update({ marketing: true, preferences: true });
    expect(calls.at(-1)![2]).to.deep.equal({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      analytics_storage: 'denied',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'granted',
    });
  });

  it('lets a mapping override keys', async () => {
    const calls = recordGtag();
    const store = await started({
      googleConsentMode: { analytics_storage: ['stats'], ad_personalization: false },
      categories: [{ id: 'stats' }, { id: 'marketing' }],
    });
    store.acceptAll();
    const values = calls.at(-1)![2] as Record<string, string>;
    expect(values.analytics_storage).to.equal('granted');
    expect(values.ad_personalization).to.equal('denied');
    expect(values.ad_storage).to.equal('granted');
  });

  it('reports each bad key or id list of a mapping, naming it, and ignores it', async () => {
    const errors = captureConsole('error');
    const calls = recordGtag();
    const store = await started({
      googleConsentMode: {
        ad_storage: 'marketing',
        fancy_storage: 'x',
        analytics_storage: [42],
        ad_personalization: false,
      },
      categories: [{ id: 'marketing' }, { id: 'analytics' }],
    });
    // Reported when Consent Mode starts, before any decision: a first visit shows them.
    expect(errors, 'reported at start').to.have.length(2);
    store.acceptAll();
    store.rejectAll();
    const text = errors.join('\n');
    expect(text).to.contain('"googleConsentMode.fancy_storage"');
    expect(text).to.contain('"googleConsentMode.analytics_storage"');
    expect(errors, 'each reported once').to.have.length(2);
    const [accepted, rejected] = calls.slice(-2).map((call) => call[2] as Record<string, string>);
    expect(Object.keys(accepted)).to.deep.equal(KEYS);
    // The bad list is left out: the key follows its default (analytics).
    expect(accepted.analytics_storage).to.equal('granted');
    expect(accepted.ad_storage).to.equal('granted');
    expect(accepted.ad_personalization).to.equal('denied');
    expect(rejected.ad_storage).to.equal('denied');
  });

  it('pushes gtag-style arguments on dataLayer when gtag is absent', async () => {
    const store = await started({ googleConsentMode: true });
    store.acceptAll();
    const layer = window.dataLayer as IArguments[];
    expect(layer).to.have.length(2);
    expect(Object.prototype.toString.call(layer[1])).to.equal('[object Arguments]');
    expect([...layer[1]].slice(0, 2)).to.deep.equal(['consent', 'update']);
  });

  it('sends the stored decision at load unless the head script already did', async () => {
    const config = { googleConsentMode: true, categories: [{ id: 'marketing' }] };
    const first = await started(config);
    first.acceptAll();
    first.disconnect();
    const calls = recordGtag();
    await started(config);
    expect(calls.map((c) => c[1])).to.deep.equal(['default', 'update']);
    expect((calls[1][2] as Record<string, string>).ad_storage).to.equal('granted');
    (globalThis as Record<symbol, unknown>)[Symbol.for('consent-elements.head')] = {
      default: true,
      update: calls[1][2],
    };
    const later = recordGtag();
    await started(config);
    expect(later).to.deep.equal([]);
    // Values the head script judged otherwise (it does not know the configuration) are corrected.
    (globalThis as Record<symbol, unknown>)[Symbol.for('consent-elements.head')] = {
      default: true,
      update: { ...(calls[1][2] as object), ad_storage: 'denied' },
    };
    const corrected = recordGtag();
    await started(config);
    expect(corrected.map((c) => c[1])).to.deep.equal(['update']);
    expect((corrected[0][2] as Record<string, string>).ad_storage).to.equal('granted');
    // A decision the head script took as valid, voided here by a higher revision: denied.
    (globalThis as Record<symbol, unknown>)[Symbol.for('consent-elements.head')] = {
      default: true,
      update: calls[1][2],
    };
    const voided = recordGtag();
    const store = await started({ ...config, revision: 2 });
    expect(store.state.decided).to.equal(false);
    expect(voided.map((c) => c[1])).to.deep.equal(['update']);
    expect((voided[0][2] as Record<string, string>).ad_storage).to.equal('denied');
  });

  it('does not add the purposes it maps to the page', async () => {
    const store = await started({ googleConsentMode: true });
    store.rejectAll();
    expect(Object.keys(store.state.categories)).to.deep.equal(['necessary']);
  });

  it('with a broken dataLayer or gtag, reports it and the store still works', async () => {
    const errors = captureConsole('error');
    (window as { dataLayer?: unknown }).dataLayer = {};
    const store = await started({ googleConsentMode: true });
    window.gtag = () => {
      throw new Error('broken tag');
    };
    store.acceptAll();
    expect(store.state.decided).to.equal(true);
    expect(errors).to.have.length(2);
    for (const error of errors) expect(error).to.contain('window.dataLayer must be an array');
  });

  it('starts when a configure() after load turns it on, though no grant changes', async () => {
    const warnings = captureConsole('warn');
    const calls = recordGtag();
    const store = await started({ categories: [{ id: 'marketing' }] });
    store.acceptAll();
    expect(calls).to.deep.equal([]);
    store.configure({ googleConsentMode: true });
    await import('../../src/integrations/consent-mode.js');
    await nextTask();
    expect(calls.map((c) => c[1])).to.deep.equal(['default', 'update']);
    expect((calls[1][2] as Record<string, string>).ad_storage).to.equal('granted');
    expect(warnings.join()).to.contain('W06');
  });

  it('follows the head script even when the configuration forgot googleConsentMode', async () => {
    const config = { categories: [{ id: 'marketing' }] };
    const first = await freshStore(config);
    first.acceptAll();
    first.disconnect();
    // The head script sent the default and the stored grant.
    const calls = recordGtag();
    (globalThis as Record<symbol, unknown>)[Symbol.for('consent-elements.head')] = {
      default: true,
      update: { ad_storage: 'granted' },
    };
    const store = await started(config);
    store.rejectAll();
    const last = calls.at(-1) as [string, string, Record<string, string>];
    expect(last[1]).to.equal('update', 'the refusal reaches the tags');
    expect(last[2].ad_storage).to.equal('denied');
  });

  it('does not start before the store has loaded, when nothing is granted yet', async () => {
    const config = { categories: [{ id: 'marketing' }] };
    const first = await freshStore(config);
    first.acceptAll();
    first.disconnect();
    await nextTask();
    const calls = recordGtag();
    (globalThis as Record<symbol, unknown>)[Symbol.for('consent-elements.head')] = {
      default: true,
      update: { ad_storage: 'granted' },
    };
    // The store's loading held back (as while a long page is still parsed), a page script
    // asks about an id (it registers it); Consent Mode's code is at hand.
    let load: (() => void) | undefined;
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((callback: () => void) => ((load = callback), 0)) as typeof setTimeout;
    const store = createStore(config);
    window.setTimeout = realSetTimeout;
    store.granted('newsletter');
    await import('../../src/integrations/consent-mode.js');
    await nextTask();
    expect(calls, 'nothing sent before the store has loaded').to.deep.equal([]);
    load!();
    await store.ready;
    await import('../../src/integrations/consent-mode.js');
    await nextTask();
    const updates = calls as [string, string, Record<string, string>][];
    expect(updates.map((c) => c[2].ad_storage)).to.deep.equal(['granted']);
    store.rejectAll();
    expect(updates.map((c) => c[2].ad_storage)).to.deep.equal(['granted', 'denied']);
  });

  it('sends nothing when not enabled', async () => {
    const calls = recordGtag();
    const store = await started();
    store.acceptAll();
    expect(calls).to.deep.equal([]);
  });
});
