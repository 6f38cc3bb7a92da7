import { templates as english } from '../generated/locales/en.js';
import type { Registry } from '../store/registry.js';
import type { LocalizedText } from '../store/types.js';
import { display, pickText } from '../store/display.js';

/**
 * A purpose's or service's label or description in English, as a receipt records the
 * purposes when no element reported what the visitor was shown (a decision made through
 * the API): the configured text, else the built-in category's, else the id (labels) or
 * nothing (descriptions).
 */
export function englishText(registry: Registry, id: string, key: 'label' | 'description'): string {
  const item = registry.category(id) ?? registry.service(id);
  const own = item && resolveText(display(item)[key], 'en');
  if (own !== undefined) return own;
  const builtin = item && 'builtin' in item && item.builtin;
  if (builtin) return english[`consent.category.${id}.${key}` as keyof typeof english];
  return key === 'label' ? id : '';
}

/** Every purpose's and service's label and description in English, in display order. */
export function englishPurposes(registry: Registry): string[] {
  return registry.categories.flatMap((category) =>
    registry
      .idsOf(category)
      .flatMap((id) => [
        englishText(registry, id, 'label'),
        englishText(registry, id, 'description'),
      ]),
  );
}

/** Picks the text for a locale: exact tag, then its language, then English, then any. */
export function resolveText(value: LocalizedText | undefined, locale: string): string | undefined {
  return pickText(value, locale)?.text;
}
