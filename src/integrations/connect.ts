import type { ConsentStore } from '../store/consent-store.js';
import { portOf } from '../store/port.js';
import type { Receipt } from '../store/types.js';
import { BlockedScripts } from './blocked-scripts.js';
import { report } from '../diagnostics/report.js';
import { HEAD_KEY, type HeadMarker } from '../store/defaults.js';

const HISTORY_TIMEOUT_MS = 5000;

/**
 * Plugs the integrations into a store (CONTRACT §3, §5, §6): blocked scripts, which every
 * page needs, at once; receipts (and idb-keyval) when a decision is written or history()
 * is called; Google Consent Mode only on a page configured with it. Each subscribes to
 * the store; the store knows none of them.
 */
export function connectIntegrations(store: ConsentStore): void {
  if (typeof document === 'undefined') return; // server-side rendering: nothing to run
  const port = portOf(store);

  const scripts = new BlockedScripts({
    reference: (id) => port.reference(id),
    granted: (id) => store.granted(id),
    // Google's tags run after Consent Mode's default is sent (COMPLIANCE E.22): its code
    // is fetched beside the scripts', not after it.
    ready: () => consentMode,
  });
  port.hooks.start.add(() => scripts.start());
  port.hooks.stop.add(() => scripts.stop());
  store.addEventListener('change', () => scripts.scan());

  // Receipts: written in order; history() waits for those queued before it.
  let queue: Promise<unknown> = Promise.resolve();
  const receipts = () => import('./receipts.js');
  // A site whose policy lists no such storage keeps none (`keepReceipts: false`).
  const keep = () => port.config.keepReceipts !== false;
  port.hooks.decision.add((decision) => {
    if (!keep() && !decision.receiptEndpoint) return;
    queue = queue.then(() => receipts().then((module) => module.writeReceipt(decision, keep())));
    queue = queue.catch((error) => report('error', 'E60', '', {}, error));
  });
  port.hooks.history = () => {
    if (!keep()) return Promise.resolve([]);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A browser whose IndexedDB never answers (a stuck open request) must not leave the
    // caller waiting forever.
    const timeout = new Promise<Receipt[]>((resolve) => {
      timer = setTimeout(() => {
        report('error', 'E41', '', { seconds: HISTORY_TIMEOUT_MS / 1000 });
        resolve([]);
      }, HISTORY_TIMEOUT_MS);
    });
    const read = queue.then(() => receipts()).then((module) => module.readReceipts());
    return Promise.race([read.catch(() => []), timeout]).finally(() => clearTimeout(timer));
  };

  // Google Consent Mode: loaded once the configuration asks for it (at load, or later),
  // or the head script has sent its commands (else their grants would outlive a refusal).
  let consentMode: Promise<unknown> | undefined;
  const startConsentMode = () => {
    const head = (globalThis as Record<symbol, HeadMarker | undefined>)[Symbol.for(HEAD_KEY)];
    if (!(port.config.googleConsentMode || head?.default) || consentMode) return;
    consentMode = import('./consent-mode.js')
      .then((module) => module.startConsentMode(store, head))
      .catch((error) => report('error', 'E61', '', {}, error));
  };
  port.hooks.start.add(() => {
    startConsentMode();
    // Then at every change, a configure() after load included (it may change no grant);
    // never before the store has loaded, when nothing is granted yet.
    port.subscribe(startConsentMode);
  });
}
