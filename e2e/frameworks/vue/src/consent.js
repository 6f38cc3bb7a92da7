import { onMounted, onUnmounted, shallowRef } from 'vue';
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

/** The consent state, as a ref that follows every decision. */
export function useConsent() {
  const state = shallowRef(consent.state);
  // The decision found at load arrives with consent-ready, later ones with consent-change.
  const update = () => (state.value = consent.state);
  onMounted(() => {
    update();
    document.addEventListener('consent-ready', update);
    document.addEventListener('consent-change', update);
  });
  onUnmounted(() => {
    document.removeEventListener('consent-ready', update);
    document.removeEventListener('consent-change', update);
  });
  return state;
}
