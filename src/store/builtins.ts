/**
 * The built-in category ids (CONTRACT §1): each has a translated label and description
 * in every shipped language (src/localization/messages.ts), which the elements show.
 */
export const BUILTIN_IDS: ReadonlySet<string> = new Set([
  'necessary',
  'preferences',
  'analytics',
  'marketing',
  'video',
  'maps',
  'chat',
  'social',
]);

/** The one category that is always required. */
export const NECESSARY = 'necessary';
