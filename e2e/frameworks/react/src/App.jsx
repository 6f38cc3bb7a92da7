import { consent } from 'consent-elements';
import { useConsent } from './consent.js';

export function App() {
  const { categories } = useConsent();
  return (
    <>
      <main>
        <h1>Our trip</h1>
        <p id="video-state">video: {categories.video ? 'granted' : 'not granted'}</p>
        {/* With a stored consent, the gate may load (and write `loaded`) before React
            hydrates it, if React comes late: its iframe is its own, but `loaded` is an
            attribute React did not render. */}
        <consent-gate
          category="video"
          service="trip-videos"
          title="Trip video"
          src="/video.html"
          suppressHydrationWarning
        ></consent-gate>
        {/* On request: loads on the visitor's click only, even once video is granted. */}
        <consent-gate
          on-request
          category="video"
          service="trip-talk"
          title="Trip talk"
          src="/video.html"
        ></consent-gate>
        <p>
          <a href="#" data-consent-open>
            Cookie preferences
          </a>{' '}
          <button type="button" onClick={() => consent.withdraw()}>
            Withdraw consent
          </button>
        </p>
      </main>
      <consent-banner></consent-banner>
    </>
  );
}
