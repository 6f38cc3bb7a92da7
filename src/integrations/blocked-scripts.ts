/**
 * Blocked scripts (CONTRACT §5): `<script type="text/plain" data-consent="analytics">`
 * stays inert until its category or service is granted, then runs once, in document
 * order. `data-type="module"` keeps a module a module; a `nonce` is carried over.
 * Scripts added to the page later are picked up by a MutationObserver.
 */

import { scriptPolicy } from './trusted-types.js';

export const BLOCKED_SELECTOR = 'script[type="text/plain"][data-consent]';

export interface ScriptHost {
  /** Registers a referenced id (zero-configuration discovery). */
  reference(id: string): void;
  granted(id: string): boolean;
}

export class BlockedScripts {
  #host: ScriptHost;
  #observer?: MutationObserver;
  #queue: Promise<void> = Promise.resolve();
  #claimed = new WeakSet<HTMLScriptElement>();

  constructor(host: ScriptHost) {
    this.#host = host;
  }

  /** Starts watching the document; call once the DOM is parsed. */
  start(): void {
    this.scan();
    this.#observer = new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1))) this.scan();
    });
    this.#observer.observe(document.documentElement, { childList: true, subtree: true });
  }

  stop(): void {
    this.#observer?.disconnect();
  }

  /** Registers every blocked script's id and runs those now granted, in document order. */
  scan(): void {
    const due: HTMLScriptElement[] = [];
    for (const script of document.querySelectorAll<HTMLScriptElement>(BLOCKED_SELECTOR)) {
      if (this.#claimed.has(script)) continue;
      const id = script.dataset.consent?.trim() ?? '';
      this.#host.reference(id);
      if (this.#host.granted(id)) {
        this.#claimed.add(script);
        due.push(script);
      }
    }
    for (const script of due) this.#queue = this.#queue.then(() => activate(script));
  }
}

/**
 * A script element that will run when inserted, copied from one that will not (a
 * blocked script, or one cloned from a template): same attributes, text and nonce.
 */
export function liveScript(inert: HTMLScriptElement, type?: string): HTMLScriptElement | null {
  const policy = scriptPolicy();
  if (!policy) return null;
  const live = document.createElement('script');
  for (const { name, value } of inert.attributes) {
    if (!['type', 'data-type', 'nonce', 'src'].includes(name)) live.setAttribute(name, value);
  }
  if (type) live.type = type;
  // The nonce attribute is emptied once parsed; the property keeps it.
  const nonce = inert.nonce || inert.getAttribute('nonce');
  if (nonce) live.nonce = nonce;
  const src = inert.getAttribute('src');
  if (src !== null) live.src = policy.createScriptURL(src);
  else live.text = policy.createScript(inert.text);
  return live;
}

/**
 * Replaces the inert script by a live copy and waits for an external one to load (or
 * fail), so that the next script in document order runs after it. Modules join the
 * browser's in-order list (`async = false`) as external scripts do, so modules and
 * external scripts keep their order; a module, as in HTML, runs after the inline
 * classic scripts that follow it (modules are deferred, and an inline module fires no
 * `load` event to wait for).
 */
function activate(inert: HTMLScriptElement): Promise<void> {
  if (!inert.isConnected) return Promise.resolve();
  const live = liveScript(inert, inert.dataset.type);
  if (!live) return Promise.resolve();
  live.dataset.consentActivated = '';
  const external = inert.hasAttribute('src');
  if (external || live.type === 'module') live.async = false;
  const done = new Promise<void>((resolve) => {
    if (!external) return resolve();
    live.addEventListener('load', () => resolve(), { once: true });
    live.addEventListener('error', () => resolve(), { once: true });
  });
  inert.replaceWith(live);
  return done;
}
