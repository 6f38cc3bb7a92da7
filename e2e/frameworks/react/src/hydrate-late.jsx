// The test's second entry (late.html): the same App, hydrated as late as a Suspense
// boundary waiting for code or data can be: once the elements have arrived and
// rendered, the page has gone idle, and, on a visit with a stored consent, the gate has
// loaded its iframe. The test then sees what the elements did to the server's HTML
// before React looked at it: nothing but the gate's `loaded` attribute, which its
// suppressHydrationWarning covers (App.jsx).
import { hydrateRoot } from 'react-dom/client';
import { consent } from 'consent-elements';
import { App } from './App.jsx';

await consent.ready;
const arriving = consent.state.decided ? ['consent-gate'] : ['consent-gate', 'consent-banner'];
await Promise.all(arriving.map((tag) => customElements.whenDefined(tag)));
await Promise.all(arriving.map((tag) => document.querySelector(tag).updateComplete));
await new Promise((resolve) => requestIdleCallback(resolve));
if (consent.state.decided) {
  const gate = document.querySelector('consent-gate');
  await new Promise((resolve) => {
    if (gate.loaded) resolve();
    else gate.addEventListener('consent-gate-load', resolve, { once: true });
  });
}
hydrateRoot(document.getElementById('root'), <App />);
