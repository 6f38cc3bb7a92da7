import { ConsentStore } from './consent-store.js';

export { ConsentStore } from './consent-store.js';
export type * from './types.js';

const KEY = Symbol.for('consent-elements.store');

/**
 * The page's consent store. One per page: a second copy of the library on the same
 * page finds the first one's store under a global `Symbol.for` key and shares it.
 */
export const consent: ConsentStore = ((globalThis as Record<symbol, ConsentStore | undefined>)[
  KEY
] ??= new ConsentStore());
