import { expect, oneEvent } from '@open-wc/testing';
import type { ConsentStore } from '../src/store/consent-store.js';
import { closeReceipts } from '../src/integrations/receipts.js';
import { newStore } from '../src/page-store.js';
import { connectUi } from '../src/loader.js';
import { portOf, type Port } from '../src/store/port.js';
import type { ConsentChangeDetail, ConsentConfig } from '../src/store/types.js';
import { encodeRecord } from '../src/store/record.js';
// The engine's own settings for every test file that uses these helpers (test/engine.ts).
import './engine.js';

/**
 * Test helpers: every test gets a fresh store on a clean browser (no cookies, no
 * receipts database, no GPC), and every store made is disconnected afterwards.
 */
const stores: ConsentStore[] = [];
const restores: (() => void)[] = [];

export function clearAllCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0].trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

export async function deleteReceiptsDatabase(): Promise<void> {
  await closeReceipts();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('consent-elements');
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

const PAGE_STORE = Symbol.for('consent-elements.store');

/**
 * Makes a fresh store the page's store (the one elements use), configured and loaded.
 * The previous page store is disconnected.
 */
export async function freshPageStore(config?: unknown): Promise<ConsentStore> {
  const global = globalThis as Record<symbol, ConsentStore | undefined>;
  global[PAGE_STORE]?.disconnect();
  const store = createStore(config);
  global[PAGE_STORE] = store;
  connectUi(store);
  await store.ready;
  return store;
}

/** A new store, configured (before it loads, as a page would), and loaded. */
export async function freshStore(config?: unknown): Promise<ConsentStore> {
  const store = createStore(config);
  await store.ready;
  return store;
}

/** A new store that has not loaded yet. */
export function createStore(config?: unknown): ConsentStore {
  const store = newStore();
  stores.push(store);
  if (config !== undefined) store.configure(config as ConsentConfig);
  return store;
}

/** Replaces a property for the current test; put back in afterEach. */
export function stub<T extends object, K extends keyof T | string>(
  target: T,
  key: K,
  descriptor: PropertyDescriptor,
): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, ...descriptor });
  restores.push(() => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key as string];
  });
}

/** Captures console output of one level for the current test. */
export function captureConsole(level: 'error' | 'warn'): string[] {
  const lines: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  restores.push(() => (console[level] = original));
  return lines;
}

/** The store's internal interface, as the library's own parts use it. */
export const port = (store: ConsentStore): Port => portOf(store);

export function setGpc(value: boolean): void {
  stub(navigator, 'globalPrivacyControl', { get: () => value });
}

export function cookieValue(name = 'consent'): string | undefined {
  const pair = document.cookie.split('; ').find((p) => p.startsWith(`${name}=`));
  return pair?.slice(name.length + 1);
}

export async function resetEnvironment(): Promise<void> {
  // Receipts still being written would land in the next test's database.
  const settled = (store: ConsentStore) =>
    Promise.race([store.history(), new Promise((resolve) => setTimeout(resolve, 1000))]);
  await Promise.all(stores.map(settled));
  const channels = new Set(stores.map((store) => port(store).config.cookie?.name ?? 'consent'));
  while (stores.length) stores.pop()!.disconnect();
  while (restores.length) restores.pop()!();
  await drainTabMessages([...channels].map((name) => `consent-elements:${name}`));
  clearAllCookies();
  await deleteReceiptsDatabase();
  delete window.gtag;
  delete window.dataLayer;
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('consent-elements.head')];
  document
    .querySelectorAll('[data-test-fixture], script[data-consent-config], consent-preferences')
    .forEach((el) => el.remove());
}

/**
 * Waits until the tab-sync messages a test's stores posted have been delivered. Firefox
 * routes BroadcastChannel messages through its parent process: one posted at the end of
 * a test can still reach a channel the next test's store opens, and that store then
 * adopts the old decision, as a tab should. A message posted now arrives after every
 * message posted before it.
 */
function drainTabMessages(names: string[]): Promise<unknown> {
  const fence = 'consent-elements-test-fence';
  return Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const receiver = new BroadcastChannel(name);
          const sender = new BroadcastChannel(name);
          const done = () => {
            clearTimeout(timer);
            receiver.close();
            sender.close();
            resolve();
          };
          const timer = setTimeout(done, 1000);
          receiver.onmessage = (event) => event.data === fence && done();
          sender.postMessage(fence);
        }),
    ),
  );
}

export const DAY = 86_400_000;

/**
 * A consent cookie's value: an "accept all" of yesterday granting analytics and
 * preferences, with `overrides`.
 */
export function storedRecord(overrides: Partial<Parameters<typeof encodeRecord>[0]> = {}): string {
  return encodeRecord({
    id: 'abcdefghij012345',
    revision: 1,
    decidedAt: Date.now() - DAY,
    method: 'accept-all',
    decided: true,
    gpc: false,
    categories: { analytics: true, marketing: false, preferences: true },
    services: {},
    ...overrides,
  });
}

/** Shows the page again (back-forward cache, a tab brought back) and returns the change. */
export async function showAgain(store: ConsentStore): Promise<ConsentChangeDetail> {
  const event = oneEvent(store, 'change');
  dispatchEvent(new PageTransitionEvent('pageshow'));
  return (await event).detail as ConsentChangeDetail;
}

/** Adds markup to the body for the current test (removed by resetEnvironment). */
export function addToBody(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.dataset.testFixture = '';
  holder.innerHTML = html;
  document.body.append(holder);
  return holder;
}

export const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** A short name for a node in failure messages: `button#first.primary [part="accept-button"]`. */
function describeNode(node: Node | null | undefined): string {
  if (!node) return String(node);
  if (!(node instanceof Element)) return node.nodeName;
  const part = node.getAttribute('part');
  return (
    node.localName +
    (node.id ? `#${node.id}` : '') +
    [...node.classList].map((name) => `.${name}`).join('') +
    (part ? ` [part="${part}"]` : '')
  );
}

/**
 * Asserts that two nodes are the same node. Use it instead of `expect(node).to.equal(…)`:
 * when that fails, the test runner walks the whole node graph (up to `window`) to report
 * it, and the file times out after two minutes instead of naming the failure.
 */
export function expectSameNode(
  actual: Node | null | undefined,
  expected: Node | null | undefined,
  message = 'node',
): void {
  if (actual !== expected) {
    expect.fail(`${message}: expected ${describeNode(expected)}, got ${describeNode(actual)}`);
  }
}
