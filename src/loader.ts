import type { ConsentStore } from './store/consent-store.js';
import { portOf } from './store/port.js';
import { pageStore } from './page-store.js';
import { defineElement, isOurs } from './define.js';
import { report } from './diagnostics/report.js';
import { readCookies } from './store/cookies.js';
import { CONFIG_SCRIPT } from './store/config.js';

/**
 * The loader (CONTRACT §7): every page fetches the store; the elements' code (Lit
 * included) is fetched only when the page needs it, and defines its element, which the
 * browser then upgrades wherever it stands:
 * - the banner while the visitor has no valid decision (on a first visit, after a
 *   withdrawal, an expiry or a new revision);
 * - the preference dialog on its first opening ("Customize", a `[data-consent-open]`
 *   activation, `openPreferences()`);
 * - the gate and the declaration as soon as one is in the document, or in an open
 *   shadow root the loader can see (see `watchPage`).
 */
const ELEMENTS = {
  'consent-banner': () =>
    import('./components/consent-banner/consent-banner.js').then((m) => m.ConsentBanner),
  'consent-preferences': () =>
    import('./components/consent-preferences/consent-preferences.js').then(
      (m) => m.ConsentPreferences,
    ),
  'consent-gate': () =>
    import('./components/consent-gate/consent-gate.js').then((m) => m.ConsentGate),
  'consent-declaration': () =>
    import('./components/consent-declaration/consent-declaration.js').then(
      (m) => m.ConsentDeclaration,
    ),
};
type Name = keyof typeof ELEMENTS;
const NAMES = Object.keys(ELEMENTS) as Name[];
const loading = new Map<Name, Promise<void>>();

/** Defines an element, fetching its code once (nothing when it is defined already). */
export function load(name: Name): Promise<void> {
  let pending = loading.get(name);
  if (!pending) {
    // Defined already: by a copy of this library, or taken by another script (reported).
    pending = customElements.get(name)
      ? Promise.resolve(isOurs(name) ? undefined : report('error', 'E46', name))
      : ELEMENTS[name]().then((element) => defineElement(name, element));
    pending = pending.catch((error) => {
      loading.delete(name);
      report('error', 'E50', name, {}, error);
    });
    loading.set(name, pending);
  }
  return pending;
}

const UI = Symbol.for('consent-elements.ui');

/**
 * Connects a store to the elements: its `openPreferences()` opens the page's dialog (or a
 * new one), and its banner is fetched whenever the store has no valid decision.
 */
export function connectUi(store: ConsentStore): void {
  const marked = store as ConsentStore & { [UI]?: boolean };
  if (marked[UI] || typeof document === 'undefined') return;
  marked[UI] = true;
  portOf(store).hooks.preferences = openPreferences;
  const banner = () => {
    if (!store.state.decided && findDeep('consent-banner')) void load('consent-banner');
  };
  void store.ready.then(banner);
  store.addEventListener('change', banner);
}

/** Opens the page's dialog, or a new one; at once when its code is here, else once fetched. */
function openPreferences(focusId?: string): void {
  if (!customElements.get('consent-preferences')) {
    // Once: code that could not be fetched is reported, not fetched again in a loop.
    void load('consent-preferences').then(
      () => customElements.get('consent-preferences') && openPreferences(focusId),
    );
    return;
  }
  if (!isOurs('consent-preferences')) {
    report('error', 'E36');
    return;
  }
  type Dialog = HTMLElement & { show(focusId?: string): void };
  const dialog =
    findDeep<Dialog>('consent-preferences') ??
    document.body.appendChild(document.createElement('consent-preferences') as Dialog);
  dialog.show(focusId);
}

const WATCHING = Symbol.for('consent-elements.loader');

/**
 * Watches the page, once per document: `[data-consent-open]` activations anywhere, and
 * gates and banners, present at load or added later. Elements inside open shadow roots
 * are found when the loader sees the root: at load, and when its host is added to the
 * page (a component that renders its content later is seen then too). A shadow root
 * that is closed, or attached to an element long after that element was added, is not
 * seen: such a page defines the element itself by importing its module (README, "Loading").
 */
