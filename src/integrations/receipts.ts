import { createStore, entries, set, type UseStore } from 'idb-keyval';
import { report } from '../diagnostics/report.js';
import type { Receipt } from '../store/types.js';
import type { Decision } from '../store/port.js';
import { englishPurposes } from '../localization/english.js';

/**
 * Receipts (CONTRACT §3): one per decision, kept in IndexedDB through idb-keyval and
 * optionally sent to the site's `receiptEndpoint`. IndexedDB is opened only when the
 * first receipt is written, so nothing is stored before a decision; where it is
 * missing or fails, the decision itself still works. This module, and idb-keyval, load
 * when a decision is written or history() is called (src/integrations/connect.ts).
 */

const DB_NAME = 'consent-elements';
let store: UseStore | undefined;

function openStore(): UseStore {
  store ??= createStore(DB_NAME, 'receipts');
  return store;
}

/** @internal closes the database connection (tests delete the database between runs). */
export async function closeReceipts(): Promise<void> {
  const open = store;
  store = undefined;
  // A database that never opened (a stuck request) has nothing to close.
  const stuck = new Promise((resolve) => setTimeout(resolve, 1000));
  const closed = open?.('readonly', async (objects) => objects.transaction.db.close());
  await Promise.race([closed?.catch(() => {}), stuck]);
}

/**
 * Writes the receipt of a decision: kept in this browser (unless `keep` is false), and
 * sent to the site's endpoint.
 */
export async function writeReceipt(decision: Decision, keep = true): Promise<void> {
  const { id, decidedAt, method, state, receiptEndpoint } = decision;
  const { revision, gpc } = state;
  // A decision no element showed anything for (the API's): the purposes' English texts.
  const shown = decision.shown ?? { locale: 'en', texts: englishPurposes(decision.registry) };
  const receipt: Receipt = {
    id,
    revision,
    decidedAt,
    method,
    categories: state.categories,
    services: state.services,
    locale: shown.locale,
    gpc,
    textHash: await hashTexts(shown.texts),
  };
  if (keep) await saveReceipt(receipt);
  if (receiptEndpoint) sendReceipt(receiptEndpoint, receipt);
}

/** Receipts this page has written: they are written one after another (connect.ts). */
let written = 0;

export async function saveReceipt(receipt: Receipt): Promise<void> {
  try {
    // Keys sort as the receipts were written, even within a millisecond (a decision and
    // its withdrawal): the decision time, then the clock (Firefox and Safari round it
    // to the millisecond), then this page's count, then a random part for two tabs
    // writing at once (getRandomValues exists outside a secure context too).
    const clock = Math.round((performance.timeOrigin + performance.now()) * 1000);
    const key = [
      String(receipt.decidedAt).padStart(15, '0'),
      String(clock).padStart(19, '0'),
      String(written++).padStart(9, '0'),
      crypto.getRandomValues(new Uint32Array(1))[0],
    ].join('-');
    await set(key, receipt, openStore());
  } catch (error) {
    store = undefined;
    report('error', 'E40', '', {}, error);
  }
}

/** The receipts kept in this browser, newest first; [] when there are none or no IndexedDB. */
export async function readReceipts(): Promise<Receipt[]> {
  try {
    // Do not create the database just to read it: that would write storage before a
    // decision. (Where databases() is missing, the store is opened all the same.)
    if (!store && typeof indexedDB.databases === 'function') {
      const dbs = await indexedDB.databases();
      if (!dbs.some((db) => db.name === DB_NAME)) return [];
    }
    const all = await entries<string, Receipt>(openStore());
    return all.sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([, receipt]) => receipt);
  } catch {
    return [];
  }
}

export function sendReceipt(endpoint: string, receipt: Receipt): void {
  try {
    const body = new Blob([JSON.stringify(receipt)], { type: 'application/json' });
    if (!navigator.sendBeacon(endpoint, body)) {
      report('error', 'E42', endpoint);
    }
  } catch (error) {
    report('error', 'E43', endpoint, {}, error);
  }
}

/** `sha256:` and the hex digest of the texts, or null where WebCrypto is unavailable (non-secure pages). */
export async function hashTexts(texts: readonly string[]): Promise<string | null> {
  try {
    const data = new TextEncoder().encode(texts.join('\n'));
    const digest = await crypto.subtle.digest('SHA-256', data);
    return `sha256:${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  } catch {
    return null;
  }
}
