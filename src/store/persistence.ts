import { decodeRecord, encodeRecord, type ConsentRecord } from './record.js';
import { report } from '../diagnostics/report.js';
import { COOKIE_DEFAULTS } from './defaults.js';
import {
  cookieString,
  deleteConsentCookie,
  readCookieValues,
  readCookies,
  writeConsentCookie,
  type CookieSettings,
} from './cookies.js';

/** How long after a write the consent cookie is looked for again, in ms. */
const RECHECK_MS = 100;

/**
 * Where the decision lives: the first-party cookie, or, when the browser refuses
 * cookies, this page's memory (the visitor's choice still applies until they leave).
 */
export class Persistence {
  settings: CookieSettings = { ...COOKIE_DEFAULTS };
  #memory: ConsentRecord | null = null;
  #reported = false;
  #reportedDuplicates = false;
  /** The second look at a write that the first read did not confirm. */
  #recheck?: ReturnType<typeof setTimeout>;

  /** The stored record, or null when there is none or it cannot be read. Never throws. */
  load(): ConsentRecord | null {
    if (cookieString() === null) {
      // A sandboxed document, or a page whose document.cookie is broken: say so now, not
      // only when the visitor decides; a choice then applies to this page.
      this.#refused();
      return this.#memory;
    }
    const values = readCookieValues().get(this.settings.name);
    if (values === undefined) return this.#memory;
    // Two cookies of the name (a domain or path changed in the configuration): which is
    // the newer cannot be known, so neither counts. The next decision replaces both.
    if (new Set(values).size > 1) {
      if (!this.#reportedDuplicates) {
        this.#reportedDuplicates = true;
        report('error', 'E37', this.settings.name, { count: values.length });
      }
      // A choice made on this page that could not replace them still applies here.
      return this.#memory;
    }
    const record = decodeRecord(values[0]);
    if (!record) {
      report('error', 'E38', this.settings.name);
    }
    return record;
  }

  save(record: ConsentRecord, maxAgeSeconds: number): void {
    const value = encodeRecord(record);
    this.#memory = null;
    if (writeConsentCookie(this.settings, value, maxAgeSeconds)) return;
    // The choice applies to this page at once. Whether the browser refused the cookie is
    // judged a moment later: WebKit keeps cookies in another process, and a read right
    // after a write may still show the cookie as it was. A cookie holding this decision,
    // or a later one (another tab, the server), shows that cookies work.
    this.#memory = record;
    this.close();
    this.#recheck = setTimeout(() => {
      const stored = decodeRecord(readCookies().get(this.settings.name));
      if (!stored || stored.decidedAt < record.decidedAt) this.#refused();
      else if (this.#memory === record) this.#memory = null;
    }, RECHECK_MS);
  }

  /** Stops the second look at a write (a later write, a withdrawal, a store disconnected). */
  close(): void {
    clearTimeout(this.#recheck);
  }

  #refused(): void {
    if (this.#reported) return;
    this.#reported = true;
    report('error', 'E39', this.settings.name);
  }

  /** Whether the consent cookie holds exactly this record. */
  holds(record: ConsentRecord): boolean {
    const values = readCookieValues().get(this.settings.name);
    return values?.length === 1 && values[0] === encodeRecord(record);
  }

  /** Keeps a record received from another tab without writing it (the tab that decided did). */
  remember(record: ConsentRecord | null): void {
    if (readCookies().get(this.settings.name) === undefined) this.#memory = record;
  }

  clear(): void {
    this.#memory = null;
    this.close();
    deleteConsentCookie(this.settings);
  }
}
