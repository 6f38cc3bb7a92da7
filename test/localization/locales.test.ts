import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { defineElements } from '../../src/elements.js';
import { messages } from '../../src/localization/messages.js';
import { useDeclarationTexts } from '../../src/localization/declaration-texts.js';
import {
  addPack,
  directionOf,
  isLoaded,
  langTag,
  LOCALES,
  loadLocale,
  resolveLocale,
  supportedLocale,
  translate,
} from '../../src/localization/locales.js';
import { BUILTIN_IDS } from '../../src/store/builtins.js';
import type { MessageId } from '../../src/store/types.js';
import { freshPageStore, resetEnvironment } from '../helpers.js';

defineElements();

describe('localization', () => {
  afterEach(resetEnvironment);

  // First: no declaration has been created yet in this file.
  it('fetches the declaration’s texts only with a declaration, and then only those', async () => {
    const fetched = (pack: string) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes(`/src/generated/${pack}/lt.ts`)).length;
    await loadLocale('lt');
    expect(isLoaded('lt')).to.equal(true);
    expect(translate('lt', 'consent.action.accept')).to.equal('Priimti visus');
    expect([fetched('locales'), fetched('declaration')]).to.deep.equal([1, 0]);
    // A declaration adds its pack: its English at once, its Lithuanian on demand.
    useDeclarationTexts();
    expect(isLoaded('lt')).to.equal(false);
    expect(translate('lt', 'consent.declaration.record')).to.equal('Your consent record');
    await loadLocale('lt');
    expect(isLoaded('lt')).to.equal(true);
    expect(translate('lt', 'consent.declaration.record')).not.to.equal('Your consent record');
    expect(translate('lt', 'consent.action.accept')).to.equal('Priimti visus');
    expect([fetched('locales'), fetched('declaration')]).to.deep.equal([1, 1]);
  });

  it('maps language tags to the shipped locales', () => {
    const cases: [string, string][] = [
      ['fr-CA', 'fr'],
      ['DE_at', 'de'],
      ['de-AT', 'de'],
      ['pt-BR', 'pt'],
      ['pt-PT', 'pt'],
      ['no', 'nb'],
      ['nn-NO', 'nb'],
      ['nb-NO', 'nb'],
      ['zh', 'zh'],
      ['zh-CN', 'zh'],
      ['zh-Hans', 'zh'],
      ['zh-Hans-CN', 'zh'],
      // Traditional Chinese is not the shipped Simplified: English, unless the site adds it.
      ['zh-TW', 'en'],
      ['zh-Hant', 'en'],
      ['zh-Hant-HK', 'en'],
      ['sr-Latn-RS', 'sr'],
      ['ar-EG', 'ar'],
      ['he-IL', 'he'],
      ['cy', 'en'],
      ['', 'en'],
    ];
    for (const [tag, locale] of cases) expect(supportedLocale(tag), tag).to.equal(locale);
    expect(resolveLocale('zh-TW', { 'zh-hant': {} })).to.equal('zh-hant');
    expect(resolveLocale('pt-BR', { 'pt-br': {} })).to.equal('pt-br');
    expect(resolveLocale('pt-BR', { cy: {} })).to.equal('pt');
    expect(resolveLocale('cy-GB', { cy: {} })).to.equal('cy');
  });

  it('ships the 39 languages of lit-localize.json, right-to-left where they are', async () => {
    const config = await (await fetch('/lit-localize.json')).json();
    expect([...LOCALES].sort()).to.deep.equal(
      [config.sourceLocale, ...config.targetLocales].sort(),
    );
    expect(LOCALES).to.have.length(39);
    const rtl = LOCALES.filter((locale) => directionOf(locale) === 'rtl');
    expect(rtl).to.deep.equal(['ar', 'he']);
    expect(directionOf('fa')).to.equal('rtl');
    expect(langTag('sr')).to.equal('sr-Latn');
    expect(langTag('zh')).to.equal('zh-Hans');
  });

  it('ships every message in every locale, placeholders intact, modules current with the XLIFF', async () => {
    useDeclarationTexts();
    const source = messages();
    const ids = Object.keys(source) as (keyof typeof source)[];
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      await loadLocale(locale);
      // The translators' source, as the dev server serves it.
      const xliff = new DOMParser().parseFromString(
        await (await fetch(`/locales/${locale}.xlf`)).text(),
        'application/xml',
      );
      const targets = new Map(
        [...xliff.querySelectorAll('trans-unit')].map((unit) => [
          unit.id,
          unit.querySelector('target')?.textContent,
        ]),
      );
      expect([...targets.keys()].sort(), locale).to.deep.equal([...ids].sort());
      for (const id of ids) {
        const text = translate(locale, id);
        expect(targets.get(id), `${locale} ${id}: no translation`).to.be.a('string');
        expect(text, `${locale} ${id}: generated module not current`).to.equal(targets.get(id));
        expect(holes(text), `${locale} ${id}`).to.equal(holes(source[id]));
      }
    }
  });

  it('shows the English of messages.ts, read from the XLIFF sources at build time', () => {
    // src/generated/locales/en.ts comes from locales/*.xlf: a text edited in
    // messages.ts without `npm run localize:extract` would show its old version.
    useDeclarationTexts();
    const source = messages();
    for (const id of Object.keys(source) as (keyof typeof source)[]) {
      expect(translate('en', id), id).to.equal(source[id]);
    }
  });

  it('has a label and a description for every built-in category, and no other', () => {
    const source = messages() as Record<string, string>;
    const categories = Object.keys(source)
      .filter((id) => id.startsWith('consent.category.'))
      .map((id) => id.split('.')[2]);
    expect([...new Set(categories)].sort()).to.deep.equal([...BUILTIN_IDS].sort());
    for (const id of BUILTIN_IDS) {
      expect(source[`consent.category.${id}.label`], id).to.be.a('string');
      expect(source[`consent.category.${id}.description`], id).to.be.a('string');
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

  it('loads a pack added while a locale loads (a declaration defined meanwhile) with it', async () => {
    // Two packs of one message each, as <consent-declaration> adds its own (last in this
    // file: the packs stay for the page's other tests). The first makes Latvian not
    // loaded; the second comes while it loads.
    const pack = (id: string, text: string) =>
      addPack(
        () => Promise.resolve({ [id as MessageId]: 'English' }),
        () => Promise.resolve({ texts: [text] }),
      );
    pack('consent.test.first', 'Pirmais');
    expect(isLoaded('lv')).to.equal(false);
    const loading = loadLocale('lv');
    pack('consent.test.late', 'Vēlu');
    await loading;
    expect(isLoaded('lv')).to.equal(true, 'every pack, the late one too');
    expect(translate('lv', 'consent.test.late' as MessageId)).to.equal('Vēlu');
  });
});
