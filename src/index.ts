/**
 * consent-elements: importing this module creates the page's consent store and
 * defines the elements.
 */
import { defineElements } from './define.js';

export { consent, ConsentStore } from './store/index.js';
export type * from './store/types.js';
export { ConsentBanner } from './components/consent-banner/consent-banner.js';
export { ConsentPreferences } from './components/consent-preferences/consent-preferences.js';
export { ConsentGate, type GateLoadDetail } from './components/consent-gate/consent-gate.js';

defineElements();
