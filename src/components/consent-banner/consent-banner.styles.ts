import { css } from '../element.js';

export const bannerStyles = css`
  :host {
    display: contents;
  }

  .banner {
    position: fixed;
    z-index: var(--_z);
    inset-inline: 0;
    bottom: 0;
    margin: 0 auto;
    width: 100%;
    max-width: var(--consent-banner-max-width, 60rem);
    /* Never the whole screen (the focused element must stay visible above it): the
       text scrolls inside, the buttons stay in view. */
    max-height: 80dvh;
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    background: var(--consent-banner-bg, var(--_surface));
    color: var(--consent-banner-text, var(--_text));
    border: 1px solid var(--_border);
    border-radius: var(--_radius) var(--_radius) 0 0;
    box-shadow: var(--_shadow);
    /* Its width never depends on its content: a size container for the buttons. */
    container-type: inline-size;
  }

  .banner.top {
    top: 0;
    bottom: auto;
    border-radius: 0 0 var(--_radius) var(--_radius);
  }

  .banner.bottom-start,
  .banner.bottom-end {
    bottom: var(--_space);
    max-width: min(26rem, calc(100% - 2 * var(--_space)));
    max-height: min(80dvh, calc(100dvh - 2 * var(--_space)));
    border-radius: var(--_radius);
  }

  .banner.bottom-start {
    inset-inline: var(--_space) auto;
  }

  .banner.bottom-end {
    inset-inline: auto var(--_space);
  }

  dialog.banner {
    inset: 0;
    margin: auto;
    max-width: min(36rem, calc(100% - 2 * var(--_space)));
    max-height: calc(100dvh - 2 * var(--_space));
    height: fit-content;
    border-radius: var(--_radius);
  }

  dialog.banner:not([open]) {
    display: none;
  }

  dialog.banner.top {
    margin-top: 0;
  }

  dialog.banner.bottom {
    margin-bottom: 0;
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }

  dialog.banner::backdrop {
    background: var(--consent-backdrop, rgb(0 0 0 / 0.5));
  }

  .text {
    min-height: 0;
    overflow-wrap: break-word;
    overflow-y: auto;
    overscroll-behavior: contain;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.5rem;
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .title:focus {
    outline: none;
  }

  .message {
    grid-column: 1 / -1;
    margin: 0;
  }

  /* On a short viewport (a phone held sideways, 400 % zoom: 320×256) the text would
     get no room above the buttons: the whole banner scrolls instead. */
  @media (max-height: 30rem) {
    .banner {
      padding: calc(var(--_space) * 0.75);
      overflow-y: auto;
      overscroll-behavior: contain;
    }

    .text {
      flex: none;
      overflow: visible;
    }
  }

  /* Equal buttons: equal columns, which wrap together on narrow screens; a button
     alone on a row keeps the same width as the others. */
  .actions {
    display: grid;
    flex: none;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
    gap: 0.5rem;
  }

  .actions .button {
    padding-inline: 0.75rem;
  }

  /* A phone (320–360 px): side by side, "Personnaliser" would overflow its half and
     most languages' "Accept all" would wrap. One column of equal buttons instead. */
  @container (max-width: 21rem) {
    .actions {
      grid-template-columns: 1fr;
    }
  }

  .close {
    align-self: start;
    max-width: 12rem;
    font: inherit;
    font-size: 0.875em;
    min-height: 1.5rem;
    padding: 0.25rem 0.5rem;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
`;
