import { templates as rest } from '../generated/locales/en.js';
import { templates as gate } from '../generated/locales/en-gate.js';
import type { Registry } from '../store/registry.js';
import type { LocalizedText, MessageId } from '../store/types.js';
import { pickText, purposeText } from './purpose-text.js';

const english: Partial<Record<MessageId, string>> = { ...gate, ...rest };

/**
 * A purpose's or service's label or description in English, as a receipt records the
 * purposes when no element reported what the visitor was shown (a decision made through
 * the API): what an element would show in English (purposeText), or, for an id the page
 * never configured nor used, the id (labels) or nothing (descriptions).
 */
export function englishText(registry: Registry, id: string, key: 'label' | 'description'): string {
  const item = registry.category(id) ?? registry.service(id);
  if (!item) return key === 'label' ? id : '';
  return purposeText(item, key, { locale: 'en', t: (message) => english[message] ?? message }).text;
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
