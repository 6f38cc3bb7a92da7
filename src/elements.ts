/**
 * consent-elements/elements: the element classes, defined at once (for subclassing,
 * `instanceof`, or a page whose elements the loader cannot see). Importing it also
 * creates the page's store, as the main entry does.
 */
import { ConsentBanner } from './components/consent-banner/consent-banner.js';
import { ConsentPreferences } from './components/consent-preferences/consent-preferences.js';
import { ConsentGate } from './components/consent-gate/consent-gate.js';
import { ConsentDeclaration } from './components/consent-declaration/consent-declaration.js';
import { defineElement } from './define.js';

export * from './index.js';
export { ConsentBanner, ConsentPreferences, ConsentGate, ConsentDeclaration };
export type { GateLoadDetail } from './components/consent-gate/consent-gate.js';

/** Defines the four elements now, each only if no copy of the library defined it first. */
export function defineElements(): void {
  defineElement('consent-banner', ConsentBanner);
  defineElement('consent-preferences', ConsentPreferences);
  defineElement('consent-gate', ConsentGate);
  defineElement('consent-declaration', ConsentDeclaration);
}

defineElements();
