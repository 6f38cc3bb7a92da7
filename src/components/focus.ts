import { findDeep } from '../loader.js';

/**
 * Focus hand-back shared by the banner and the dialog, for when the element that had
 * focus goes away.
 */

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Where focus was before it entered the banner (the dialog may need it once the banner has gone). */
let returnPoint: HTMLElement | null = null;

export function noteReturnPoint(element: Element | null): void {
  if (element instanceof HTMLElement) returnPoint = element;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Gives focus back after the banner or the dialog went away with it: to `preferred`
 * (the dialog's opener), else to where it was before the banner took it, else to the
 * page's first focusable element, without scrolling the page to it, so that the next
 * Tab continues from the top of the page and the visitor is not carried away from what
 * they were reading.
 */
export function handFocusBack(preferred?: HTMLElement | null): void {
  for (const target of [preferred, returnPoint]) {
    if (!target?.isConnected) continue;
    target.focus();
    if (deepActiveElement() === target) {
      returnPoint = null;
      return;
    }
  }
  const first = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
    (element) => element.checkVisibility() && !element.closest('[inert]'),
  );
  first?.focus({ preventScroll: true });
  if (!first || deepActiveElement() !== first) deepActiveElement()?.blur();
  // WebKit scrolls to a focused element from a zero-delay timer that a focus() without
  // `preventScroll` started (on a banner button, say), and scrolls to whichever element
  // has focus when it fires: this one, if it fires now. Scrolling the page to where it
  // already is cancels that pending scroll (WebKit's LocalFrameView::cancelScheduledScrolls).
  scrollTo(scrollX, scrollY);
}

/**
 * The page's first `[data-consent-open]` element, in the document or in any open
 * shadow root (a footer may be a component of its own: clicks there open the dialog
 * too, see src/loader.ts).
 */
export function findPreferencesLink(): HTMLElement | null {
  return findDeep('[data-consent-open]');
}
