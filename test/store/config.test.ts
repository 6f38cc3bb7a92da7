import { expect } from '@open-wc/testing';
import { englishText } from '../../src/localization/english.js';
import fc from 'fast-check';
import {
  addToBody,
  captureConsole,
  createStore,
  freshStore,
  resetEnvironment,
  port,
} from '../helpers.js';
import { resolveText, validateConfig } from '../../src/store/config.js';

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
      '"googleConsentMode.fancy_storage"',
      '"receiptEndpoint"',
      '"categories[0].required"',
      '"categories[2].id"',
      '"categories[3].required"',
      '"categories[4]" reuses the id "ok"',
      '"categories[5]"',
      '"categories[6].services[0].privacyPolicy"',
      '"colour" is not a known field',
      '"cookie.secure" is not a known field',
      '"categories[0].clearCokies" is not a known field',
      '"categories[6].services[0].cookie" is not a known field',
      '"categories[6].services[0].cookies[0].lifetime" is not a known field',
    ]) {
      expect(text, field).to.contain(field);
    }
    // "ok" is the site's own purpose, with a label but no description.
    expect(warnings).to.deep.equal([
      'consent-elements W02: configuration: "categories[1]" ("ok") has no description to show visitors.',
    ]);
    expect(config).to.deep.equal({
      cookie: {},
      googleConsentMode: { ad_storage: ['marketing'] },
      categories: [
        { id: 'analytics', required: false, services: [], cookies: [], clearCookies: [] },
        {
          id: 'ok',
          required: false,
          label: { en: 'OK', fr: 'D’accord' },
          services: [],
          cookies: [],
          clearCookies: [],
        },
        { id: 'necessary', required: true, services: [], cookies: [], clearCookies: [] },
        {
          id: 'video',
          required: false,
          services: [{ id: 'yt', cookies: [{ name: 'YSC' }], clearCookies: [] }],
          cookies: [],
          clearCookies: [],
        },
      ],
    });
  });

  it('warns, and applies, a choice kept longer than 6 months', () => {
    const warnings = captureConsole('warn');
    expect(validateConfig({ expiresAfterDays: 182 })).to.deep.equal({ expiresAfterDays: 182 });
    expect(warnings).to.deep.equal([]);
    expect(validateConfig({ expiresAfterDays: 395 })).to.deep.equal({ expiresAfterDays: 395 });
    expect(warnings.join()).to.contain('"expiresAfterDays" is longer than 6 months');
  });

  it('warns about a purpose of the site’s own without a label or description', () => {
    const warnings = captureConsole('warn');
    validateConfig({ categories: [{ id: 'analytics' }, { id: 'payments' }] });
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
