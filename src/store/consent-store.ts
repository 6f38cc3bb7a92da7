import type {
  CategoryConfig,
  ConsentChangeDetail,
  ConsentConfig,
  ConsentMethod,
  ConsentState,
  Receipt,
} from './types.js';
import { configError, validateConfig, type Valid } from './config.js';
import { newConsentId, type ConsentRecord } from './record.js';
import { Registry } from './registry.js';
import { Persistence } from './persistence.js';
import { TabSync } from './tab-sync.js';
import { clearCookies } from './cookies.js';
import { DEFAULT_DAYS, DEFAULT_REVISION } from './defaults.js';
import {
  allRecord,
  diff,
  isValid,
  newest,
  newRecord,
  respectsGpc,
  snapshot,
  type Ground,
} from './decisions.js';
import { PORT, type Decision, type Hooks, type Port } from './port.js';
import { report } from '../diagnostics/report.js';

interface StoreEventMap {
  ready: CustomEvent<ConsentState>;
  change: CustomEvent<ConsentChangeDetail>;
}

// The store's events, typed (declarations only: no code in the bundle).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ConsentStore {
  addEventListener<K extends keyof StoreEventMap>(
    type: K,
    listener: ((event: StoreEventMap[K]) => void) | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof StoreEventMap>(
    type: K,
    listener: ((event: StoreEventMap[K]) => void) | null,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * The page's consent store (CONTRACT §2): one per page, a plain `EventTarget` usable from
 * any framework or none. Fail-closed: until configuration and the stored decision are
 * loaded, and whenever either is missing or invalid, nothing non-required is granted.
 *
 * It keeps the decision (src/store/decisions.ts judges it) and publishes it; what is
 * built around it (elements, blocked scripts, receipts, Consent Mode) plugs in through
 * its internal port (src/store/port.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ConsentStore extends EventTarget {
  /** Resolves once configuration and the stored decision are loaded. */
  readonly ready: Promise<ConsentState>;

  #registry = new Registry();
  #config: ConsentConfig = {};
  #texts: unknown[] = [];
  #pendingConfigs: unknown[] = [];
  #persistence = new Persistence();
  #record: ConsentRecord | null = null;
  /** `#record` is a GPC refusal this tab applies without storing it (see `#judge`). */
  #local = false;
  #consentId: string | null = null;
  /** The decision time of the stored record as this tab last read or wrote it. */
  #seenAt: number | null = null;
  #gpcSignal: boolean;
  #initialized = false;
  /** Set once the first state is published: from then on every change is too. */
  #live = false;
  /** Server-side rendering: no document, so no page to load from or decide for. */
  readonly #server = typeof document === 'undefined';
  #warnedLateConfig = false;
  #state!: ConsentState;
  #tabs?: TabSync;
  #shown: { locale: string; texts: string[] } | null = null;
  #resolveReady!: (state: ConsentState) => void;
  #subscribers = new Set<() => void>();
  #notifyQueued = false;
  #hooks: Hooks = { start: new Set(), stop: new Set(), decision: new Set() };

  /** @internal the library's own interface to this store (src/store/port.ts). */
  readonly [PORT]: Port;

  constructor() {
    super();
    // Read once per page load (COMPLIANCE 19).
    this.#gpcSignal =
      (globalThis.navigator as { globalPrivacyControl?: boolean } | undefined)
        ?.globalPrivacyControl === true;
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
    this[PORT] = this.#port();
    this.#state = this.#snapshot();
    // Server-side rendering: no page to load from. The store stays undecided with
    // nothing granted, `ready` settles at once, and decisions are ignored.
    if (this.#server) {
      this.#resolveReady(this.#state);
      return;
    }
    const start = () => this.#init();
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start, { once: true });
    } else {
      // Let a module that imports the store call configure() before the first load.
      setTimeout(start);
    }
  }

  /** The current state: a frozen snapshot, replaced on every change. */
  get state(): ConsentState {
    return this.#state;
  }

  /** Whether a category or service id is granted now. An unknown id is registered, and false. */
  granted(id: string): boolean {
    this.#reference(id);
    return this.#isGranted(id);
  }

  /** Grants every non-required purpose. Refused while a Global Privacy Control signal is honoured. */
  acceptAll(): void {
    if (this.#deferred(() => this.acceptAll())) return;
    if (this.#state.gpc) {
      report('warn', 'W07');
      return;
    }
    this.#decide(allRecord(this.#ground(), this.#stamp(), true, 'accept-all'));
  }

  /** Denies every non-required purpose. */
  rejectAll(): void {
    if (this.#deferred(() => this.rejectAll())) return;
    this.#decide(allRecord(this.#ground(), this.#stamp(), false, 'reject-all'));
  }

  /**
   * Decides per category or service id (method `custom`); ids not named keep their
   * value. While a Global Privacy Control signal is honoured, it grants only in
   * answer to a user action (a click or key press on the site's own control).
   */
  update(choices: Record<string, boolean>): void {
    if (this.#deferred(() => this.update(choices))) return;
    this.#choose(choices, 'custom', false, true);
  }

  /** Forgets the decision: everything non-required off, the banner shows again. */
  withdraw(): void {
    if (this.#deferred(() => this.withdraw())) return;
    const before = this.#state;
    this.#record = this.#seenAt = null;
    this.#persistence.clear();
    // With a GPC signal honoured, forgetting the decision leaves the signal's refusal.
    if (this.#gpcHonoured()) this.#store(allRecord(this.#ground(), this.#stamp(), false, 'gpc'));
    this.#commit(before, 'withdraw', { broadcast: true, clear: true, receipt: 'withdraw' });
  }

  /**
   * Runs `callback` once `id` is granted (at once if it already is). Returns an
   * unsubscribe function.
   */
  on(id: string, callback: () => void): () => void {
    const run = () => {
      try {
        callback();
      } catch (error) {
        report('error', 'E35', id, {}, error);
      }
    };
    // On a server nothing is ever granted: nothing to wait for, nothing to keep.
    if (this.granted(id) || this.#server) {
      if (!this.#server) run();
      return () => {};
    }
    // Until the store is ready, nothing is granted: a stored decision arrives with `ready`.
    const events = ['ready', 'change'] as const;
    const stop = () => events.forEach((type) => this.removeEventListener(type, listener));
    const listener = () => {
      if (!this.granted(id)) return;
      stop();
      run();
    };
    events.forEach((type) => this.addEventListener(type, listener));
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
    if (!this.#initialized) {
      this.#pendingConfigs.push(config);
      return;
    }
    if (!this.#warnedLateConfig) {
      this.#warnedLateConfig = true;
      report('warn', 'W06');
    }
    this.#apply(config);
    this.#reload('config');
  }

  /** @internal stops listening to the page and other tabs (tests create many stores). */
  disconnect(): void {
    this.#initialized = true; // a store disconnected before it started never starts
    this.#hooks.stop.forEach((stop) => stop());
    this.#tabs?.close();
    removeEventListener('pageshow', this.#recheck);
    document.removeEventListener('visibilitychange', this.#recheck);
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
      consentId: () => (this.#record ? this.#consentId : null),
      isGranted: (id) => this.#isGranted(id),
      decide: (choices, method, options = {}) => {
        if (this.#deferred(() => this[PORT].decide(choices, method, options))) return;
        if (method === 'custom' || method === 'gate') {
          this.#choose(choices, method, options.replaceServices);
        }
      },
      setShownTexts: (locale, texts) => void (this.#shown = { locale, texts }),
      reference: (categoryId, serviceId, info) => {
        const changed =
          serviceId === undefined
            ? this.#registry.reference(categoryId)
            : this.#registry.reference(serviceId, categoryId, info);
        if (changed) this.#refresh();
      },
      subscribe: (listener) => {
        this.#subscribers.add(listener);
        return () => void this.#subscribers.delete(listener);
      },
    };
  }

  /**
   * A decision asked for before the configuration and the stored decision are loaded
   * waits for them (it would otherwise be judged against no purposes and the wrong
   * cookie). Returns true when `action` was put off.
   */
  #deferred(action: () => void): boolean {
    if (this.#live) return false;
    if (!this.#server) void this.ready.then(action);
    return true;
  }

  // ---- loading ----

  #init(): void {
    if (this.#initialized) return;
    this.#initialized = true;
    for (const script of document.querySelectorAll<HTMLScriptElement>(
      'script[type="application/json"][data-consent-config]',
    )) {
      try {
        this.#apply(JSON.parse(script.textContent ?? ''));
      } catch {
        configError('data-consent-config', 'E30');
      }
    }
    for (const config of this.#pendingConfigs.splice(0)) this.#apply(config);
    this.#registry.quiet = false;
    this.#registry.warnUnconfigured();
    this.#tabs = new TabSync(this.#persistence.settings.name, (record, at) =>
      this.#sync(record, at),
    );
    this.#reload(null);
    this.#live = true;
    // Blocked scripts register their ids, Consent Mode sends what the head script did not.
    this.#hooks.start.forEach((start) => start());
    this.#state = this.#snapshot();
    // A page kept open, or restored from the back-forward cache, re-judges expiry.
    addEventListener('pageshow', this.#recheck);
    document.addEventListener('visibilitychange', this.#recheck);
    this.#resolveReady(this.#state);
    this.dispatchEvent(new CustomEvent('ready', { detail: this.#state }));
    document.dispatchEvent(new CustomEvent('consent-ready', { detail: this.#state }));
  }

  #recheck = () => {
    if (document.visibilityState === 'visible') this.#reload('recheck');
  };

  #apply(input: unknown): void {
    let valid: ConsentConfig;
    try {
      valid = validateConfig(input);
    } catch (error) {
      // A getter that throws, a revoked Proxy: nothing of it is applied.
      report('error', 'E31', '', {}, error);
      return;
    }
    const categories = valid.categories
      ? mergeById(this.#config.categories ?? [], valid.categories)
      : this.#config.categories;
    // The site's own words, kept as given: the elements validate and merge them.
    if (valid.texts !== undefined) this.#texts.push(valid.texts);
    delete valid.texts;
    this.#config = { ...this.#config, ...valid, categories };
    this.#config.cookie = { ...this.#persistence.settings, ...valid.cookie };
    Object.assign(this.#persistence.settings, this.#config.cookie);
    this.#registry.setConfigured((categories ?? []) as Valid<CategoryConfig>[]);
  }

  /**
   * Re-reads the stored decision and re-judges it (revision, expiry, GPC). When the
   * page is shown again (`recheck`), a cookie that changed since this tab last read or
   * wrote it was decided elsewhere (a tab on another subdomain sharing the cookie,
   * which BroadcastChannel does not reach, or the server): that change is published as
   * `sync`; one that expired, which the browser then deletes, as `config`.
   */
  #reload(method: 'config' | 'recheck' | null): void {
    const before = this.#state;
    const stored = this.#persistence.load();
    const expired = !stored && !!this.#record && !isValid(this.#record, this.#ground());
    const elsewhere =
      method === 'recheck' && !expired && (stored?.decidedAt ?? null) !== this.#seenAt;
    this.#seenAt = stored?.decidedAt ?? null;
    this.#consentId ??= stored?.id ?? null;
    this.#judge(stored);
    // The signal is the visitor's refusal: recorded like any decision when the page
    // loads (or is configured anew). Shown again, the page may find a choice made
    // elsewhere meanwhile (another tab, another subdomain): it then applies the refusal
    // for itself and leaves that choice alone.
    if (this.#local && method !== 'recheck') {
      this.#store(this.#record!);
      this.#commit(before, 'gpc', { broadcast: true, clear: true, receipt: 'gpc' });
    } else if (method) this.#commit(before, elsewhere ? 'sync' : 'config', {});
    else this.#state = this.#snapshot();
  }

  /**
   * Judges a stored decision (from the cookie or another tab): void under another
   * revision or once expired; under a honoured GPC signal, one that grants what the
   * signal refuses stands for nothing here, and a refusal applies in its place
   * (`#local`: this tab's, not stored).
   */
  #judge(stored: ConsentRecord | null): void {
    this.#local = false;
    this.#record = stored && isValid(stored, this.#ground()) ? stored : null;
    if (this.#gpcHonoured() && !respectsGpc(this.#record)) {
      this.#record = allRecord(this.#ground(), this.#stamp(), false, 'gpc');
      this.#local = true;
    }
  }

  /**
   * A decision made in another tab (`null`: a withdrawal at `at`). The newest decision
   * stands, in every tab and in the cookie (`newest()`: by time, then a tie-break every
   * tab computes alike); it is judged as one read from the cookie.
   */
  #sync(record: ConsentRecord | null, at: number): void {
    const own = this.#local ? null : this.#record;
    if (own && (record ? newest(own, record) === own : own.decidedAt > at)) {
      // Ours is newer: the other tab adopts it when ours reaches it; the cookie holds it.
      if (!this.#persistence.holds(own)) this.#persistence.save(own, this.#seconds());
      return;
    }
    const before = this.#state;
    this.#persistence.remember(record);
    this.#seenAt = record?.decidedAt ?? null;
    if (record) this.#consentId = record.id;
    this.#judge(record);
    this.#commit(before, 'sync', {});
  }

  #gpcHonoured(): boolean {
    return this.#gpcSignal && this.#config.gpc !== 'ignore';
  }

  // ---- deciding ----

  /** What decisions are judged against now. */
  #ground(): Ground {
    return {
      categories: this.#registry.categories,
      record: this.#record,
      revision: this.#config.revision ?? DEFAULT_REVISION,
      days: this.#config.expiresAfterDays ?? DEFAULT_DAYS,
      gpc: this.#gpcHonoured(),
    };
  }

  /** This browser's consent id (made on its first decision) and the time now. */
  #stamp() {
    this.#consentId ??= newConsentId();
    return { id: this.#consentId, now: Date.now() };
  }

  /** Stores a decision and publishes it: cookie, receipt, events, other tabs, clean-up. */
  #decide(record: ConsentRecord): void {
    const before = this.#state;
    this.#store(record);
    this.#commit(before, record.method, { broadcast: true, clear: true, receipt: record.method });
  }

  /** `byScript`: from the public update(), which a page script may call on its own. */
  #choose(
    choices: unknown,
    method: ConsentMethod,
    replaceServices = false,
    byScript = false,
  ): void {
    if (typeof choices !== 'object' || choices === null || Array.isArray(choices)) {
      report('error', 'E32');
      return;
    }
    const categories = { ...this.#record?.categories };
    const services: Record<string, boolean> = replaceServices ? {} : { ...this.#record?.services };
    // Under GPC only the visitor's own per-purpose action grants (CONTRACT §4): update()
    // called by a page script, not in answer to a click or key press, cannot. The
    // dialog and the gates answer the visitor's own actions.
    const mayGrant =
      !byScript ||
      !this.#state.gpc ||
      (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive === true;
    let decided = 0;
    for (const [id, value] of Object.entries(choices)) {
      if (typeof value !== 'boolean') {
        report('error', 'E33', id);
        continue;
      }
      if (value && !mayGrant) {
        report('warn', 'W08', id);
        continue;
      }
      this.#reference(id);
      const service = this.#registry.service(id);
      const category = this.#registry.category(id);
      // Counted only when it decides something: an invalid id, or a required purpose,
      // decides nothing.
      if (service) services[id] = value;
      else if (category?.required) {
        if (!value) report('warn', 'W09', id);
        continue;
      } else if (category) categories[id] = value;
      else continue;
      decided++;
    }
    // Fill in every known category so the record says what was decided for each.
    for (const category of this.#registry.categories) {
      if (!category.required) categories[category.id] ??= false;
    }
    if (!decided && !mayGrant) return;
    // A page script's update() with nothing valid in it is not the visitor's answer,
    // nor is "Always allow" on a gate whose purpose is not a valid id. (The dialog's
    // Save with no optional purpose on the page is: the visitor saw and saved.)
    if (!decided && (byScript || method === 'gate')) {
      if (byScript) report('error', 'E34');
      return;
    }
    // "Always allow" on a gate does not answer the banner by itself.
    const answers = method !== 'gate' || (this.#record?.decided ?? false);
    this.#decide(newRecord(this.#ground(), this.#stamp(), method, answers, categories, services));
  }

  #store(record: ConsentRecord): void {
    this.#record = record;
    this.#local = false;
    this.#seenAt = record.decidedAt;
    this.#persistence.save(record, this.#seconds());
  }

  /** The consent cookie's lifetime, in seconds. */
  #seconds(): number {
    return (this.#config.expiresAfterDays ?? DEFAULT_DAYS) * 86_400;
  }

  // ---- publishing ----

  #commit(
    before: ConsentState,
    method: ConsentChangeDetail['method'],
    options: { broadcast?: boolean; clear?: boolean; receipt?: Receipt['method'] },
  ): void {
    const state = (this.#state = this.#snapshot());
    // Before any listener runs, so that history() in a listener includes it.
    if (options.receipt) this.#recordDecision(options.receipt, state);
    const changed = [
      ...diff(before.categories, state.categories),
      ...diff(before.services, state.services),
    ];
    if (options.broadcast) this.#tabs?.post(this.#record);
    if (options.clear) this.#clearDenied();
    this.#notify();
    const decisionChanged =
      before.decided !== state.decided ||
      before.decidedAt !== state.decidedAt ||
      before.gpc !== state.gpc;
    // Before ready, the ready event publishes the first state.
    if ((!changed.length && !decisionChanged) || !this.#live) return;
    const detail: ConsentChangeDetail = { state, changed, method };
    this.dispatchEvent(new CustomEvent('change', { detail }));
    document.dispatchEvent(new CustomEvent('consent-change', { detail }));
  }

  /** Tells the decision hooks (receipts) what was decided, with the texts shown. */
  #recordDecision(method: Receipt['method'], state: ConsentState): void {
    const id = this.#consentId;
    if (!id) return;
    const decision: Decision = {
      id,
      revision: state.revision,
      decidedAt: this.#record?.decidedAt ?? Date.now(),
      method,
      state,
      gpc: this.#gpcHonoured(),
      // Null: no element reported what the visitor was shown (a decision by the API).
      shown: this.#shown,
      registry: this.#registry,
      receiptEndpoint: this.#config.receiptEndpoint,
    };
    this.#hooks.decision.forEach((hook) => hook(decision));
  }

  /** Rebuilds the snapshot after a registration and tells the subscribers, once per task. */
  #refresh(): void {
    this.#state = this.#snapshot();
    this.#notify();
  }

  #notify(): void {
    if (this.#notifyQueued) return;
    this.#notifyQueued = true;
    queueMicrotask(() => {
      this.#notifyQueued = false;
      this.#subscribers.forEach((listener) => listener());
    });
  }

  #snapshot(): ConsentState {
    return snapshot(this.#ground());
  }

  #isGranted(id: string): boolean {
    const { categories, services } = this.#state;
    // Own properties only: `constructor` or `toString` must never read as granted.
    return Object.hasOwn(categories, id)
      ? categories[id]
      : Object.hasOwn(services, id) && services[id];
  }

  #reference(id: string): void {
    if (this.#registry.reference(id)) this.#refresh();
  }

  #clearDenied(): void {
    const patterns: string[] = [];
    for (const category of this.#registry.categories) {
      if (!this.#state.categories[category.id]) patterns.push(...category.clearCookies);
      for (const service of category.services) {
        if (!this.#state.services[service.id]) patterns.push(...service.clearCookies);
      }
    }
    clearCookies(patterns);
  }
}

function mergeById<T extends { id: string }>(base: T[], next: T[]): T[] {
  const merged = base.filter((item) => !next.some((n) => n.id === item.id));
  return [...merged, ...next];
}
