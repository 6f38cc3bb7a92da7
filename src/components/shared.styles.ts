import { css } from 'lit';

/**
 * Theme tokens shared by every element. Each public `--consent-*` property falls back
 * to a light or dark default; the private `--_*` ones are what the styles read. One
 * level of indirection, no more. The default palette follows the elements'
 * `color-scheme` (`--consent-color-scheme`, `light dark` by default, so the visitor's
 * preference): a page that sets it to `light` keeps light elements in dark mode. Browsers
 * without `light-dark()` follow `prefers-color-scheme` only.
 *
 * Defaults meet WCAG 2.2 AA in both schemes: text ≥ 4.5:1 on the surface, buttons'
 * text ≥ 4.5:1 on the button, borders and switch parts ≥ 3:1.
 */
export const tokens = css`
  :host {
    --_font: var(--consent-font-family, inherit);
    --_font-size: var(--consent-font-size, 1rem);
    --_surface: var(--consent-color-surface, #ffffff);
    --_text: var(--consent-color-text, #1b1b1f);
    --_accent: var(--consent-color-accent, #0b57d0);
    --_on-accent: var(--consent-color-on-accent, #ffffff);
    --_border: var(--consent-color-border, #6f6f78);
    --_focus: var(--consent-color-focus, #0b57d0);
    --_radius: var(--consent-radius, 0.5rem);
    --_space: var(--consent-spacing, 1rem);
    --_shadow: var(--consent-shadow, 0 0.25rem 1.5rem rgb(0 0 0 / 0.25));
    --_z: var(--consent-z-index, 2147483000);
    color-scheme: var(--consent-color-scheme, light dark);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_surface: var(--consent-color-surface, #1e1f24);
      --_text: var(--consent-color-text, #eceef4);
      --_accent: var(--consent-color-accent, #a8c7fa);
      --_on-accent: var(--consent-color-on-accent, #062e6f);
      --_border: var(--consent-color-border, #9a9aa4);
      --_focus: var(--consent-color-focus, #a8c7fa);
    }
  }

  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_surface: var(--consent-color-surface, light-dark(#ffffff, #1e1f24));
      --_text: var(--consent-color-text, light-dark(#1b1b1f, #eceef4));
      --_accent: var(--consent-color-accent, light-dark(#0b57d0, #a8c7fa));
      --_on-accent: var(--consent-color-on-accent, light-dark(#ffffff, #062e6f));
      --_border: var(--consent-color-border, light-dark(#6f6f78, #9a9aa4));
      --_focus: var(--consent-color-focus, light-dark(#0b57d0, #a8c7fa));
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  * {
    box-sizing: border-box;
  }

  /*
   * Every decision button is the same element with the same style (CNIL, EDPB): same
   * size, weight, colours and border. Themes restyle them all at once through
   * ::part(button).
   */
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
    text-align: center;
    /* Whatever the page sets, labels break between words only. */
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }

  .button:hover {
    filter: brightness(1.08);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  a {
    color: inherit;
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** Visually hidden but read by screen readers (status messages). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
