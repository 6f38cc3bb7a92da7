import { readable } from 'svelte/store';
import { consent } from 'consent-elements';

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
        {
          id: 'trip-talk',
          label: 'Trip talk',
          description: 'A talk about the trip, on our own video host.',
          privacyPolicy: 'https://example.com/privacy',
        },
      ],
    },
  ],
});

/** The consent state, as a store that follows every decision. */
export const consentState = readable(consent.state, (set) => {
  const update = () => set(consent.state);
  update(); // the store may have loaded before the first subscriber
  // The decision found at load arrives with consent-ready, later ones with consent-change.
  document.addEventListener('consent-ready', update);
  document.addEventListener('consent-change', update);
  return () => {
    document.removeEventListener('consent-ready', update);
    document.removeEventListener('consent-change', update);
  };
});
