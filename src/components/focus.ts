/**
 * Focus hand-back shared by the banner and the dialog, for when the element that had
 * focus goes away and the one focused before it is gone too.
 */

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Focuses the page's first preferences link (`[data-consent-open]`), where the visitor
 * can change the choice just made, without scrolling the page to it: a link far down
 * the page must not carry the visitor away from what they were reading. Without one,
 * focus goes back to the page.
 */
export function focusPreferencesLink(): void {
  const link = findPreferencesLink();
  link?.focus({ preventScroll: true });
  if (!link || deepActiveElement() !== link) deepActiveElement()?.blur();
}

/**
 * The page's first `[data-consent-open]` element, in the document or in any open
 * shadow root (a footer may be a component of its own: clicks there open the dialog
 * too, see define.ts).
 */
export function findPreferencesLink(root: ParentNode = document): HTMLElement | null {
  const found = root.querySelector<HTMLElement>('[data-consent-open]');
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && findPreferencesLink(element.shadowRoot);
    if (inner) return inner;
  }
  return null;
}
