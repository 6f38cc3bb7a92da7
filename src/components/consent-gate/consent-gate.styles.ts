import { css } from '../element.js';

export const gateStyles = css`
  /* Space is reserved before loading, so that loading shifts nothing: the content's
     shape, or taller when the placeholder's text needs it (a grid, so that the
     placeholder fills the box and the box grows with it). */
  :host {
    display: grid;
    position: relative;
    max-width: 100%;
    aspect-ratio: var(--consent-gate-aspect-ratio, var(--_ratio, auto));
    contain: layout;
  }

  /* A chat launcher and a payment button are small blocks of the page, not boxes of a
     video's shape. */
  :host(:state(compact)) {
    display: inline-grid;
    aspect-ratio: auto;
    contain: none;
  }

  /* The placeholder and the live content share one grid cell. Once loaded, the
     placeholder stays in the layout, invisible, so the box keeps its size: loading
     never shifts the page (on a phone, where the placeholder's text is taller than the
     content's shape, the player shows bars above and below its picture instead). */
  .placeholder {
    grid-area: 1 / 1;
    position: relative;
    display: grid;
    place-items: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--consent-gate-bg, color-mix(in srgb, var(--_accent) 10%, var(--_surface)));
    color: var(--consent-gate-text, var(--_text));
  }

  /* A floor for the placeholder's height that still lets it grow with its text (an
     explicit min-height would stop the box from growing past the shape). */
  .placeholder::before {
    content: '';
    grid-area: 1 / 1;
    min-height: var(--consent-gate-min-height, 12rem);
  }

  .panel {
    grid-area: 1 / 1;
  }

  .placeholder[inert] {
    visibility: hidden;
  }

  .content::slotted(*) {
    grid-area: 1 / 1;
  }

  .visual {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    overflow: hidden;
    border-radius: inherit;
  }

  ::slotted([slot='placeholder']) {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .panel {
    position: relative;
    max-width: 32rem;
    margin: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--consent-gate-panel-bg, var(--_surface));
    box-shadow: var(--_shadow);
  }

  .panel p {
    margin: 0 0 0.75rem;
  }

  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
    gap: 0.5rem;
  }

  :host(:state(compact)) .placeholder::before {
    display: none;
  }

  :host(:state(compact)) .placeholder {
    justify-items: start;
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    max-width: 22rem;
    box-shadow: var(--_shadow);
  }

  :host(:state(compact)) ::slotted([slot='placeholder']) {
    width: auto;
    height: auto;
    max-width: 100%;
    max-height: 4rem;
  }

  /* Where the launcher was: a box of its own, readable over whatever the page puts
     behind a launcher (often fixed in a corner, over the content). */
  .chat-status {
    grid-area: 1 / 1;
    align-self: center;
    margin: 0;
    padding: 0.75rem;
    font-size: 0.875em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--consent-gate-panel-bg, var(--_surface));
    color: var(--consent-gate-text, var(--_text));
  }

  :host(:state(compact)) .placeholder p {
    margin: 0;
    font-size: 0.875em;
  }

  .link-button {
    justify-self: start;
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  /* A template's iframe, slotted; the src iframe, the gate's own. */
  .content::slotted(iframe),
  iframe {
    grid-area: 1 / 1;
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
  }
`;
