import type { ConsentMethod } from './types.js';

/**
 * The stored decision, and its cookie encoding (CONTRACT §3).
 *
 * The cookie value reads as a query string, so a server can parse it with any
 * URL-parameter parser:
 *
 *   v=1&id=k3x9…&r=2&t=1764374400000&m=c&d=1&gpc=0&c=analytics:1|marketing:0&s=youtube:1
 *
 * v format version · id consent id · r policy revision · t decision time (epoch ms)
 * m method (a accept-all, r reject-all, c custom, g gate, p gpc, i api)
 * d 1 when the visitor answered the banner or dialog (0: only a gate was allowed)
 * gpc 1 when a Global Privacy Control signal was present
 * c non-required categories, s services decided on their own, `id:1|id:0`, sorted.
 *
 * Decoding is strict: only the exact encoding of a record decodes; anything else is
 * "no decision", so a damaged or forged-looking value can never grant a purpose.
 */
export interface ConsentRecord {
  id: string;
  revision: number;
  decidedAt: number;
  method: ConsentMethod;
  decided: boolean;
  gpc: boolean;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
}

const METHODS: Record<string, ConsentMethod> = {
  a: 'accept-all',
  r: 'reject-all',
  c: 'custom',
  g: 'gate',
  p: 'gpc',
  i: 'api',
};
// Pure: the head script, which only decodes, leaves it out.
const CODES = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ Object.entries(METHODS).map(([k, v]) => [v, k]),
) as Record<ConsentMethod, string>;

const FORMAT =
  /^v=1&id=([a-z0-9]{16})&r=([1-9]\d{0,14})&t=([1-9]\d{0,14})&m=([arcgpi])&d=([01])&gpc=([01])&c=([^&]*)&s=([^&]*)$/;
const ENTRY = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63}):([01])$/;

function encodeGrants(grants: Record<string, boolean>): string {
  return Object.keys(grants)
    .sort()
    .map((id) => `${id}:${grants[id] ? 1 : 0}`)
    .join('|');
}

function decodeGrants(list: string): Record<string, boolean> | null {
  const grants: Record<string, boolean> = {};
  if (!list) return grants;
  let previous = '';
  for (const entry of list.split('|')) {
    const match = ENTRY.exec(entry);
    // Sorted and unique, as encodeGrants writes them: anything else is not ours.
    // `in`: also refuses names every object has, such as `constructor`.
    if (!match || match[1] <= previous || match[1] in grants) return null;
    previous = match[1];
    grants[match[1]] = match[2] === '1';
  }
  return grants;
}

export function encodeRecord(record: ConsentRecord): string {
  return (
    `v=1&id=${record.id}&r=${record.revision}&t=${record.decidedAt}` +
    `&m=${CODES[record.method]}&d=${record.decided ? 1 : 0}&gpc=${record.gpc ? 1 : 0}` +
    `&c=${encodeGrants(record.categories)}&s=${encodeGrants(record.services)}`
  );
}

/** The record a cookie value encodes, or null for anything that is not one. Never throws. */
export function decodeRecord(value: unknown): ConsentRecord | null {
  if (typeof value !== 'string' || value.length > 4096) return null;
  const match = FORMAT.exec(value);
  if (!match) return null;
  const [, id, r, t, m, d, g, c, s] = match;
  // At most 15 digits each (FORMAT): always a safe integer (a time up to the year 33658).
  const revision = Number(r);
  const decidedAt = Number(t);
  const categories = decodeGrants(c);
  const services = decodeGrants(s);
  if (!categories || !services) return null;
  return {
    id,
    revision,
    decidedAt,
    method: METHODS[m],
    decided: d === '1',
    gpc: g === '1',
    categories,
    services,
  };
}

export const DAY = 86_400_000;

/**
 * Whether a stored record still stands (CONTRACT §1, §3): made under the current policy
 * revision or a later one, not older than `days` by the page's clock, and not dated
 * more than a day into the future (such a record is not ours). The store and the head
 * script both judge by this.
 */
export function isCurrent(record: ConsentRecord, revision: number, days: number): boolean {
  const now = Date.now();
  return (
    record.revision >= revision &&
    now < record.decidedAt + days * DAY &&
    record.decidedAt <= now + DAY
  );
}

/** A new random consent id: 16 characters of [a-z0-9]. */
export function newConsentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}
