import { later, templates } from '../generated/locales/en.js';
import { templates as banner } from '../generated/locales/en-banner.js';
import { templates as gate } from '../generated/locales/en-gate.js';
import type { SiteTexts } from '../store/types.js';
import { supportedLocale } from './languages.js';
import { report } from '../diagnostics/report.js';

const LANGUAGE_TAG = /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/;
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(' ');

const english = { ...banner, ...gate, ...templates };

/**
 * Every message id with its placeholders: the elements' own, and the declaration's,
 * whose English is fetched only with the declaration (listed in `later`).
 */
const wanted = (id: string): string | undefined =>
  Object.hasOwn(english, id)
    ? placeholders(english[id as keyof typeof english])
    : Object.hasOwn(later, id)
      ? later[id as keyof typeof later]
      : undefined;
const allIds = [...Object.keys(english), ...Object.keys(later)];

/**
 * The site's own words (`texts`): per language tag, message id → text. An unknown id, a
 * text that is not a string or that changes the placeholders is reported and ignored:
 * the library's text stays. Tags are kept lower case, `_` read as `-`.
 */
export function validateTexts(value: unknown): SiteTexts {
  if (!isObject(value)) {
    report('error', 'E02', 'texts');
    return {};
  }
  const out: SiteTexts = {};
  for (const [tag, messages] of Object.entries(value)) {
    const field = `texts.${tag}`;
    if (!LANGUAGE_TAG.test(tag)) {
      report('error', 'E26', field);
      continue;
    }
    if (!isObject(messages)) {
      report('error', 'E02', field);
      continue;
    }
    const texts: Record<string, string> = {};
    for (const [id, text] of Object.entries(messages)) {
      const at = `${field}[${JSON.stringify(id)}]`;
      const want = wanted(id);
      if (want === undefined) {
        report('error', 'E27', at);
      } else if (typeof text !== 'string' || !text.trim()) {
        report('error', 'E28', at);
      } else if (placeholders(text) !== want) {
        report('error', 'E29', at, { placeholders: want || 'no placeholder' });
      } else texts[id] = text;
    }
    const key = tag.toLowerCase().replace(/_/g, '-');
    out[key] = { ...out[key], ...texts };
    // A language the library does not ship: what the site leaves out shows in English.
    if (supportedLocale(key) !== 'en' || /^en(-|$)/.test(key)) continue;
    const missing = allIds.filter((id) => !Object.hasOwn(out[key], id));
    if (missing.length) {
      report('warn', 'W03', field, { missing: missing.join(', ') });
    }
  }
  return out;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

let merged: { inputs: readonly unknown[]; length: number; texts: SiteTexts } | undefined;

/**
 * The site's own words from every `texts` the configuration gave, validated once and
 * merged in order (a later one replaces only the ids it names). Problems are reported
 * when an element first needs the texts.
 */
export function siteTexts(inputs: readonly unknown[]): SiteTexts {
  if (merged?.inputs === inputs && merged.length === inputs.length) return merged.texts;
  const texts: SiteTexts = {};
  for (const input of inputs) {
    for (const [tag, own] of Object.entries(validateTexts(input))) {
      texts[tag] = { ...texts[tag], ...own };
    }
  }
  merged = { inputs, length: inputs.length, texts };
  return texts;
}