export function watchPage(): void {
  const root = document as Document & { [WATCHING]?: boolean };
  if (typeof document === 'undefined' || root[WATCHING]) return;
  root[WATCHING] = true;
  hideBannerUntilDefined();
  listenForOpeners();
  const seen = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    // Every element the page can need is here: nothing left to watch for.
    if (NAMES.every((name) => loading.has(name) || name === 'consent-preferences')) {
      observer.disconnect();
    }
  });
  const watch = (target: Document | ShadowRoot) => {
    if (seen.has(target)) return;
    seen.add(target);
    observer.observe(target, { childList: true, subtree: true });
  };
  const scan = (from: Element | Document | ShadowRoot) => {
    const elements = from.querySelectorAll('*');
    for (const element of from instanceof Element ? [from, ...elements] : elements) {
      found(element);
      if (element.shadowRoot) {
        watch(element.shadowRoot);
        scan(element.shadowRoot);
      }
    }
  };
  const found = (element: Element) => {
    const name = element.localName;
    if (name === 'consent-gate') {
      // Its purpose is known before its code arrives: the first state lists it.
      const category = element.getAttribute('category');
      const service = element.getAttribute('service') ?? undefined;
      if (category) portOf(pageStore()).reference(category, service);
      void load('consent-gate');
    } else if (name === 'consent-declaration') {
      void load('consent-declaration');
    } else if (name === 'consent-banner' && !pageStore().state.decided) {
      // On a first visit the banner's code is fetched now, while the page loads; it is
      // defined once the store, ready, says the banner is needed (connectUi).
      if (firstVisit()) ELEMENTS['consent-banner']().catch(() => {});
      void pageStore().ready.then(() => {
        if (!pageStore().state.decided) void load('consent-banner');
      });
    }
  };
  watch(document);
  scan(document);
}

/**
 * Whether this visitor surely has no decision, judged before the store has loaded: no
 * cookie of the configured name (`data-consent-config`, else `consent`) and no Global
 * Privacy Control signal, whose refusal needs no banner. A name given only through
 * `configure()` is not known yet: such a page fetches the banner's code early for a
 * returning visitor too, and never shows it.
 */
function firstVisit(): boolean {
  try {
    const config = document.querySelector(CONFIG_SCRIPT)?.textContent;
    const name = (config && JSON.parse(config).cookie?.name) || 'consent';
    // The store reads the signal at once; `state.gpc` is it until configured.
    return !pageStore().state.gpc && !readCookies().has(name);
  } catch {
    return false; // the store reports the configuration
  }
}

/** The first element matching `selector`, in the document or in any open shadow root. */
export function findDeep<T extends Element = HTMLElement>(
  selector: string,
  root: ParentNode = document,
): T | null {
  const found = root.querySelector<T>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && findDeep<T>(selector, element.shadowRoot);
    if (inner) return inner;
  }
  return null;
}

/**
 * A returning visitor's page never fetches the banner's code: its `<consent-banner>`
 * stays undefined, and its content (the author's message) must not show as page text.
 * A constructed style sheet, which a CSP on styles does not refuse.
 */
function hideBannerUntilDefined(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('consent-banner:not(:defined){display:none!important}');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructed style sheets shows the undefined banner's text.
  }
}

/**
 * The purpose named by a `[data-consent-open]` element: its value, if it is one. A
 * framework that renders the boolean attribute as `"true"`, or an empty value, names none.
 */
function purposeOf(element: Element): string | undefined {
  const value = element.getAttribute('data-consent-open')?.trim();
  return value && value !== 'true' ? value : undefined;
}

/** Any click on, or Enter/Space on a non-native control with, `data-consent-open` opens the dialog. */
function listenForOpeners(): void {
  const opener = (event: Event) =>
    event
      .composedPath()
      .find(
        (node): node is Element =>
          node instanceof Element && node.hasAttribute('data-consent-open'),
      );
  document.addEventListener('click', (event) => {
    const element = opener(event);
    if (!element) return;
    event.preventDefault();
    pageStore().openPreferences(purposeOf(element));
  });
  // Like a native button: Enter acts on keydown, Space on keyup (so that the key's
  // release does not land on the dialog that just opened).
  const onKey = (event: KeyboardEvent) => {
    const element = opener(event);
    if (!element || element.matches('a[href], button, input, summary')) return;
    const space = event.key === ' ';
    if (!space && event.key !== 'Enter') return;
    event.preventDefault();
    if (space === (event.type === 'keyup')) pageStore().openPreferences(purposeOf(element));
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('keyup', onKey);
}
