import { report } from './diagnostics/report.js';

/** Marks the element classes of any copy of this library. */
const OURS = Symbol.for('consent-elements.element');
type Mark = { [OURS]?: boolean };

/**
 * The one place where elements are defined: each only if no copy of the library defined
 * it first. A name another script took is reported: that element will not work.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  // Server-side rendering (Node): nothing to define.
  if (typeof customElements === 'undefined') return;
  const defined = customElements.get(name) as (CustomElementConstructor & Mark) | undefined;
  if (!defined) {
    (element as CustomElementConstructor & Mark)[OURS] = true;
    customElements.define(name, element);
  } else if (!defined[OURS]) {
    // Another script took the name first: the page's <consent-banner> is not ours.
    report('error', 'E46', name);
  }
}

/** Whether the element defined under `name` is this library's (of any copy). */
export function isOurs(name: string): boolean {
  return !!(customElements.get(name) as Mark | undefined)?.[OURS];
}
