import { templates as english } from '../generated/locales/en.js';

/** The built-in category ids: each has a translated label and description in every shipped locale. */
const IDS = [
  'necessary',
  'preferences',
  'analytics',
  'marketing',
  'video',
  'maps',
  'chat',
  'social',
];

function builtins(): Record<string, { label: string; description: string }> {
  const text = (id: string, key: string) =>
    english[`consent.category.${id}.${key}` as keyof typeof english];
  // No prototype: `"constructor" in BUILTIN_CATEGORIES` is false.
  return Object.assign(
    Object.create(null),
    Object.fromEntries(
      IDS.map((id) => [id, { label: text(id, 'label'), description: text(id, 'description') }]),
    ),
  );
}

/**
 * Built-in category ids with their English texts, read from the UI's English (one
 * source: src/localization/messages.ts). The elements translate them (see
 * src/localization); the store itself stays free of any UI library.
 */
export const BUILTIN_CATEGORIES = /* @__PURE__ */ builtins();

/** The one category that is always required. */
export const NECESSARY = 'necessary';
