import { css } from 'lit';

export const preferencesStyles = css`
  :host {
    display: contents;
  }

  dialog {
    width: min(40rem, calc(100% - 1rem));
    max-width: var(--consent-dialog-max-width, 40rem);
    max-height: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--consent-dialog-bg, var(--_surface));
    color: var(--consent-dialog-text, var(--_text));
    box-shadow: var(--_shadow);
    overflow: hidden;
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
  }

  dialog::backdrop {
    background: var(--consent-backdrop, rgb(0 0 0 / 0.5));
  }

  .header,
  .footer {
    padding: var(--_space);
    display: flex;
    gap: 0.5rem;
  }

  .header {
    align-items: center;
    justify-content: space-between;
    border-bottom: 1px solid var(--_border);
  }

  .footer {
    display: grid;
    align-items: stretch;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    border-top: 1px solid var(--_border);
  }

  .body {
    /* Positioned, so that visually hidden headings and captions stay inside its
       scroll area instead of making the dialog itself scroll. */
    position: relative;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0 var(--_space) 0.5rem;
    /* Room for the focus ring of what Tab scrolls into view. */
    scroll-padding-block: 0.75rem;
  }

  /* On a short and narrow viewport (400 % zoom: 320×256) a fixed header and a footer
     of stacked buttons would leave the purposes no room: the whole dialog scrolls
     instead. Wider (200 % zoom: 640×400), the footer is one row and stays in view. */
  @media (max-height: 30rem) and (max-width: 35rem) {
    dialog[open] {
      display: block;
      overflow-y: auto;
      overscroll-behavior: contain;
      scroll-padding-block: 0.75rem;
    }

    .body {
      overflow: visible;
      overscroll-behavior: auto;
    }
  }

  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  h3,
  h4 {
    margin: 0;
    font-size: 1em;
  }

  p {
    margin: 0.75em 0;
  }

  .close {
    flex: none;
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    cursor: pointer;
  }

  .notice {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
  }

  .category {
    padding: var(--_space) 0;
    border-top: 1px solid var(--_border);
  }

  .category:first-of-type {
    border-top: 0;
  }

  .row {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    justify-content: space-between;
  }

  .row .heading,
  .row label,
  .service-name {
    flex: 1;
    min-width: 0;
    cursor: pointer;
  }

  .services-on {
    font-weight: 600;
  }

  /* Under the purpose's name, not beside it: a long name and "Always on" side by side
     would leave the switch no room at 320 px. */
  .always-on {
    display: block;
    font-size: 0.875em;
    font-weight: 600;
  }

  .services {
    margin: 0.5rem 0 0;
    padding-block: 0;
    padding-inline: var(--_space) 0;
    list-style: none;
    border-inline-start: 2px solid var(--_border);
  }

  .services li {
    padding: 0.5rem 0;
  }

  .services p {
    margin: 0.25rem 0;
    font-size: 0.9375em;
  }

  /* A switch: a real checkbox with role="switch", drawn so that on and off differ in
     shape (the knob's side and a check mark), not only in colour. */
  input[role='switch'] {
    appearance: none;
    flex: none;
    position: relative;
    width: 3rem;
    height: 1.75rem;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 1rem;
    background: var(--_surface);
    cursor: pointer;
  }

  input[role='switch']::before {
    content: '';
    position: absolute;
    top: 0.1875rem;
    inset-inline-start: 0.1875rem;
    width: 1.125rem;
    height: 1.125rem;
    border-radius: 50%;
    background: var(--_border);
    transition: inset-inline-start 0.15s ease;
  }

  input[role='switch']:checked {
    border-color: var(--_accent);
    background: var(--_accent);
  }

  /* The knob moves to the inline end: the right, or the left in right-to-left languages. */
  input[role='switch']:checked::before {
    inset-inline-start: 1.4375rem;
    background: var(--_on-accent);
  }

  input[role='switch']:checked::after {
    content: '';
    position: absolute;
    top: 0.4375rem;
    inset-inline-start: 0.625rem;
    width: 0.3rem;
    height: 0.6rem;
    border: solid var(--_on-accent);
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }

  input[role='switch']:disabled {
    cursor: not-allowed;
    opacity: 1;
  }

  details {
    margin-top: 0.5rem;
  }

  summary {
    cursor: pointer;
    min-height: 1.5rem;
  }

  .table-wrap {
    overflow-x: auto;
  }

  table {
    width: 100%;
    margin-top: 0.5rem;
    border-collapse: collapse;
    font-size: 0.875em;
  }

  th,
  td {
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }

  /* On narrow screens each cookie is a small card of labelled lines, not a table row
     wider than the screen. */
  @media (max-width: 32rem) {
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    thead {
      display: none;
    }
    tr {
      margin-top: 0.5rem;
      border: 1px solid var(--_border);
    }
    td {
      border: 0;
    }
    td::before {
      content: attr(data-label) ' ';
      font-weight: 600;
    }
    /* A cookie name is a long token with no place to break. In the table above, the
       name column is as wide as its longest name instead (the table scrolls sideways
       before a name breaks). */
    td:first-child {
      overflow-wrap: anywhere;
    }
  }

  @media (forced-colors: active) {
    input[role='switch'] {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: Canvas;
    }
    input[role='switch']::before {
      background: ButtonText;
    }
    input[role='switch']:checked {
      background: Highlight;
      border-color: Highlight;
    }
    input[role='switch']:checked::before {
      background: HighlightText;
    }
    input[role='switch']:checked::after {
      border-color: HighlightText;
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
