import { connectUi } from '../src/loader.js';
import { ConsentStore } from '../src/store/consent-store.js';
import { deleteConsentCookie, writeConsentCookie } from '../src/store/cookies.js';
import { encodeRecord, newConsentId } from '../src/store/record.js';
import type { ConsentConfig } from '../src/store/types.js';

/** What a story says about consent: `parameters.consent`. */
export interface ConsentParameters {
  /** Passed to `configure()` before the store loads, as a page would. */
  config?: ConsentConfig;
  /**
   * A decision already in the cookie when the page loads (a returning visitor).
   * Only refusals or explicit per-purpose grants: no story grants video, maps or chat
   * to a real provider on its own.
   */
  decided?:
    'reject-all' | { categories?: Record<string, boolean>; services?: Record<string, boolean> };
  /** Simulates `navigator.globalPrivacyControl === true` while the store is created. */
  gpc?: boolean;
}

const PAGE_STORE = Symbol.for('consent-elements.store');
const DAY_SECONDS = 86_400;

/**
 * Makes a fresh store the page's store, before the story's elements exist (each
 * element takes the page store when it is constructed). Synchronous: the store loads
 * a task later and the elements render once it is ready, as on a real page.
 */
export function freshStoryStore(parameters: ConsentParameters = {}): ConsentStore {
  const global = globalThis as Record<symbol, ConsentStore | undefined>;
  global[PAGE_STORE]?.disconnect();
  // A dialog that openPreferences() appended to <body> for the previous story.
  for (const stray of document.querySelectorAll('body > consent-preferences')) stray.remove();

  const config = parameters.config ?? {};
  const cookie = { name: 'consent', path: '/', sameSite: 'Lax' as const, ...config.cookie };
  deleteConsentCookie({ ...cookie, name: 'consent' });
  deleteConsentCookie(cookie);
  if (parameters.decided) {
    const { categories = {}, services = {} } =
      parameters.decided === 'reject-all' ? {} : parameters.decided;
    const record = {
      id: newConsentId(),
      revision: config.revision ?? 1,
      decidedAt: Date.now(),
      method: parameters.decided === 'reject-all' ? ('reject-all' as const) : ('custom' as const),
      decided: true,
      gpc: false,
      categories,
      services,
    };
    writeConsentCookie(
      cookie,
      encodeRecord(record),
      (config.expiresAfterDays ?? 182) * DAY_SECONDS,
    );
  }

  // The store reads the signal once, when constructed. Always set (true or false) so
  // that a viewer whose own browser sends GPC sees the same stories as everyone else.
  const store = withGpc(parameters.gpc ?? false, () => new ConsentStore());
  global[PAGE_STORE] = store;
  // As the page's own store is: openPreferences() ("Change your choices", the page's
  // [data-consent-open] links) opens the story's <consent-preferences>.
  connectUi(store);
  if (parameters.config) store.configure(parameters.config);
  return store;
}

function withGpc<T>(value: boolean, create: () => T): T {
  const own = Object.getOwnPropertyDescriptor(navigator, 'globalPrivacyControl');
  Object.defineProperty(navigator, 'globalPrivacyControl', {
    configurable: true,
    get: () => value,
  });
  try {
    return create();
  } finally {
    if (own) Object.defineProperty(navigator, 'globalPrivacyControl', own);
    else delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  }
}
