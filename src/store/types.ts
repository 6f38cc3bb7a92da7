import type { templates } from '../generated/locales/en.js';

/** The id of a UI text, e.g. `consent.action.accept` (the README lists them all). */
export type MessageId = keyof typeof templates;

/**
 * The site's own words: language tag → message id → text. Replaces the library's text
 * for that language, or adds a language it does not ship. `{placeholders}` are kept.
 */
export type SiteTexts = Record<string, Partial<Record<MessageId, string>>>;

/** A text shown to users: one string, or a map of locale to string. */
export type LocalizedText = string | Record<string, string>;

/** A row of the cookie table users see for a category or service. */
export interface CookieRow {
  name: string;
  provider?: LocalizedText;
  purpose?: LocalizedText;
  expiry?: LocalizedText;
}

export interface ServiceConfig {
  id: string;
  label?: LocalizedText;
  description?: LocalizedText;
  privacyPolicy?: string;
  cookies?: CookieRow[];
  clearCookies?: string[];
}

export interface CategoryConfig {
  id: string;
  required?: boolean;
  label?: LocalizedText;
  description?: LocalizedText;
  services?: ServiceConfig[];
  cookies?: CookieRow[];
  clearCookies?: string[];
}

/** The seven keys of Google Consent Mode v2. */
export type ConsentModeKey =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/**
 * Consent Mode key → the category or service ids it follows. A key is granted when
 * every listed id is granted; `true` means always granted, `[]` or `false` never.
 */
export type ConsentModeMapping = Partial<Record<ConsentModeKey, string | string[] | boolean>>;

export interface CookieOptions {
  name?: string;
  domain?: string;
  path?: string;
  sameSite?: 'Lax' | 'Strict' | 'None';
}

export interface ConsentConfig {
  revision?: number;
  expiresAfterDays?: number;
  cookie?: CookieOptions;
  gpc?: 'deny' | 'ignore';
  googleConsentMode?: boolean | ConsentModeMapping;
  receiptEndpoint?: string;
  categories?: CategoryConfig[];
  texts?: SiteTexts;
}

export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'gate' | 'gpc' | 'api';

export interface ConsentState {
  /** A valid decision exists (current revision, not expired). */
  decided: boolean;
  /** Every known category; required ones true. */
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  revision: number;
  /** Epoch ms of the stored record, or null. */
  decidedAt: number | null;
  expiresAt: number | null;
  method: ConsentMethod | null;
  /** A Global Privacy Control signal is present and honoured. */
  gpc: boolean;
}

export interface ConsentChangeDetail {
  state: ConsentState;
  /** Category and service ids whose grant changed. */
  changed: string[];
  method: ConsentMethod | 'withdraw' | 'sync' | 'config';
}

/** Proof of one decision, kept in IndexedDB and optionally sent to `receiptEndpoint`. */
export interface Receipt {
  /** Random identifier of this browser's consent (also in the cookie). */
  id: string;
  revision: number;
  /** Epoch ms (UTC). */
  decidedAt: number;
  method: ConsentMethod | 'withdraw';
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  locale: string;
  gpc: boolean;
  /** `sha256:` + hex of the texts the user was shown, or null outside a secure context. */
  textHash: string | null;
}

declare global {
  interface DocumentEventMap {
    'consent-ready': CustomEvent<ConsentState>;
    'consent-change': CustomEvent<ConsentChangeDetail>;
  }
  interface GlobalEventHandlersEventMap {
    'consent-ready': CustomEvent<ConsentState>;
    'consent-change': CustomEvent<ConsentChangeDetail>;
  }
}
