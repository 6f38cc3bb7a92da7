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
import { siteTexts } from '../localization/site-texts.js';
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
 * Gives an element its locale, direction and texts: the site's own words (`texts` in the
 * configuration) where it gives them, else the shipped translation. Renders in English
 * until the element's locale module has loaded (on demand), then re-renders.
 */
export class LocaleController implements ReactiveController {
  #host: Host;
  /** The locale the host renders in now. */
  locale: Locale = 'en';
  /** The locale the host should render in (from its resolved `lang`). */
  wanted: Locale = 'en';

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
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
    const wanted = resolveLocale(languageOf(this.#host), this.#site());
    if (wanted === this.wanted && wanted === this.locale) return;
    this.wanted = wanted;
    if (isLoaded(wanted)) {
      this.#set(wanted);
      return;
    }
    void loadLocale(wanted).then(() => {
      if (this.wanted === wanted && isLoaded(wanted)) this.#set(wanted);
    });
  }

  /** A translated text; `{name}` placeholders are filled from `values`. */
  t(id: MessageId, values?: Record<string, string | number>): string {
    return translate(this.locale, id, values, this.#site());
  }

  #site(): SiteTexts {
    return siteTexts(portOf(pageStore()).texts);
  }

  #set(locale: Locale): void {
    if (this.locale === locale) return;
    this.locale = locale;
    this.#host.requestUpdate();
  }
}
