import { report } from '../../diagnostics/report.js';
import { ConsentController } from '../../controllers/consent-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { UiElement, tokens, h, setText } from '../element.js';
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
 * @cssstate shown - The banner is on screen: no valid decision, and its texts are ready. It writes
 *   nothing on its host, so a framework's hydration finds the host as rendered.
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
export class ConsentBanner extends UiElement {
  static override styles = tokens + bannerStyles;
  static override observedAttributes = ['position', 'modal', 'dismissible'];
  static override properties = ConsentBanner.observedAttributes;

  // The attributes are the state: a property writes its attribute, and a default is
  // not written onto the host (a server-rendered page keeps the markup it sent).
  /** Where the banner sits: `bottom`, `top`, `center` (always modal), `bottom-start`, `bottom-end`. */
  get position(): BannerPosition {
    return (this.getAttribute('position') || 'bottom') as BannerPosition;
  }

  set position(value: BannerPosition) {
    this.setAttribute('position', value);
  }

  /** Blocks the page as a modal dialog until the visitor chooses. */
  get modal(): boolean {
    return this.hasAttribute('modal');
  }

  set modal(value: boolean) {
    this.toggleAttribute('modal', !!value);
  }

  /** Adds a "Continue without accepting" control, which records a refusal. */
  get dismissible(): boolean {
    return this.hasAttribute('dismissible');
  }

  set dismissible(value: boolean) {
    this.toggleAttribute('dismissible', !!value);
  }

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
  /** The rendered box, and what its structure was built for. */
  #box?: HTMLElement;
  #built = '';

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

  /** Shown while there is no valid decision, once the site's own texts (if any) are there. */
  get #visible(): boolean {
    return this.#consent.ready && !this.#consent.state.decided && !this.#l10n.pending;
  }

  get #isModal(): boolean {
    return (this.modal || this.position === 'center') && !this.#escaped;
  }

  protected update(): void {
    const visible = this.#visible;
    if (!visible && this.matches(':focus-within')) handFocusBack();
    if (this.#consent.ready && this.#consent.state.decided && !this.#reopenChecked) {
      this.#reopenChecked = true;
      checkReopenLink();
    }
    this.state('shown', visible);
    this.#resize.disconnect();
    const shape = visible ? `${this.#isModal} ${this.dismissible}` : '';
    if (shape !== this.#built) {
      this.#built = shape;
      this.#box?.remove();
      this.#box = shape ? this.#build() : undefined;
    }
    const box = this.#box;
    if (!box) {
      this.#restoreScrollPadding();
      return;
    }
    this.#fill(box);
    if (box instanceof HTMLDialogElement) {
      this.#restoreScrollPadding();
      // The title has autofocus: no choice is pre-selected.
      if (!box.open) box.showModal();
    }
    this.#resize.observe(box);
    this.#reportTexts();
  }

  /**
   * The banner's structure: a modal `<dialog>` or a labelled region. "Continue without
   * accepting" sits beside the title, after it in focus and reading order (the modal
   * banner focuses its title first), before the message. Texts are filled in by #fill.
   */
  #build(): HTMLElement {
    const modal = this.#isModal;
    const button = (name: string, onclick: () => void) =>
      h('button', { class: 'button', part: `button ${name}-button`, onclick });
    const box = h(
      modal ? 'dialog' : 'section',
      {
        class: 'banner',
        part: 'banner',
        role: modal ? undefined : 'region',
        'aria-labelledby': 'title',
        'aria-describedby': modal ? 'message' : undefined,
        onclose: modal ? this.#onDialogClose : undefined,
      },
      h(
        'div',
        { class: 'text' },
        h(
          'h2',
          { class: 'title', part: 'title', id: 'title', tabindex: '-1', autofocus: true },
          h('slot', { name: 'title', onslotchange: this.#onSlotChange }),
        ),
        this.dismissible &&
          h('button', { class: 'close', part: 'close-button', onclick: this.#reject }),
        h(
          'div',
          { class: 'message', part: 'message', id: 'message' },
          h('slot', { onslotchange: this.#onSlotChange }),
          '',
        ),
      ),
      h(
        'div',
        { class: 'actions', part: 'actions' },
        button('accept', this.#accept),
        button('reject', this.#reject),
        button('customize', this.#customize),
      ),
    );
    this.renderRoot.append(box);
    return box;
  }

  /** Writes the texts, the language and the position into the built banner. */
  #fill(box: HTMLElement): void {
    const t = this.#l10n.t.bind(this.#l10n);
    box.lang = this.#l10n.lang;
    box.dir = this.#l10n.dir;
    box.className = `banner ${this.position}`;
    const [title, message] = box.querySelectorAll('slot');
    setText(title, t('consent.banner.title'));
    // The default message is rendered beside the slot, not as its fallback: a line
    // break between the tags would hide a fallback.
    setText(message.nextSibling!, this.#hasMessage() ? '' : t('consent.banner.message'));
    const labels = ['continue', 'accept', 'reject', 'customize'] as const;
    for (const label of labels) {
      const button = box.querySelector(`[part~=${label === 'continue' ? 'close' : label}-button]`);
      if (button) setText(button, t(`consent.action.${label}`));
    }
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
    const text = box?.querySelector<HTMLElement>('.text');
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

  /** Whether the author gave a message. */
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
