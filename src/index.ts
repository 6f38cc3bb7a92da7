/**
 * consent-elements: importing this module creates the page's consent store and starts
 * the loader, which fetches each element's code when the page needs it (src/loader.ts).
 * The element classes are exported by `consent-elements/elements`, which defines them
 * all at once.
 */
import { pageStore } from './page-store.js';
import { connectUi, watchPage } from './loader.js';

export { ConsentStore } from './store/consent-store.js';
export { serverState } from './store/decisions.js';
export type * from './store/types.js';
export type { ConsentBanner } from './components/consent-banner/consent-banner.js';
export type { ConsentPreferences } from './components/consent-preferences/consent-preferences.js';
export type { ConsentGate, GateLoadDetail } from './components/consent-gate/consent-gate.js';
export type { ConsentDeclaration } from './components/consent-declaration/consent-declaration.js';

/** The page's consent store (CONTRACT §2). */
export const consent = pageStore();

if (typeof document !== 'undefined') {
  connectUi(consent);
  watchPage();
}
