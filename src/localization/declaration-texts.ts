import { templates } from '../generated/declaration/en.js';
import { importLocale } from '../generated/declaration/loaders.js';
import { addEnglish, addPack } from './locales.js';

let added = false;

/**
 * Makes the texts only <consent-declaration> shows available (its English at once, its
 * translations on demand): they are a pack of their own, fetched only by a page that
 * shows a declaration.
 */
export function useDeclarationTexts(): void {
  if (added) return;
  added = true;
  addEnglish(templates);
  addPack(() => Promise.resolve(templates), importLocale);
}
