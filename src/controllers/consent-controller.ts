import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageStore } from '../store/instance.js';
import type { ConsentStore } from '../store/consent-store.js';
import type { ConsentState } from '../store/types.js';

/**
 * The one way elements read the store: subscribes while the host is connected and
 * re-renders it on every change of the state (registrations included).
 */
export class ConsentController implements ReactiveController {
  readonly store: ConsentStore = pageStore();
  #host: ReactiveControllerHost;
  /** Whether the store has loaded configuration and the stored decision. */
  ready = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
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
    this.store.addEventListener('state', this.#onState);
    this.store.addEventListener('change', this.#onState);
  }

  hostDisconnected(): void {
    this.store.removeEventListener('state', this.#onState);
    this.store.removeEventListener('change', this.#onState);
  }

  #onState = () => this.#host.requestUpdate();
}
