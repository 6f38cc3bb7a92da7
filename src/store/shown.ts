import type { Category, Service } from './registry.js';
import type { LocalizedText } from './types.js';
import { isObject, safeUrl } from './config.js';
import { report } from '../diagnostics/report.js';

/**
 * The fields a gate shows of a purpose or a service (its label, its description, its
 * privacy policy), each validated on first use: a bad value is reported once, naming it
 * (`categories[2].label.en_GB`), and left out. The tables the dialog and the
 * declaration show besides are validated in src/store/display.ts, which a page with
 * gates only does not fetch.
 */

const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** Per item (its `shown` object), each field validated so far. */
const cache = new WeakMap<object, Record<string, unknown>>();

/** One field of what an item shows, validated by `check` once (undefined: absent or invalid). */
export function shownField<T>(
  item: Category | Service,
  name: string,
  check: (value: unknown, field: string) => T | undefined,
): T | undefined {
  let fields = cache.get(item.shown);
  if (!fields) cache.set(item.shown, (fields = {}));
  if (!(name in fields)) {
    const value = item.shown[name];
    const field = `${item.path || item.id}.${name}`;
    try {
      fields[name] = value === undefined ? value : check(value, field);
    } catch (error) {
      // A getter or a Proxy inside it that throws: left out, never thrown into a render.
      fields[name] = undefined;
      report('error', 'E63', field, {}, error);
    }
  }
  return fields[name] as T | undefined;
}

/** A string, or a map of language to string: anything else is reported and left out. */
export function text(value: unknown, field: string): LocalizedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (!isObject(value)) {
    report('error', 'E04', field);
    return undefined;
  }
  const map: Record<string, string> = {};
  for (const [locale, string] of Object.entries(value)) {
    if (typeof string === 'string' && LANGUAGE.test(locale)) map[locale.toLowerCase()] = string;
    else report('error', 'E05', `${field}.${locale}`);
  }
  return map;
}

/** A text field of an item (`label`, `description`…), validated. */
export const shownText = (item: Category | Service, name: string): LocalizedText | undefined =>
  shownField(item, name, text);

/** An item's privacy policy: an http(s) URL, resolved against the page. */
export const privacyPolicy = (item: Category | Service): string | undefined =>
  shownField(item, 'privacyPolicy', (value, field) => {
    const url = safeUrl(value);
    if (!url) report('error', 'E11', field);
    return url;
  });

/**
 * Picks the text for a locale: exact tag, then its language, then English, then any;
 * with the tag of the text picked (none for a plain string, whose language is unknown).
 */
export function pickText(
  value: LocalizedText | undefined,
  locale: string,
): { text: string; lang?: string } | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value };
  const tag = locale.toLowerCase();
  const keys = [tag, tag.split('-')[0], 'en', ...Object.keys(value)];
  const lang = keys.find((key) => Object.hasOwn(value, key));
  return lang === undefined ? undefined : { text: value[lang], lang };
}
