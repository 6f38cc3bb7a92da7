import { pickText, shownText } from '../store/shown.js';
import type { Category, Service } from '../store/registry.js';
import type { LocaleController } from '../controllers/locale-controller.js';
import type { LocalizedText, MessageId } from '../store/types.js';

export { pickText };

type L10n = Pick<LocaleController, 'locale' | 't'>;

/** A text from the configuration, and its language when it is not the element's. */
export interface ConfigText {
  text: string;
  lang?: string;
}

/**
 * A configured text (a string, or a map of language to string) in an element's locale.
 * `lang` is set when the map had no text in that language and another one is shown.
 */
export function configText(value: LocalizedText | undefined, locale: string): ConfigText {
  const picked = pickText(value, locale);
  if (!picked) return { text: '' };
  const language = (tag: string) => tag.toLowerCase().split('-')[0];
  const foreign = picked.lang !== undefined && language(picked.lang) !== language(locale);
  return foreign ? picked : { text: picked.text };
}

/**
 * A purpose's or service's label or description in an element's locale: the configured
 * text (per-locale maps included), else the built-in category's text (the site's own
 * words from `texts`, else the translation), else the id (labels) or nothing
 * (descriptions).
 */
export function purposeText(
  item: Category | Service,
  key: 'label' | 'description',
  l10n: L10n,
): ConfigText {
  const own = shownText(item, key);
  if (own !== undefined) return configText(own, l10n.locale);
  if ('builtin' in item && item.builtin) {
    return { text: l10n.t(`consent.category.${item.id}.${key}` as MessageId) };
  }
  return key === 'label' ? { text: item.id } : { text: '' };
}
