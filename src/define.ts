import { ConsentBanner } from './components/consent-banner/consent-banner.js';
import { report } from './diagnostics/report.js';
import { ConsentPreferences } from './components/consent-preferences/consent-preferences.js';
import { ConsentGate } from './components/consent-gate/consent-gate.js';
import { pageStore } from './store/instance.js';

/**
 * The one place where elements are defined, each only if no copy of the library
 * defined it first, and where `[data-consent-open]` elements are wired to the
 * preference dialog.
 */
export function defineElements(): void {
  // Server-side rendering (Node): nothing to define or listen to.
  if (typeof customElements === 'undefined' || typeof document === 'undefined') return;
  const elements: [string, CustomElementConstructor][] = [
    ['consent-banner', ConsentBanner],
    ['consent-preferences', ConsentPreferences],
    ['consent-gate', ConsentGate],
  ];
  for (const [name, element] of elements) {
    const defined = customElements.get(name) as (CustomElementConstructor & Mark) | undefined;
    if (!defined) {
      (element as CustomElementConstructor & Mark)[OURS] = true;
      customElements.define(name, element);
    } else if (!defined[OURS]) {
      // Another script took the name first: the page's <consent-banner> is not ours.
      report('error', 'E46', name);
    }
  }
  listenForOpeners();
}

const LISTENING = Symbol.for('consent-elements.openers');
/** Marks the element classes of any copy of this library. */
const OURS = Symbol.for('consent-elements.element');
type Mark = { [OURS]?: boolean };

/** Any click on, or Enter/Space on a non-native control with, `data-consent-open` opens the dialog. */
function listenForOpeners(): void {
  const root = document as Document & { [LISTENING]?: boolean };
  if (root[LISTENING]) return;
  root[LISTENING] = true;
  const opener = (event: Event) =>
    event
      .composedPath()
      .find(
        (node): node is Element =>
          node instanceof Element && node.hasAttribute('data-consent-open'),
      );
  document.addEventListener('click', (event) => {
    const element = opener(event);
    if (!element) return;
    event.preventDefault();
    pageStore().openPreferences(element.getAttribute('data-consent-open') || undefined);
  });
  // Like a native button: Enter acts on keydown, Space on keyup (so that the key's
  // release does not land on the dialog that just opened).
  const onKey = (event: KeyboardEvent) => {
    const element = opener(event);
    if (!element || element.matches('a[href], button, input, summary')) return;
    const space = event.key === ' ';
    if (!space && event.key !== 'Enter') return;
    event.preventDefault();
    if (space === (event.type === 'keyup')) {
      pageStore().openPreferences(element.getAttribute('data-consent-open') || undefined);
    }
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('keyup', onKey);
}
