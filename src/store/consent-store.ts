import type {
  CategoryConfig,
  ConsentChangeDetail,
  ConsentConfig,
  ConsentState,
  Receipt,
  StoreEvents,
} from './types.js';
import { applyConfig, isObject, pageConfigs, type Valid } from './config.js';
import type { ConsentRecord } from './record.js';
import { Registry } from './registry.js';
import { StoredDecision } from './stored-decision.js';
import { clearCookies } from './cookies.js';
import { DEFAULT_DAYS, DEFAULT_REVISION } from './defaults.js';
import {
  allRecord,
  choose,
  deniedCookies,
  isGranted,
  snapshot,
  type Choice,
  type Ground,
} from './decisions.js';
import { PORT, type Decision, type Hooks, type Port } from './port.js';
import { publishChange, publishReady } from './publish.js';
import { report } from '../diagnostics/report.js';

/** `EventTarget`, with the store's events typed (declarations only: no code in the bundle). */
const StoreEventTarget = EventTarget as new () => StoreEvents & EventTarget;

/**
 * The page's consent store (CONTRACT §2): one per page, a plain `EventTarget` usable from
 * any framework or none. Fail-closed: until configuration and the stored decision are
 * loaded, and whenever either is missing or invalid, nothing non-required is granted.
 *
 * It keeps the decision (src/store/decisions.ts judges it) and publishes it; what is
 * built around it (elements, blocked scripts, receipts, Consent Mode) plugs in through
 * its internal port (src/store/port.ts).
 *
 * @fires {CustomEvent<ConsentState>} ready - once configuration and the stored decision are loaded (detail: the state); also `consent-ready` on the document
 * @fires {CustomEvent<ConsentChangeDetail>} change - whenever any grant changes (detail: state, changed ids, method); also `consent-change` on the document
 */
export class ConsentStore extends StoreEventTarget {
  /** Resolves once configuration and the stored decision are loaded. */
  readonly ready: Promise<ConsentState>;

