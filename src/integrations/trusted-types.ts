/**
 * Trusted Types: on a page with `require-trusted-types-for 'script'`, running a
 * blocked script or a gate's script means writing script text and URLs, which the
 * browser only accepts through a policy. The page author wrote those scripts into
 * the page; this policy only lets them run once consent allows. Its name is
 * `consent-elements`; a page with a `trusted-types` directive allows it beside Lit's own
 * `lit-html` policy.
 */

import { report } from '../diagnostics/report.js';

interface Policy {
  createScript(text: string): string;
  createScriptURL(url: string): string;
}

type TrustedTypesGlobal = {
  trustedTypes?: { createPolicy(name: string, rules: Policy): Policy };
};

const passThrough: Policy = { createScript: (s) => s, createScriptURL: (s) => s };

/**
 * This copy's policy, created on first use, or a pass-through without Trusted Types;
 * null when the page refuses it. Never published: any script could otherwise use it to
 * bless any string. (A second copy of the library creates its own: a page with a
 * `trusted-types` directive then needs `'allow-duplicates'`.)
 */
let policy: Policy | null | undefined;

export function scriptPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as TrustedTypesGlobal).trustedTypes;
  if (!factory) return (policy = passThrough);
  try {
    return (policy = factory.createPolicy('consent-elements', passThrough));
  } catch (error) {
    report('error', 'E45', '', {}, error);
    return (policy = null);
  }
}
