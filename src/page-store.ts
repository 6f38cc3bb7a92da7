import { ConsentStore } from './store/consent-store.js';
import { connectIntegrations } from './integrations/connect.js';

const KEY = Symbol.for('consent-elements.store');

/**
 * The page's consent store, created on first use with the library's integrations
 * (blocked scripts, receipts, Google Consent Mode). One per page: a second copy of the
 * library on the same page finds the first one's store under a global `Symbol.for` key
 * and shares it.
 */
export function pageStore(): ConsentStore {
  return ((globalThis as Record<symbol, ConsentStore | undefined>)[KEY] ??= newStore());
}

/** A new store with the library's integrations plugged in (tests make many). */
export function newStore(): ConsentStore {
  const store = new ConsentStore();
  connectIntegrations(store);
  return store;
}
