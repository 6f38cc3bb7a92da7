import { templates as english } from '../generated/locales/en.js';
import type { MessageId } from './messages.js';

/**
 * Per-element translation. Each element resolves its own locale (CONTRACT §5: its
 * `lang`, the nearest ancestor's, `<html lang>`, `navigator.language`, English) and
 * looks its texts up in the generated locale modules of @lit/localize, loaded on
 * demand. This is @lit/localize's runtime output used without its single global
 * locale, which could neither serve two languages on one page nor share a page with
 * an app that configures @lit/localize itself.
 */

export const SOURCE_LOCALE = 'en';
export const LOCALES = ['en', 'fr', 'de', 'it', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

type Templates = Partial<Record<MessageId, string>>;

// A static map, so that bundlers and the dev server see every locale module.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ templates: Templates }>> = {
  fr: () => import('../generated/locales/fr.js') as Promise<{ templates: Templates }>,
  de: () => import('../generated/locales/de.js') as Promise<{ templates: Templates }>,
  it: () => import('../generated/locales/it.js') as Promise<{ templates: Templates }>,
  es: () => import('../generated/locales/es.js') as Promise<{ templates: Templates }>,
};

// English is built in, so it is there synchronously: generated from the XLIFF
// sources (scripts/source-locale.mjs), not from messages.ts, whose `msg()` calls and
// translators' notes are for extraction only and stay out of the bundle. The type
// makes a stale generated module, missing an id of messages.ts, a compile error.
const source: Record<MessageId, string> = english;
const loaded = new Map<Locale, Templates>();
const loading = new Map<Locale, Promise<void>>();

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

/** The supported locale for a language tag: fr-CA → fr; unknown → en. */
export function supportedLocale(tag: string): Locale {
  const language = tag.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : SOURCE_LOCALE;
}

export function isLoaded(locale: Locale): boolean {
  return locale === SOURCE_LOCALE || loaded.has(locale);
}

/** Loads a locale's texts once; on failure the English texts stay in use. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLoaded(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as Exclude<Locale, 'en'>]()
      .then((module) => void loaded.set(locale, module.templates))
      .catch((error) => {
        loading.delete(locale);
        console.error(`consent-elements: the "${locale}" texts could not be loaded.`, error);
      });
    loading.set(locale, pending);
  }
  return pending;
}

/** The text of a message in a locale, with `{name}` placeholders filled in. */
export function translate(
  locale: Locale,
  id: MessageId,
  values: Record<string, string | number> = {},
): string {
  const text = loaded.get(locale)?.[id] ?? source[id];
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
