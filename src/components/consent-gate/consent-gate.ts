import { report } from '../../diagnostics/report.js';
import { ConsentController } from '../../controllers/consent-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { purposeText } from '../../localization/purpose-text.js';
import { addEnglish } from '../../localization/locales.js';
import { templates as english } from '../../generated/locales/en-gate.js';
import { privacyPolicy } from '../../store/shown.js';
import { safeUrl } from '../../store/config.js';
import type { ConsentChangeDetail } from '../../store/types.js';
import { UiElement, tokens, h, setAttr } from '../element.js';
import { gateStyles } from './consent-gate.styles.js';
import { findProvider, hostLabel, type Provider } from './providers.js';
import { cancel, unwatch, watch, whenNear } from './proximity.js';
import type { Content } from './content.js';

// The English of this element's texts comes with its code (the banner's is built in).
addEnglish(english);

/** The code that builds content could not be fetched, and the console said so (E64). */
let missingContentCode = false;

/** What a gate's placeholder shows (ConsentGate#view). */
interface GateView {
  lang: string;
  dir: string;
  kind: 'chat' | 'payment' | '';
  single: boolean;
  loaded: boolean;
  policy?: string;
  policyText?: string;
  allowLabel: string;
  allow: string;
  message: string;
  loadLabel?: string;
  load: string;
  status: string;
}

export interface GateLoadDetail {
  category: string;
  service: string | null;
}

/**
 * A click-to-load placeholder for third-party content (videos, maps, chat, social
 * posts). The real content is the gate's `<template>` child, or one iframe from `src`;
 * nothing of it exists, and nothing reaches the provider, until the visitor opts in:
 * "Load once" (this gate, nothing stored) or "Always allow" (the category, or the
 * service with `service`). Consent arriving by any route loads it at once, once the
 * code that builds content has arrived (unless `on-request`: then only the visitor's
 * click on it does); withdrawing removes it again.
 * A chat launcher and a payment button (Crisp, Intercom, Tawk.to, Stripe, PayPal, or a
 * gate of purpose `chat` or `payment`) are small launchers, not boxes of a video's shape.
 *
 * @summary Click-to-load placeholder for embedded third-party content.
 *
 * @tagname consent-gate
 *
 * @attribute {string} lang - The language of its texts; else the nearest ancestor's `lang`, `<html lang>`, the browser's language, English.
 *
 * @slot - The `<template>` holding the real content (its clone is shown once loaded).
 * @slot placeholder - Replaces the placeholder's visual, e.g. a poster image hosted by the site.
 *
 * @cssstate compact - A chat launcher or a payment button: a small inline block, not a box of a
 *   content's shape.
 *
 * @csspart content - The iframe that `src` loads (in the shadow root; a template's content is the gate's children).
 * @csspart placeholder - The placeholder box.
 * @csspart message - The text naming the content, provider and purpose.
 * @csspart policy-link - The link to the provider's privacy policy.
 * @csspart button - Both buttons.
 * @csspart load-button - "Load once"; "Chat with us" for a chat, "Pay with …" for a payment; "Load" on request once allowed.
 * @csspart allow-button - "Always allow".
 *
 * @cssprop [--consent-gate-aspect-ratio] - Reserved shape before loading (default: from the template iframe's width/height, 16 / 9 for `src`).
 * @cssprop [--consent-gate-min-height=12rem] - Smallest height of the placeholder.
 * @cssprop [--consent-gate-bg=color-mix(in srgb, var(--consent-color-accent) 10%, var(--consent-color-surface))] - Placeholder background (a tint of the accent).
 * @cssprop [--consent-gate-text=var(--consent-color-text)] - Placeholder text colour.
 * @cssprop [--consent-gate-panel-bg=var(--consent-color-surface)] - Background of the text panel.
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
 *
 * @attribute {string} category - The purpose this content needs (required). Reflects the `category` property.
 * @attribute {string} service - The service (provider) id. Reflects the `service` property.
 * @attribute {string} src - A single iframe's URL. Reflects the `src` property.
 * @attribute {string} title - What the content is, named in the placeholder and the buttons.
 * @attribute {boolean} on-request - Loads only when the visitor asks. Reflects the `onRequest` property.
 * @attribute {boolean} loaded - Present while the real content is live.
 *
 * @fires {CustomEvent<GateLoadDetail>} consent-gate-load - The content went live (bubbles, composed).
 */