  #registry = new Registry();
  #config: ConsentConfig = {};
  #texts: unknown[] = [];
  #pendingConfigs: unknown[] = [];
  #stored = new StoredDecision(
    () => this.#ground(),
    (method) => this.#commit(method),
  );
  /** Read once per page load (COMPLIANCE 19). */
  #gpcSignal =
    (globalThis.navigator as { globalPrivacyControl?: boolean } | undefined)
      ?.globalPrivacyControl === true;
  #initialized = false;
  /** Set once the first state is published: from then on every change is too. */
  #live = false;
  /** Server-side rendering: no document, so no page to load from or decide for. */
  readonly #server = typeof document === 'undefined';
  #warnedLateConfig = false;
  #state!: ConsentState;
  #shown: { locale: string; texts: string[] } | null = null;
  #resolveReady!: (state: ConsentState) => void;
  #subscribers = new Set<() => void>();
  #notifyQueued = false;
  #hooks: Hooks = { start: new Set(), stop: new Set(), decision: new Set() };

  /** @internal the library's own interface to this store (src/store/port.ts). */
  readonly [PORT]: Port;

  constructor() {
    super();
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
    this[PORT] = this.#port();
    this.#state = snapshot(this.#ground());
    // Server-side rendering: no page to load from. The store stays undecided with
    // nothing granted, `ready` settles at once, and decisions are ignored.
    if (this.#server) {
      this.#resolveReady(this.#state);
      return;
    }
    // Otherwise later, so that a module that imports the store may configure() it first.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.#init, { once: true });
    } else setTimeout(this.#init);
  }

  /** The current state: a frozen snapshot, replaced on every change. */
  get state(): ConsentState {
    return this.#state;
  }

  /** Whether a category or service id is granted now. An unknown id is registered, and false. */
  granted(id: string): boolean {
    this.#reference(id);
    return isGranted(this.#state, id);
  }

  /** Grants every non-required purpose. Refused while a Global Privacy Control signal is honoured. */
  acceptAll(): void {
    if (this.#deferred(() => this.acceptAll())) return;
    if (this.#state.gpc) return report('warn', 'W07');
    this.#decide(allRecord(this.#ground(), this.#stored.stamp(), true, 'accept-all'));
  }

  /** Denies every non-required purpose. */
  rejectAll(): void {
    if (this.#deferred(() => this.rejectAll())) return;
    this.#decide(allRecord(this.#ground(), this.#stored.stamp(), false, 'reject-all'));
  }

  /**
   * Decides per category or service id (method `custom`); ids not named keep their
   * value. While a Global Privacy Control signal is honoured, it grants only in
   * answer to a user action (a click or key press on the site's own control).
   */
  update(choices: Record<string, boolean>): void {
    if (this.#deferred(() => this.update(choices))) return;
    this.#choose(choices, { method: 'custom', byScript: true });
  }

  /** Forgets the decision: everything non-required off, the banner shows again. */
  withdraw(): void {
    if (this.#deferred(() => this.withdraw())) return;
    this.#stored.clear();
    this.#commit('withdraw');
  }

  /**
   * Runs `callback` once `id` is granted (at once if it already is). Returns an
   * unsubscribe function.
   */
  on(id: string, callback: () => void): () => void {
    // On a server nothing is ever granted: nothing to wait for, nothing to keep. Until
    // the store is ready, nothing is granted: a stored decision arrives with `ready`.
    const events = this.#server ? [] : ['ready', 'change'];
    const stop = () => events.forEach((type) => this.removeEventListener(type, listener));
    const listener = () => {
      if (!this.granted(id)) return;
      stop();
      try {
        callback();
      } catch (error) {
        report('error', 'E35', id, {}, error);
      }
    };
    events.forEach((type) => this.addEventListener(type, listener));
    if (this.granted(id) && !this.#server) listener();
    return stop;
  }

  /**
   * Opens the preference dialog, focusing a category if named: the page's
   * `<consent-preferences>`, or a new one (loaded on first need).
   */
  openPreferences(focusId?: string): void {
    if (this.#server) return;
    const open = this.#hooks.preferences;
    if (open) open(focusId);
    else report('warn', 'W10');
  }

  /** This browser's receipts, newest first. */
  history(): Promise<Receipt[]> {
    return this.#hooks.history?.() ?? Promise.resolve([]);
  }

  /** Applies configuration (CONTRACT §1). Invalid parts are reported and ignored. */
  configure(config: ConsentConfig): void {
    // On a server (one store for every request) there is nothing to configure.
    if (this.#server) return;
    if (!this.#initialized) return void this.#pendingConfigs.push(config);
    if (!this.#warnedLateConfig) report('warn', 'W06');
    this.#warnedLateConfig = true;
    this.#apply(config);
    this.#stored.load('config');
  }

  /** @internal stops listening to the page and other tabs (tests create many stores). */
  disconnect(): void {
    this.#initialized = true; // a store disconnected before it started never starts
    this.#hooks.stop.forEach((stop) => stop());
    this.#stored.close();
  }

  #port(): Port {
    const config = () => this.#config;
    return {
      registry: this.#registry,
      texts: this.#texts,
      get config() {
        return config();
      },
      hooks: this.#hooks,
      consentId: () => this.#stored.record && this.#stored.id,
      isGranted: (id) => isGranted(this.#state, id),
      decide: (choices, method, options = {}) => {
        if (this.#deferred(() => this[PORT].decide(choices, method, options))) return;
        if (method === 'custom' || method === 'gate') {
          this.#choose(choices, { method, replaceServices: options.replaceServices });
        }
      },
      setShownTexts: (locale, texts) => void (this.#shown = { locale, texts }),
      reference: (categoryId, serviceId, info) =>
        serviceId === undefined
          ? this.#reference(categoryId)
          : this.#registry.reference(serviceId, categoryId, info) && this.#refresh(),
      subscribe: (listener) => {
        this.#subscribers.add(listener);
        return () => void this.#subscribers.delete(listener);
      },
    };
  }

  /** Puts off (true) a decision asked for before the store is ready: it waits for `ready`. */
  #deferred(action: () => void): boolean {
    if (this.#live) return false;
    if (!this.#server) void this.ready.then(action);
    return true;
  }

  // ---- loading ----

  #init = (): void => {
    if (this.#initialized) return;
    this.#initialized = true;
    for (const config of [...pageConfigs(), ...this.#pendingConfigs]) this.#apply(config);
    this.#registry.quiet = false;
    this.#registry.warnUnconfigured();
    this.#stored.start();
    this.#live = true;
    // Blocked scripts register their ids, Consent Mode sends what the head script did not.
    this.#hooks.start.forEach((start) => start());
    this.#state = snapshot(this.#ground());
    this.#resolveReady(this.#state);
    publishReady(this, this.#state);
  };

  #apply(input: unknown): void {
    const config = applyConfig(this.#config, input, this.#stored.settings);
    if (!config) return;
    // The site's own words, kept as given: the elements validate and merge them.
    if (config.texts !== undefined) this.#texts.push(config.texts);
    delete config.texts;
    Object.assign(this.#stored.settings, (this.#config = config).cookie);
    this.#registry.setConfigured((config.categories ?? []) as Valid<CategoryConfig>[]);
  }

  // ---- deciding ----

  /** What decisions are judged against now. */
  #ground(): Ground {
    return {
      categories: this.#registry.categories,
      record: this.#stored.record,
      revision: this.#config.revision ?? DEFAULT_REVISION,
      days: this.#config.expiresAfterDays ?? DEFAULT_DAYS,
      gpc: this.#gpcSignal && this.#config.gpc !== 'ignore',
    };
  }

  /** Stores a decision and publishes it: cookie, receipt, events, other tabs, clean-up. */
  #decide(record: ConsentRecord): void {
    this.#stored.save(record);
    this.#commit(record.method);
  }

  /** A choice per id (update(), the dialog, a gate): registers the ids, then decides. */
  #choose(choices: unknown, choice: Omit<Choice, 'mayGrant'>): void {
    if (!isObject(choices)) return report('error', 'E32');
    const mayGrant =
      !choice.byScript ||
      !this.#state.gpc ||
      (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive === true;
    const record = choose(
      this.#ground(),
      () => this.#stored.stamp(),
      choices,
      { ...choice, mayGrant },
      (id) => {
        this.#reference(id);
        return this.#registry.category(id) ?? this.#registry.service(id);
      },
      report,
    );
    if (record) this.#decide(record);
  }

  // ---- publishing ----

  /**
   * Publishes the state after a change (`null`: on load, the state only; `ready` publishes
   * it). A decision or a withdrawal (any method but `sync` and `config`: a change made
   * elsewhere, or by the configuration) is also recorded and posted to the other tabs.
   */
  #commit(method: ConsentChangeDetail['method'] | null): void {
    const before = this.#state;
    const state = (this.#state = snapshot(this.#ground()));
    // A purpose without consent keeps no cookie, on load too and whoever decided (another
    // tab's page may not see this page's path or host, an old decision may have lapsed).
    clearCookies(deniedCookies(this.#registry.categories, state), this.#stored.settings.name);
    if (!method) return;
    if (method !== 'sync' && method !== 'config') {
      // The receipt, before any listener runs (so that history() in one includes it).
      const id = this.#stored.id;
      if (id) {
        const decision: Decision = {
          id,
          decidedAt: state.decidedAt ?? Date.now(),
          method: method as Receipt['method'],
          state,
          // Null: no element reported what the visitor was shown (a decision by the API).
          shown: this.#shown,
          registry: this.#registry,
          receiptEndpoint: this.#config.receiptEndpoint,
        };
        this.#hooks.decision.forEach((hook) => hook(decision));
        // Those texts prove this decision only: a later one by the API proves its own.
        this.#shown = null;
      }
      this.#stored.post();
    }
    this.#notify();
    // Before ready, the ready event publishes the first state.
    if (this.#live) publishChange(this, before, state, method);
  }

  /** Rebuilds the snapshot after a registration and tells the subscribers. */
  #refresh(): void {
    this.#state = snapshot(this.#ground());
    this.#notify();
  }

  /** Tells the subscribers, once per task. */
  #notify(): void {
    if (this.#notifyQueued) return;
    this.#notifyQueued = true;
    queueMicrotask(() => {
      this.#notifyQueued = false;
      this.#subscribers.forEach((listener) => listener());
    });
  }

  #reference(id: string): void {
    if (this.#registry.reference(id)) this.#refresh();
  }
}
