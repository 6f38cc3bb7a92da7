import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { defineElements } from '../../src/define.js';
import { messages } from '../../src/localization/messages.js';
import { supportedLocale, translate, loadLocale, LOCALES } from '../../src/localization/locales.js';
import { BUILTIN_CATEGORIES } from '../../src/store/builtins.js';
import { freshPageStore, resetEnvironment } from '../helpers.js';

defineElements();

describe('localization', () => {
  afterEach(resetEnvironment);

  it('maps language tags to the shipped locales', () => {
    expect(supportedLocale('fr-CA')).to.equal('fr');
    expect(supportedLocale('DE_at')).to.equal('de');
    expect(supportedLocale('pt-BR')).to.equal('en');
    expect(LOCALES).to.deep.equal(['en', 'fr', 'de', 'it', 'es']);
  });

  it('ships every message in every locale, placeholders intact', async () => {
    const source = messages();
    const modules: Record<string, () => Promise<{ templates: Record<string, unknown> }>> = {
      fr: () => import('../../src/generated/locales/fr.js'),
      de: () => import('../../src/generated/locales/de.js'),
      it: () => import('../../src/generated/locales/it.js'),
      es: () => import('../../src/generated/locales/es.js'),
    };
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      await loadLocale(locale);
      const { templates } = await modules[locale]();
      for (const id of Object.keys(source) as (keyof typeof source)[]) {
        expect(templates[id], `${locale} ${id}`).to.be.a('string');
        const text = translate(locale, id);
        expect(text, `${locale} ${id}`).to.equal(templates[id]);
        const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
        expect(holes(text), `${locale} ${id}`).to.equal(holes(source[id]));
      }
    }
  });

  it('shows the English of messages.ts, read from the XLIFF sources at build time', () => {
    // src/generated/locales/en.ts comes from locales/*.xlf: a text edited in
    // messages.ts without `npm run localize:extract` would show its old version.
    const source = messages();
    for (const id of Object.keys(source) as (keyof typeof source)[]) {
      expect(translate('en', id), id).to.equal(source[id]);
    }
  });

  it('keeps the store’s English built-in texts equal to the UI’s', () => {
    const source = messages() as Record<string, string>;
    for (const [id, { label, description }] of Object.entries(BUILTIN_CATEGORIES)) {
      expect(source[`consent.category.${id}.label`]).to.equal(label);
      expect(source[`consent.category.${id}.description`]).to.equal(description);
    }
  });

  it('leaves @lit/localize to a host app that configures it, and keeps its own languages', async () => {
    // If the library had called configureLocalization, this second call would throw.
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: async () => ({ templates: { 'app.hello': 'Bonjour' } }),
    });
    await setLocale('fr');
    expect(msg('Hello', { id: 'app.hello' })).to.equal('Bonjour');
    await freshPageStore();
    const el = await fixture(html`<consent-banner lang="de"></consent-banner>`);
    const accept = () =>
      el.shadowRoot!.querySelector('[part~="accept-button"]')!.textContent!.trim();
    await waitUntil(() => accept() === 'Alle akzeptieren', 'German texts');
  });
});
