/**
 * Blocked scripts (CONTRACT §5): `<script type="text/plain" data-consent="analytics">`
 * stays inert until its category or service is granted, then runs once, in document
 * order. `data-type="module"` keeps a module a module; a `nonce` is carried over.
 * Scripts added to the page later are picked up by a MutationObserver. The code that
 * turns a script live (nonce check, Trusted Types) is fetched with the first script
 * granted: src/integrations/live-script.ts.
 */

import { pageNonce } from './nonce.js';
import { report } from '../diagnostics/report.js';

/** The code that turns a script live, fetched with the first script granted. */
const live = () => import('./live-script.js');

export const BLOCKED_SELECTOR = 'script[type="text/plain"][data-consent]';

export interface ScriptHost {
  /** Registers a referenced id (zero-configuration discovery). */
  reference(id: string): void;
  granted(id: string): boolean;
  /** What the scripts wait for before they run, if anything (Consent Mode's start). */
  ready?(): Promise<unknown> | undefined;
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
    // Read now: the nonce of the library's own script (src/integrations/nonce.ts).
    pageNonce();
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
    const due: [HTMLScriptElement, string][] = [];
    for (const script of document.querySelectorAll<HTMLScriptElement>(BLOCKED_SELECTOR)) {
      if (this.#claimed.has(script)) continue;
      const id = script.dataset.consent?.trim() ?? '';
      this.#host.reference(id);
      if (this.#host.granted(id)) {
        this.#claimed.add(script);
        due.push([script, id]);
      }
    }
    for (const [script, id] of due) {
      this.#queue = this.#queue
        .then(() => Promise.all([live(), this.#host.ready?.()]))
        // Withdrawn while it waited for the scripts before it: it stays inert, and runs
        // if granted again.
        .then(([module]) =>
          this.#host.granted(id) ? module.activate(script) : void this.#claimed.delete(script),
        )
        // Fail closed: the script stays inert, and later ones may still run.
        .catch((error) => report('error', 'E57', '', {}, error));
    }
  }
}
