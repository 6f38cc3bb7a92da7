import { useSyncExternalStore } from 'react';
import { consent, serverState } from 'consent-elements';

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

function subscribe(onChange) {
  // The decision found at load arrives with consent-ready, later ones with consent-change.
  document.addEventListener('consent-ready', onChange);
  document.addEventListener('consent-change', onChange);
  return () => {
    document.removeEventListener('consent-ready', onChange);
    document.removeEventListener('consent-change', onChange);
  };
}

/** The consent state; on the server, and while hydrating, the undecided `serverState`. */
export function useConsent() {
  return useSyncExternalStore(
    subscribe,
    () => consent.state,
    () => serverState,
  );
}
