import { LitElement, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { ConsentController } from '../../controllers/consent-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { Category, Service } from '../../store/registry.js';
import type { CookieRow } from '../../store/types.js';
import { display } from '../../store/display.js';
import { configText, purposeText, type ConfigText } from '../../localization/purpose-text.js';
import { addEnglish } from '../../localization/locales.js';
import { templates as english } from '../../generated/locales/en.js';
import { templates as gateEnglish } from '../../generated/locales/en-gate.js';
import { show } from '../config-text.js';
import { tokens } from '../element.js';
import { preferencesStyles, visuallyHidden } from './consent-preferences.styles.js';
import { deepActiveElement, handFocusBack } from '../focus.js';

// The English of this element's texts comes with its code (the banner's is built in).
addEnglish({ ...gateEnglish, ...english });

/**
 * The preference center: a modal dialog listing every purpose with its own switch,
 * its services and its cookie table. It opens on the store's request (the banner's
 * "Customize", `consent.openPreferences()`, any `[data-consent-open]` element) and
 * shows the stored state; "Save choices" stores exactly what it shows.
 *
 * @summary Cookie preference dialog, per purpose and service.
 *
 * @tagname consent-preferences
 *
 * @attribute {string} lang - The language of its texts; else the nearest ancestor's `lang`, `<html lang>`, the browser's language, English.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart title - The dialog heading.
 * @csspart close-button - The close button (closes without saving).
 * @csspart category - Each purpose's section.
 * @csspart switch - Each switch (a checkbox with `role="switch"`).
 * @csspart cookie-table - Each cookie table.
 * @csspart actions - The footer with the three buttons.
 * @csspart button - Each of the footer's buttons.
 * @csspart save-button - "Save choices".
 * @csspart accept-button - "Accept all".
 * @csspart reject-button - "Reject all".
 *
 * @cssprop [--consent-dialog-bg=var(--consent-color-surface)] - Dialog background.
 * @cssprop [--consent-dialog-text=var(--consent-color-text)] - Dialog text colour.
 * @cssprop [--consent-dialog-max-width=40rem] - Widest the dialog gets.
 * @cssprop [--consent-backdrop=rgb(0 0 0 / 0.5)] - Backdrop behind the dialog.
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
 */
export class ConsentPreferences extends LitElement {
  static override styles = [unsafeCSS(tokens), visuallyHidden, preferencesStyles];

  // Declared without decorators: they cost bytes in every page's bundle.
  static override properties = {
    open: { type: Boolean, reflect: true },
    _draft: { state: true },
    _status: { state: true },
  };

  /** Whether the dialog is open. Reflects; setting it opens or closes the dialog. */
  open = false;

  /** The choices shown, by category or service id, until saved. */
  private _draft: Record<string, boolean> = {};
  private _status = '';

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  // A decision made elsewhere while the dialog is open (another tab, a gate, the API)
  // replaces the draft: the dialog shows, and Save stores, what is now in force.
  #consent = new ConsentController(this, () => {
    if (this.open) this._draft = this.#storedChoices();
  });
  #l10n = new LocaleController(this);
  #opener: HTMLElement | null = null;
  #focusId?: string;
  #statusTimer?: ReturnType<typeof setTimeout>;
  /**
   * A cookie table is a tab stop only while it scrolls sideways, so that keyboard users
   * can scroll it (WCAG 2.1.1) without a useless stop per table otherwise. Watched from
   * when its `<details>` opens (its size changes from nothing).
   */
  #tables = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      if (target.scrollWidth > target.clientWidth + 1) target.setAttribute('tabindex', '0');
      else target.removeAttribute('tabindex');
    }
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#statusTimer);
  }

  /** Opens the dialog showing the stored choices, focusing a purpose's switch if named. */
  show(focusId?: string): void {
    this.#focusId = focusId;
    this.open = true;
  }

  /** Closes the dialog without saving; focus goes back to where it was. */
  close(): void {
    this.open = false;
  }

  protected override render() {
    const l10n = this.#l10n;
    const t = l10n.t.bind(l10n);
    const { state } = this.#consent;
    return html`
      <dialog
        part="dialog"
        aria-labelledby="title"
        lang=${this.#l10n.lang}
        dir=${this.#l10n.dir}
        @close=${this.#onClose}
        @cancel=${this.#onCancel}
      >
        ${
          this.open
            ? html`
                <div class="header">
                  <h2 id="title" part="title">${t('consent.prefs.title')}</h2>
                  <button
                    class="close"
                    part="close-button"
                    aria-label=${t('consent.prefs.close')}
                    @click=${this.close}
                  >
                    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
                      <path d="M4 4l12 12M16 4L4 16" stroke="currentColor" stroke-width="2" />
                    </svg>
                  </button>
                </div>
                <div class="body">
                  <p>${t('consent.prefs.intro')}</p>
                  ${state.gpc ? html`<p class="notice" id="gpc">${t('consent.prefs.gpc')}</p>` : nothing}
                  ${this.#consent.port.registry.categories.map((c) => this.#renderCategory(c))}
                </div>
                <div class="footer" part="actions">
                  <button class="button" part="button save-button" @click=${this.#save}>
                    ${t('consent.prefs.save')}
                  </button>
                  <button class="button" part="button reject-button" @click=${this.#rejectAll}>
                    ${t('consent.action.reject')}
                  </button>
                  ${
                    state.gpc
                      ? nothing
                      : html`<button
                          class="button"
                          part="button accept-button"
                          @click=${this.#acceptAll}
                        >
                          ${t('consent.action.accept')}
                        </button>`
                  }
                </div>
              `
            : nothing
        }
      </dialog>
      <p class="visually-hidden" role="status" lang=${l10n.lang} dir=${l10n.dir}>${this._status}</p>
    `;
  }

  #renderCategory(category: Category) {
    const t = this.#l10n.t.bind(this.#l10n);
    const id = `c-${category.id}`;
    // A purpose switched one way and some of its services the other: the purpose's
    // switch alone would tell only half of it ("off", while a map is allowed).
    const servicesOn = category.services.filter((s) => this._draft[s.id] === true).length;
    const mixed =
      !category.required &&
      category.services.some((s) => !!this._draft[s.id] !== !!this._draft[category.id]);
    const stores = category.deviceAccess;
    return html`
      <section class="category" part="category" aria-labelledby="${id}-label">
        <div class="row">
          <div class="heading">
            <h3 id="${id}-label">
              ${
                // Nothing stored on the device: nothing to switch (a heading, no label).
                stores
                  ? html`<label for=${id}>${show(this.#text(category, 'label'))}</label>`
                  : show(this.#text(category, 'label'))
              }
            </h3>
            ${stores && category.required ? html`<span class="always-on">${t('consent.prefs.alwaysOn')}</span>` : nothing}
          </div>
          ${stores ? this.#switch(id, category.id, category.required, mixed ? `${id}-desc ${id}-mixed` : `${id}-desc`) : nothing}
        </div>
        <p id="${id}-desc">
          ${show(this.#text(category, 'description'))}
          ${
            // Why there is no choice (COMPLIANCE 3), after any description, the site's
            // own included: worded to follow whatever the purpose is called.
            !stores
              ? html` ${t('consent.prefs.noDeviceAccess')}`
              : category.required
                ? html` ${t('consent.prefs.alwaysOnReason')}`
                : nothing
          }
        </p>
        ${
          mixed
            ? html`<p class="services-on" id="${id}-mixed">
                ${t('consent.prefs.servicesOn', {
                  count: servicesOn,
                  total: category.services.length,
                })}
              </p>`
            : nothing
        }
        ${
          category.services.length
            ? html`<h4 class="visually-hidden">${t('consent.prefs.services')}</h4>
                <ul class="services">
                  ${category.services.map((s) => this.#renderService(s, category.required, stores))}
                </ul>`
            : nothing
        }
        ${this.#cookieTable(this.#text(category, 'label').text, [
          ...display(category).cookies,
          ...category.services.flatMap((s) => display(s).cookies),
        ])}
      </section>
    `;
  }

  #renderService(service: Service, required: boolean, stores: boolean) {
    const t = this.#l10n.t.bind(this.#l10n);
    const id = `s-${service.id}`;
    const label = this.#text(service, 'label');
    const description = this.#text(service, 'description');
    const policy = display(service).privacyPolicy;
    return html`<li>
      <div class="row">
        ${
          stores
            ? html`<label for=${id}>${show(label)}</label>
                ${this.#switch(id, service.id, required, description.text ? `${id}-desc` : undefined)}`
            : html`<span class="service-name">${show(label)}</span>`
        }
      </div>
      ${description.text ? html`<p id="${id}-desc">${show(description)}</p>` : nothing}
      ${
        policy
          ? html`<p>
              <a href=${policy} target="_blank" rel="noopener noreferrer"
                >${t('consent.prefs.privacyPolicy', { provider: label.text })}</a
              >
            </p>`
          : nothing
      }
    </li>`;
  }

  #switch(id: string, key: string, required: boolean, describedBy?: string) {
    return html`<input
      type="checkbox"
      role="switch"
      part="switch"
      id=${id}
      data-id=${key}
      aria-describedby=${describedBy ?? nothing}
      .checked=${required || !!this._draft[key]}
      ?disabled=${required}
      @change=${this.#onToggle}
    />`;
  }

  #cookieTable(purpose: string, rows: CookieRow[]) {
    if (!rows.length) return nothing;
    const t = this.#l10n.t.bind(this.#l10n);
    const cell = (value: CookieRow['purpose']) => show(configText(value, this.#l10n.locale));
    const labelled = (label: string) => t('consent.prefs.labelled', { label });
    const cookies = t('consent.prefs.cookies', { count: rows.length });
    // Where the purpose also keeps entries other than cookies (local storage, IndexedDB),
    // a column says what each one is.
    const typed = rows.some((row) => (row.type ?? 'cookie') !== 'cookie');
    const columns = [
      t('consent.prefs.cookieName'),
      t('consent.prefs.cookieProvider'),
      t('consent.prefs.cookiePurpose'),
      t('consent.prefs.cookieExpiry'),
      ...(typed ? [t('consent.declaration.type')] : []),
    ];
    return html`<details>
      <summary>${cookies}</summary>
      <div class="table-wrap" role="region" aria-label=${`${labelled(purpose)} ${cookies}`}>
        <table part="cookie-table">
          <caption class="visually-hidden">
            ${purpose}
          </caption>
          <thead>
            <tr>
              ${columns.map((column) => html`<th scope="col">${column}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr>
                  ${[
                    // A cookie's name is code, read left to right in every language.
                    html`<span dir="ltr">${row.name}</span>`,
                    cell(row.provider),
                    cell(row.purpose),
                    cell(row.expiry),
                    ...(typed ? [t(`consent.storage.${row.type ?? 'cookie'}`)] : []),
                  ].map((value, i) => html`<td data-label=${labelled(columns[i])}>${value}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  #text(item: Category | Service, key: 'label' | 'description'): ConfigText {
    return purposeText(item, key, this.#l10n);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Opening, by show() or by setting `open`: show the stored choices.
    if (changed.has('open') && this.open && !changed.get('open')) {
      this.#opener = deepActiveElement();
      this._draft = this.#storedChoices();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#tables.disconnect(); // the tables of an earlier render may be gone
    for (const table of this.renderRoot.querySelectorAll('.table-wrap')) {
      this.#tables.observe(table);
    }

    const dialog = this.#dialog!;
    if (this.open && !dialog.open) {
      dialog.showModal();
      this.#focusRequested();
      this.#reportTexts();
    } else if (!this.open) {
      if (dialog.open) dialog.close();
      if (changed.get('open') === true) this.#restoreFocus();
    }
  }

  /** Back to the opener; if it has gone (the banner's "Customize"), to where the banner got focus from. */
  #restoreFocus(): void {
    const opener = this.#opener;
    this.#opener = null;
    handFocusBack(opener);
  }

  #focusRequested(): void {
    if (!this.#focusId) return;
    const target = this.renderRoot.querySelector<HTMLElement>(
      `input[data-id="${CSS.escape(this.#focusId)}"]`,
    );
    target?.focus();
  }

  #storedChoices(): Record<string, boolean> {
    const { categories, services } = this.#consent.state;
    return { ...categories, ...services };
  }

  #onToggle = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.id!;
    const draft = { ...this._draft, [id]: input.checked };
    // A purpose's switch carries its services along; a service's switch is its own.
    const category = this.#consent.port.registry.category(id);
    for (const service of category?.services ?? []) draft[service.id] = input.checked;
    this._draft = draft;
  };

  #save = () => {
    const { registry } = this.#consent.port;
    const choices: Record<string, boolean> = {};
    for (const category of registry.categories) {
      if (category.required) continue;
      const on = !!this._draft[category.id];
      choices[category.id] = on;
      // Services that differ from their purpose are decided on their own; the rest follow it.
      for (const service of category.services) {
        if (!!this._draft[service.id] !== on) choices[service.id] = !!this._draft[service.id];
      }
    }
    this.#reportTexts(); // the texts shown are the dialog's, whatever rendered since
    this.#consent.port.decide(choices, 'custom', { replaceServices: true });
    this.#announce(this.#l10n.t('consent.prefs.saved'));
    this.close();
  };

  #acceptAll = () => {
    this.#reportTexts();
    this.#consent.store.acceptAll();
    this.close();
  };

  #rejectAll = () => {
    this.#reportTexts();
    this.#consent.store.rejectAll();
    this.close();
  };

  /** Esc closes without saving (the native cancel), like the close button. */
  #onCancel = (event: Event) => {
    event.preventDefault();
    this.close();
  };

  /**
   * The dialog closed by itself (the browser's close request): follow it. The event
   * comes a task after the close, so ignore it when the element has been opened again
   * (open, or an opening update pending).
   */
  #onClose = () => {
    if (!this.open || this.isUpdatePending || this.#dialog?.open) return;
    this.open = false;
  };

  #announce(text: string): void {
    this._status = text;
    clearTimeout(this.#statusTimer);
    this.#statusTimer = setTimeout(() => (this._status = ''), 5000);
  }

  #reportTexts(): void {
    const dialog = this.#dialog;
    if (!dialog) return;
    const texts = (dialog.innerText || dialog.textContent || '').split('\n').map((s) => s.trim());
    this.#consent.port.setShownTexts(this.#l10n.lang, texts.filter(Boolean));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-preferences': ConsentPreferences;
  }
}
