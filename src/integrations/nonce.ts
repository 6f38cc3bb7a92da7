/**
 * The nonce the page gave the library's own script (a nonce-based Content Security
 * Policy), or '' when it gave none. Scripts the library turns live (blocked scripts,
 * scripts in a gate's template) must carry it: with `'strict-dynamic'`, a script the
 * library creates would otherwise run whatever the page's policy says of the markup it
 * came from (injected markup would become code).
 *
 * The library's own script is the `<script>` whose `src` is this module's URL (the
 * bundle); when the library is imported by another module, or its script carries no
 * nonce, it is the first script of the document that carries a nonce (README, "Strict
 * CSP": keep the page's scripts in `<head>`, before any content a visitor can write).
 * Read once.
 */
let nonce: string | undefined;

export function pageNonce(): string {
  if (nonce !== undefined) return nonce;
  const scripts = [...document.querySelectorAll('script')];
  const own = scripts.find((script) => script.src === import.meta.url);
  // A bundle without a nonce may still run under one: inserted by a nonce'd loader
  // under 'strict-dynamic'. The page's scripts then say that the policy is nonce-based.
  nonce = own?.nonce || scripts.find((script) => script.nonce)?.nonce || '';
  return nonce;
}
