import { css } from 'lit';

export const declarationStyles = css`
  /* Part of the page's text: its colours and font, not a box of its own; rules and
     header tints are drawn from the text colour, so they suit a light or a dark page. */
  :host {
    display: block;
    container-type: inline-size;
    --_rule: var(--consent-declaration-border, color-mix(in srgb, currentColor 60%, transparent));
    --_head: var(--consent-declaration-header-bg, color-mix(in srgb, currentColor 8%, transparent));
    color: inherit;
    font-family: inherit;
  }

  .purpose,
  .record {
    margin-block: var(--_space);
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 0 0.5rem;
    line-height: 1.25;
  }

  p {
    margin-block: 0 0.75rem;
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin-block: 0 0.75rem;
  }

  .facts div {
    display: contents;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
  }

  table {
    width: 100%;
    margin-block: 0 var(--_space);
    border-collapse: collapse;
    font-size: 0.9375em;
  }

  caption {
    padding-block: 0.25rem;
    font-weight: 600;
    text-align: start;
  }

  th,
  td {
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_rule);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  thead th {
    background: var(--_head);
  }

  /* Cookie and host names may break anywhere: a long one must not widen the table
     past its column (break-word would not let the column shrink). */
  code,
  .host {
    overflow-wrap: anywhere;
  }

  code {
    font-size: 0.9375em;
  }

  .button {
    width: auto;
  }

  /* On narrow columns each row is a small card of labelled lines, not a table row wider
     than the page. */
  @container (max-width: 36rem) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      display: none;
    }
    tr {
      margin-block-start: 0.5rem;
      border: 1px solid var(--_rule);
    }
    tbody th,
    td {
      border: 0;
    }
    tbody th {
      background: var(--_head);
    }
    td::before {
      content: attr(data-label) ' ';
      font-weight: 600;
    }
    .facts {
      grid-template-columns: 1fr;
    }
  }

  /* On paper: black on white, no button, rows kept whole. */
  @media print {
    :host {
      color: #000;
      --_rule: #000;
      --_head: #eee;
    }
    .button {
      display: none;
    }
    tr {
      break-inside: avoid;
    }
    a::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;
