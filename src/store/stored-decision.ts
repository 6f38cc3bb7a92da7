import { DAY, newConsentId, type ConsentRecord } from './record.js';
import { Persistence } from './persistence.js';
import { TabSync } from './tab-sync.js';
import { allRecord, isValid, judge, stands, type Ground, type Stamp } from './decisions.js';

/**
 * How a change of the decision in force is published: as a decision (`gpc`, a GPC
 * signal's refusal recorded), or a change made elsewhere (`sync`) or by the page's
 * settings (`config`); `null` on load, before anything is published.
 */
export type Found = 'gpc' | 'sync' | 'config' | null;

/**
 * The decision as this tab holds it, in step with where it is stored (CONTRACT §2): read
 * from the cookie on load, read again after a new configuration and whenever the page is
 * shown again, received from the other tabs, written on each decision. What it reads it
 * judges (`judge()`); the store publishes the result.
 */
export class StoredDecision {
  /** The decision in force: a valid stored one, or the refusal of a honoured GPC signal. */
  record: ConsentRecord | null = null;
  /** This browser's consent id: read from the cookie or another tab, or made by `stamp()`. */
  id: string | null = null;
  /** `record` is a GPC refusal this tab applies without storing it. */
  #local = false;
  /** The decision time of the stored record as this tab last read or wrote it. */
  #seenAt: number | null = null;
  /** When the latest withdrawal this tab made or heard of happened (0: none). */
  #withdrawnAt = 0;
  #persistence = new Persistence();
  /** The consent cookie's name and attributes (the configuration's `cookie` is applied to them). */
  readonly settings = this.#persistence.settings;
  #ground: () => Ground;
  #changed: (method: Found) => void;
  #tabs?: TabSync;

  /**
   * `ground`: what decisions are judged against now (its `record` is this one's).
   * `changed`: told of each reading of the stored decision, and how to publish it.
   */
  constructor(ground: () => Ground, changed: (method: Found) => void) {
    this.#ground = ground;
    this.#changed = changed;
  }

  /** This browser's consent id (made on its first decision) and the time now. */
  stamp(): Stamp {
    this.id ??= newConsentId();
    return { id: this.id, now: Date.now() };
  }

  /**
   * Reads the stored decision, judges it and tells how to publish it (`changed`). The
   * signal's refusal is recorded like any decision (`gpc`) on load (`null`) or after a
   * new configuration (`config`); shown again (`recheck`), the page applies it for itself
   * and leaves a choice made elsewhere alone: a cookie changed since this tab last read
   * or wrote it was decided elsewhere (another subdomain, the server), published as
   * `sync`; one that expired, as `config`.
   */
  load(why: 'config' | 'recheck' | null): void {
    const stored = this.#persistence.load();
    const expired = !stored && this.record && !isValid(this.record, this.#ground());
    const at = stored?.decidedAt ?? null;
    const elsewhere = why === 'recheck' && !expired && at !== this.#seenAt;
    this.#seenAt = at;
    this.id ??= stored?.id ?? null;
    this.#judge(stored);
    if (this.#local && why !== 'recheck') {
      this.save(this.record!);
      this.#changed('gpc');
    } else this.#changed(why && (elsewhere ? 'sync' : 'config'));
  }

  /** Makes a decision the one in force and stores it. */
  save(record: ConsentRecord): void {
    this.record = record;
    this.#local = false;
    this.#seenAt = record.decidedAt;
    this.#persistence.save(record, (this.#ground().days * DAY) / 1000);
  }

  /**
   * Forgets the decision, here and in the cookie. With a GPC signal honoured, the
   * signal's refusal takes its place.
   */
  clear(): void {
    this.record = this.#seenAt = null;
    this.#withdrawnAt = Date.now();
    this.#persistence.clear();
    const ground = this.#ground();
    if (ground.gpc) this.save(allRecord(ground, this.stamp(), false, 'gpc'));
  }

  /** Posts the decision in force (`null`: a withdrawal) to the other tabs. */
  post(): void {
    this.#tabs?.post(this.record);
  }

  /**
   * Loads the stored decision (`load(null)`) and keeps in step from now on: with the other
   * tabs' decisions, and with the cookie when the page is shown again (kept open, or
   * restored from the back-forward cache: expiry is judged again too).
   */
  start(): void {
    // A decision made in another tab (`null`: a withdrawal at `at`), judged as one read from the cookie.
    this.#tabs = new TabSync(this.settings.name, (record, at) => {
      const own = this.#local ? null : this.record;
      if (own ? stands(own, record, at) : record && record.decidedAt <= this.#withdrawnAt) {
        // Ours is newer: the other tab adopts it when ours reaches it; the cookie holds it.
        // Without one, a decision older than a withdrawal made or heard here is void.
        if (own && !this.#persistence.holds(own)) this.save(own);
        return;
      }
      if (!record) this.#withdrawnAt = at;
      this.#persistence.remember(record);
      this.#seenAt = record?.decidedAt ?? null;
      if (record) this.id = record.id;
      this.#judge(record);
      this.#changed('sync');
    });
    this.load(null);
    addEventListener('pageshow', this);
    document.addEventListener('visibilitychange', this);
  }

  /** Stops listening to the page and the other tabs. */
  close(): void {
    this.#tabs?.close();
    this.#persistence.close();
    removeEventListener('pageshow', this);
    document.removeEventListener('visibilitychange', this);
  }

  /** The page shown again (`pageshow`, `visibilitychange`): reads the cookie again. */
  handleEvent(): void {
    if (document.visibilityState === 'visible') this.load('recheck');
  }

  /** Judges a stored decision, from the cookie or another tab (`judge()`). */
  #judge(stored: ConsentRecord | null): void {
    ({ record: this.record, local: this.#local } = judge(this.#ground(), stored, () =>
      this.stamp(),
    ));
  }
}
