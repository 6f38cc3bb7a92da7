import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { report } from '../diagnostics/report.js';

/**
 * Tags an element's CSS text: the build minifies every template whose tag is named
 * `css` (rollup.config.mjs). The text is adopted as a constructed style sheet, by
 * UiElement, or through Lit's `unsafeCSS` by the elements built on Lit.
 */
export const css = (strings: TemplateStringsArray, ...values: string[]): string =>
  String.raw(strings, ...values);

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

/**
 * The base of the elements that every first visit or gated page fetches (the banner, the
 * gate): the part of Lit's element lifecycle they use, in a few hundred bytes, so that
 * such a page does not pay for Lit (#15). The same controllers serve both kinds of
 * element (`ReactiveControllerHost`). Rendering is plain DOM, built once and updated in
 * place by each element's `update()`: no markup is parsed, so it needs no Trusted Types
 * policy and nothing the page's CSP would refuse.
 *
 * Updates are batched in a microtask, as in Lit; `updateComplete` resolves once no
 * update is pending. An element renders only while connected.
 */
// On a server (Node, no DOM) the module is imported and its classes are never
// constructed: they extend an empty class there.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

export abstract class UiElement extends Base implements ReactiveControllerHost {
  /** The element's style sheet (CSS text), adopted by its shadow root. */
  static styles: string;
  /** Attributes whose change re-renders the element; each has a property of its own. */
  static observedAttributes: string[] = [];
  /** Properties set on the element before its class was defined (a framework may). */
  static properties: string[] = [];

  readonly renderRoot: ShadowRoot = this.attachShadow({ mode: 'open' });
  #controllers: ReactiveController[] = [];
  #pending = false;
  #done: Promise<unknown> = Promise.resolve();

  constructor() {
    super();
    this.adopt();
  }

  addController(controller: ReactiveController): void {
    this.#controllers.push(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers = this.#controllers.filter((c) => c !== controller);
  }

  connectedCallback(): void {
    // A property set before the upgrade hides the class's accessor: re-set it through it.
    for (const name of (this.constructor as typeof UiElement).properties) {
      if (Object.hasOwn(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
    for (const controller of this.#controllers) controller.hostConnected?.();
    this.requestUpdate();
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  requestUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    this.#done = Promise.resolve().then(() => {
      this.#pending = false;
      if (!this.isConnected) return;
      try {
        for (const controller of this.#controllers) controller.hostUpdate?.();
        this.update();
      } catch (error) {
        // An element's failure stays with the element: the page goes on.
        report('error', 'E58', this.localName, {}, error);
      }
    });
  }

  /** Resolves once the element has rendered every change requested so far. */
  get updateComplete(): Promise<boolean> {
    return this.#done.then(() => (this.#pending ? this.updateComplete : true));
  }

  /** Brings the shadow DOM in step with the element's state. */
  protected abstract update(): void;

  #states?: CustomStateSet;

  /**
   * Turns a custom state on or off (`:state(name)` in CSS). The elements keep what they
   * show in such states, in their shadow DOM and in their own style sheets, never in an
   * attribute or inline style of their host: a framework that rendered the host on a
   * server finds it as it left it when it hydrates (#16).
   */
  protected state(name: string, on: boolean): void {
    const states = (this.#states ??= this.attachInternals().states);
    if (on) states.add(name);
    else states.delete(name);
  }

  /** Adopts the class's style sheet, and after it CSS of this element only (e.g. its content's shape). */
  protected adopt(own = ''): void {
    const styles = (this.constructor as typeof UiElement).styles;
    this.renderRoot.adoptedStyleSheets = [styles, own].map(sheetOf);
  }
}

const sheets = new Map<string, CSSStyleSheet>();

/**
 * One constructed style sheet per CSS text, made when the first element adopts it and
 * shared by every element that adopts the same (each class's styles, a content's shape).
 */
function sheetOf(text: string): CSSStyleSheet {
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  return sheet;
}

type Child = Node | string | false | null | undefined;

/**
 * Creates an element: `attributes` are set (`true` as an empty attribute; `false` and
 * `undefined` skipped), a function under an `on…` key becomes a listener, and children
 * are appended (strings as text).
 */
export function h(
  tag: string,
  attributes: Record<string, string | boolean | undefined | ((event: Event) => void)> = {},
  ...children: Child[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value !== undefined && value !== false)
      element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...(children.filter((c) => c || c === '') as (Node | string)[]));
  return element;
}

/** Sets a node's text only when it changed (no needless mutation for assistive technology). */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Sets an attribute, or removes it for `null`. */
export function setAttr(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
