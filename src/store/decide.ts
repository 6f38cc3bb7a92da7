/**
 * The key of the store's method for the elements' own decisions (the dialog's Save, a
 * gate's "Always allow"): a symbol, so that it is no part of the API a site calls.
 * `Symbol.for`, so that the elements of a second copy of the library find the method
 * on the first copy's store.
 */
export const DECIDE: unique symbol = Symbol.for('consent-elements.decide');