export class ConsentGate extends UiElement {
  static override styles = tokens + gateStyles;
  static override observedAttributes = [
    'category',
    'service',
    'src',
    'title',
    'on-request',
    'loaded',
  ];
  static override properties = ['category', 'service', 'src', 'onRequest', 'loaded'];

  // The attributes are the state: each property reads and writes its attribute.
  /** The purpose this content needs (required): `video`, `maps`, `chat`, `social` or any id. */
  get category(): string {
    return this.getAttribute('category') ?? '';
  }

  set category(value: string) {
    this.setAttribute('category', value);
  }

  /** The service (provider) id: "Always allow" then grants this service only. */
  get service(): string | null {
    return this.getAttribute('service');
  }

  set service(value: string | null) {
    setAttr(this, 'service', value);
  }

  /** Shortcut for a single iframe: its URL (rewritten to the provider's privacy-friendlier embed where known). */
  get src(): string | null {
    return this.getAttribute('src');
  }

  set src(value: string | null) {
    setAttr(this, 'src', value);
  }

  /**
   * Loads the content only when the visitor asks for it (a click or key press on the
   * placeholder), even when its purpose is granted: then the placeholder is a single
   * button ("Chat with us", "Pay with Stripe", "Load"). In a required purpose (a service
   * the visitor expressly requests, exempt from consent), the request is enough.
   */
  get onRequest(): boolean {
    return this.hasAttribute('on-request');
  }

  set onRequest(value: boolean) {
    this.toggleAttribute('on-request', !!value);
  }

  /** Whether the real content is live. Reflects. */
  get loaded(): boolean {
    return this.hasAttribute('loaded');
  }

  set loaded(value: boolean) {
    this.toggleAttribute('loaded', !!value);
  }

  // (`title`, what the content is, e.g. "Product tour video", is HTMLElement's own.)

  #consent = new ConsentController(this, (detail) => this.#onChange(detail));
  #l10n = new LocaleController(this);
  #live: ChildNode[] = [];
  /** Set while the content's code is fetched (./content.ts). */
  #loading?: object;
  /** The visitor asked for the content, with a button of the placeholder: focus follows, and a chat opens. */
  #asked = false;
  #provider?: Provider;
  #warnedPolicy = false;
  /** The category, service or src changed: the provider and the purpose are found again. */
  #stale = false;
  /** The rendered placeholder, and the slot of the live content after it. */
  #shown: Node[] = [];
  /** What the shown placeholder was built from. */
  #key = '';
  #slot = h('slot', { class: 'content' });

  override attributeChangedCallback(name?: string): void {
    if (name === 'category' || name === 'service' || name === 'src') this.#stale = true;
    super.attributeChangedCallback();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.category) {
      report('error', 'E47');
    }
    this.#describe();
    watch(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatch(this);
  }

