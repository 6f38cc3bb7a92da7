import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageStore } from '../store/instance.js';
import type { ConsentStore } from '../store/consent-store.js';
import type { ConsentChangeDetail, ConsentState } from '../store/types.js';

type Listener = (detail?: ConsentChangeDetail) => void;

// One subscription to the store for every element on the page (a page may hold a
// thousand gates): the store calls this once per change, and it fans out.
const listeners = new Map<ConsentStore, Set<Listener>>();

function subscribe(store: ConsentStore, listener: Listener): void {
  let set = listeners.get(store);
  if (!set) {
    const all = (set = new Set());
    listeners.set(store, all);
    const fan = (event: Event) => {
      const detail = (event as CustomEvent<ConsentChangeDetail>).detail;
      for (const l of all) l(event.type === 'change' ? detail : undefined);
    };
    store.addEventListener('state', fan);
    store.addEventListener('change', fan);
  }
  set.add(listener);
}

/**
 * The one way elements read the store: subscribes while the host is connected and
 * re-renders it on every change of the state (registrations included). `onChange`
 * also hears each `consent-change` detail, for elements that act on grants.
 */
export class ConsentController implements ReactiveController {
  readonly store: ConsentStore = pageStore();
  #host: ReactiveControllerHost;
  #onChange?: (detail: ConsentChangeDetail) => void;
  /** Whether the store has loaded configuration and the stored decision. */
  ready = false;

  constructor(host: ReactiveControllerHost, onChange?: (detail: ConsentChangeDetail) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
    void this.store.ready.then(() => {
      this.ready = true;
      this.#host.requestUpdate();
    });
  }

  get state(): ConsentState {
    return this.store.state;
  }

  hostConnected(): void {
    subscribe(this.store, this.#listener);
  }

  hostDisconnected(): void {
    listeners.get(this.store)?.delete(this.#listener);
  }

  #listener: Listener = (detail) => {
    if (detail) this.#onChange?.(detail);
    this.#host.requestUpdate();
  };
}
