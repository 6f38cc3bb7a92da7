import type { SiteTexts } from '../store/types.js';

/**
 * The languages the library ships, and how a language tag finds its locale. Plain data
 * and functions: the store validates the site's `texts` with them, the elements render
 * with them.
 */

export const SOURCE_LOCALE = 'en';

/** The languages shipped: every official EU language, the EEA's, and more. */
export const LOCALES = [
  'en',
  'ar',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'ga',
  'gl',
  'he',
  'hr',
  'hu',
  'is',
  'it',
  'ja',
  'lb',
  'lt',
  'lv',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
  'zh',
] as const;
export type ShippedLocale = (typeof LOCALES)[number];

/**
 * A resolved locale: a shipped one, or a language tag the site gave texts for
 * (lower case, e.g. `cy` or `pt-br`).
 */
export type Locale = string;

/** Norwegian and Nynorsk read Bokmål. */
const ALIASES: Record<string, string> = { no: 'nb', nn: 'nb' };

/** Traditional Chinese: a script or region tag that the shipped Simplified does not serve. */
const TRADITIONAL = /^zh-(.+-)?(hant|tw|hk|mo)(-|$)/;

/** The language tag each shipped locale's texts are written in, for `lang`. */
const TAGS: Partial<Record<ShippedLocale, string>> = { sr: 'sr-Latn', zh: 'zh-Hans' };

/** Languages written right to left (primary subtags). */
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)(-|$)/;

const isShipped = (tag: string): tag is ShippedLocale =>
  (LOCALES as readonly string[]).includes(tag);

/**
 * The tags a language tag may be served by, most specific first: `de-AT` → `de-at`,
 * `de`; `nn-NO` → `nn-no`, `nn`, `nb`; `zh-TW` → `zh-tw`, `zh-hant` (Traditional Chinese
 * is its own language here, which a site may add; never the shipped Simplified).
 */
export function fallbackTags(tag: string): string[] {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  const tags: string[] = [];
  for (let i = parts.length; i > 0; i--) {
    const prefix = parts.slice(0, i).join('-');
    tags.push(prefix);
    if (Object.hasOwn(ALIASES, prefix)) tags.push(ALIASES[prefix]);
  }
  if (TRADITIONAL.test(tags[0])) tags[tags.length - 1] = 'zh-hant';
  return [...new Set(tags)];
}

/**
 * The shipped locale that serves a language tag (fr-CA → fr, no → nb; unknown → en),
 * and the one a site's language falls back to for the texts the site does not give.
 */
export function supportedLocale(tag: string): ShippedLocale {
  return fallbackTags(tag).find(isShipped) ?? SOURCE_LOCALE;
}

/**
 * The locale for a language tag: the most specific of the site's languages (`texts`)
 * and the shipped ones; else English.
 */
export function resolveLocale(tag: string, site: SiteTexts = {}): Locale {
  return fallbackTags(tag).find((t) => Object.hasOwn(site, t) || isShipped(t)) ?? SOURCE_LOCALE;
}

/** The `lang` tag to put on an element's content rendered in a locale. */
export function langTag(locale: Locale): string {
  return (isShipped(locale) && TAGS[locale]) || locale;
}

/** The writing direction of a locale. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL.test(locale.toLowerCase()) ? 'rtl' : 'ltr';
}
