import 'consent-elements/react';
import { useRef } from 'react';
import type { ConsentGate } from 'consent-elements';

export function Video() {
  const gate = useRef<ConsentGate>(null);
  return (
    <consent-gate
      ref={gate}
      category="video"
      service="youtube"
      title="Tour"
      src="https://www.youtube.com/watch?v=ID"
      on-request
      onconsent-gate-load={(event) => console.log('loaded for', event.detail.category)}
    />
  );
}
