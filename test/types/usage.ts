/**
 * Type test, checked by `tsc --noEmit -p tsconfig.json` (`npm run typecheck`), never
 * run: what a TypeScript user of the package gets from its types. The imports are the
 * sources lib/index.d.ts is emitted from (lib/ exists only after a build).
 */
import {
  consent,
  type ConsentBanner,
  type ConsentChangeDetail,
  type ConsentGate,
  type ConsentPreferences,
  type ConsentState,
  type ConsentStore,
  type GateLoadDetail,
} from '../../src/index.js';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when the type of `value` is exactly `Expected`. */
const exactly =
  <Expected>() =>
  <Actual>(_value: Actual & (Equal<Actual, Expected> extends true ? unknown : never)): void => {};

// Typed elements: the tag name map knows the three elements.
const gate = document.querySelector('consent-gate');
exactly<ConsentGate | null>()(gate);
exactly<ConsentBanner>()(document.createElement('consent-banner'));
exactly<ConsentPreferences | null>()(document.querySelector('consent-preferences'));
document.querySelector('consent-preferences')?.show('analytics') satisfies void | undefined;
gate?.category satisfies string | undefined;

// Typed events on document, and the gate's event.
document.addEventListener('consent-change', (event) => {
  event.detail satisfies ConsentChangeDetail;
  event.detail.state.decided satisfies boolean;
  event.detail.changed satisfies string[];
});
document.addEventListener('consent-ready', (event) => {
  exactly<ConsentState>()(event.detail);
});
gate?.addEventListener('consent-gate-load', (event) => {
  exactly<CustomEvent<GateLoadDetail>>()(event);
});

// The store.
consent satisfies ConsentStore;
consent.ready satisfies Promise<ConsentState>;
consent.granted('analytics') satisfies boolean;
consent.addEventListener('change', (event) => {
  event.detail.method satisfies ConsentChangeDetail['method'];
});

// @ts-expect-error: an unknown element is a plain Element, with no `category`.
document.querySelector('consent-nothing')!.category;
// @ts-expect-error: the detail of consent-change is typed, `decided` is a boolean.
document.addEventListener('consent-change', (event) => event.detail.state.decided.toFixed());
// @ts-expect-error: the check above can fail: a gate is not a banner.
exactly<ConsentBanner | null>()(gate);
