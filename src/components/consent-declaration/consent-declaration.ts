import { LitElement, html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { ConsentController } from '../../controllers/consent-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { configText, purposeText, type ConfigText } from '../../localization/purpose-text.js';
import { addEnglish, languageOf } from '../../localization/locales.js';
import { templates as english } from '../../generated/locales/en.js';
import { templates as gateEnglish } from '../../generated/locales/en-gate.js';
import { useDeclarationTexts } from '../../localization/declaration-texts.js';
import { display } from '../../store/display.js';
import type { Category, Service } from '../../store/registry.js';
import type { CookieRow, LegalBasis, LocalizedText, MessageId } from '../../store/types.js';
import { show } from '../config-text.js';
import { tokens } from '../element.js';
import { declarationStyles } from './consent-declaration.styles.js';

// The English of this element's texts comes with its code (the banner's is built in).
addEnglish({ ...gateEnglish, ...english });

/** The keywords of `legalBasis`, with the message of each. */
const BASES: Record<string, MessageId> = {
  consent: 'consent.basis.consent',
  'legitimate-interest': 'consent.basis.legitimateInterest',
  contract: 'consent.basis.contract',
  'legal-obligation': 'consent.basis.legalObligation',
  exempt: 'consent.basis.exempt',
};

type Column<T> = [MessageId, (item: T) => unknown];

/**
 * The cookie policy's declaration, rendered from the configuration the banner and the
 * dialog use, so that the policy page and the consent never disagree: per purpose, its
 * label, description, legal basis and retention, the visitor's current choice, its
 * services (provider, endpoint, country or safeguard, privacy policy) and its cookie and
 * storage table; a summary table; and the visitor's consent record (consent id, date of
 * the last choice) with a button that opens the preferences.
 *
 * @summary Cookie policy tables from the configuration, and the visitor's consent record.
 *
 * @tagname consent-declaration
 *
 * @attribute {string} lang - The language of its texts; else the nearest ancestor's `lang`, `<html lang>`, the browser's language, English.
 *
 * @csspart declaration - The whole declaration.
 * @csspart summary-table - The summary table (`show="summary"`).
 * @csspart purpose - Each purpose's section.
 * @csspart purpose-title - Each purpose's heading.
 * @csspart facts - A purpose's legal basis, retention and the visitor's choice.
 * @csspart services-table - A purpose's table of services.
 * @csspart storage-table - A purpose's table of cookies and storage.
 * @csspart record - The visitor's consent record.
 * @csspart button - The button of the record.
 * @csspart change-button - "Change your choices".
 *
 * @cssprop [--consent-declaration-border=color-mix(in srgb, currentColor 60%, transparent)] - Table borders (from the page's text colour).
 * @cssprop [--consent-declaration-header-bg=color-mix(in srgb, currentColor 8%, transparent)] - Background of table headers (a tint of the page's text colour).
 * @cssprop [--consent-color-scheme=light dark] - The elements' `color-scheme`, which picks the default palette.
 * @cssprop [--consent-color-accent=#0b57d0 (dark: #a8c7fa)] - Buttons.
 * @cssprop [--consent-color-on-accent=#ffffff (dark: #062e6f)] - Text on the accent colour.
 * @cssprop [--consent-color-border=#6f6f78 (dark: #9a9aa4)] - Borders (≥ 3:1 on the surface).
 * @cssprop [--consent-color-focus=#0b57d0 (dark: #a8c7fa)] - Focus ring.
 * @cssprop [--consent-font-family=inherit] - Font.
 * @cssprop [--consent-font-size=1rem] - Base font size.
 * @cssprop [--consent-radius=0.5rem] - Corner radius.
 * @cssprop [--consent-spacing=1rem] - Padding and gaps.
 */
export class ConsentDeclaration extends LitElement {
  static override styles = [unsafeCSS(tokens), declarationStyles];

  // Declared without decorators: they cost bytes in every page's bundle.
  static override properties = {
    categories: {},
    show: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The purposes shown, by id, space-separated, in this order (default: every purpose). */
  categories: string | null = null;

  /**
   * What is shown, space-separated: `summary` (one table, a row per purpose: purpose,
   * description, legal basis, retention, the visitor's choice), `purposes` (a section per
   * purpose with its services and storage tables), `record` (the visitor's consent id and
   * last choice, and a button that opens the preferences).
   */
  show = 'purposes record';

  /** The level of the headings it renders (2 to 6), to fit the page's outline. */
  headingLevel = 3;

  #consent = new ConsentController(this);
  #l10n = new LocaleController(this);

  constructor() {
    super();
    // Its texts are a pack of their own, there before the element resolves its locale.
    useDeclarationTexts();
  }

  protected override render() {
    // Its language's texts, or the site's own, are on their way: no flash of other words.
    if (this.#l10n.pending) return nothing;
    const shown = new Set(this.show.split(/\s+/));
    const purposes = this.#purposes();
    return html`<div
      class="declaration"
      part="declaration"
      lang=${this.#l10n.lang}
      dir=${this.#l10n.dir}
    >
      ${shown.has('summary') ? this.#summary(purposes) : nothing}
      ${shown.has('purposes') ? purposes.map((category) => this.#purpose(category)) : nothing}
      ${shown.has('record') ? this.#record() : nothing}
    </div>`;
  }

  /** The purposes named by `categories`, in that order, else every purpose. */
  #purposes(): Category[] {
    const { registry } = this.#consent.port;
    if (this.categories === null) return registry.categories;
    return this.categories
      .split(/\s+/)
      .map((id) => registry.category(id))
      .filter((category): category is Category => !!category);
  }

  #summary(purposes: Category[]) {
    const t = this.#l10n.t.bind(this.#l10n);
    const columns: Column<Category>[] = [
      ['consent.prefs.cookiePurpose', (c) => show(this.#text(c, 'description'))],
      ['consent.declaration.legalBasis', (c) => this.#basis(c)],
      ['consent.declaration.retention', (c) => this.#local(display(c).retention)],
      ['consent.declaration.choice', (c) => this.#choice(c)],
    ];
    return this.#table(
      'summary-table',
      t('consent.declaration.summaryCaption'),
      ['consent.declaration.category', (c) => show(this.#text(c, 'label'))],
      columns.filter(([, value]) => purposes.some((c) => value(c) !== nothing)),
      purposes,
    );
  }

  #purpose(category: Category) {
    const t = this.#l10n.t.bind(this.#l10n);
    const id = `purpose-${category.id}`;
    const label = this.#text(category, 'label');
    const shown = display(category);
    const rows: CookieRow[] = [
      ...shown.cookies,
      ...category.services.flatMap((service) => display(service).cookies),
    ];
    const purpose = label.text;
    return html`<section class="purpose" part="purpose" aria-labelledby=${id}>
      ${this.#heading(id, 'purpose-title', show(label))}
      <p>${show(this.#text(category, 'description'))}</p>
      <dl class="facts" part="facts">
        ${this.#fact('consent.declaration.legalBasis', this.#basis(category))}
        ${this.#fact('consent.declaration.retention', this.#local(shown.retention))}
        ${this.#fact('consent.declaration.choice', this.#choice(category))}
      </dl>
      ${this.#services(category.services, purpose)}
      ${
        !category.deviceAccess
          ? html`<p>${t('consent.declaration.noStorage')}</p>`
          : rows.length
            ? this.#storage(rows, purpose)
            : nothing
      }
    </section>`;
  }

  #services(services: Service[], purpose: string) {
    if (!services.length) return nothing;
    const t = this.#l10n.t.bind(this.#l10n);
    const columns: Column<Service>[] = [
      ['consent.prefs.cookieProvider', (s) => this.#local(display(s).provider)],
      ['consent.prefs.cookiePurpose', (s) => this.#shown(this.#text(s, 'description'))],
      [
        'consent.declaration.endpoint',
        (s) =>
          display(s).endpoint?.map((host) => html`<span class="host" dir="ltr">${host}</span> `) ??
          nothing,
      ],
      ['consent.declaration.country', (s) => this.#local(display(s).country)],
      [
        'consent.declaration.policy',
        (s) => {
          const policy = display(s).privacyPolicy;
          return policy
            ? html`<a href=${policy} target="_blank" rel="noopener noreferrer"
                >${t('consent.prefs.privacyPolicy', { provider: this.#text(s, 'label').text })}</a
              >`
            : nothing;
        },
      ],
    ];
    return this.#table(
      'services-table',
      t('consent.declaration.servicesCaption', { purpose }),
      ['consent.declaration.service', (s) => show(this.#text(s, 'label'))],
      // A column only where some service says something.
      columns.filter(([, value]) => services.some((s) => this.#filled(value(s)))),
      services,
    );
  }

  #storage(rows: CookieRow[], purpose: string) {
    const t = this.#l10n.t.bind(this.#l10n);
    const columns: Column<CookieRow>[] = [
      ['consent.prefs.cookieProvider', (row) => this.#local(row.provider)],
      ['consent.prefs.cookiePurpose', (row) => this.#local(row.purpose)],
      ['consent.prefs.cookieExpiry', (row) => this.#local(row.expiry)],
      ['consent.declaration.type', (row) => t(`consent.storage.${row.type ?? 'cookie'}`)],
    ];
    return this.#table(
      'storage-table',
      t('consent.declaration.storageCaption', { purpose }),
      // A cookie's name is code, read left to right in every language.
      ['consent.prefs.cookieName', (row) => html`<code dir="ltr">${row.name}</code>`],
      columns.filter(([, value]) => rows.some((row) => this.#filled(value(row)))),
      rows,
    );
  }

  /** A table with a caption, column headers and a header cell per row; cards on narrow screens. */
  #table<T>(part: string, caption: string, first: Column<T>, columns: Column<T>[], items: T[]) {
    const t = this.#l10n.t.bind(this.#l10n);
    const all = [first, ...columns];
    const labelled = (id: MessageId) => t('consent.prefs.labelled', { label: t(id) });
    return html`<table part=${part}>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${all.map(([id]) => html`<th scope="col">${t(id)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (item) =>
            html`<tr>
              <th scope="row" data-label=${labelled(first[0])}>${first[1](item)}</th>
              ${columns.map(
                ([id, value]) => html`<td data-label=${labelled(id)}>${value(item)}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /**
   * The page's own language tag for dates when it is a variant of the language shown
   * (`en-GB`: "6 December 2026", where `en` gives "December 6, 2026").
   */
  #dateLocale(): string {
    const shown = this.#l10n.lang;
    const asked = languageOf(this);
    try {
      const [variant] = Intl.DateTimeFormat.supportedLocalesOf(asked);
      if (variant && variant.split('-')[0].toLowerCase() === shown.split('-')[0]) return variant;
    } catch {
      // Not a language tag: the language shown.
    }
    return shown;
  }

  #record() {
    const t = this.#l10n.t.bind(this.#l10n);
    const { state, port } = this.#consent;
    const id = port.consentId();
    const when = state.decidedAt;
    const date = (time: number) =>
      new Intl.DateTimeFormat(this.#dateLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(
        time,
      );
    return html`<section class="record" part="record" aria-labelledby="record-title">
      ${this.#heading('record-title', undefined, t('consent.declaration.record'))}
      ${
        id && when !== null
          ? html`<dl class="facts">
              ${this.#fact('consent.declaration.consentId', html`<code dir="ltr">${id}</code>`)}
              ${this.#fact('consent.declaration.decidedAt', html`<time datetime=${new Date(when).toISOString()}>${date(when)}</time>`)}
            </dl>`
          : html`<p>${t('consent.declaration.noRecord')}</p>`
      }
      <button class="button" part="button change-button" @click=${this.#change}>
        ${t('consent.declaration.change')}
      </button>
    </section>`;
  }

  #change = () => this.#consent.store.openPreferences();

  #fact(label: MessageId, value: unknown) {
    if (value === nothing) return nothing;
    return html`<div>
      <dt>${this.#l10n.t(label)}</dt>
      <dd>${value}</dd>
    </div>`;
  }

  #heading(id: string, part: string | undefined, content: unknown): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const p = part ?? nothing;
    switch (level) {
      case 2:
        return html`<h2 id=${id} part=${p}>${content}</h2>`;
      case 4:
        return html`<h4 id=${id} part=${p}>${content}</h4>`;
      case 5:
        return html`<h5 id=${id} part=${p}>${content}</h5>`;
      case 6:
        return html`<h6 id=${id} part=${p}>${content}</h6>`;
      default:
        return html`<h3 id=${id} part=${p}>${content}</h3>`;
    }
  }

  /** The legal basis: the configured one (a keyword, translated, or the site's words), else by purpose. */
  #basis(category: Category) {
    const basis: LegalBasis =
      display(category).legalBasis ?? (category.required ? 'exempt' : 'consent');
    if (typeof basis === 'string' && Object.hasOwn(BASES, basis)) return this.#l10n.t(BASES[basis]);
    return this.#local(basis);
  }

  /** The visitor's current choice for a purpose. */
  #choice(category: Category): string {
    const t = this.#l10n.t.bind(this.#l10n);
    const { state } = this.#consent;
    if (!category.deviceAccess) return t('consent.declaration.noConsentNeeded');
    if (category.required) return t('consent.prefs.alwaysOn');
    if (state.decidedAt === null) return t('consent.declaration.notChosen');
    return t(
      state.categories[category.id] ? 'consent.declaration.allowed' : 'consent.declaration.refused',
    );
  }

  #text(item: Category | Service, key: 'label' | 'description') {
    return purposeText(item, key, this.#l10n);
  }

  /** A text of the configuration in the element's language, isolated; nothing when absent. */
  #local(value: LocalizedText | undefined) {
    return value === undefined ? nothing : show(configText(value, this.#l10n.locale));
  }

  /** A configuration text, or nothing where there is none (no column for it). */
  #shown(text: ConfigText) {
    return text.text ? show(text) : nothing;
  }

  #filled(value: unknown): boolean {
    return value !== nothing && value !== '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-declaration': ConsentDeclaration;
  }
}
