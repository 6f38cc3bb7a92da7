import { DECIDE } from './decide.js';
import { report } from '../diagnostics/report.js';
import type {
  ConsentChangeDetail,
  ConsentConfig,
  ConsentMethod,
  ConsentState,
  Receipt,
} from './types.js';
import { configError, validateConfig } from './config.js';
import { DAY, isCurrent, newConsentId, type ConsentRecord } from './record.js';
import { Registry, type ServiceInfo } from './registry.js';
import { Persistence } from './persistence.js';
import { TabSync } from './tab-sync.js';
import { clearCookies } from './cookies.js';
import { BlockedScripts } from '../integrations/blocked-scripts.js';
import { hashTexts, readReceipts, saveReceipt, sendReceipt } from '../integrations/receipts.js';
import {
  consentModeValues,
  sendConsentDefault,
  sendConsentUpdate,
} from '../integrations/consent-mode.js';

const HEAD_KEY = Symbol.for('consent-elements.head');

/** What the head script leaves behind (see src/head/consent-head.ts). */
interface HeadMarker {
  default?: boolean;
  /** The Consent Mode values of the update it sent, or false. */
  update?: unknown;
}

interface StoreEventMap {
  ready: CustomEvent<ConsentState>;
  change: CustomEvent<ConsentChangeDetail>;
  /** @internal any change of the snapshot, registrations included: for the elements. */
  state: Event;
  /** @internal asks a preference dialog to open; cancelled by the one that does. */
  'open-preferences': CustomEvent<{ focusId?: string }>;
}

const HISTORY_TIMEOUT_MS = 5000;

/**
 * The page's consent store (CONTRACT §2): one per page, a plain `EventTarget`
 * usable from any framework or none. Fail-closed: until configuration and the
 * stored decision are loaded, and whenever either is missing or invalid, nothing
 * non-required is granted.
 */
export class ConsentStore extends EventTarget {
  /** Resolves once configuration and the stored decision are loaded. */
  readonly ready: Promise<ConsentState>;

  /** @internal the known purposes, for the elements. */
  readonly registry = new Registry();

