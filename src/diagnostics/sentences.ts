/**
 * Every console message of the library, by code: the sentences the development build
 * prints (production builds print only the code and its `{subject}`; see report.ts).
 * `{subject}` is what the message is about (a configuration field, an element, an id);
 * other `{names}` are filled in by the caller. The README's table of codes is generated
 * from this file (scripts/diagnostics-table.mjs).
 *
 * E… errors: something was ignored or failed; nothing non-essential was granted for it.
 * W… warnings: applied, but short of what the rules ask, or of what the page needs.
 */
export const SENTENCES = {
  // Configuration (CONTRACT §1)
  E01: 'invalid configuration: "{subject}" is not a known field; it is ignored.',
  E02: 'invalid configuration: "{subject}" must be an object; it is ignored.',
  E03: 'invalid configuration: "{subject}" must be an array; it is ignored.',
  E04: 'invalid configuration: "{subject}" must be a string or a map of locale to string; it is ignored.',
  E05: 'invalid configuration: "{subject}" must be a string under a locale code; it is ignored.',
  E06: 'invalid configuration: "{subject}" must be an id of letters, digits, "-" or "_" (at most 64), and not a name such as "constructor"; it is ignored.',
  E07: 'invalid configuration: "{subject}" reuses the id "{id}"; it is ignored.',
  E08: 'invalid configuration: "{subject}" must be a boolean; it is ignored.',
  E09: 'invalid configuration: "{subject}" cannot be false for "necessary"; it is ignored.',
  E10: 'invalid configuration: "{subject}" cannot be true for "{id}", which needs consent; it is ignored.',
  E11: 'invalid configuration: "{subject}" must be an http(s) URL; it is ignored.',
  E12: 'invalid configuration: "{subject}" must be an object with a "name" string; it is ignored.',
  E13: 'invalid configuration: "{subject}" must be a cookie name, optionally ending in *; it is ignored.',
  E14: 'invalid configuration: "{subject}" must be a cookie name; it is ignored.',
  E15: 'invalid configuration: "{subject}" must be "{host}" or one of its parent domains; it is ignored.',
  E16: 'invalid configuration: "{subject}" must start with "/"; it is ignored.',
  E17: 'invalid configuration: "{subject}" must be "Lax", "Strict" or "None"; it is ignored.',
  E18: 'invalid configuration: "{subject}" cannot be set for a "__Host-" cookie name; it is ignored.',
  E19: 'invalid configuration: "{subject}" must be "/" for a "__Host-" cookie name; it is ignored.',
  E20: 'invalid configuration: "{subject}" must be an integer from 1 to 999999999999999; it is ignored.',
  E21: 'invalid configuration: "{subject}" must be a number of days > 0 (at most 3650); it is ignored.',
  E22: 'invalid configuration: "{subject}" must be "deny" or "ignore"; it is ignored.',
  E23: 'invalid configuration: "{subject}" must be true, false or a mapping object; it is ignored.',
  E24: 'invalid configuration: "{subject}" is not a Consent Mode v2 key; it is ignored.',
  E25: 'invalid configuration: "{subject}" must be a category or service id, a list of ids, or a boolean; it is ignored.',
  E26: 'invalid configuration: "{subject}" must be named by a language tag, such as "en" or "pt-BR"; it is ignored.',
  E27: 'invalid configuration: "{subject}" is not a message id (the README lists them); it is ignored.',
  E28: 'invalid configuration: "{subject}" must be a non-empty string; it is ignored.',
  E29: 'invalid configuration: "{subject}" must have exactly the placeholders of the English text ({placeholders}); it is ignored.',
  E30: 'invalid configuration: "{subject}" is not valid JSON; it is ignored.',
  E31: 'invalid configuration: it cannot be read; it is ignored.',
  E63: 'invalid configuration: "{subject}" cannot be read (a getter or a Proxy inside it threw); it is ignored.',
  E51: 'invalid configuration: "{subject}" cannot be false for "{id}", which stores on the device and needs consent; it is ignored.',
  E52: 'invalid configuration: "{subject}" must be "consent", "legitimate-interest", "contract", "legal-obligation", "exempt", or a text; it is ignored.',
  E53: 'invalid configuration: "{subject}" must be "cookie", "localStorage", "sessionStorage" or "indexedDB"; it is ignored.',
  E54: 'invalid configuration: "{subject}" must be a host name, such as "stats.example.com", or a list of them; it is ignored.',
  E55: 'invalid configuration: "{subject}" lists storage for a purpose whose deviceAccess is false; it is ignored.',
  W01: 'configuration: "{subject}" is longer than 6 months (182 days), the most CNIL advises.',
  W02: 'configuration: "{subject}" ("{id}") has no {field} to show visitors.',
  W03: 'configuration: "{subject}" adds a language the library does not ship; these texts are missing and show in English: {missing}.',
  W04: 'the page uses the category "{subject}", which is not configured; it is shown with its id as label. Configure it with a label and description.',
  W05: '"{subject}" is not a valid category id (letters, digits, "-" or "_" (at most 64), and not a name such as "constructor").',
  W06: 'configure() was called after the store loaded: scripts and gates have already acted on the stored decision under the earlier configuration. Configure in the same task as the import, or with <script type="application/json" data-consent-config>.',

  // The store's API (CONTRACT §2)
  W07: 'acceptAll() is refused while a Global Privacy Control signal is honoured; only a per-purpose choice can grant.',
  E32: 'update() takes an object of id → boolean.',
  E33: 'update(): the choice for "{subject}" must be true or false.',
  W08: 'update() cannot grant "{subject}" while a Global Privacy Control signal is honoured, except in answer to a user action.',
  W09: '"{subject}" is required and stays on.',
  E34: 'update() named no valid choice; nothing is decided.',
  E35: 'a callback for "{subject}" threw.',
  W10: 'openPreferences() needs the <consent-preferences> element; import "consent-elements" to define it.',
  E36: "openPreferences(): <consent-preferences> is another script's element, not this library's; no dialog opens.",

  // Persistence, proof and other tabs (CONTRACT §3)
  E37: 'there are {count} "{subject}" cookies, set with different domains or paths; none counts as a decision until the visitor decides again.',
  E38: 'the consent cookie "{subject}" cannot be read; it counts as no decision.',
  E39: 'the browser refuses the consent cookie "{subject}"; a choice applies to this page only.',
  E40: 'IndexedDB is unavailable, so this receipt is not kept in the browser; the decision itself is stored.',
  E41: 'IndexedDB did not answer within {seconds} s; history() returns no receipts.',
  E42: 'the receipt could not be queued for {subject}.',
  E43: 'the receipt could not be sent to {subject}.',
  E60: 'the code that keeps receipts could not be loaded, so this receipt is not kept; the decision itself is stored. Serve the whole dist/ folder, next to consent-elements.js.',
  W11: 'this context refuses a BroadcastChannel, so other open tabs learn of a decision only when shown again.',

  // Integrations (CONTRACT §5, §6)
  E44: 'Google Consent Mode: the consent command could not be sent; window.dataLayer must be an array, and window.gtag must not throw.',
  E61: 'the Google Consent Mode code could not be loaded, so no consent command is sent: serve the whole dist/ folder, next to consent-elements.js.',
  E45: 'the page’s CSP does not allow the Trusted Types policy "consent-elements"; consented scripts cannot run.',

  E62: 'the {subject} attribute of a consented script is refused by the page’s Trusted Types policy (an inline event handler); the script runs without it.',
  E56: 'a script without the nonce of the page ({subject}) stays inert: on a page with a nonce-based CSP, the library runs only scripts that carry the nonce its own script has.',

  // Elements (CONTRACT §5)
  E46: '<{subject}> is already defined by another script, so this library cannot define it; that element will not work as documented.',
  E47: '<consent-gate> needs a category attribute: without one, nothing can allow it always, and it offers "Load once" only.',
  E48: '<consent-gate> needs a <template> child or an http(s) src.',
  W12: '<consent-gate category="{subject}"> loads {provider}, whose privacy policy is not known: configure a service with privacyPolicy and name it in the service attribute.',
  W13: 'this page has no [data-consent-open] element; visitors need one on every page (a footer link) to change or withdraw their choice.',
  E49: 'the "{subject}" texts could not be loaded.',
  E59: "the code that checks the site's own texts could not be loaded: the library's texts are shown. Serve the whole dist/ folder, next to consent-elements.js.",
  E58: '<{subject}> failed to render; the page goes on without it.',
  E50: 'the code of <{subject}> could not be loaded: serve the whole dist/ folder, next to consent-elements.js.',
  E57: 'the code that runs blocked scripts and the scripts of gates could not be loaded, so they stay inert: serve the whole dist/ folder, next to consent-elements.js.',
  E64: 'the code that builds a gate’s content could not be loaded, so the gate stays a placeholder: serve the whole dist/ folder, next to consent-elements.js.',
} as const;

export type Code = keyof typeof SENTENCES;
