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

const KEY = Symbol.for('consent-elements.trusted-types');
const passThrough: Policy = { createScript: (s) => s, createScriptURL: (s) => s };

/** The shared policy (one per page, like the store), or a pass-through without Trusted Types. */
export function scriptPolicy(): Policy | null {
  const global = globalThis as TrustedTypesGlobal & { [KEY]?: Policy | null };
  if (global[KEY] !== undefined) return global[KEY];
  const factory = global.trustedTypes;
  if (!factory) return (global[KEY] = passThrough);
  try {
    return (global[KEY] = factory.createPolicy('consent-elements', passThrough));
  } catch (error) {
    report('error', 'E45', '', {}, error);
    return (global[KEY] = null);
  }
}
