/**
 * Defaults shared by the store and the head script (src/head/consent-head.ts), which
 * must judge a stored decision alike (CONTRACT §1, §6).
 */

/** The consent cookie's settings when the configuration gives none. */
export const COOKIE_DEFAULTS = { name: 'consent', path: '/', sameSite: 'Lax' } as const;

/** The policy revision when the configuration gives none. */
export const DEFAULT_REVISION = 1;

/** How long a decision stands, in days, when the configuration does not say (6 months). */
export const DEFAULT_DAYS = 182;

/**
 * What the head script leaves behind, under `Symbol.for(HEAD_KEY)`: whether it sent
 * Consent Mode's `default`, and the values of the `update` it sent (or false), so that
 * the store sends neither again.
 */
export const HEAD_KEY = 'consent-elements.head';

export interface HeadMarker {
  default?: boolean;
  update?: unknown;
}
