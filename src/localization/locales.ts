import { templates as english } from '../generated/locales/en.js';
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
/** A locale module: its texts in the order of the English ids (scripts/locale-modules.mjs). */
type Loader = () => Promise<{ texts: readonly string[] }>;

/**
 * Imports a shipped locale's module. A static map, so that the dev server, the tests and
 * the package's own modules (lib/) see every locale module. The self-contained bundle
 * replaces the map between the markers with one import of `./locales/<locale>.js` next
 * to itself (rollup.config.mjs, `importLocaleFromDist`): 38 entries fewer on every page.
 */
// importLocale:start
const loaders: Record<Exclude<ShippedLocale, 'en'>, Loader> = {
  ar: () => import('../generated/locales/ar.js'),
  bg: () => import('../generated/locales/bg.js'),
  ca: () => import('../generated/locales/ca.js'),
  cs: () => import('../generated/locales/cs.js'),
  da: () => import('../generated/locales/da.js'),
  de: () => import('../generated/locales/de.js'),
  el: () => import('../generated/locales/el.js'),
  es: () => import('../generated/locales/es.js'),
  et: () => import('../generated/locales/et.js'),
  eu: () => import('../generated/locales/eu.js'),
  fi: () => import('../generated/locales/fi.js'),
  fr: () => import('../generated/locales/fr.js'),
  ga: () => import('../generated/locales/ga.js'),
  gl: () => import('../generated/locales/gl.js'),
  he: () => import('../generated/locales/he.js'),
  hr: () => import('../generated/locales/hr.js'),
  hu: () => import('../generated/locales/hu.js'),
  is: () => import('../generated/locales/is.js'),
  it: () => import('../generated/locales/it.js'),
  ja: () => import('../generated/locales/ja.js'),
  lb: () => import('../generated/locales/lb.js'),
  lt: () => import('../generated/locales/lt.js'),
  lv: () => import('../generated/locales/lv.js'),
  mt: () => import('../generated/locales/mt.js'),
  nb: () => import('../generated/locales/nb.js'),
  nl: () => import('../generated/locales/nl.js'),
  pl: () => import('../generated/locales/pl.js'),
  pt: () => import('../generated/locales/pt.js'),
  ro: () => import('../generated/locales/ro.js'),
  ru: () => import('../generated/locales/ru.js'),
  sk: () => import('../generated/locales/sk.js'),
  sl: () => import('../generated/locales/sl.js'),
  sq: () => import('../generated/locales/sq.js'),
  sr: () => import('../generated/locales/sr.js'),
  sv: () => import('../generated/locales/sv.js'),
  tr: () => import('../generated/locales/tr.js'),
  uk: () => import('../generated/locales/uk.js'),
  zh: () => import('../generated/locales/zh.js'),
};
const importLocale = (locale: Exclude<ShippedLocale, 'en'>) => loaders[locale]();
// importLocale:end

// English is built in, so it is there synchronously: generated from the XLIFF
// sources (scripts/locale-modules.mjs), not from messages.ts, whose `msg()` calls and
// translators' notes are for extraction only and stay out of the bundle.
const source: Record<MessageId, string> = english;
const ids = Object.keys(english) as MessageId[];
const loaded = new Map<ShippedLocale, Templates>();
const loading = new Map<ShippedLocale, Promise<void>>();

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
  return base === SOURCE_LOCALE || loaded.has(base);
}

/** Loads the texts a locale needs once; on failure the English texts stay in use. */
export function loadLocale(locale: Locale): Promise<void> {
  const base = supportedLocale(locale);
  if (isLoaded(base)) return Promise.resolve();
  let pending = loading.get(base);
  if (!pending) {
    pending = importLocale(base as Exclude<ShippedLocale, 'en'>)
      .then(({ texts }) => {
        loaded.set(base, Object.fromEntries(ids.map((id, i) => [id, texts[i]])));
      })
      .catch((error) => {
        loading.delete(base);
        report('error', 'E49', base, {}, error);
      });
    loading.set(base, pending);
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