  /** The id whose grant opens this gate: the service if set, else the category. */
  get #id(): string {
    return this.service || this.category;
  }

  /** What the content is, by its provider or purpose: a chat launcher, a payment button, or other content. */
  get #kind(): 'chat' | 'payment' | '' {
    const kind = this.#provider?.category ?? this.category;
    return kind === 'chat' || kind === 'payment' ? kind : '';
  }

  /** Allowed without asking the visitor anything more: granted, or in a required purpose. */
  get #allowed(): boolean {
    const category = this.#consent.port.registry.category(this.category);
    return !!category?.required || this.#consent.store.granted(this.#id);
  }

  protected update(): void {
    if (this.#stale) {
      this.#stale = false;
      this.#describe();
    }
    this.state('compact', !!this.#kind);
    // Consent stored, or given before this gate was on the page: load once measured
    // near the screen and the page has settled (content on request waits for the visitor).
    if (
      !this.loaded &&
      !this.onRequest &&
      this.#consent.ready &&
      this.category &&
      this.#consent.store.granted(this.#id)
    ) {
      whenNear(this, () => this.#consent.store.granted(this.#id) && this.#load(), true);
    }
    // Its language's texts, or the site's own, are on their way: no flash of other words.
    if (!this.#l10n.pending) this.#render();
  }

  /**
   * Swaps in a new placeholder only when what it shows changed (a gate re-renders on
   * every change of the store; most change nothing for it, and building a thousand
   * placeholders for nothing would delay the ones that go live). A control that had
   * focus keeps it in the new placeholder.
   */
  #render(): void {
    const view = this.#view();
    const key = JSON.stringify(view);
    if (this.#slot.hidden === this.loaded) this.#slot.hidden = !this.loaded;
    if (key === this.#key) return;
    this.#key = key;
    const next = this.#build(view);
    const focused = this.renderRoot.activeElement?.getAttribute('part');
    for (const node of this.#shown) (node as ChildNode).remove();
    this.#shown = next;
    this.renderRoot.prepend(...next);
    if (!this.#slot.isConnected) this.renderRoot.append(this.#slot);
    if (focused) this.renderRoot.querySelector<HTMLElement>(`[part="${focused}"]`)?.focus();
  }

  /** What the placeholder shows: its texts, language and state. */
  #view(): GateView {
    const t = this.#l10n.t.bind(this.#l10n);
    const provider = this.#providerName();
    const title = this.title || t('consent.gate.defaultTitle');
    const policy = this.#policy();
    // The placeholder must link the provider's policy (COMPLIANCE 24): presets know it,
    // a provider of the site's choosing needs it configured.
    if (!policy && this.#consent.ready && this.category && !this.#warnedPolicy) {
      this.#warnedPolicy = true;
      report('warn', 'W12', this.category, { provider });
    }
    // On request, once allowed: one button, the request itself.
    const single = this.onRequest && this.#consent.ready && this.#allowed;
    const kind = this.#kind;
    const chat = kind === 'chat';
    const { lang, dir } = this.#l10n;
    return {
      lang,
      dir,
      kind,
      single,
      loaded: this.loaded,
      policy,
      policyText: policy && t('consent.prefs.privacyPolicy', { provider }),
      // Without a category there is nothing to allow always: "Load once" only (E47).
      allowLabel: single || !this.category ? '' : t('consent.gate.allowLabel', { provider, title }),
      allow: single || !this.category ? '' : t('consent.gate.allow'),
      message: kind
        ? t(chat ? 'consent.gate.chatNotice' : 'consent.gate.payNotice', { provider })
        : // Without a category (E47), no purpose to name: its empty parentheses go too
          // (every locale writes "({purpose})", or the full-width "（{purpose}）").
          t('consent.gate.notice', { title, provider, purpose: this.#purpose() }).replace(
            / ?[(（][)）]/,
            '',
          ),
      loadLabel: kind
        ? chat
          ? t('consent.gate.chatLabel', { provider })
          : undefined
        : t(single ? 'consent.gate.loadLabel' : 'consent.gate.loadOnceLabel', { title, provider }),
      load: kind
        ? chat
          ? t('consent.gate.chat')
          : t('consent.gate.pay', { provider })
        : t(single ? 'consent.gate.load' : 'consent.gate.loadOnce'),
      status:
        kind && this.loaded
          ? t(chat ? 'consent.gate.chatLoaded' : 'consent.gate.payLoaded', { provider })
          : '',
    };
  }

  #build(view: GateView): Node[] {
    const { lang, dir, kind } = view;
    const policyLink =
      view.policy &&
      h(
        'a',
        { part: 'policy-link', href: view.policy, target: '_blank', rel: 'noopener noreferrer' },
        view.policyText,
      );
    const allow =
      !!view.allow &&
      h(
        'button',
        {
          class: kind ? 'link-button' : 'button',
          part: 'button allow-button',
          'aria-label': view.allowLabel,
          onclick: this.#allow,
        },
        view.allow,
      );
    const load = h(
      'button',
      {
        class: 'button',
        part: 'button load-button',
        'aria-label': view.loadLabel,
        'aria-describedby': kind ? 'message' : undefined,
        onclick: this.#loadOnce,
      },
      view.load,
    );
    const box = (...children: (Node | false | undefined)[]) =>
      h(
        'div',
        { class: 'placeholder', part: 'placeholder', inert: view.loaded, lang, dir },
        ...children,
      );
    const slot = h('slot', { name: 'placeholder' });
    if (!kind) {
      return [
        box(
          h('div', { class: 'visual' }, slot),
          h(
            'div',
            { class: 'panel' },
            h('p', { part: 'message', id: 'message' }, view.message),
            policyLink && h('p', {}, policyLink),
            h('div', { class: 'actions' }, load, allow),
          ),
        ),
      ];
    }
    // A chat launcher and a payment button: a button, a line saying what it loads, and
    // "Always allow" until allowed; once loaded, a status line that takes focus, in the
    // launcher's place (kept, invisible, so that the page does not move).
    return [
      box(
        slot,
        load,
        h('p', { part: 'message', id: 'message' }, view.message, policyLink && ' ', policyLink),
        allow,
      ),
      ...(view.status
        ? [h('p', { class: 'chat-status', role: 'status', tabindex: '-1', lang, dir }, view.status)]
        : []),
    ];
  }

  /** Finds the provider, reserves the content's space, and registers the purpose. */
  #describe(): void {
    const url = this.#contentUrl();
    this.#provider = findProvider(this.service, url);
    const frame = this.#template()?.content.querySelector('iframe');
    const [w, h] = [frame?.getAttribute('width'), frame?.getAttribute('height')].map(Number);
    const ratio = w > 0 && h > 0 ? `${w} / ${h}` : this.src && !this.#template() && '16 / 9';
    this.adopt(ratio ? `:host{--_ratio:${ratio}}` : '');
    if (!this.category) return;
    this.#consent.port.reference(this.category, this.service ?? undefined, {
      label: this.#provider?.label ?? hostLabel(url),
      privacyPolicy: this.#provider?.privacyPolicy,
    });
  }

  #template(): HTMLTemplateElement | null {
    return this.querySelector(':scope > template');
  }

  /** The URL of what the gate loads: `src`, or the first iframe or script of the template. */
  #contentUrl(): URL | undefined {
    const from = this.src ?? this.#template()?.content.querySelector('[src]')?.getAttribute('src');
    const url = safeUrl(from);
    return url ? new URL(url) : undefined;
  }

  #providerName(): string {
    const service = this.service && this.#consent.port.registry.service(this.service);
    if (service) return purposeText(service, 'label', this.#l10n).text;
    return (
      this.#provider?.label ??
      hostLabel(this.#contentUrl()) ??
      this.#l10n.t('consent.gate.thirdParty')
    );
  }

  #policy(): string | undefined {
    const service = this.service ? this.#consent.port.registry.service(this.service) : undefined;
    return (service && privacyPolicy(service)) ?? this.#provider?.privacyPolicy;
  }

  #purpose(): string {
    const category = this.#consent.port.registry.category(this.category);
    return category ? purposeText(category, 'label', this.#l10n).text : this.category;
  }

  // After the visitor's activation, by any means, focus follows to the content: the
  // button that had it is about to disappear.
  #loadOnce = () => {
    this.#asked = true;
    this.#load();
  };

  #allow = () => {
    // (Without a category the placeholder offers no "Always allow".)
    if (!this.category) return;
    // The visitor asked for this one: it loads, on request or not.
    this.#asked = true;
    // The receipt proves what the visitor was shown: this placeholder's texts.
    const shown = this.renderRoot.querySelectorAll('[part~="message"], button');
    this.#consent.port.setShownTexts(
      this.#l10n.lang,
      [...shown].map((node) => node.textContent!.trim().replace(/\s+/g, ' ')),
    );
    this.#load();
    // The change then loads every other gate of this purpose.
    this.#consent.port.decide({ [this.#id]: true }, 'gate');
  };

  #onChange(detail: ConsentChangeDetail): void {
    if (!this.category || !detail.changed.includes(this.#id)) return;
    if (this.#consent.store.granted(this.#id)) {
      if (!this.onRequest) whenNear(this, () => this.#load());
    } else {
      cancel(this);
      this.#unload();
    }
  }

  /**
   * Loads the content. The code that builds it (./content.ts) is fetched with the first
   * gate that loads, so a page whose gates stay placeholders never pays for it; the code
   * that turns a template's scripts live is fetched beside it, not after it.
   */
  #load(): void {
    if (this.loaded || this.#loading) return;
    const template = this.#template();
    const url = this.#contentUrl();
    if (!template && !url) return report('error', 'E48');
    const loading = (this.#loading = {});
    const scripts = template?.content.querySelector('script')
      ? import('../../integrations/live-script.js').catch((error) => {
          report('error', 'E57', '', {}, error);
          return undefined;
        })
      : undefined;
    import('./content.js')
      .then(
        ({ content }) =>
          content({
            template,
            url,
            provider: this.#provider?.id,
            title: this.title || this.#l10n.t('consent.gate.defaultTitle'),
            scripts,
          }),
        (error) => {
          // Once per page, not once per gate.
          if (!missingContentCode) report('error', 'E64', '', {}, error);
          missingContentCode = true;
        },
      )
      .then((live) => {
        if (this.#loading !== loading) return; // withdrawn meanwhile
        this.#loading = undefined;
        // Taken out of the page meanwhile, it heard no withdrawal: back, it loads again if allowed.
        if (live && this.isConnected) this.#insert(live);
      })
      .catch((error) => report('error', 'E58', this.localName, {}, error));
  }

  #insert({ nodes, open }: Content): void {
    this.#live = [...nodes.childNodes];
    // The content's first focusable element, at any depth (found before the fragment
    // empties into the page).
    const focusable = nodes.querySelector<HTMLElement>(
      'iframe,a[href],button,input:not([type=hidden]),select,textarea,[tabindex]',
    );
    // A template's content joins the page (its scripts and widgets look for it there);
    // the `src` iframe stays the gate's own, in its shadow root, so that loading changes
    // no child of the gate that a framework rendered on a server and may still hydrate.
    (this.#template() ? this : this.renderRoot).append(nodes);
    this.loaded = true;
    // Focus follows the visitor's request, unless they moved it elsewhere while the
    // content's code arrived: to that element, else a chat's status line, else the gate
    // itself (not in the tab order). Once rendered: until then the slot is hidden.
    const active = document.activeElement;
    if (this.#asked && (this.matches(':focus-within') || !active || active === document.body)) {
      void this.updateComplete.then(() => {
        const target =
          focusable ?? this.renderRoot.querySelector<HTMLElement>('.chat-status') ?? this;
        if (target === this && !this.hasAttribute('tabindex')) this.tabIndex = -1;
        target.focus();
      });
    }
    this.dispatchEvent(
      new CustomEvent<GateLoadDetail>('consent-gate-load', {
        bubbles: true,
        composed: true,
        detail: { category: this.category, service: this.service },
      }),
    );
    // A chat widget the visitor asked for opens its chat once its script has loaded
    // (last: the widget's code is the site's provider's, and may throw).
    if (this.#asked) open?.(this.#live);
    this.#asked = false;
  }

  #unload(): void {
    this.#loading = undefined;
    this.#asked = false;
    if (!this.loaded) return;
    for (const node of this.#live) node.remove();
    this.#live = [];
    this.loaded = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-gate': ConsentGate;
  }
  interface HTMLElementEventMap {
    'consent-gate-load': CustomEvent<GateLoadDetail>;
  }
}
