/**
 * consent-elements/store: the page's consent store with its integrations (blocked
 * scripts, receipts, Google Consent Mode), and no element.
 */
import { pageStore } from './page-store.js';

export { ConsentStore, serverState } from './store/index.js';
export type * from './store/types.js';

/** The page's consent store (CONTRACT §2). Importing this module creates it. */
export const consent = pageStore();
