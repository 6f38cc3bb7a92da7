import {
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  DestroyRef,
  DOCUMENT,
  inject,
  signal,
} from '@angular/core';
import { consent, type GateLoadDetail } from 'consent-elements';

consent.configure({
  categories: [
    { id: 'analytics' },
    {
      id: 'video',
      services: [
        {
          id: 'trip-videos',
          label: 'Trip videos',
          description: 'Our own video host.',
          privacyPolicy: 'https://example.com/privacy',
        },
      ],
    },
  ],
});

/** The consent state, as a signal that follows every decision (call it in an injection context). */
export function injectConsent() {
  const document = inject(DOCUMENT);
  const state = signal(consent.state);
  // The decision found at load arrives with consent-ready, later ones with consent-change.
  const update = () => state.set(consent.state);
  document.addEventListener('consent-ready', update);
  document.addEventListener('consent-change', update);
  inject(DestroyRef).onDestroy(() => {
    document.removeEventListener('consent-ready', update);
    document.removeEventListener('consent-change', update);
  });
  return state.asReadonly();
}

@Component({
  selector: 'app-trip',
  // The consent-* tags are custom elements, not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Our trip</h1>
      <p id="video-state">video: {{ state().categories.video ? 'granted' : 'not granted' }}</p>
      <consent-gate
        category="video"
        service="trip-videos"
        title="Trip video"
        src="/video.html"
        (consent-gate-load)="onLoad($event)"
      ></consent-gate>
      <p>
        <a href="#" data-consent-open>Cookie preferences</a>
        <button type="button" (click)="withdraw()">Withdraw consent</button>
      </p>
    </main>
    <consent-banner></consent-banner>
  `,
})
export class TripComponent {
  protected readonly state = injectConsent();

  protected withdraw() {
    consent.withdraw();
  }

  protected onLoad(event: CustomEvent<GateLoadDetail>) {
    console.log('video loaded for', event.detail.category);
  }
}
