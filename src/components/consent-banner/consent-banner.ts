import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { report } from '../../diagnostics/report.js';
import { ConsentController } from '../../controllers/consent-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { tokens } from '../shared.styles.js';
import { bannerStyles } from './consent-banner.styles.js';
import { findPreferencesLink, handFocusBack, noteReturnPoint } from '../focus.js';

/** Room left above (or below) the banner for a focused element's focus ring, in px. */
const FOCUS_ROOM = 8;

export type BannerPosition = 'bottom' | 'top' | 'center' | 'bottom-start' | 'bottom-end';

/**
 * The first layer of consent: shown while there is no valid decision, hidden after one.
 * "Accept all", "Reject all" and "Customize" are the same button, equally prominent.
 * Not modal by default: a labelled region over the page that keeps the document's
 * scroll padding in step with its height, so it never hides the focused element.
 *
 * @summary Cookie consent banner: Accept all, Reject all, Customize.
 *
 * @tagname consent-banner
 *
 * @attribute {string} lang - The language of its texts; else the nearest ancestor's `lang`, `<html lang>`, the browser's language, English.
 *
 * @slot - The message: what is collected, by whom, and a link to the privacy policy.
 * @slot title - The heading text (inline content).
 *
 * @csspart banner - The banner box (a `<dialog>` when modal).
 * @csspart title - The heading.
 * @csspart message - The message.
 * @csspart actions - The row of buttons.
 * @csspart button - Each of the three decision buttons.
 * @csspart accept-button - "Accept all".
 * @csspart reject-button - "Reject all".
 * @csspart customize-button - "Customize".
 * @csspart close-button - "Continue without accepting" (with `dismissible`).
 *
 * @cssprop [--consent-banner-bg=var(--consent-color-surface)] - Banner background.
 * @cssprop [--consent-banner-text=var(--consent-color-text)] - Banner text colour.
 * @cssprop [--consent-banner-max-width=60rem] - Widest the banner gets.
 * @cssprop [--consent-backdrop=rgb(0 0 0 / 0.5)] - Backdrop of the modal banner.
 * @cssprop [--consent-color-scheme=light dark] - The elements' `color-scheme`, which picks the default palette: `light` on a page without a dark theme, `dark` on one that forces it; `light dark` follows the visitor.
 * @cssprop [--consent-color-surface=#ffffff (dark: #1e1f24)] - Background of every element.
 * @cssprop [--consent-color-text=#1b1b1f (dark: #eceef4)] - Text colour.
 * @cssprop [--consent-color-accent=#0b57d0 (dark: #a8c7fa)] - Buttons and switches.
 * @cssprop [--consent-color-on-accent=#ffffff (dark: #062e6f)] - Text on the accent colour.
 * @cssprop [--consent-color-border=#6f6f78 (dark: #9a9aa4)] - Borders (≥ 3:1 on the surface).
 * @cssprop [--consent-color-focus=#0b57d0 (dark: #a8c7fa)] - Focus ring.
 * @cssprop [--consent-font-family=inherit] - Font.
 * @cssprop [--consent-font-size=1rem] - Base font size.
 * @cssprop [--consent-radius=0.5rem] - Corner radius.
 * @cssprop [--consent-spacing=1rem] - Padding and gaps.
 * @cssprop [--consent-shadow=0 0.25rem 1.5rem rgb(0 0 0 / 0.25)] - Shadow.
 * @cssprop [--consent-z-index=2147483000] - Stacking order.
 */
export class ConsentBanner extends LitElement {
  static override styles = [tokens, bannerStyles];

  // Declared without decorators: they cost bytes in every page's bundle.
  static override properties = {
    position: { reflect: true },
    modal: { type: Boolean, reflect: true },
    dismissible: { type: Boolean, reflect: true },
  };

  /** Where the banner sits: `bottom`, `top`, `center` (always modal), `bottom-start`, `bottom-end`. */
  position: BannerPosition = 'bottom';

