import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElements } from '../../src/elements.js';
import type { ConsentBanner } from '../../src/components/consent-banner/consent-banner.js';
import type { ConsentPreferences } from '../../src/components/consent-preferences/consent-preferences.js';
import type { ConsentGate } from '../../src/components/consent-gate/consent-gate.js';
import { validateTexts } from '../../src/localization/site-texts.js';
import { later, templates as english } from '../../src/generated/locales/en.js';
import { templates as bannerEnglish } from '../../src/generated/locales/en-banner.js';
import { templates as gateEnglish } from '../../src/generated/locales/en-gate.js';
import { captureConsole, freshPageStore, resetEnvironment } from '../helpers.js';

defineElements();

const text = (root: ShadowRoot, selector: string) =>
  root.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();

async function sha256(texts: string[]): Promise<string> {
  const bytes = new TextEncoder().encode(texts.join('\n'));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

describe('the site’s own words (texts)', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await resetEnvironment();
  });

  it('replaces a text in the banner, the dialog and a gate alike', async () => {
    const store = await freshPageStore({
      categories: [{ id: 'video' }],
      texts: {
        en: {
          'consent.action.accept': 'Allow all',
          'consent.category.video.label': 'Film clips',
          'consent.gate.allow': 'Allow for good',
        },
      },
    });
    const banner = await fixture<ConsentBanner>(html`<consent-banner></consent-banner>`);
    const gate = await fixture<ConsentGate>(
      html`<consent-gate
        category="video"
        title="Launch film"
        src="https://example.com/v"
      ></consent-gate>`,
    );
    const dialog = await fixture<ConsentPreferences>(
      html`<consent-preferences></consent-preferences>`,
    );
    // The code that checks the site's texts comes with the first element that needs it.
    await waitUntil(() => banner.matches(':state(shown)'), 'banner shown');
    await Promise.all([banner.updateComplete, gate.updateComplete]);
    expect(text(banner.shadowRoot!, '[part~="accept-button"]')).to.equal('Allow all');
    expect(text(banner.shadowRoot!, '[part~="reject-button"]')).to.equal('Reject all');
    expect(text(gate.shadowRoot!, '[part~="allow-button"]')).to.equal('Allow for good');
    expect(text(gate.shadowRoot!, '[part~="message"]')).to.contain('(Film clips)');
    store.openPreferences();
    await dialog.updateComplete;
    expect(text(dialog.shadowRoot!, '[part~="accept-button"]')).to.equal('Allow all');
    expect(text(dialog.shadowRoot!, 'label[for="c-video"]')).to.equal('Film clips');
  });

  it('replaces a text in one language only, and serves region tags from their language', async () => {
    await freshPageStore({
      categories: [{ id: 'analytics' }],
      texts: { fr: { 'consent.action.accept': 'Tout autoriser' } },
    });
    const [fr, canadian, english] = await Promise.all([
      fixture<ConsentBanner>(html`<consent-banner lang="fr"></consent-banner>`),
      fixture<ConsentBanner>(html`<consent-banner lang="fr-CA"></consent-banner>`),
      fixture<ConsentBanner>(html`<consent-banner lang="en"></consent-banner>`),
    ]);
    const label = (el: ConsentBanner, name: string) =>
      el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent!.trim();
    const accept = (el: ConsentBanner) => label(el, 'accept-button');
    const reject = (el: ConsentBanner) => label(el, 'reject-button');
    await waitUntil(() => reject(fr) === 'Tout refuser', 'the French texts load');
    await waitUntil(() => reject(canadian) === 'Tout refuser', 'fr-CA takes French');
    expect(accept(fr)).to.equal('Tout autoriser');
    expect(accept(canadian)).to.equal('Tout autoriser');
    expect(accept(english)).to.equal('Accept all');
  });

  it('adds a language the library does not ship, the rest in English, with one warning listing what is missing', async () => {
    const warnings = captureConsole('warn');
    await freshPageStore({
      categories: [{ id: 'analytics' }],
      texts: {
        cy: {
          'consent.banner.title': 'Cwcis a’ch preifatrwydd',
          'consent.action.accept': 'Derbyn y cyfan',
          'consent.action.reject': 'Gwrthod y cyfan',
        },
      },
    });
    const el = await fixture<ConsentBanner>(html`<consent-banner lang="cy-GB"></consent-banner>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(text(root, '[part~="title"]')).to.equal('Cwcis a’ch preifatrwydd');
    expect(text(root, '[part~="accept-button"]')).to.equal('Derbyn y cyfan');
    expect(text(root, '[part~="reject-button"]')).to.equal('Gwrthod y cyfan');
    expect(text(root, '[part~="customize-button"]')).to.equal('Customize');
    expect(root.querySelector('[part="banner"]')!.getAttribute('lang')).to.equal('cy');
    const about = warnings.filter((w) => w.includes('texts.cy'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('consent.action.customize');
    expect(about[0]).not.to.contain('consent.action.accept');
    // Every message it leaves out, the declaration's included (loaded only with one).
    const missing =
      [english, bannerEnglish, gateEnglish, later].reduce(
        (n, texts) => n + Object.keys(texts).length,
        0,
      ) - 3;
    expect(about[0].match(/consent\.[\w.]+/g)).to.have.length(missing);
  });

  it('lets the site’s English stand in for what a site-added language leaves out', async () => {
    await freshPageStore({
      texts: {
        en: { 'consent.action.customize': 'Choose' },
        cy: { 'consent.action.accept': 'Derbyn y cyfan' },
      },
    });
    const el = await fixture<ConsentBanner>(html`<consent-banner lang="cy"></consent-banner>`);
    await el.updateComplete;
    expect(text(el.shadowRoot!, '[part~="customize-button"]')).to.equal('Choose');
  });

  it('renders the site’s texts as text, never as HTML', async () => {
    await freshPageStore({
      texts: { en: { 'consent.banner.title': '<img src=x onerror="window.__pwned=1">Hi' } },
    });
    const el = await fixture<ConsentBanner>(html`<consent-banner></consent-banner>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    expect(text(el.shadowRoot!, '[part~="title"]')).to.equal(
      '<img src=x onerror="window.__pwned=1">Hi',
    );
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('follows texts given by configure() after the elements rendered', async () => {
    const store = await freshPageStore();
    const el = await fixture<ConsentBanner>(html`<consent-banner></consent-banner>`);
    await el.updateComplete;
    captureConsole('warn'); // configure() after load warns; not the subject here
    store.configure({ texts: { en: { 'consent.action.reject': 'Refuse all' } } });
    await waitUntil(
      () => text(el.shadowRoot!, '[part~="reject-button"]') === 'Refuse all',
      'the new text shows',
    );
    store.configure({ texts: { en: { 'consent.action.accept': 'Allow all' } } });
    await waitUntil(() => text(el.shadowRoot!, '[part~="accept-button"]') === 'Allow all');
    // A later call adds to the earlier ones.
    expect(text(el.shadowRoot!, '[part~="reject-button"]')).to.equal('Refuse all');
  });

  it('counts the site’s texts in the receipt’s hash of what was shown', async () => {
    const store = await freshPageStore({
      categories: [{ id: 'analytics' }],
      texts: { en: { 'consent.action.accept': 'Allow all' } },
    });
    const el = await fixture<ConsentBanner>(html`<consent-banner></consent-banner>`);
    await el.updateComplete;
    const slot = (name: string) => text(el.shadowRoot!, `[part~="${name}"]`);
    const shown = [
      slot('title'),
      slot('message'),
      'Allow all',
      slot('reject-button'),
      slot('customize-button'),
    ];
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
    const [receipt] = await store.history();
    expect(receipt.textHash).to.equal(await sha256(shown));
  });

  describe('fails closed on a bad override, naming it, and keeps the shipped text', () => {
    const cases: [string, unknown, string][] = [
      [
        'an unknown id',
        { en: { 'consent.action.acept': 'Yes' } },
        'texts.en["consent.action.acept"]',
      ],
      [
        'a missing placeholder',
        { fr: { 'consent.gate.chatLoaded': 'Discussion chargée.' } },
        'texts.fr["consent.gate.chatLoaded"]',
      ],
      [
        'an extra placeholder',
        { en: { 'consent.action.accept': 'Accept all {provider}' } },
        'texts.en["consent.action.accept"]',
      ],
      [
        'a renamed placeholder',
        { en: { 'consent.gate.chatLoaded': '{vendor} chat loaded.' } },
        'texts.en["consent.gate.chatLoaded"]',
      ],
      [
        'a value that is not a string',
        { en: { 'consent.action.accept': 42 } },
        'texts.en["consent.action.accept"]',
      ],
      [
        'an empty text',
        { en: { 'consent.action.accept': ' ' } },
        'texts.en["consent.action.accept"]',
      ],
      [
        'a renamed placeholder in a text only the declaration shows',
        { en: { 'consent.declaration.storageCaption': 'Cookies of {category}' } },
        'texts.en["consent.declaration.storageCaption"]',
      ],
      ['a language that is not a tag', { 'english!': {} }, 'texts.english!'],
      ['a language that is not an object', { en: 'Accept' }, 'texts.en'],
      ['texts that are not an object', ['en'], '"texts"'],
    ];
    for (const [what, texts, field] of cases) {
      it(what, () => {
        const errors = captureConsole('error');
        const valid = validateTexts(texts);
        expect(errors.join('\n')).to.contain(field.startsWith('"') ? field : `"${field}"`);
        const kept = Object.values(valid).flatMap((t) => Object.keys(t));
        expect(kept).to.deep.equal([]);
      });
    }

    it('keeps the texts of the declaration, whose English is not loaded yet', () => {
      const errors = captureConsole('error');
      const valid = validateTexts({
        en: { 'consent.declaration.storageCaption': 'What {purpose} keeps' },
      });
      expect(errors).to.deep.equal([]);
      expect(valid.en).to.deep.equal({
        'consent.declaration.storageCaption': 'What {purpose} keeps',
      });
    });

    it('in the elements too', async () => {
      const errors = captureConsole('error');
      await freshPageStore({
        texts: {
          en: {
            'consent.action.accept': 'Accept all {provider}',
            'consent.action.reject': 'Decline all',
          },
        },
      });
      const el = await fixture<ConsentBanner>(html`<consent-banner></consent-banner>`);
      await el.updateComplete;
      expect(text(el.shadowRoot!, '[part~="accept-button"]')).to.equal('Accept all');
      expect(text(el.shadowRoot!, '[part~="reject-button"]')).to.equal('Decline all');
      expect(errors.join()).to.contain('texts.en["consent.action.accept"]');
    });
  });
});
