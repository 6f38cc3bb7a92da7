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

// The consent state as a hook: useSyncExternalStore over the store's events, with
// serverState as the server's snapshot (so that hydration matches).
export { useConsent } from 'consent-elements/react';
