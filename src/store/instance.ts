import { ConsentStore } from './consent-store.js';

const KEY = Symbol.for('consent-elements.store');

/**
 * The page's consent store, created on first use. One per page: a second copy of the
 * library on the same page finds the first one's store under a global `Symbol.for`
 * key and shares it.
 */
export function pageStore(): ConsentStore {
  return ((globalThis as Record<symbol, ConsentStore | undefined>)[KEY] ??= new ConsentStore());
}
