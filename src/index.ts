/**
 * consent-elements: importing this module creates the page's consent store.
 * The elements (banner, preferences, gate) are defined here as they land.
 */
export { consent, ConsentStore } from './store/index.js';
export type * from './store/types.js';
