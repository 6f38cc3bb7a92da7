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
 * Focuses the page's first preferences link (`[data-consent-open]`) when it is on
 * screen; otherwise lets focus go back to the page without moving it anywhere (the next
 * Tab continues from where the banner or dialog was): focusing a link far down the page
 * would scroll the visitor away from what they were reading.
 */
export function focusNearbyPreferencesLink(): void {
  const link = document.querySelector<HTMLElement>('[data-consent-open]');
  const box = link?.getBoundingClientRect();
  if (link && box && box.bottom > 0 && box.top < innerHeight && box.height > 0) {
    link.focus();
    if (deepActiveElement() === link) return;
  }
  deepActiveElement()?.blur();
}
