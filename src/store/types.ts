import type { later, templates } from '../generated/locales/en.js';
import type { templates as banner } from '../generated/locales/en-banner.js';
import type { templates as gate } from '../generated/locales/en-gate.js';

/** The id of a UI text, e.g. `consent.action.accept` (the README lists them all). */
export type MessageId =
  keyof typeof banner | keyof typeof gate | keyof typeof templates | keyof typeof later;

/**
 * The site's own words: language tag → message id → text. Replaces the library's text
 * for that language, or adds a language it does not ship. `{placeholders}` are kept.
 */
export type SiteTexts = Record<string, Partial<Record<MessageId, string>>>;

/** A text shown to users: one string, or a map of locale to string. */
export type LocalizedText = string | Record<string, string>;

/** Where a row of a cookie table keeps its data on the visitor's device. */
export type StorageType = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';

/** A row of the cookie (and storage) table users see for a category or service. */
export interface CookieRow {
  name: string;
  provider?: LocalizedText;
  purpose?: LocalizedText;
  /** How long it is kept: "Session", "13 months"… */
  expiry?: LocalizedText;
  /** Default `cookie`. */
  type?: StorageType;
}

/**
 * Why a purpose may process data (GDPR Art. 6, ePrivacy Art. 5(3)): a keyword, shown
 * translated, or the site's own words.
 */
export type LegalBasis =
  'consent' | 'legitimate-interest' | 'contract' | 'legal-obligation' | 'exempt' | LocalizedText;

export interface ServiceConfig {
  id: string;
  label?: LocalizedText;
  description?: LocalizedText;
  privacyPolicy?: string;
  /** The company behind the service, e.g. "Cloudflare, Inc.". */
  provider?: LocalizedText;
  /**
   * The host the service contacts, e.g. "static.cloudflareinsights.com", or the list of
   * them (a tag loaded from one host that reports to another).
   */
  endpoint?: string | string[];
  /** Where the data goes, or the transfer safeguard: "EU", "USA (SCCs)". */
  country?: LocalizedText;
  cookies?: CookieRow[];
  clearCookies?: string[];
}

export interface CategoryConfig {
  id: string;
  required?: boolean;
  label?: LocalizedText;
  description?: LocalizedText;
  /** Default: `exempt` for a required purpose, else `consent`. */
  legalBasis?: LegalBasis;
  /** How long the purpose's data is kept, in the site's words. */
  retention?: LocalizedText;
  /**
   * `false`: the purpose stores and reads nothing on the visitor's device (server logs,
   * monitoring), so it needs no consent: it is shown, with no switch, and always in force.
   */
  deviceAccess?: boolean;
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
  /**
   * `false`: no receipt is kept in this browser's IndexedDB (`history()` resolves to an
   * empty list); with `receiptEndpoint`, receipts are still sent there. Default `true`.
   */
  keepReceipts?: boolean;
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

/** The store's own events. */
export interface StoreEventMap {
  ready: CustomEvent<ConsentState>;
  change: CustomEvent<ConsentChangeDetail>;
}

/** The store's `addEventListener` and `removeEventListener`, typed for its own events. */
export interface StoreEvents {
  addEventListener<K extends keyof StoreEventMap>(
    type: K,
    listener: ((event: StoreEventMap[K]) => void) | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof StoreEventMap>(
    type: K,
    listener: ((event: StoreEventMap[K]) => void) | null,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
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
