import { consent } from 'consent-elements';
import { useConsent } from './consent.js';

export function App() {
  const { categories } = useConsent();
  return (
    <>
      <main>
        <h1>Our trip</h1>
        <p id="video-state">video: {categories.video ? 'granted' : 'not granted'}</p>
        <consent-gate
          category="video"
          service="trip-videos"
          title="Trip video"
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
