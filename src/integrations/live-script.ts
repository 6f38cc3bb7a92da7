/**
 * Turning an inert script live (CONTRACT §5): a blocked script once its purpose is
 * granted, or a script in a gate's template once the gate loads. Fetched on need: a page
 * pays for it only when a script is to run.
 */

import { scriptPolicy } from './trusted-types.js';
import { pageNonce } from './nonce.js';
import { report } from '../diagnostics/report.js';

const refused = new WeakSet<HTMLScriptElement>();

/**
 * A script element that will run when inserted, copied from one that will not (a
 * blocked script, or one cloned from a template): same attributes, text and nonce.
 * Null when it may not run: on a page whose nonce it does not carry (src/integrations/nonce.ts),
 * or under a Trusted Types policy that refuses the library's.
 */
export function liveScript(inert: HTMLScriptElement, type?: string): HTMLScriptElement | null {
  const required = pageNonce();
  if (required && nonceOf(inert) !== required) {
    // Injected markup, or a script the site forgot to give its nonce: it stays inert.
    if (!refused.has(inert)) {
      refused.add(inert);
      const consent = inert.getAttribute('data-consent');
      const src = inert.getAttribute('src');
      report(
        'error',
        'E56',
        [consent !== null && `data-consent="${consent}"`, src !== null && `src="${src}"`]
          .filter(Boolean)
          .join(' ') || 'script',
      );
    }
    return null;
  }
  const policy = scriptPolicy();
  if (!policy) return null;
  const live = document.createElement('script');
  for (const { name, value } of inert.attributes) {
    if (['type', 'data-type', 'nonce', 'src'].includes(name)) continue;
    try {
      live.setAttribute(name, value);
    } catch (error) {
      // An inline event handler (`onload`…) under Trusted Types: the script runs without it.
      report('error', 'E62', name, {}, error);
    }
  }
  if (type) live.type = type;
  const nonce = nonceOf(inert);
  if (nonce) live.nonce = nonce;
  const src = inert.getAttribute('src');
  if (src !== null) live.src = policy.createScriptURL(src);
  else live.text = policy.createScript(inert.text);
  return live;
}

/**
 * Replaces the inert script by a live copy and waits for an external one to load (or
 * fail), so that the next script in document order runs after it. Modules join the
 * browser's in-order list (`async = false`) as external scripts do, so modules and
 * external scripts keep their order; an inline module fires no `load` event to wait
 * for, so the inline classic scripts that follow it may run before it (WebKit) or after
 * it (Chromium, Firefox).
 */
export function activate(inert: HTMLScriptElement): Promise<void> {
  if (!inert.isConnected) return Promise.resolve();
  const live = liveScript(inert, inert.dataset.type);
  if (!live) return Promise.resolve();
  live.dataset.consentActivated = '';
  const external = inert.hasAttribute('src');
  if (external || live.type === 'module') live.async = false;
  const done = new Promise<void>((resolve) => {
    if (!external) return resolve();
    live.addEventListener('load', () => resolve(), { once: true });
    live.addEventListener('error', () => resolve(), { once: true });
  });
  inert.replaceWith(live);
  return done;
}

/** The nonce an element carries (hidden from its attributes once parsed, kept in `.nonce`). */
export function nonceOf(element: HTMLElement | SVGElement): string {
  return element.nonce || element.getAttribute('nonce') || '';
}
