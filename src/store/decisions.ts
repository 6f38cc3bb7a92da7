import type { ConsentMethod, ConsentState } from './types.js';
import { DAY, encodeRecord, isCurrent, type ConsentRecord } from './record.js';
import type { Category } from './registry.js';

/**
 * The decision rules, as pure functions of what they are given: the purposes known, the
 * record in force, the page's settings and the clock. The store calls them and keeps the
 * results; nothing here reads the page, writes anything or reports anything.
 */

/** What a decision is judged against. */
export interface Ground {
  /** The known purposes, in display order. */
  categories: readonly Category[];
  /** The valid stored decision in force, if any. */
  record: ConsentRecord | null;
  /** The configuration's policy revision. */
  revision: number;
  /** How long a decision stands, in days. */
  days: number;
  /** A Global Privacy Control signal is present and honoured. */
  gpc: boolean;
}

/** Who decides and when: the browser's consent id, and the decision time (epoch ms). */
export interface Stamp {
  id: string;
  now: number;
}

/** Whether a stored record stands under the page's revision and expiry. */
export function isValid(record: ConsentRecord, ground: Pick<Ground, 'revision' | 'days'>): boolean {
  return isCurrent(record, ground.revision, ground.days);
}

/**
 * A record that a Global Privacy Control signal leaves standing: one that grants
 * nothing, or an explicit choice made under the signal (CONTRACT §4).
 */
export function respectsGpc(record: ConsentRecord | null): boolean {
  if (!record) return false;
  if (record.gpc && record.method !== 'gpc') return true;
  return (
    !Object.values(record.categories).some(Boolean) && !Object.values(record.services).some(Boolean)
  );
}

/**
 * A new record. Answers given for ids this page does not know are kept (another page
 * may use them); a refusal of everything (`reject-all`, `gpc`) refuses those too, and
 * keeps them answered.
 */
export function newRecord(
  ground: Ground,
  stamp: Stamp,
  method: ConsentMethod,
  decided: boolean,
  categories: Record<string, boolean>,
  services: Record<string, boolean>,
): ConsentRecord {
  const refuseAll = method === 'reject-all' || method === 'gpc';
  const kept: Record<string, boolean> = {};
  for (const [id, granted] of Object.entries(ground.record?.categories ?? {})) {
    kept[id] = granted && !refuseAll;
  }
  return {
    id: stamp.id,
    revision: ground.revision,
    decidedAt: stamp.now,
    method,
    decided,
    gpc: ground.gpc,
    categories: { ...kept, ...categories },
    services,
  };
}

/** Every non-required purpose granted (`true`) or refused (`false`), and nothing else decided. */
export function allRecord(
  ground: Ground,
  stamp: Stamp,
  value: boolean,
  method: ConsentMethod,
): ConsentRecord {
  const categories: Record<string, boolean> = {};
  for (const category of ground.categories) {
    if (!category.required) categories[category.id] = value;
  }
  return newRecord(ground, stamp, method, true, categories, {});
}

/**
 * The public state for a record in force (CONTRACT §2): every known category (required
 * ones on), every service (following its category unless decided on its own).
 */
export function snapshot(ground: Ground): ConsentState {
  const { record } = ground;
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const category of ground.categories) {
    const on = category.required || record?.categories[category.id] === true;
    categories[category.id] = on;
    for (const service of category.services) {
      services[service.id] = category.required || (record?.services[service.id] ?? on);
    }
  }
  // A configured purpose the stored decision never covered asks again (it starts off
  // meanwhile; the others keep their grants). Under GPC, the signal answers it: off.
  const covered =
    !record ||
    ground.gpc ||
    ground.categories.every(
      (category) => category.required || category.discovered || category.id in record.categories,
    );
  return Object.freeze({
    decided: (record?.decided ?? false) && covered,
    categories: Object.freeze(categories),
    services: Object.freeze(services),
    revision: ground.revision,
    decidedAt: record?.decidedAt ?? null,
    expiresAt: record ? record.decidedAt + ground.days * DAY : null,
    method: record?.method ?? null,
    gpc: ground.gpc,
  }) as ConsentState;
}

/** The ids whose grant differs between two states' maps. */
export function diff(a: Record<string, boolean>, b: Record<string, boolean>): string[] {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].filter((id) => (a[id] ?? false) !== (b[id] ?? false));
}

/**
 * Which of two decisions stands when they meet (two tabs deciding at once, a tab and
 * the cookie): the later one; in the same millisecond, the one whose cookie encoding
 * sorts last, so that every tab picks the same.
 */
export function newest(a: ConsentRecord, b: ConsentRecord): ConsentRecord {
  if (a.decidedAt !== b.decidedAt) return a.decidedAt > b.decidedAt ? a : b;
  return encodeRecord(a) >= encodeRecord(b) ? a : b;
}
