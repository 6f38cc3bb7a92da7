// The test's second entry (late.html): the same App, hydrated only once the elements have
// arrived and rendered. A slow bundle, a busy main thread or a deferred Suspense boundary
// can leave hydration this late; here it is certain, so that the test sees what the
// elements did to the server's HTML before React looked at it.
import { hydrateRoot } from 'react-dom/client';
import { consent } from 'consent-elements';
import { App } from './App.jsx';

await consent.ready;
const arriving = consent.state.decided ? ['consent-gate'] : ['consent-gate', 'consent-banner'];
await Promise.all(arriving.map((tag) => customElements.whenDefined(tag)));
await new Promise((resolve) => setTimeout(resolve, 100)); // their first render
hydrateRoot(document.getElementById('root'), <App />);
