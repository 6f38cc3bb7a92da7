import { resolveText } from '../store/config.js';
import type { Category, Service } from '../store/registry.js';
import { translate, type Locale } from './locales.js';
import type { MessageId } from './messages.js';

/**
 * A purpose's or service's label or description in a locale: the configured text
 * (per-locale maps included), else the built-in category's translation, else the id
 * (labels) or nothing (descriptions).
 */
export function purposeText(
  item: Category | Service,
  key: 'label' | 'description',
  locale: Locale,
): string {
  const own = resolveText(item[key], locale);
  if (own !== undefined) return own;
  if ('builtin' in item && item.builtin) {
    return translate(locale, `consent.category.${item.id}.${key}` as MessageId);
  }
  return key === 'label' ? item.id : '';
}
