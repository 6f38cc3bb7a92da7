import { css } from 'lit';

export const gateStyles = css`
  :host {
    display: block;
    position: relative;
    /* Space is reserved before loading, so that loading shifts nothing. */
    aspect-ratio: var(--consent-gate-aspect-ratio, var(--_ratio, auto));
    min-height: var(--consent-gate-min-height, 12rem);
    contain: layout paint;
  }

  :host([chat]) {
    display: inline-block;
    aspect-ratio: auto;
    min-height: 0;
    contain: none;
  }

  .placeholder {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--consent-gate-bg, var(--_surface));
    color: var(--consent-gate-text, var(--_text));
  }

  .visual {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    overflow: hidden;
    border-radius: inherit;
    color: var(--_border);
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
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .actions .button {
    flex: 1 1 8rem;
  }

  :host([chat]) .placeholder {
    position: static;
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    max-width: 22rem;
    box-shadow: var(--_shadow);
  }

  :host([chat]) .placeholder p {
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

  .content::slotted(iframe) {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
  }

  [hidden] {
    display: none !important;
  }
`;
