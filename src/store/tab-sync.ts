import { decodeRecord, encodeRecord, type ConsentRecord } from './record.js';
import { report } from '../diagnostics/report.js';

/**
 * Cross-tab sync (CONTRACT §2): each decision is posted to the other tabs of the site
 * on a BroadcastChannel named after the consent cookie. Messages carry the cookie's
 * encoding and are decoded as strictly as the cookie: anything else is ignored.
 */
export class TabSync {
  #channel?: BroadcastChannel;

  /**
   * Listens for other tabs' decisions (`null`: a withdrawal, with its time). Without
   * BroadcastChannel, does nothing.
   */
  constructor(cookieName: string, onRecord: (record: ConsentRecord | null, at: number) => void) {
    if (typeof BroadcastChannel !== 'function') return;
    try {
      this.#channel = new BroadcastChannel(`consent-elements:${cookieName}`);
    } catch (error) {
      // A hardened or sandboxed context may refuse it: each tab then learns of decisions
      // made in others when it is shown again (the cookie is re-read).
      report('warn', 'W11', '', {}, error);
      return;
    }
    this.#channel.onmessage = (event: MessageEvent<{ value?: unknown; at?: unknown }>) => {
      const value = event.data?.value;
      const record = value === null ? null : decodeRecord(value);
      const at = record?.decidedAt ?? event.data?.at;
      if ((value === null || record) && typeof at === 'number') onRecord(record, at);
    };
  }

  post(record: ConsentRecord | null): void {
    const value = record ? encodeRecord(record) : null;
    this.#channel?.postMessage({ value, at: record?.decidedAt ?? Date.now() });
  }

  close(): void {
    this.#channel?.close();
  }
}
