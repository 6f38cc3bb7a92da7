// A React 19 app's use of the typed tags, checked by scripts/type-tests.mjs with tsc.
// The package is imported by its name, as an app imports it (a package may import itself
// through its own `exports`). Each `@ts-expect-error` line must fail for its one reason.
// TypeScript does not report an unknown JSX attribute whose name has a dash (it takes it
// for a `data-*` kind of name): a misspelt `on-requst` or `onconsent-gate-loaded` passes,
// but the type of every attribute the tags declare is checked.
import { useConsent } from 'consent-elements/react';
import { useRef } from 'react';
import type { ConsentGate, ConsentState, GateLoadDetail } from 'consent-elements';

export function App({ onLoaded }: { onLoaded: (detail: GateLoadDetail) => void }) {
  const gate = useRef<ConsentGate>(null);
  const state: ConsentState = useConsent();
  // @ts-expect-error A grant is a boolean.
  state.categories.video satisfies number;
  return (
    <>
      <consent-banner position="top" modal dismissible lang="fr" className="banner">
        <span slot="title">Cookies</span>
        We use cookies.
      </consent-banner>
      <consent-preferences open={false} />
      <consent-gate
        ref={gate}
        key="video"
        category="video"
        service="youtube"
        title="Our launch video"
        src="https://www.youtube.com/watch?v=ID"
        on-request
        onconsent-gate-load={(event) => {
          const category: string = event.detail.category;
          onLoaded({ category, service: event.detail.service });
        }}
      >
        <template>
          <iframe src="https://www.youtube-nocookie.com/embed/ID" title="Video" />
        </template>
      </consent-gate>
      <consent-declaration categories="analytics video" show="summary record" heading-level={2} />
      <consent-declaration heading-level="3" />

      {/* A misspelt attribute. */}
      {/* @ts-expect-error: `categroy` is not an attribute of <consent-gate> */}
      <consent-gate category="video" categroy="video" />
      {/* A wrong type. */}
      {/* @ts-expect-error: `src` is a string */}
      <consent-gate category="video" src={42} />
      {/* A value outside the union. */}
      {/* @ts-expect-error: `position` is bottom, top, center, bottom-start or bottom-end */}
      <consent-banner position="left" />
      {/* A boolean given as text. */}
      {/* @ts-expect-error: `on-request` is a boolean */}
      <consent-gate category="video" on-request="yes" />
      {/* An event listener's wrong event type. */}
      {/* @ts-expect-error: consent-gate-load's detail has no `purpose` */}
      <consent-gate category="video" onconsent-gate-load={(event) => event.detail.purpose} />
      {/* The wrong element for the ref. */}
      {/* @ts-expect-error: a ref to a gate is not a ref to the banner */}
      <consent-banner ref={gate} />
    </>
  );
}
