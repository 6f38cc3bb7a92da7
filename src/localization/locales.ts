import { templates as bannerEnglish } from '../generated/locales/en-banner.js';
import { importLocale } from '../generated/locales/loaders.js';
import { report } from '../diagnostics/report.js';
import type { MessageId, SiteTexts } from '../store/types.js';
import {
  SOURCE_LOCALE,
  directionOf,
  fallbackTags,
  supportedLocale,
  type Locale,
  type ShippedLocale,
} from './languages.js';

export * from './languages.js';

/**
 * Per-element translation. Each element resolves its own locale (CONTRACT §5: its
 * `lang`, the nearest ancestor's, `<html lang>`, `navigator.language`, English) and
 * looks its texts up in the site's own words (`texts` in the configuration), then in
 * the generated locale modules of @lit/localize, loaded on demand, then in English.
 * This is @lit/localize's runtime output used without its single global locale, which
 * could neither serve two languages on one page nor share a page with an app that
 * configures @lit/localize itself.
 */

type Templates = Partial<Record<MessageId, string>>;
/** A locale module: its texts in the order of its pack's English ids (scripts/locale-modules.mjs). */
type Loader = (locale: string) => Promise<{ texts: readonly string[] }>;

/**
 * The messages come in packs, each with its English (generated from the XLIFF sources
 * by scripts/locale-modules.mjs, not from messages.ts, whose `msg()` calls and
 * translators' notes are for extraction only) and a module per locale, imported on
 * demand (src/generated/<pack>/loaders.ts: a static map, so that the dev server, the
 * tests and lib/ see every module; the bundle imports `locales/<locale>.js` next to
 * itself instead, see rollup.config.mjs). The English an element shows is there
 * synchronously: the banner's is built in here, and the other elements add theirs
 * (addEnglish) as their code loads, so that a first visit fetches no other English. A
 * pack's English also gives the order of its locale modules' texts: the elements' pack
 * imports the rest of its English with its first locale module. <consent-declaration>
 * adds its own pack (addPack), so that a page without one never fetches its texts.
 */
interface Pack {
  english: () => Promise<Templates>;
  load: Loader;
  loaded: Set<ShippedLocale>;
  loading: Map<ShippedLocale, Promise<void>>;
}

const source = { ...bannerEnglish } as Record<MessageId, string>;
const packs: Pack[] = [];
/** Every loaded pack's texts, by locale. */
const loaded = new Map<ShippedLocale, Templates>();

/** Adds English texts, which an element's code brings with it. */
export function addEnglish(templates: Templates): void {
  Object.assign(source, templates);
}

/** Adds a pack of messages: its English (in its ids' order), and how to import its texts in a locale. */
export function addPack(english: () => Promise<Templates>, load: Loader): void {
  packs.push({ english, load, loaded: new Set(), loading: new Map() });
}

addPack(
  () =>
    Promise.all([
      import('../generated/locales/en-gate.js'),
      import('../generated/locales/en.js'),
    ]).then(([gate, rest]) => ({ ...bannerEnglish, ...gate.templates, ...rest.templates })),
  importLocale,
);

/** The language tag that applies to an element, from its lang or its ancestors'. */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    const lang = node instanceof Element && node.getAttribute('lang');
    if (lang) return lang;
    // Cross shadow roots: an element inside another component takes the host's language.
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return navigator.language || SOURCE_LOCALE;
}

export function isLoaded(locale: Locale): boolean {
  const base = supportedLocale(locale);
  return base === SOURCE_LOCALE || packs.every((pack) => pack.loaded.has(base));
}

/**
 * Loads the texts a locale needs once; on failure the English texts stay in use. A pack
 * added while they load (a declaration defined meanwhile) is loaded too, so that an
 * element waiting for its locale is not left in English.
 */
export function loadLocale(locale: Locale): Promise<void> {
  const base = supportedLocale(locale);
  if (isLoaded(base)) return Promise.resolve();
  const count = packs.length;
  return Promise.all(packs.map((pack) => loadPack(pack, base))).then(() =>
    packs.length > count ? loadLocale(base) : undefined,
  );
}

function loadPack(pack: Pack, locale: ShippedLocale): Promise<void> {
  if (pack.loaded.has(locale)) return Promise.resolve();
  let pending = pack.loading.get(locale);
  if (!pending) {
    pending = Promise.all([pack.english(), pack.load(locale)])
      .then(([english, { texts }]) => {
        addEnglish(english);
        const known = loaded.get(locale) ?? {};
        Object.keys(english).forEach((id, i) => (known[id as MessageId] = texts[i]));
        loaded.set(locale, known);
        pack.loaded.add(locale);
      })
      .catch((error) => {
        pack.loading.delete(locale);
        report('error', 'E49', locale, {}, error);
      });
    pack.loading.set(locale, pending);
  }
  return pending;
}

/**
 * The text of a message in a locale, with `{name}` placeholders filled in: the site's
 * own words for the locale or its language, else the shipped translation, else the
 * site's English, else the library's English.
 */
export function translate(
  locale: Locale,
  id: MessageId,
  values: Record<string, string | number> = {},
  site: SiteTexts = {},
): string {
  const own = fallbackTags(locale).find((t) => site[t]?.[id] !== undefined);
  const text =
    (own === undefined ? undefined : site[own][id]) ??
    loaded.get(supportedLocale(locale))?.[id] ??
    site[SOURCE_LOCALE]?.[id] ??
    source[id];
  // In a right-to-left text, a name filled in (often left to right, like "YouTube (EU)")
  // is isolated, so that its order and punctuation survive (U+2068 … U+2069).
  const isolate = directionOf(locale) === 'rtl';
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!Object.hasOwn(values, name)) return match;
    const value = values[name];
    return isolate && typeof value === 'string' ? `\u2068${value}\u2069` : String(value);
  });
}