  #config: ConsentConfig = {};
  #pendingConfigs: unknown[] = [];
  #persistence = new Persistence();
  #record: ConsentRecord | null = null;
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
  #scripts = new BlockedScripts({
    reference: (id) => this.#reference(id),
    granted: (id) => this.granted(id),
  });
  #tabs?: TabSync;
  #receipts: Promise<void> = Promise.resolve();
  #shown: { locale: string; texts: string[] } | null = null;
  #resolveReady!: (state: ConsentState) => void;
  #notifyQueued = false;

  constructor() {
    super();
    // Read once per page load (COMPLIANCE 19).
    this.#gpcSignal =
      (globalThis.navigator as { globalPrivacyControl?: boolean } | undefined)
        ?.globalPrivacyControl === true;
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
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

  #isGranted(id: string): boolean {
    const { categories, services } = this.#state;
    // Own properties only: `constructor` or `toString` must never read as granted.
    return Object.hasOwn(categories, id)
      ? categories[id]
      : Object.hasOwn(services, id) && services[id];
  }

  /** Grants every non-required purpose. Refused while a Global Privacy Control signal is honoured. */
  acceptAll(): void {
    if (this.#deferred(() => this.acceptAll())) return;
    if (this.#state.gpc) {
      report('warn', 'W07');
      return;
    }
    this.#decideAll(true, 'accept-all');
  }

  /** Denies every non-required purpose. */
  rejectAll(): void {
    if (this.#deferred(() => this.rejectAll())) return;
    this.#decideAll(false, 'reject-all');
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

  /**
   * @internal The elements' own decisions, under a symbol rather than a name so that it
   * is no part of the API a site calls: the dialog's Save (`custom`, with
   * `replaceServices`: the services named are the only ones decided on their own) and
   * a gate's "Always allow" (`gate`, which does not answer the banner unless a decision
   * already exists). They answer the visitor's own click, so a GPC signal does not stop
   * them granting (update() needs a user activation for that). This is no security
   * boundary: a hostile script on the page could write the cookie itself.
   */
  [DECIDE](
    choices: Record<string, boolean>,
    method: 'custom' | 'gate',
    options: { replaceServices?: boolean } = {},
  ): void {
    if (this.#deferred(() => this[DECIDE](choices, method, options))) return;
    if (method !== 'custom' && method !== 'gate') return;
    this.#choose(choices, method, options.replaceServices);
  }

  /** Forgets the decision: everything non-required off, the banner shows again. */
  withdraw(): void {
    if (this.#deferred(() => this.withdraw())) return;
    const before = this.#state;
    this.#record = this.#seenAt = null;
    this.#persistence.clear();
    // With a GPC signal honoured, forgetting the decision leaves the signal's refusal.
    if (this.#gpcHonoured()) this.#store(this.#allRecord(false, 'gpc'));
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
   * Opens the preference dialog, focusing a category if named. The page's
   * `<consent-preferences>` answers; without one, one is created when the element is
   * defined.
   */
  openPreferences(focusId?: string): void {
    if (this.#server) return;
    const request = new CustomEvent('open-preferences', { cancelable: true, detail: { focusId } });
    if (!this.dispatchEvent(request)) return;
    const Preferences = customElements.get('consent-preferences') as
      (new () => HTMLElement & { show(focusId?: string): void }) | undefined;
    if (!Preferences) {
      report('warn', 'W10');
      return;
    }
    if (typeof Preferences.prototype.show !== 'function') {
      report('error', 'E36');
      return;
    }
    const dialog = new Preferences();
    document.body.append(dialog);
    dialog.show(focusId);
  }

  /** This browser's receipts, newest first. */
  async history(): Promise<Receipt[]> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A browser whose IndexedDB never answers (a stuck open request) must not leave
    // the caller waiting forever.
    const timeout = new Promise<Receipt[]>((resolve) => {
      timer = setTimeout(() => {
        report('error', 'E41', '', { seconds: HISTORY_TIMEOUT_MS / 1000 });
        resolve([]);
      }, HISTORY_TIMEOUT_MS);
    });
    const read = this.#receipts.then(readReceipts);
    return Promise.race([read, timeout]).finally(() => clearTimeout(timer));
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

  /** @internal the elements report the texts and locale the visitor is shown, for the receipt. */
  setShownTexts(locale: string, texts: string[]): void {
    this.#shown = { locale, texts };
  }

  /** @internal registers a category, or a service of a category, referenced by an element. */
  reference(categoryId: string, serviceId?: string, info?: ServiceInfo): void {
    const changed =
      serviceId === undefined
        ? this.registry.reference(categoryId)
        : this.registry.reference(serviceId, categoryId, info);
    if (changed) this.#refresh();
  }

  /** @internal the validated configuration now in force. */
  get config(): Readonly<ConsentConfig> {
    return this.#config;
  }

  override addEventListener<K extends keyof StoreEventMap>(
    type: K,
    listener: ((event: StoreEventMap[K]) => void) | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends keyof StoreEventMap>(
    type: K,
    listener: ((event: StoreEventMap[K]) => void) | null,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener, options);
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
    this.registry.quiet = false;
    this.registry.warnUnconfigured();
    for (const gate of document.querySelectorAll('consent-gate[category]')) {
      const service = gate.getAttribute('service');
      this.reference(gate.getAttribute('category')!, service ?? undefined);
    }
    this.#tabs = new TabSync(this.#persistence.settings.name, (record) => {
      const before = this.#state;
      this.#persistence.remember(record);
      this.#seenAt = record?.decidedAt ?? null;
      this.#record = record && this.#isValid(record) ? record : null;
      if (record) this.#consentId = record.id;
      this.#commit(before, 'sync', {});
    });
    const mode = this.#config.googleConsentMode;
    const head = (globalThis as Record<symbol, HeadMarker | undefined>)[HEAD_KEY];
    if (mode && !head?.default) gtagCommand(sendConsentDefault);
    this.#reload(null);
    // Tags need the stored decision at once. The head script sends it when present, but
    // without the configuration it may have judged otherwise (a decision this revision
    // voids, a key mapped to a service): then the store corrects it.
    if (mode && (this.#record || head?.update)) this.#sendConsentMode(head?.update);
    this.#live = true;
    this.#scripts.start();
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

  /** @internal stops listening to the page and other tabs (tests create many stores). */
  disconnect(): void {
    this.#initialized = true; // a store disconnected before it started never starts
    this.#scripts.stop();
    this.#tabs?.close();
    removeEventListener('pageshow', this.#recheck);
    document.removeEventListener('visibilitychange', this.#recheck);
  }

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
    // Texts are merged per language and id: a later call replaces only what it names.
    const texts = { ...this.#config.texts };
    for (const [tag, own] of Object.entries(valid.texts ?? {})) {
      texts[tag] = { ...texts[tag], ...own };
    }
    this.#config = { ...this.#config, ...valid, categories, texts };
    this.#config.cookie = { ...this.#persistence.settings, ...valid.cookie };
    Object.assign(this.#persistence.settings, this.#config.cookie);
    this.registry.setConfigured(categories ?? []);
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
    const expired = !stored && !!this.#record && !this.#isValid(this.#record);
    const elsewhere =
      method === 'recheck' && !expired && (stored?.decidedAt ?? null) !== this.#seenAt;
    this.#seenAt = stored?.decidedAt ?? null;
    this.#consentId ??= stored?.id ?? null;
    this.#record = stored && this.#isValid(stored) ? stored : null;
    const gpc = this.#gpcHonoured() && !this.#respectsGpc(this.#record);
    // The signal is the visitor's refusal: it is recorded like any decision.
    if (gpc) this.#store(this.#allRecord(false, 'gpc'));
    if (gpc) this.#commit(before, 'gpc', { broadcast: true, clear: true, receipt: 'gpc' });
    else if (method) this.#commit(before, elsewhere ? 'sync' : 'config', {});
    else this.#state = this.#snapshot();
  }

  #isValid(record: ConsentRecord): boolean {
    return isCurrent(record, this.#revision(), this.#days());
  }

  #gpcHonoured(): boolean {
    return this.#gpcSignal && this.#config.gpc !== 'ignore';
  }

  /** A record that GPC leaves standing: one granting nothing, or an explicit choice made under GPC. */
  #respectsGpc(record: ConsentRecord | null): boolean {
    if (!record) return false;
    if (record.gpc && record.method !== 'gpc') return true;
    return (
      !Object.values(record.categories).some(Boolean) &&
      !Object.values(record.services).some(Boolean)
    );
  }

  // ---- deciding ----

  #decideAll(value: boolean, method: ConsentMethod): void {
    this.#decide(this.#allRecord(value, method));
  }

  #allRecord(value: boolean, method: ConsentMethod): ConsentRecord {
    const categories: Record<string, boolean> = {};
    for (const category of this.registry.categories) {
      if (!category.required) categories[category.id] = value;
    }
    return this.#newRecord(method, true, categories, {});
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
      const service = this.registry.service(id);
      const category = this.registry.category(id);
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
    for (const category of this.registry.categories) {
      if (!category.required) categories[category.id] ??= false;
    }
    if (!decided && !mayGrant) return;
    // A page script's update() with nothing valid in it is not the visitor's answer,
    // nor is "Always allow" on a gate whose purpose is not a valid id. (The dialog's
    // Save with no optional purpose on the page is: the visitor saw and saved.)
    if (!decided && (byScript || method === 'gate')) {
      if (byScript) {
        report('error', 'E34');
      }
      return;
    }
    // "Always allow" on a gate does not answer the banner by itself.
    const answers = method !== 'gate' || (this.#record?.decided ?? false);
    this.#decide(this.#newRecord(method, answers, categories, services));
  }

  #newRecord(
    method: ConsentMethod,
    decided: boolean,
    categories: Record<string, boolean>,
    services: Record<string, boolean>,
  ): ConsentRecord {
    // Keep the answers for ids this page does not know (another page may use them): a
    // refusal of everything refuses those too, and keeps them answered.
    const refuseAll = method === 'reject-all' || method === 'gpc';
    const kept: Record<string, boolean> = {};
    for (const [id, granted] of Object.entries(this.#record?.categories ?? {})) {
      kept[id] = granted && !refuseAll;
    }
    this.#consentId ??= newConsentId();
    return {
      id: this.#consentId,
      revision: this.#revision(),
      decidedAt: Date.now(),
      method,
      decided,
      gpc: this.#gpcHonoured(),
      categories: { ...kept, ...categories },
      services,
    };
  }

  #store(record: ConsentRecord): void {
    this.#record = record;
    this.#seenAt = record.decidedAt;
    this.#persistence.save(record, this.#days() * 86_400);
  }

  // ---- publishing ----

  #commit(
    before: ConsentState,
    method: ConsentChangeDetail['method'],
    options: { broadcast?: boolean; clear?: boolean; receipt?: Receipt['method'] },
  ): void {
    const state = (this.#state = this.#snapshot());
    // Queued before any listener runs, so that history() in a listener includes it.
    if (options.receipt) this.#writeReceipt(options.receipt, this.#record?.decidedAt ?? Date.now());
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
    this.#sendConsentMode();
    const detail: ConsentChangeDetail = { state, changed, method };
    this.dispatchEvent(new CustomEvent('change', { detail }));
    document.dispatchEvent(new CustomEvent('consent-change', { detail }));
    this.#scripts.scan();
  }

  /** Rebuilds the snapshot after a registration and tells the elements, once per task. */
  #refresh(): void {
    this.#state = this.#snapshot();
    this.#notify();
  }

  #notify(): void {
    if (this.#notifyQueued) return;
    this.#notifyQueued = true;
    queueMicrotask(() => {
      this.#notifyQueued = false;
      this.dispatchEvent(new Event('state'));
    });
  }

  #snapshot(): ConsentState {
    const record = this.#record;
    const categories: Record<string, boolean> = {};
    const services: Record<string, boolean> = {};
    for (const category of this.registry.categories) {
      const on = category.required || record?.categories[category.id] === true;
      categories[category.id] = on;
      for (const service of category.services) {
        services[service.id] = category.required || (record?.services[service.id] ?? on);
      }
    }
    const expiresAt = record ? record.decidedAt + this.#days() * DAY : null;
    // A configured purpose the stored decision never covered asks again (it starts off
    // meanwhile; the others keep their grants). Under GPC, the signal answers it: off.
    const covered =
      !record ||
      this.#gpcHonoured() ||
      this.registry.categories.every(
        (category) => category.required || category.discovered || category.id in record.categories,
      );
    return Object.freeze({
      decided: (record?.decided ?? false) && covered,
      categories: Object.freeze(categories),
      services: Object.freeze(services),
      revision: this.#revision(),
      decidedAt: record?.decidedAt ?? null,
      expiresAt,
      method: record?.method ?? null,
      gpc: this.#gpcHonoured(),
    }) as ConsentState;
  }

  #reference(id: string): void {
    if (this.registry.reference(id)) this.#refresh();
  }

  #clearDenied(): void {
    const patterns: string[] = [];
    for (const category of this.registry.categories) {
      if (!this.#state.categories[category.id]) patterns.push(...category.clearCookies);
      for (const service of category.services) {
        if (!this.#state.services[service.id]) patterns.push(...service.clearCookies);
      }
    }
    clearCookies(patterns);
  }

  /** Sends the Consent Mode update for the grants in force, unless it is `sent` already. */
  #sendConsentMode(sent?: unknown): void {
    const mode = this.#config.googleConsentMode;
    if (!mode) return;
    const values = consentModeValues(mode, (id) => this.#isGranted(id));
    if (JSON.stringify(values) !== JSON.stringify(sent))
      gtagCommand(() => sendConsentUpdate(values));
  }

  /** Writes the receipt of the decision now in force (call after #commit). */
  #writeReceipt(method: Receipt['method'], decidedAt: number): void {
    const id = this.#consentId;
    if (!id) return;
    const { categories, services } = this.#state;
    const shown = this.#shown ?? {
      locale: document.documentElement.lang || navigator.language || 'en',
      texts: this.registry.categories.flatMap((c) =>
        this.registry
          .idsOf(c)
          .flatMap((id) => [this.registry.label(id), this.registry.description(id)]),
      ),
    };
    const base = { id, revision: this.#revision(), decidedAt, method, categories, services };
    const endpoint = this.#config.receiptEndpoint;
    const gpc = this.#gpcHonoured();
    this.#receipts = this.#receipts.then(async () => {
      const textHash = await hashTexts(shown.texts);
      const receipt: Receipt = { ...base, locale: shown.locale, gpc, textHash };
      await saveReceipt(receipt);
      if (endpoint) sendReceipt(endpoint, receipt);
    });
  }

  #revision(): number {
    return this.#config.revision ?? 1;
  }

  #days(): number {
    return this.#config.expiresAfterDays ?? 182;
  }
}

function mergeById<T extends { id: string }>(base: T[], next: T[]): T[] {
  const merged = base.filter((item) => !next.some((n) => n.id === item.id));
  return [...merged, ...next];
}

function diff(a: Record<string, boolean>, b: Record<string, boolean>): string[] {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].filter((id) => (a[id] ?? false) !== (b[id] ?? false));
}

/** Sends a Consent Mode command; a page whose `dataLayer` or `gtag` is broken gets an error, not an exception. */
function gtagCommand(send: () => void): void {
  try {
    send();
  } catch (error) {
    report('error', 'E44', '', {}, error);
  }
}
