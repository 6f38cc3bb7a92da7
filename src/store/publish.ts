import type { ConsentChangeDetail, ConsentState } from './types.js';
import { changes } from './decisions.js';

/**
 * How the store publishes its state (CONTRACT §2): the `ready` and `change` events, on
 * the store and, as `consent-ready` and `consent-change`, on the document.
 */

/** The first state, once loaded. */
export function publishReady(store: EventTarget, state: ConsentState): void {
  publish(store, 'ready', state);
}

/** A new state, when any grant or the decision changed. */
export function publishChange(
  store: EventTarget,
  before: ConsentState,
  state: ConsentState,
  method: ConsentChangeDetail['method'],
): void {
  const changed = changes(before, state);
  if (changed) publish(store, 'change', { state, changed, method });
}

/** An event on the store, and the same, `consent-` prefixed, on the document. */
function publish(store: EventTarget, type: string, detail: unknown): void {
  store.dispatchEvent(new CustomEvent(type, { detail }));
  document.dispatchEvent(new CustomEvent(`consent-${type}`, { detail }));
}
