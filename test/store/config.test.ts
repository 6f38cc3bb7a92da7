import { expect } from '@open-wc/testing';
import { display } from '../../src/store/display.js';
import { englishText, resolveText } from '../../src/localization/english.js';
import fc from 'fast-check';
import {
  addToBody,
  captureConsole,
  createStore,
  freshStore,
  resetEnvironment,
  port,
} from '../helpers.js';
import { validateConfig } from '../../src/store/config.js';

describe('configuration', () => {
  afterEach(resetEnvironment);

  it('reads the page JSON script and configure(), configure() winning', async () => {
    addToBody(`<script type="application/json" data-consent-config>
      { "revision": 4, "categories": [{ "id": "analytics", "label": "Stats" }] }
    </script>`);
    const store = await freshStore({ categories: [{ id: 'analytics', label: 'Measurement' }] });
    expect(store.state.revision).to.equal(4);
    expect(englishText(port(store).registry, 'analytics', 'label')).to.equal('Measurement');
  });

  it('does not warn about a configured category an element named before the config was read', async () => {
    const warnings = captureConsole('warn');
    addToBody(`<script type="application/json" data-consent-config>
      { "categories": [{ "id": "payments", "label": "Payments", "description": "Card payments." }] }
    </script>`);
    const store = createStore();
    port(store).reference('payments'); // a gate upgraded before the store loaded
    await store.ready;
    expect(englishText(port(store).registry, 'payments', 'label')).to.equal('Payments');
    expect(warnings).to.deep.equal([]);
    port(store).reference('unknown-thing');
    expect(warnings.join()).to.contain('"unknown-thing"');
  });

  it('reports invalid JSON in the page and stays fail-closed', async () => {
    const errors = captureConsole('error');
    addToBody(`<script type="application/json" data-consent-config>{ revision: 2, </script>`);
    const store = await freshStore();
    expect(errors.join()).to.contain('"data-consent-config" is not valid JSON');
    expect(store.state.revision).to.equal(1);
    expect(store.state.decided).to.equal(false);
  });

  it('names each invalid field, ignores it, and keeps the valid rest', () => {
    const errors = captureConsole('error');
    const warnings = captureConsole('warn');
    const config = validateConfig({
      revision: 1.5,
      expiresAfterDays: -3,
      cookie: {
        name: 'bad name',
        domain: 'evil.example',
        path: 'nope',
        sameSite: 'sideways',
        secure: false,
      },
      gpc: 'maybe',
      googleConsentMode: { ad_storage: 'marketing', fancy_storage: 'x' },
      receiptEndpoint: 'javascript:alert(1)',
      categories: [
        { id: 'analytics', required: true, clearCokies: ['_ga'] },
        { id: 'ok', label: { en: 'OK', fr: 'D’accord' } },
        { id: '__proto__' },
        { id: 'necessary', required: false },
        { id: 'ok' },
        'nonsense',
        {
          id: 'video',
          services: [
            {
              id: 'yt',
              privacyPolicy: 'javascript:void 0',
              cookie: [{ name: 'YSC', lifetime: 'session' }],
              cookies: [{ name: 'YSC', lifetime: 'session' }],
            },
          ],
        },
      ],
      colour: 'red',
    });
    const text = errors.join('\n');
    for (const field of [
      '"revision"',
      '"expiresAfterDays"',
      '"cookie.name"',
      '"cookie.domain"',
      '"cookie.path"',
      '"cookie.sameSite"',
      '"gpc"',
      '"receiptEndpoint"',
      '"categories[0].required"',
      '"categories[2].id"',
      '"categories[3].required"',
      '"categories[4]" reuses the id "ok"',
      '"categories[5]"',
      '"colour" is not a known field',
      '"cookie.secure" is not a known field',
      '"categories[0].clearCokies" is not a known field',
      '"categories[6].services[0].cookie" is not a known field',
    ]) {
      expect(text, field).to.contain(field);
    }
    // What visitors are shown is kept as given, with its field: checked where it is shown.
    expect(config).to.deep.equal({
      cookie: {},
      // Its keys are checked by the Consent Mode code (test/integrations/consent-mode.test.ts).
      googleConsentMode: { ad_storage: 'marketing', fancy_storage: 'x' },
      categories: [
        { id: 'analytics', required: false, path: 'categories[0]', services: [], clearCookies: [] },
        {
          id: 'ok',
          required: false,
          path: 'categories[1]',
          label: { en: 'OK', fr: 'D’accord' },
          services: [],
          clearCookies: [],
        },
        { id: 'necessary', required: true, path: 'categories[3]', services: [], clearCookies: [] },
        {
          id: 'video',
          required: false,
          path: 'categories[6]',
          services: [
            {
              id: 'yt',
              path: 'categories[6].services[0]',
              privacyPolicy: 'javascript:void 0',
              cookies: [{ name: 'YSC', lifetime: 'session' }],
              clearCookies: [],
            },
          ],
          clearCookies: [],
        },
      ],
    });
    expect(warnings).to.deep.equal([]);
  });

  it('refuses deviceAccess: false for a built-in purpose, which stores on the device: it stays off', async () => {
    const errors = captureConsole('error');
    const store = await freshStore({
      categories: [
        { id: 'analytics', deviceAccess: false },
        { id: 'video', deviceAccess: 'no' },
        { id: 'stats', deviceAccess: false },
      ],
    });
    expect(errors.join('\n')).to.contain('"categories[0].deviceAccess"').and.contain('E51');
    expect(errors.join('\n')).to.contain('"categories[1].deviceAccess" must be a boolean');
    expect(store.state.categories).to.deep.equal({
      necessary: true,
      analytics: false,
      video: false,
      // The site's own purpose that stores nothing needs no consent.
      stats: true,
    });
  });

  it('takes a revision only as large as the consent cookie can hold (15 digits)', async () => {
    const errors = captureConsole('error');
    expect(validateConfig({ revision: 1e15 - 1 })).to.deep.equal({ revision: 1e15 - 1 });
    expect(validateConfig({ revision: 1e15 })).to.deep.equal({});
    expect(errors.join()).to.contain('"revision"');
    // The largest one round-trips: the decision is kept.
    const store = await freshStore({ revision: 1e15 - 1 });
    store.rejectAll();
    store.disconnect();
    expect((await freshStore({ revision: 1e15 - 1 })).state.decided).to.equal(true);
  });

  it('takes no value of the wrong type, even one that reads well as text', () => {
    const errors = captureConsole('error');
    const config = validateConfig({
      revision: '2',
      expiresAfterDays: '30',
      cookie: { name: 42, path: ['/app'] },
      gpc: ['deny'],
      googleConsentMode: 'yes',
      keepReceipts: 'yes',
    });
    expect(config).to.deep.equal({ cookie: {} });
    const text = errors.join('\n');
    for (const field of ['revision', 'expiresAfterDays', 'cookie.name', 'cookie.path', 'gpc']) {
      expect(text, field).to.contain(`"${field}"`);
    }
    expect(text).to.contain('"googleConsentMode"').and.to.contain('"keepReceipts"');
  });

  it('names each invalid field shown to visitors where it is shown, and leaves it out', async () => {
    const errors = captureConsole('error');
    const warnings = captureConsole('warn');
    const store = await freshStore({
      categories: [
        { id: 'ok', label: { en: 'OK', fr: 'D’accord' } },
        {
          id: 'video',
          legalBasis: 'because',
          retention: 7,
          services: [
            {
              id: 'yt',
              privacyPolicy: 'javascript:void 0',
              endpoint: 'https://www.youtube.com/',
              country: { en: 'USA', 'not a tag': 'x' },
              cookies: [{ name: 'YSC', lifetime: 'session', type: 'flash' }, { name: '' }],
            },
          ],
        },
        {
          id: 'logs',
          label: 'Logs',
          description: 'Server logs.',
          deviceAccess: false,
          cookies: [{ name: 'x' }],
        },
      ],
    });
    expect(errors).to.deep.equal([]);
    const { registry } = port(store);
    const shown = [
      registry.category('ok')!,
      registry.category('video')!,
      registry.service('yt')!,
      registry.category('logs')!,
    ].map(display);
    const text = errors.join('\n');
    for (const field of [
      '"categories[1].retention" must be a string or a map',
      '"categories[1].services[0].privacyPolicy" must be an http(s) URL',
      '"categories[1].services[0].endpoint" must be a host name',
      '"categories[1].services[0].country.not a tag" must be a string under a locale code',
      '"categories[1].services[0].cookies[0].lifetime" is not a known field',
      '"categories[1].services[0].cookies[0].type" must be "cookie"',
      '"categories[1].services[0].cookies[1]" must be an object with a "name" string',
      '"categories[2].cookies" lists storage for a purpose whose deviceAccess is false',
    ]) {
      expect(text, field).to.contain(field);
    }
    // "ok" is the site's own purpose, with a label but no description.
    expect(warnings).to.deep.equal([
      'consent-elements W02: configuration: "categories[0]" ("ok") has no description to show visitors.',
    ]);
    expect(shown[0]).to.deep.equal({ label: { en: 'OK', fr: 'D’accord' }, cookies: [] });
    expect(shown[1]).to.deep.equal({ legalBasis: 'because', cookies: [] });
    expect(shown[2]).to.deep.equal({ country: { en: 'USA' }, cookies: [{ name: 'YSC' }] });
    expect(shown[3]).to.deep.equal({ label: 'Logs', description: 'Server logs.', cookies: [] });
    // Once: showing them again reports nothing new.
    display(registry.service('yt')!);
    expect(errors.join('\n')).to.equal(text);
    expect(store.state.categories.logs).to.equal(true, 'stores nothing: always in force');
  });

  it('takes one endpoint host or a list of them, and refuses a list holding a URL', async () => {
    const errors = captureConsole('error');
    const store = await freshStore({
      categories: [
        {
          id: 'marketing',
          services: [
            { id: 'one', endpoint: 'Snap.Licdn.com' },
            { id: 'two', endpoint: ['snap.licdn.com', 'px.ads.linkedin.com'] },
            { id: 'bad', endpoint: ['snap.licdn.com', 'https://px.ads.linkedin.com/'] },
            { id: 'none', endpoint: [] },
          ],
        },
      ],
    });
    const { registry } = port(store);
    const hosts = ['one', 'two', 'bad', 'none'].map(
      (id) => display(registry.service(id)!).endpoint,
    );
    expect(hosts).to.deep.equal([
      ['snap.licdn.com'],
      ['snap.licdn.com', 'px.ads.linkedin.com'],
      undefined,
      undefined,
    ]);
    expect(errors.join('\n')).to.contain(
      '"categories[0].services[2].endpoint" must be a host name',
    );
    expect(errors.join('\n')).to.contain(
      '"categories[0].services[3].endpoint" must be a host name',
    );
  });

  it('takes keepReceipts as a boolean only', () => {
    const errors = captureConsole('error');
    expect(validateConfig({ keepReceipts: false })).to.deep.equal({ keepReceipts: false });
    expect(validateConfig({ keepReceipts: 'no' })).to.deep.equal({});
    expect(errors.join()).to.contain('"keepReceipts" must be a boolean');
  });

  it('warns, and applies, a choice kept longer than 6 months', () => {
    const warnings = captureConsole('warn');
    expect(validateConfig({ expiresAfterDays: 182 })).to.deep.equal({ expiresAfterDays: 182 });
    expect(warnings).to.deep.equal([]);
    expect(validateConfig({ expiresAfterDays: 395 })).to.deep.equal({ expiresAfterDays: 395 });
    expect(warnings.join()).to.contain('"expiresAfterDays" is longer than 6 months');
  });

  it('warns about a purpose of the site’s own without a label or description', async () => {
    const warnings = captureConsole('warn');
    const store = await freshStore({ categories: [{ id: 'analytics' }, { id: 'payments' }] });
    port(store).registry.categories.forEach(display);
    expect(warnings).to.deep.equal([
      'consent-elements W02: configuration: "categories[1]" ("payments") has no label to show visitors.',
      'consent-elements W02: configuration: "categories[1]" ("payments") has no description to show visitors.',
    ]);
  });

  it('accepts the host or a parent domain for the cookie', () => {
    expect(validateConfig({ cookie: { domain: location.hostname } }).cookie?.domain).to.equal(
      location.hostname,
    );
  });

  it('keeps configuration text as text: markup is never interpreted', async () => {
    const store = await freshStore({
      categories: [{ id: 'analytics', label: '<img src=x onerror="window.__pwned=1">' }],
    });
    expect(englishText(port(store).registry, 'analytics', 'label')).to.equal(
      '<img src=x onerror="window.__pwned=1">',
    );
  });

  it('picks per-locale texts: exact tag, language, English, then any', () => {
    const label = { en: 'Videos', fr: 'Vidéos', 'fr-ca': 'Vidéos (CA)' };
    expect(resolveText(label, 'fr-CA')).to.equal('Vidéos (CA)');
    expect(resolveText(label, 'fr-BE')).to.equal('Vidéos');
    expect(resolveText(label, 'de')).to.equal('Videos');
    expect(resolveText({ it: 'Video' }, 'de')).to.equal('Video');
  });

  describe('on arbitrary input (property-based)', () => {
    it('validateConfig never throws and returns only well-formed parts', () => {
      captureConsole('error');
      captureConsole('warn');
      fc.assert(
        fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
          const config = validateConfig(input);
          expect(config).to.be.an('object');
          for (const category of config.categories ?? []) {
            expect(category.id).to.match(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('configure() with anything never grants a purpose', async () => {
      captureConsole('error');
      captureConsole('warn');
      const store = await freshStore();
      const category = fc.record(
        {
          id: fc.oneof(fc.constantFrom('necessary', 'analytics', 'video', 'x'), fc.string()),
          required: fc.anything(),
          label: fc.anything(),
          services: fc.array(fc.record({ id: fc.string(), label: fc.anything() })),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(
          fc.oneof(
            fc.anything(),
            fc.record({
              categories: fc.array(category),
              revision: fc.anything(),
              gpc: fc.anything(),
            }),
          ),
          (input) => {
            store.configure(input as never);
            for (const c of port(store).registry.categories) {
              expect(store.state.categories[c.id], c.id).to.equal(c.required);
              expect(['necessary', 'analytics', 'video'].includes(c.id) && c.required).to.equal(
                c.id === 'necessary',
              );
              for (const s of c.services) expect(store.state.services[s.id]).to.equal(c.required);
            }
            expect(store.state.decided).to.equal(false);
          },
        ),
        { numRuns: 200 },
      );
    });
  });
});
