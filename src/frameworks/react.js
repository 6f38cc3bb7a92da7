// consent-elements/react: the consent state as a React hook, and (in react.d.ts) the
// typed tags. scripts/framework-types.mjs copies this file to lib/frameworks/react.js.
// It imports the package by its own name, so that a bundler resolving the `development`
// condition gives it the same store module as the app (never a second copy).
/* global document */
import { useSyncExternalStore } from 'react';
import { consent, serverState } from 'consent-elements';

function subscribe(onChange) {
  // The decision found at load arrives with consent-ready, later ones with consent-change.
  document.addEventListener('consent-ready', onChange);
  document.addEventListener('consent-change', onChange);
  return () => {
    document.removeEventListener('consent-ready', onChange);
    document.removeEventListener('consent-change', onChange);
  };
}

const getSnapshot = () => consent.state;
const getServerSnapshot = () => serverState;

/**
 * The page's consent state, re-rendering on every change. On a server, and in the
 * render that hydrates what the server sent, it is `serverState` (undecided, nothing
 * granted), so that hydration matches; React then renders again with the browser's.
 */
export function useConsent() {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
