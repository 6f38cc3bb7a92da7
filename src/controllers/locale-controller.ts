import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  directionOf,
  isLoaded,
  langTag,
  languageOf,
  loadLocale,
  resolveLocale,
  translate,
  type Locale,
} from '../localization/locales.js';
import { pageStore } from '../page-store.js';
import { portOf } from '../store/port.js';
import { report } from '../diagnostics/report.js';
import type { MessageId, SiteTexts } from '../store/types.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: any change of a `lang` attribute re-resolves every
// element's locale (its own, an ancestor's, or <html lang>).
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchLang(controller: LocaleController): void {
  hosts.add(controller);
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((c) => c.resolve()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

function unwatchLang(controller: LocaleController): void {
  hosts.delete(controller);
  if (hosts.size) return;
  observer?.disconnect();
  observer = undefined;
}

/**
 * The site's own words (`texts`) are checked against every message id and placeholder,
 * which needs all the English: that code comes only to a page whose configuration has
 * texts. Until it is there, elements wait (`pending`) rather than flash the library's
 * words; if it cannot be fetched, they show the library's texts.
 */
let site: Pick<typeof import('../localization/site-texts.js'), 'siteTexts'> | undefined;
let siteLoading = false;

function loadSiteTexts(): void {
  if (siteLoading) return;
  siteLoading = true;
  import('../localization/site-texts.js')
    .then(
      (module) => (site = module),
      (error) => {
        report('error', 'E59', '', {}, error);
        site = { siteTexts: () => ({}) };
      },
    )
    .then(() => hosts.forEach((c) => c.host.requestUpdate()));
}

/**
 * Gives an element its locale, direction and texts: the site's own words (`texts` in the
 * configuration) where it gives them, else the shipped translation. The locale module
 * is loaded on demand; until it is there, `pending` (English if it cannot be loaded).
 */
export class LocaleController implements ReactiveController {
  readonly host: Host;
  /** The locale the host renders in now. */
  locale: Locale = 'en';
  /** The locale the host should render in (from its resolved `lang`). */
  wanted: Locale = 'en';
  /** The wanted locale's module is loading. */
  #waiting = false;
  /** The wanted locale's module could not be loaded. */
  #failed = false;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /**
   * The host's language module, or the site's own texts, are on their way: the banner,
   * the gate and the declaration wait to show their texts rather than show English
   * first, or the library's words in place of the site's.
   */
  get pending(): boolean {
    return this.#waiting || (!site && this.#inputs().length > 0);
  }

  /** The `lang` of the host's rendered content. */
  get lang(): string {
    return langTag(this.locale);
  }

  /** The writing direction of the host's rendered content. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  hostConnected(): void {
    watchLang(this);
    this.resolve();
  }

  // Every render: the site may have added or replaced texts with configure().
  hostUpdate(): void {
    this.resolve();
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  resolve(): void {
    const wanted = resolveLocale(languageOf(this.host), this.#site());
    // Shown, loading, or given up on (its texts could not be loaded: English stays).
    if (wanted === this.wanted && (wanted === this.locale || this.#waiting || this.#failed)) {
      return;
    }
    this.wanted = wanted;
    this.#failed = false;
    this.#waiting = !isLoaded(wanted);
    if (!this.#waiting) {
      this.#set(wanted);
      return;
    }
    void loadLocale(wanted).then(() => {
      if (this.wanted !== wanted) return;
      // Loaded, or failed (reported): the host shows its texts either way.
      this.#waiting = false;
      this.#failed = !isLoaded(wanted);
      if (this.#failed) this.host.requestUpdate();
      else this.#set(wanted);
    });
  }

  /** A translated text; `{name}` placeholders are filled from `values`. */
  t(id: MessageId, values?: Record<string, string | number>): string {
    return translate(this.locale, id, values, this.#site());
  }

  #inputs(): readonly unknown[] {
    return portOf(pageStore()).texts;
  }

  #site(): SiteTexts {
    const inputs = this.#inputs();
    if (!inputs.length) return {};
    if (site) return site.siteTexts(inputs);
    loadSiteTexts();
    return {};
  }

  #set(locale: Locale): void {
    if (this.locale === locale) return;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
