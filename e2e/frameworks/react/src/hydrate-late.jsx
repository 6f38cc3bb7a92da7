// The test's second entry (late.html): the same App, hydrated only once the elements have
// arrived and rendered (a slow bundle or a busy main thread can leave hydration this
// late; here it is certain), so that the test sees what the elements did to the server's
// HTML before React looked at it. Hydration starts in the task after their first render,
// before the page goes idle: a gate whose consent is stored loads only once no task is
// queued. (A boundary hydrated after the page went idle is not covered: README, Server
// rendering.)
import { hydrateRoot } from 'react-dom/client';
import { consent } from 'consent-elements';
import { App } from './App.jsx';

await consent.ready;
const arriving = consent.state.decided ? ['consent-gate'] : ['consent-gate', 'consent-banner'];
await Promise.all(arriving.map((tag) => customElements.whenDefined(tag)));
await Promise.all(arriving.map((tag) => document.querySelector(tag).updateComplete));
hydrateRoot(document.getElementById('root'), <App />);
