import type { ConsentModeKey, ConsentModeMapping } from '../store/types.js';
import type { ConsentStore } from '../store/consent-store.js';
import { configError, isId } from '../store/config.js';
import type { HeadMarker } from '../store/defaults.js';
import { portOf } from '../store/port.js';
import { report } from '../diagnostics/report.js';

/**
 * Google Consent Mode v2 (CONTRACT §6). Every update carries all seven keys.
 * Without `gtag`, commands go on `dataLayer` as gtag would put them: as an
 * `arguments` object, which is what Google's tags read.
 */

export const CONSENT_MODE_KEYS: readonly ConsentModeKey[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

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

/**
 * Google Consent Mode for a store configured with `googleConsentMode`, or on a page
 * whose head script ran (`head`, what it left: src/integrations/connect.ts looks it up;
 * loaded only then): the `default` command unless the head script sent it, the decision in force
 * (correcting the head script's update where the configuration judges otherwise: a
 * decision this revision voids, a key mapped to a service), then an update on every
 * change.
 */
export function startConsentMode(store: ConsentStore, head?: HeadMarker): void {
  const port = portOf(store);
  // Started by the head script alone (the configuration lacks the field): the default mapping.
  const send = (sent?: unknown) => {
    const mode = checked(port.config.googleConsentMode || true) as true | ConsentModeMapping;
    const values = consentModeValues(mode, (id) => port.isGranted(id));
    if (JSON.stringify(values) !== JSON.stringify(sent))
      gtagCommand(() => sendConsentUpdate(values));
  };
  if (!head?.default) gtagCommand(sendConsentDefault);
  // A bad key or id is reported now, not at the first decision.
  checked(port.config.googleConsentMode);
  // Tags need the stored decision at once (the head script sends it when present).
  if (store.state.decidedAt !== null || head?.update) send(head?.update);
  store.addEventListener('change', () => send());
}

const valid = new WeakMap<object, ConsentModeMapping>();

/**
 * The configuration's `googleConsentMode` with each bad key or id list reported, naming
 * its field, and left out (once per mapping). The store keeps the field as given: its
 * keys are checked here, in code only a page with Consent Mode fetches.
 */
export function checked(
  mode: boolean | ConsentModeMapping | undefined,
): boolean | ConsentModeMapping | undefined {
  if (typeof mode !== 'object') return mode;
  let out = valid.get(mode);
  if (!out) {
    out = {};
    for (const [key, ids] of Object.entries(mode as Record<string, unknown>)) {
      const field = `googleConsentMode.${key}`;
      if (!(CONSENT_MODE_KEYS as readonly string[]).includes(key)) {
        configError(field, 'E24');
        continue;
      }
      const list = typeof ids === 'string' ? [ids] : ids;
      if (typeof list === 'boolean') out[key as ConsentModeKey] = list;
      else if (Array.isArray(list) && list.every(isId)) out[key as ConsentModeKey] = list;
      else configError(field, 'E25');
    }
    valid.set(mode, out);
  }
  return out;
}

/** Sends a Consent Mode command; a page whose `dataLayer` or `gtag` is broken gets an error, not an exception. */
function gtagCommand(run: () => void): void {
  try {
    run();
  } catch (error) {
    report('error', 'E44', '', {}, error);
  }
}
