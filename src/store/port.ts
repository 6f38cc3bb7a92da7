import type { ConsentConfig, ConsentMethod, ConsentState, Receipt } from './types.js';
import type { Registry, ServiceInfo } from './registry.js';

/**
 * The store's one internal interface (not public API), for what the library builds
 * around it: the elements, the loader and the integrations (blocked scripts, receipts,
 * Google Consent Mode). A site calls the public methods of `consent`; the library's own
 * parts reach the rest through `portOf(consent)`.
 *
 * It is kept under a `Symbol.for` key, so that the elements of a second copy of the
 * library on the page find the first copy's store and its port. This is no security
 * boundary: a hostile script on the page could write the consent cookie itself.
 */
export interface Port {
  /** The known purposes. */
  readonly registry: Registry;
  /** The validated configuration in force (without `texts`). */
  readonly config: Readonly<ConsentConfig>;
  /** Each `texts` the configuration gave, in order, as given (src/localization/site-texts.ts validates them). */
  readonly texts: readonly unknown[];
  /** This browser's consent id (in the cookie and the receipts), once it has decided. */
  consentId(): string | null;
  /** Whether an id is granted now, without registering an unknown one. */
  isGranted(id: string): boolean;
  /**
   * The elements' own decisions, in answer to the visitor's action: the dialog's Save
   * (`custom`, `replaceServices`: the services named are the only ones decided on their
   * own) and a gate's "Always allow" (`gate`, which does not answer the banner unless a
   * decision already exists). A GPC signal does not stop them granting.
   */
  decide(
    choices: Record<string, boolean>,
    method: 'custom' | 'gate',
    options?: { replaceServices?: boolean },
  ): void;
  /** The texts and language the visitor is shown, for the next receipt's hash. */
  setShownTexts(locale: string, texts: string[]): void;
  /** Registers a category, or a service of a category, that the page uses. */
  reference(categoryId: string, serviceId?: string, info?: ServiceInfo): void;
  /** Calls `listener` once per task after any change of the state, registrations included. */
  subscribe(listener: () => void): () => void;
  /** What whoever wires the page's store (src/page-store.ts, src/loader.ts) plugs in. */
  readonly hooks: Hooks;
}

/** A decision just recorded (or a withdrawal), for its receipt. */
export interface Decision {
  id: string;
  decidedAt: number;
  method: ConsentMethod | 'withdraw';
  /** The state it leaves (its revision, its GPC signal). */
  state: ConsentState;
  /** The texts the visitor was shown and their language, for the receipt's hash (null: none reported). */
  shown: { locale: string; texts: string[] } | null;
  /** The purposes known, whose English texts stand for what was shown when nothing was reported. */
  registry: Registry;
  receiptEndpoint?: string;
}

export interface Hooks {
  /** Run once the configuration is applied, before `ready`: e.g. registering the ids of blocked scripts. */
  start: Set<() => void>;
  /** Run when the store stops listening to the page (tests create many stores). */
  stop: Set<() => void>;
  /** Run for each decision recorded, before any `consent-change` listener. */
  decision: Set<(decision: Decision) => void>;
  /** Answers `history()`; without it there are no receipts. */
  history?: () => Promise<Receipt[]>;
  /** Opens the preference dialog; without it `openPreferences()` warns. */
  preferences?: (focusId?: string) => void;
}

export const PORT = Symbol.for('consent-elements.port');

/** The port of a store (of this copy of the library or another). */
export function portOf(store: object): Port {
  return (store as { [PORT]: Port })[PORT];
}
