import type { ConsentChangeDetail, ConsentState } from './types.js';
import { changes } from './decisions.js';

/**
 * How the store publishes its state (CONTRACT §2): the `ready` and `change` events, on
 * the store and, as `consent-ready` and `consent-change`, on the document; and, for the
 * library's own parts, subscribers told once per task (src/store/port.ts).
 */

/** The first state, once loaded. */
export function publishReady(store: EventTarget, state: ConsentState): void {
  store.dispatchEvent(new CustomEvent('ready', { detail: state }));
  document.dispatchEvent(new CustomEvent('consent-ready', { detail: state }));
}

/** A new state, when any grant or the decision changed. */
export function publishChange(
  store: EventTarget,
  before: ConsentState,
  state: ConsentState,
  method: ConsentChangeDetail['method'],
): void {
  const changed = changes(before, state);
  if (!changed) return;
  const detail: ConsentChangeDetail = { state, changed, method };
  store.dispatchEvent(new CustomEvent('change', { detail }));
  document.dispatchEvent(new CustomEvent('consent-change', { detail }));
}

/** Listeners called once per task after any change, however many changes it made. */
export class Subscribers {
  #listeners = new Set<() => void>();
  #queued = false;

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  notify(): void {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#listeners.forEach((listener) => listener());
    });
  }
}
