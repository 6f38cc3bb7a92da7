import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { englishText } from '../../src/localization/english.js';
import {
  DAY,
  addToBody,
  captureConsole,
  cookieValue,
  createStore,
  freshStore,
  nextTask,
  resetEnvironment,
  stub,
  port,
  showAgain,
  storedRecord as yesterday,
} from '../helpers.js';
import type { ConsentChangeDetail, ConsentState } from '../../src/store/types.js';
import { skipIn } from '../engine.js';

const CONFIG = {
  categories: [
    { id: 'necessary' },
    { id: 'preferences' },
    { id: 'analytics', clearCookies: ['_ga', '_ga_*'] },
    { id: 'marketing' },
    {
      id: 'video',
      services: [
        { id: 'youtube', label: 'YouTube', clearCookies: ['YSC'] },
        { id: 'vimeo', label: 'Vimeo' },
      ],
    },
  ],
};

/** The stored decision these tests start from: the helper's, with videos refused. */
const storedRecord = (overrides: Parameters<typeof yesterday>[0] = {}) =>
  yesterday({
    categories: { analytics: true, marketing: false, preferences: true, video: false },
    ...overrides,
  });

describe('consent store', () => {
  afterEach(resetEnvironment);

  describe('first visit', () => {
    it('is ready with no decision and nothing granted but necessary', async () => {
      const store = createStore(CONFIG);
      const event = oneEvent(document, 'consent-ready');
      const state = await store.ready;
      expect((await event).detail).to.equal(state);
      expect(state.decided).to.equal(false);
      expect(state.method).to.equal(null);
      expect(state.categories).to.deep.equal({
        necessary: true,
        preferences: false,
        analytics: false,
        marketing: false,
        video: false,
      });
      expect(state.services).to.deep.equal({ youtube: false, vimeo: false });
      expect(store.granted('analytics')).to.equal(false);
      expect(store.granted('necessary')).to.equal(true);
    });

    it('writes no cookie, localStorage or IndexedDB before a decision', async () => {
      const store = await freshStore(CONFIG);
      store.granted('analytics');
      await store.history();
      expect(document.cookie).to.equal('');
      expect(localStorage.length).to.equal(0);
      const databases = await indexedDB.databases();
      expect(databases.map((db) => db.name)).not.to.include('consent-elements');
    });

    it('returns a frozen snapshot', async () => {
      const store = await freshStore(CONFIG);
      expect(Object.isFrozen(store.state)).to.equal(true);
      expect(Object.isFrozen(store.state.categories)).to.equal(true);
    });
  });

  describe('decisions', () => {
    it('acceptAll grants every purpose, stores it and tells the page', async () => {
      const store = await freshStore(CONFIG);
      const onStore = oneEvent(store, 'change');
      const onDocument = oneEvent(document, 'consent-change');
      store.acceptAll();
      const detail = (await onStore).detail as ConsentChangeDetail;
      expect((await onDocument).detail).to.equal(detail);
      expect(detail.method).to.equal('accept-all');
      expect(detail.changed.sort()).to.deep.equal(
        ['analytics', 'marketing', 'preferences', 'video', 'vimeo', 'youtube'].sort(),
      );
      expect(detail.state).to.equal(store.state);
      expect(store.state.decided).to.equal(true);
      expect(store.state.method).to.equal('accept-all');
      expect(store.state.services).to.deep.equal({ youtube: true, vimeo: true });
      expect(store.state.expiresAt! - store.state.decidedAt!).to.equal(182 * DAY);
      expect(cookieValue()).to.match(/^v=1&id=[a-z0-9]{16}&r=1&t=\d+&m=a&d=1&gpc=0&c=/);
    });

    it('rejectAll records a refusal, and tells the page though no grant changed', async () => {
      const store = await freshStore(CONFIG);
      const event = oneEvent(store, 'change');
      store.rejectAll();
      const detail = (await event).detail as ConsentChangeDetail;
      expect(detail.changed).to.deep.equal([]);
      expect(detail.method).to.equal('reject-all');
      expect(store.state.decided).to.equal(true);
      expect(Object.entries(store.state.categories).filter(([, on]) => on)).to.deep.equal([
        ['necessary', true],
      ]);
      expect(cookieValue()).to.contain('m=r&d=1');
    });

    it('update decides per category and keeps what it does not name', async () => {
      const store = await freshStore(CONFIG);
      store.update({ analytics: true });
      expect(store.state.method).to.equal('custom');
      expect(store.state.categories.analytics).to.equal(true);
      expect(store.state.categories.marketing).to.equal(false);
      store.update({ marketing: true });
      expect(store.state.categories.analytics).to.equal(true);
      expect(store.state.categories.marketing).to.equal(true);
    });

    it('granting a category grants its services unless a service was decided on its own', async () => {
      const store = await freshStore(CONFIG);
      store.update({ youtube: false });
      store.update({ video: true });
      expect(store.state.services).to.deep.equal({ youtube: false, vimeo: true });
      expect(store.granted('vimeo')).to.equal(true);
      expect(store.granted('youtube')).to.equal(false);
      store.update({ youtube: true, video: false });
      expect(store.granted('youtube')).to.equal(true);
      expect(store.granted('vimeo')).to.equal(false);
      store.acceptAll();
      store.rejectAll();
      expect(store.state.services).to.deep.equal({ youtube: false, vimeo: false });
    });

    it('keeps required purposes on whatever update says', async () => {
      const warnings = captureConsole('warn');
      const store = await freshStore(CONFIG);
      store.update({ necessary: false });
      expect(store.granted('necessary')).to.equal(true);
      expect(warnings.join()).to.contain('"necessary" is required');
    });

    it('ignores choices that are not booleans, with an error', async () => {
      const errors = captureConsole('error');
      const store = await freshStore(CONFIG);
      store.update({ analytics: 'yes' } as unknown as Record<string, boolean>);
      store.update(null as unknown as Record<string, boolean>);
      expect(store.granted('analytics')).to.equal(false);
      expect(errors.join('\n')).to.contain('"analytics" must be true or false');
      expect(errors.join('\n')).to.contain('update() takes an object');
    });

    it('an update() with no valid choice is not an answer: the question stays', async () => {
      const errors = captureConsole('error');
      captureConsole('warn');
      const store = await freshStore(CONFIG);
      store.update({});
      store.update({ analytics: 'yes' } as unknown as Record<string, boolean>);
      store.update({ constructor: true, 'not valid!': true });
      store.update({ necessary: false });
      port(store).decide({ toString: true }, 'gate'); // "Always allow" on a gate of no valid purpose
      expect(store.state.decided).to.equal(false);
      expect(store.state.method).to.equal(null);
      expect(cookieValue()).to.equal(undefined);
      expect(errors.filter((e) => e.includes('named no valid choice'))).to.have.length(4);
    });

    it('withdraw forgets the decision, turns everything off and deletes the cookie', async () => {
      const store = await freshStore(CONFIG);
      store.acceptAll();
      const event = oneEvent(document, 'consent-change');
      store.withdraw();
      const detail = (await event).detail as ConsentChangeDetail;
      expect(detail.method).to.equal('withdraw');
      expect(detail.changed).to.include('analytics');
      expect(store.state.decided).to.equal(false);
      expect(store.state.method).to.equal(null);
      expect(store.granted('analytics')).to.equal(false);
      expect(cookieValue()).to.equal(undefined);
    });

    it('a gate grant alone does not answer the banner', async () => {
      const store = await freshStore(CONFIG);
      port(store).decide({ youtube: true }, 'gate');
      expect(store.granted('youtube')).to.equal(true);
      expect(store.state.decided).to.equal(false);
      expect(store.state.method).to.equal('gate');
      store.rejectAll();
      port(store).decide({ video: true }, 'gate');
      expect(store.state.decided).to.equal(true);
    });
  });

  describe('a new purpose', () => {
    it('in the configuration asks again: it starts off, and earlier grants stand', async () => {
      // A cookie (and tab channel) of its own: no store of another test page can answer.
      const cookie = { name: 'new_purpose' };
      (await freshStore({ ...CONFIG, cookie })).update({ analytics: true });
      const next = { categories: [...CONFIG.categories, { id: 'social' }], cookie };
      const store = await freshStore(next);
      expect(store.state.decided).to.equal(false);
      expect(store.granted('analytics')).to.equal(true);
      expect(store.granted('social')).to.equal(false);
      store.update({ social: false });
      expect(store.state.decided).to.equal(true);
      store.disconnect();
      // WebKit may read back the previous of two cookies written in a row for a few
      // milliseconds: the next page load comes once the cookie holds the answer.
      await waitUntil(() => cookieValue(cookie.name)?.includes('social'), 'the cookie settled');
      expect((await freshStore(next)).state.decided).to.equal(true);
    });

    it('"Reject all" on a page with fewer purposes keeps the others answered (refused)', async () => {
      const wide = { categories: [{ id: 'analytics' }, { id: 'marketing' }] };
      (await freshStore(wide)).rejectAll();
      (await freshStore({ categories: [{ id: 'analytics' }] })).rejectAll();
      const store = await freshStore(wide);
      expect(store.state.decided).to.equal(true);
      expect(store.granted('marketing')).to.equal(false);
    });

    it('"Always allow" on a gate while asking again keeps the earlier answer', async () => {
      (await freshStore({ categories: [{ id: 'analytics' }] })).acceptAll();
      const store = await freshStore({ categories: [{ id: 'analytics' }, { id: 'chat' }] });
      expect(store.state.decided).to.equal(false);
      port(store).decide({ video: true }, 'gate');
      expect(cookieValue()).to.contain('m=g&d=1');
      expect((await freshStore({ categories: [{ id: 'analytics' }] })).state.decided).to.equal(
        true,
      );
    });

    it('discovered on the page does not ask again (it starts off)', async () => {
      (await freshStore(CONFIG)).rejectAll();
      const store = await freshStore(CONFIG);
      store.granted('social'); // referenced by the page, not configured
      expect(store.state.categories.social).to.equal(false);
      expect(store.state.decided).to.equal(true);
    });
  });

  describe('before the store is ready', () => {
    it('applies a decision once configuration and the stored decision are loaded', async () => {
      const store = createStore({ ...CONFIG, cookie: { name: 'site_consent' } });
      store.acceptAll();
      expect(store.state.decided).to.equal(false);
      await store.ready;
      await nextTask();
      expect(store.state.decided).to.equal(true);
      expect(store.granted('analytics')).to.equal(true);
      expect(store.granted('youtube')).to.equal(true);
      expect(cookieValue('site_consent')).to.contain('m=a');
      expect(cookieValue('consent')).to.equal(undefined);
    });

    it('withdraws after loading, not before', async () => {
      (await freshStore(CONFIG)).acceptAll();
      const store = createStore(CONFIG);
      store.withdraw();
      store.update({ marketing: false });
      await store.ready;
      await nextTask();
      expect(store.state.decided).to.equal(true);
      expect(store.state.method).to.equal('custom');
      expect(store.granted('analytics')).to.equal(false);
    });
  });

  describe('on()', () => {
    it('runs at once when already granted', async () => {
      const store = await freshStore(CONFIG);
      store.acceptAll();
      let runs = 0;
      store.on('analytics', () => runs++);
      expect(runs).to.equal(1);
    });

    it('runs once, when granted later, and can be unsubscribed', async () => {
      const store = await freshStore(CONFIG);
      let analytics = 0;
      let marketing = 0;
      store.on('analytics', () => analytics++);
      const off = store.on('marketing', () => marketing++);
      store.update({ analytics: false });
      expect(analytics).to.equal(0);
      off();
      store.acceptAll();
      store.rejectAll();
      store.acceptAll();
      expect(analytics).to.equal(1);
      expect(marketing).to.equal(0);
    });

    it('runs when the store becomes ready with a stored grant', async () => {
      const first = await freshStore(CONFIG);
      first.acceptAll();
      first.disconnect();
      const store = createStore(CONFIG);
      let runs = 0;
      store.on('analytics', () => runs++);
      store.on('marketing', () => runs++)();
      expect(runs).to.equal(0);
      await store.ready;
      expect(runs).to.equal(1);
      store.rejectAll();
      store.acceptAll();
      expect(runs).to.equal(1);
    });

    it('keeps a throwing callback from breaking the store', async () => {
      const errors = captureConsole('error');
      const store = await freshStore(CONFIG);
      store.on('analytics', () => {
        throw new Error('boom');
      });
      store.acceptAll();
      expect(store.state.decided).to.equal(true);
      expect(errors.join()).to.contain('a callback for "analytics" threw');
    });
  });

  describe('persistence', () => {
    it('a new page load finds the decision in the cookie', async () => {
      const first = await freshStore(CONFIG);
      first.update({ analytics: true, youtube: true });
      first.disconnect();
      const second = await freshStore(CONFIG);
      expect(second.state.decided).to.equal(true);
      expect(second.state.categories.analytics).to.equal(true);
      expect(second.state.categories.marketing).to.equal(false);
      expect(second.state.services.youtube).to.equal(true);
      expect(second.state.decidedAt).to.equal(first.state.decidedAt);
    });

    it('keeps the cookie under 300 bytes with every built-in category', async () => {
      const store = await freshStore();
      for (const id of ['preferences', 'analytics', 'marketing', 'video', 'maps', 'chat', 'social'])
        store.granted(id);
      store.acceptAll();
      const cookie = `consent=${cookieValue()}`;
      expect(cookie.length).to.be.below(300);
    });

    it('voids a decision made under a lower revision', async () => {
      document.cookie = `consent=${storedRecord({ revision: 1 })}; Path=/`;
      const store = await freshStore({ ...CONFIG, revision: 2 });
      expect(store.state.decided).to.equal(false);
      expect(store.granted('analytics')).to.equal(false);
      expect(store.state.revision).to.equal(2);
    });

    it('voids a decision older than expiresAfterDays by the page clock', async () => {
      document.cookie = `consent=${storedRecord({ decidedAt: Date.now() - 183 * DAY })}; Path=/`;
      const expired = await freshStore(CONFIG);
      expect(expired.state.decided).to.equal(false);
      expect(expired.granted('analytics')).to.equal(false);
      const longer = await freshStore({ ...CONFIG, expiresAfterDays: 200 });
      expect(longer.state.decided).to.equal(true);
      expect(longer.granted('analytics')).to.equal(true);
    });

    it('re-judges expiry when a page kept open is shown again: the banner is back', async () => {
      const store = await freshStore(CONFIG);
      store.update({ analytics: true });
      const now = Date.now();
      stub(Date, 'now', { value: () => now + 183 * DAY });
      document.cookie = 'consent=; Max-Age=0; Path=/'; // as the browser does at Max-Age
      const detail = await showAgain(store);
      expect(detail.method).to.equal('config');
      expect(detail.changed).to.deep.equal(['analytics']);
      expect(store.state.decided).to.equal(false);
      expect(store.granted('analytics')).to.equal(false);
    });

    it('keeps a refusal as it keeps an acceptance: no banner on the next page', async () => {
      (await freshStore(CONFIG)).rejectAll();
      const store = await freshStore(CONFIG);
      expect(store.state.decided).to.equal(true);
      expect(store.state.method).to.equal('reject-all');
      expect(Object.values(store.state.categories)).to.deep.equal([
        true,
        false,
        false,
        false,
        false,
      ]);
    });

    it('voids a decision dated in the future', async () => {
      document.cookie = `consent=${storedRecord({ decidedAt: Date.now() + 30 * DAY })}; Path=/`;
      const store = await freshStore(CONFIG);
      expect(store.state.decided).to.equal(false);
    });

    it('a cookie that cannot be parsed is no decision, reported, never thrown', async () => {
      const errors = captureConsole('error');
      document.cookie = 'consent=v=1&id=zz&c=analytics:1; Path=/';
      const store = await freshStore(CONFIG);
      expect(store.state.decided).to.equal(false);
      expect(store.granted('analytics')).to.equal(false);
      expect(errors.join()).to.contain('cannot be read');
    });

    it('keeps and deletes a __Host- cookie, which must be Secure, on / and of no domain', async function () {
      skipIn(
        this,
        'webkit',
        'WebKitGTK drops Secure cookies set from document.cookie on http://localhost, where the tests run',
      );
      const errors = captureConsole('error');
      const store = await freshStore({
        ...CONFIG,
        cookie: { name: '__Host-consent', domain: location.hostname, path: '/x' },
      });
      expect(errors.join('\n')).to.contain('"cookie.domain" cannot be set for a "__Host-"');
      expect(errors.join('\n')).to.contain('"cookie.path" must be "/" for a "__Host-"');
      store.acceptAll();
      expect(cookieValue('__Host-consent')).to.contain('m=a');
      // A refused cookie is said after a second look, 100 ms later.
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(errors.join('\n')).to.not.contain('refuses the consent cookie');
      store.withdraw();
      expect(cookieValue('__Host-consent')).to.equal(undefined);
    });

    it('uses the configured cookie name', async () => {
      const store = await freshStore({ ...CONFIG, cookie: { name: 'site_consent' } });
      store.rejectAll();
      expect(cookieValue('site_consent')).to.contain('m=r');
      expect(cookieValue('consent')).to.equal(undefined);
    });

    it('a configure() after ready with a higher revision voids the decision at once', async () => {
      const store = await freshStore(CONFIG);
      store.acceptAll();
      const event = oneEvent(store, 'change');
      store.configure({ revision: 3 });
      const detail = (await event).detail as ConsentChangeDetail;
      expect(detail.method).to.equal('config');
      expect(store.state.decided).to.equal(false);
      expect(store.granted('analytics')).to.equal(false);
    });

    it('keeps grants for ids this page does not know, for the pages that do', async () => {
      document.cookie = `consent=${storedRecord({ categories: { maps: true } })}; Path=/`;
      const store = await freshStore(CONFIG);
      store.update({ analytics: true });
      store.disconnect();
      const other = await freshStore(CONFIG);
      expect(other.granted('maps')).to.equal(true);
    });
  });

  describe('a hostile page', () => {
    it('a configuration that throws when read is ignored, with an error', async () => {
      const errors = captureConsole('error');
      const store = await freshStore({
        get categories() {
          throw new Error('getter');
        },
      });
      expect(store.state.decided).to.equal(false);
      expect(store.granted('analytics')).to.equal(false);
      expect(errors.join()).to.contain('invalid configuration: it cannot be read');
    });

    it('a BroadcastChannel that throws leaves the store working, with a warning', async () => {
      const warnings = captureConsole('warn');
      stub(window, 'BroadcastChannel', {
        value: function () {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      const store = await freshStore(CONFIG);
      store.acceptAll();
      expect(store.granted('analytics')).to.equal(true);
      expect(warnings.join()).to.contain('refuses a BroadcastChannel');
    });

    it('configure() after the store loaded warns once that the decision was already acted on', async () => {
      const warnings = captureConsole('warn');
      const store = await freshStore(CONFIG);
      store.configure({ revision: 1 });
      store.configure({ revision: 1 });
      expect(warnings.filter((w) => w.includes('after the store loaded'))).to.have.length(1);
    });
  });

  describe('ids named like members of every object', () => {
    const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

    it('are never granted, referenced or configured, before or after a refusal', async () => {
      const warnings = captureConsole('warn');
      const errors = captureConsole('error');
      const store = await freshStore({
        ...CONFIG,
        categories: [...CONFIG.categories, { id: 'constructor' }, { id: 'valueOf' }],
        googleConsentMode: { ad_storage: 'toString', analytics_storage: ['valueOf'] },
      });
      // The Consent Mode code, fetched on need, checks its mapping when it sends.
      await import('../../src/integrations/consent-mode.js');
      await nextTask();
      for (const id of NAMES) expect(store.granted(id), id).to.equal(false);
      store.rejectAll();
      for (const id of NAMES) expect(store.granted(id), id).to.equal(false);
      expect(Object.keys(store.state.categories)).to.not.include.members(NAMES);
      expect(errors.join()).to.contain('"categories[5].id" must be an id');
      expect(errors.join()).to.contain('"googleConsentMode.ad_storage" must be');
      expect(warnings.join()).to.contain('"__proto__" is not a valid category id');
    });

    it('in the cookie make it unreadable: no decision', async () => {
      captureConsole('error');
      document.cookie = `consent=${storedRecord({ categories: { analytics: true, constructor: true } })}; Path=/`;
      const store = await freshStore(CONFIG);
      expect(store.state.decided).to.equal(false);
      expect(store.granted('analytics')).to.equal(false);
    });
  });

  describe('zero configuration', () => {
    it('shows necessary plus every category the page references', async () => {
      // (Gates are registered by the loader: test/loader.test.ts.)
      addToBody(`<script type="text/plain" data-consent="analytics">window.__never = 1</script>`);
      const store = createStore();
      port(store).reference('video', 'youtube'); // as a gate does
      await store.ready;
      store.granted('marketing');
      expect(Object.keys(store.state.categories)).to.deep.equal([
        'necessary',
        'video',
        'analytics',
        'marketing',
      ]);
      expect(store.state.services).to.deep.equal({ youtube: false });
      expect(englishText(port(store).registry, 'video', 'label')).to.equal('Videos');
      expect(englishText(port(store).registry, 'youtube', 'label')).to.equal('youtube');
    });

    it('registers an unknown category with its id as label and a warning naming it', async () => {
      const warnings = captureConsole('warn');
      const store = await freshStore();
      expect(store.granted('newsletter')).to.equal(false);
      expect(store.state.categories).to.have.property('newsletter', false);
      expect(englishText(port(store).registry, 'newsletter', 'label')).to.equal('newsletter');
      expect(warnings.join()).to.contain('"newsletter"');
      store.update({ newsletter: true });
      expect(store.granted('newsletter')).to.equal(true);
    });

    it('adds referenced categories to configured ones', async () => {
      const store = await freshStore(CONFIG);
      store.granted('maps');
      expect(Object.keys(store.state.categories)).to.include('maps');
    });
  });

  describe('openPreferences()', () => {
    it('asks the page’s dialog to open, naming the category to focus; without one, warns', async () => {
      const store = await freshStore(CONFIG);
      const warnings = captureConsole('warn');
      store.openPreferences('analytics');
      expect(warnings.join()).to.contain('W10');
      const asked: (string | undefined)[] = [];
      port(store).hooks.preferences = (focusId) => asked.push(focusId);
      store.openPreferences('analytics');
      expect(asked).to.deep.equal(['analytics']);
    });
  });

  describe('one store per page', () => {
    it('two copies of the package share the store', async () => {
      const a = await import('../../src/store-entry.js');
      const b = await import('../../src/store-entry.js?copy=2' as string);
      try {
        expect(b.consent).to.equal(a.consent);
        const state: ConsentState = await a.consent.ready;
        expect(state).to.have.property('decided');
      } finally {
        a.consent.disconnect(); // the page-wide store must not act on later tests
      }
    });
  });
});
