// Server-side rendering: Next, Nuxt, SvelteKit and Angular import a page's modules in
// Node too. Importing the package there must not throw, and its store must say
// "undecided, nothing granted" without touching a cookie. Needs `npm run build` (lib/).
// Each case runs in a fresh Node process, through the package's own `exports`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs an ES module body in a new Node process and returns what it printed as JSON. */
async function inNode(body) {
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', body], {
    cwd: new URL('..', import.meta.url),
  });
  return { result: JSON.parse(stdout), stderr };
}

describe('server-side import (Node, no DOM)', () => {
  it('imports "consent-elements": the store is undecided, ready settles, nothing is granted', async () => {
    const { result, stderr } = await inNode(`
      const { consent, serverState } = await import('consent-elements');
      const { ConsentBanner, ConsentGate, ConsentPreferences } = await import('consent-elements/elements');
      const ready = await consent.ready;
      consent.configure({ revision: 2, categories: [{ id: 'analytics' }] });
      consent.acceptAll();
      consent.update({ analytics: true });
      const off = consent.on('analytics', () => console.log('granted on the server'));
      off();
      consent.openPreferences();
      await new Promise((resolve) => setTimeout(resolve, 20));
      console.log(JSON.stringify({
        classes: [ConsentBanner, ConsentGate, ConsentPreferences].map((c) => typeof c),
        ready,
        serverState,
        granted: consent.granted('analytics'),
        state: consent.state,
        document: typeof document,
      }));
    `);
    assert.deepEqual(result.classes, ['function', 'function', 'function']);
    assert.equal(result.ready.decided, false);
    // What React's getServerSnapshot returns, on the server and while hydrating.
    assert.deepEqual(result.serverState, {
      decided: false,
      categories: {},
      services: {},
      revision: 1,
      decidedAt: null,
      expiresAt: null,
      method: null,
      gpc: false,
    });
    assert.equal(result.granted, false);
    assert.equal(result.state.decided, false);
    assert.equal(result.state.categories.analytics, false);
    assert.equal(result.document, 'undefined');
    assert.equal(stderr, '');
  });

  it('imports "consent-elements/store" alone', async () => {
    const { result } = await inNode(`
      const { consent } = await import('consent-elements/store');
      console.log(JSON.stringify({ decided: (await consent.ready).decided, method: consent.state.method }));
    `);
    assert.deepEqual(result, { decided: false, method: null });
  });
});
