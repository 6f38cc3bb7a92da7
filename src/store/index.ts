import { pageStore } from './instance.js';

export { ConsentStore } from './consent-store.js';
export type * from './types.js';

/** The page's consent store (CONTRACT §2). Importing this module creates it. */
export const consent = pageStore();
