// The same tags in a component without CUSTOM_ELEMENTS_SCHEMA, which Angular's compiler
// must refuse: scripts/type-tests.mjs compiles it with tsconfig.wrong.json and checks that
// each `expect-error` comment's next line has an error whose message holds the comment's
// text up to the parenthesis, and that no other line has one.
import { Component } from '@angular/core';
import 'consent-elements';

@Component({
  selector: 'app-wrong',
  template: `
    <!-- expect-error: 'consent-gate' is not a known element (no schema) -->
    <consent-gate category="video" src="/video.html"></consent-gate>
    <a href="#" data-consent-open>Cookie preferences</a>
    <!-- expect-error: 'consent-banner' is not a known element (no schema) -->
    <consent-banner></consent-banner>
  `,
})
export class WrongComponent {}
