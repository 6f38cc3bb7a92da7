import type { ConsentModeKey, ConsentModeMapping } from '../store/types.js';
import { CONSENT_MODE_KEYS } from '../store/config.js';

/**
 * Google Consent Mode v2 (CONTRACT §6). Every update carries all seven keys.
 * Without `gtag`, commands go on `dataLayer` as gtag would put them: as an
 * `arguments` object, which is what Google's tags read.
 */

export const DEFAULT_MAPPING: Record<ConsentModeKey, string[] | boolean> = {
  ad_storage: ['marketing'],
  ad_user_data: ['marketing'],
  ad_personalization: ['marketing'],
  analytics_storage: ['analytics'],
  functionality_storage: ['preferences'],
  personalization_storage: ['preferences'],
  security_storage: true,
};

type ConsentValue = 'granted' | 'denied';
type Gtag = (...args: unknown[]) => void;
declare global {
  interface Window {
    gtag?: Gtag;
    dataLayer?: unknown[];
  }
}

function command(...args: unknown[]): void {
  if (typeof window.gtag === 'function') {
    window.gtag(...args);
    return;
  }
  const dataLayer = (window.dataLayer ??= []);
  (function push(..._args: unknown[]) {
    // eslint-disable-next-line prefer-rest-params -- Google's tags read an arguments object
    dataLayer.push(arguments);
  })(...args);
}

/** The seven values for the current grants under a mapping (merged over the default). */
export function consentModeValues(
  mapping: ConsentModeMapping | true,
  granted: (id: string) => boolean,
): Record<ConsentModeKey, ConsentValue> {
  const merged = { ...DEFAULT_MAPPING, ...(mapping === true ? {} : mapping) };
  const out = {} as Record<ConsentModeKey, ConsentValue>;
  for (const key of CONSENT_MODE_KEYS) {
    const rule = merged[key];
    const ids = typeof rule === 'string' ? [rule] : rule;
    const on = typeof ids === 'boolean' ? ids : ids.length > 0 && ids.every(granted);
    out[key] = on ? 'granted' : 'denied';
  }
  return out;
}

export function sendConsentDefault(): void {
  const values = Object.fromEntries(
    CONSENT_MODE_KEYS.map((key) => [key, key === 'security_storage' ? 'granted' : 'denied']),
  );
  command('consent', 'default', { ...values, wait_for_update: 500 });
}

export function sendConsentUpdate(values: Record<ConsentModeKey, ConsentValue>): void {
  command('consent', 'update', values);
}
