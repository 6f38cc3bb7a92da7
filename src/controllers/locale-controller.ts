import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isLoaded,
  languageOf,
  loadLocale,
  supportedLocale,
  translate,
  type Locale,
} from '../localization/locales.js';
import type { MessageId } from '../localization/messages.js';

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
 * Gives an element its locale and texts. Renders in English until the element's
 * locale module has loaded (on demand), then re-renders.
 */
export class LocaleController implements ReactiveController {
  #host: Host;
  /** The locale the host renders in now. */
  locale: Locale = 'en';
  /** The language tag the host should use (its resolved `lang`). */
  wanted: Locale = 'en';

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this);
    this.resolve();
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  resolve(): void {
    const wanted = supportedLocale(languageOf(this.#host));
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
    return translate(this.locale, id, values);
  }

  #set(locale: Locale): void {
    if (this.locale === locale) return;
    this.locale = locale;
    this.#host.requestUpdate();
  }
}
