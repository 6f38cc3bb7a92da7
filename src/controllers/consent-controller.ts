import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageStore } from '../page-store.js';
import type { ConsentStore } from '../store/consent-store.js';
import { portOf, type Port } from '../store/port.js';
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
    portOf(store).subscribe(() => all.forEach((l) => l()));
    store.addEventListener('change', (event) => all.forEach((l) => l(event.detail)));
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
  /** The store's internal interface: purposes, configuration, the elements' own decisions. */
  readonly port: Port = portOf(this.store);
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