  /** Blocks the page as a modal dialog until the visitor chooses. */
  modal = false;

  /** Adds a "Continue without accepting" control, which records a refusal. */
  dismissible = false;

  #consent = new ConsentController(this);
  #l10n = new LocaleController(this);
  /**
   * The scroll padding is written in a task of its own, not in the observer's callback:
   * the padding can make the page scroll, and a scrollbar that takes room narrows the
   * banner in the same frame, which browsers report as a ResizeObserver loop error.
   * (Not requestAnimationFrame: WebKit may not run a frame requested from here.)
   */
  #resize = new ResizeObserver(() => {
    clearTimeout(this.#resizeTimer);
    this.#resizeTimer = setTimeout(() => this.#syncScrollPadding());
  });
  #resizeTimer?: ReturnType<typeof setTimeout>;
  #padded: { property: string; previous: string }[] = [];
  /** The visitor closed the modal banner with Esc: it stays, as a plain region. */
  #escaped = false;
  #reopenChecked = false;

  get #box(): HTMLElement | null {
    return this.renderRoot.querySelector('.banner');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.#onFocusIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.#onFocusIn);
    this.#resize.disconnect();
    clearTimeout(this.#resizeTimer);
    this.#restoreScrollPadding();
  }

  get #visible(): boolean {
    return this.#consent.ready && !this.#consent.state.decided;
  }

  get #isModal(): boolean {
    return (this.modal || this.position === 'center') && !this.#escaped;
  }

  protected override willUpdate(): void {
    if (!this.#visible && this.matches(':focus-within')) handFocusBack();
    if (!this.#visible && this.#consent.ready && !this.#reopenChecked) {
      this.#reopenChecked = true;
      checkReopenLink();
    }
    this.hidden = !this.#visible;
  }

  protected override render() {
    if (!this.#visible) return nothing;
    const t = this.#l10n.t.bind(this.#l10n);
    // "Continue without accepting" sits beside the title, after it in focus and
    // reading order (the modal banner focuses its title first), before the message.
    const content = html`
      <div class="text">
        <h2 class="title" part="title" id="title" tabindex="-1" autofocus>
          <slot name="title" @slotchange=${this.#onSlotChange}>${t('consent.banner.title')}</slot>
        </h2>
        ${
          this.dismissible
            ? html`<button class="close" part="close-button" @click=${this.#reject}>
                ${t('consent.action.continue')}
              </button>`
            : nothing
        }
        <div class="message" part="message" id="message">
          <slot @slotchange=${this.#onSlotChange}></slot>${
            this.#hasMessage() ? nothing : t('consent.banner.message')
          }
        </div>
      </div>
      <div class="actions" part="actions">
        <button class="button" part="button accept-button" @click=${this.#accept}>
          ${t('consent.action.accept')}
        </button>
        <button class="button" part="button reject-button" @click=${this.#reject}>
          ${t('consent.action.reject')}
        </button>
        <button class="button" part="button customize-button" @click=${this.#customize}>
          ${t('consent.action.customize')}
        </button>
      </div>
    `;
    return this.#isModal
      ? html`<dialog
          class="banner"
          part="banner"
          aria-labelledby="title"
          aria-describedby="message"
          lang=${this.#l10n.lang}
          dir=${this.#l10n.dir}
          @close=${this.#onDialogClose}
        >
          ${content}
        </dialog>`
      : html`<section
          class="banner"
          part="banner"
          role="region"
          aria-labelledby="title"
          lang=${this.#l10n.lang}
          dir=${this.#l10n.dir}
        >
          ${content}
        </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const box = this.#box;
    this.#resize.disconnect();
    if (!box) {
      this.#restoreScrollPadding();
      return;
    }
    if (box instanceof HTMLDialogElement) {
      this.#restoreScrollPadding();
      // The title has autofocus: no choice is pre-selected.
      if (!box.open) box.showModal();
    }
    this.#resize.observe(box);
    this.#reportTexts();
  }

  // The receipt hashes the texts shown last: this banner's, even if a gate reported its
  // own since the banner rendered.
  #accept = () => {
    this.#reportTexts();
    this.#consent.store.acceptAll();
  };

  #reject = () => {
    this.#reportTexts();
    this.#consent.store.rejectAll();
  };
  #customize = () => this.#consent.store.openPreferences();

  /**
   * Esc closes the modal banner (browsers let visitors escape a modal dialog): that
   * grants nothing, and the question stays on screen as a plain, non-blocking region.
   */
  #onDialogClose = () => {
    if (!this.#visible) return;
    this.#escaped = true;
    this.requestUpdate();
    // Focus was in the dialog: it stays with the question, now a plain region.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.title')?.focus(),
    );
  };

  #onFocusIn = (event: FocusEvent) => {
    const from = event.relatedTarget;
    // Where focus was before it entered the banner, to put it back when the banner goes.
    if (from instanceof Element && !this.contains(from) && from !== this) noteReturnPoint(from);
  };

  /** Keeps the page's scroll padding in step with the banner (WCAG 2.4.11). */
  #syncScrollPadding(): void {
    const box = this.#box;
    // When the text scrolls inside the banner, keyboard users can scroll it too.
    const text = this.renderRoot.querySelector<HTMLElement>('.text');
    if (text) {
      const scrolls = text.scrollHeight > text.clientHeight + 1;
      if (scrolls) text.setAttribute('tabindex', '0');
      else text.removeAttribute('tabindex');
    }
    if (!box || box instanceof HTMLDialogElement) return;
    const side = this.position === 'top' ? 'top' : 'bottom';
    // What it covers from its edge of the viewport (a corner banner floats above the
    // edge), and a little more, so that a focus ring is not hidden either.
    const offset = parseFloat(getComputedStyle(box)[side]) || 0;
    const covered = box.getBoundingClientRect().height + offset;
    const height = `${Math.ceil(covered) + FOCUS_ROOM}px`;
    const root = document.documentElement.style;
    // Padding at the end of the page lets its last element scroll above a bottom banner;
    // at the top, it moves the page down once, so that its header is not hidden.
    const properties = [`scroll-padding-${side}`, `padding-${side}`];
    if (!this.#padded.length) {
      this.#padded = properties.map((property) => ({
        property,
        previous: root.getPropertyValue(property),
      }));
    }
    for (const { property } of this.#padded) root.setProperty(property, height);
  }

  #restoreScrollPadding(): void {
    const root = document.documentElement.style;
    for (const { property, previous } of this.#padded) {
      if (previous) root.setProperty(property, previous);
      else root.removeProperty(property);
    }
    this.#padded = [];
  }

  /**
   * Whether the author gave a message. The default text is rendered beside the slot,
   * not as its fallback: a line break between the tags would hide a fallback.
   */
  #hasMessage(): boolean {
    return [...this.childNodes].some((node) =>
      node instanceof Element
        ? !node.slot
        : node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim(),
    );
  }

  #onSlotChange = () => {
    this.requestUpdate();
    this.#reportTexts();
  };

  /** Tells the store the texts shown, for the receipt's hash. */
  #reportTexts = () => {
    const root = this.renderRoot;
    const texts = [...root.querySelectorAll<HTMLElement>('.title, .message')].map((box) => {
      const slot = box.querySelector('slot')!;
      const own = slot
        .assignedNodes({ flatten: true })
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      return own || (box.textContent ?? '').trim();
    });
    texts.push(...[...root.querySelectorAll('button')].map((b) => b.textContent!.trim()));
    this.#consent.port.setShownTexts(this.#l10n.lang, texts);
  };
}

/**
 * Once the banner has had its answer, the visitor must be able to change it from this
 * page (COMPLIANCE 15): the page needs a `[data-consent-open]` link or button.
 */
function checkReopenLink(): void {
  if (findPreferencesLink()) return;
  report('warn', 'W13');
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBanner;
  }
}
