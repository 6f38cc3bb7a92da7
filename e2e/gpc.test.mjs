// Global Privacy Control (CONTRACT §4): the signal is the visitor's refusal.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup } from './server.mjs';

describe('Global Privacy Control', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.stop());

  it('denies every non-required purpose, and acceptAll() cannot grant', async (t) => {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get: () => true,
        configurable: true,
      }),
    );
    const page = await context.newPage();
    const state = await openPage(page, `${env.url}/e2e/pages/store.html`);
    assert.equal(state.decided, true);
    assert.equal(state.method, 'gpc');
    assert.equal(state.gpc, true);
    const granted = Object.entries(state.categories).filter(([, on]) => on);
    assert.deepEqual(granted, [['necessary', true]]);

    await page.evaluate(() => window.consent.acceptAll());
    const after = await page.evaluate(() => window.consent.state);
    assert.equal(after.method, 'gpc');
    assert.deepEqual(after.categories, state.categories);
    assert.equal(await page.evaluate(() => window.consent.granted('analytics')), false);

    // Still refused on the next page load.
    await page.reload();
    const reloaded = await page.evaluate(() => window.consent.ready);
    assert.deepEqual(reloaded.categories, state.categories);
    assert.equal(reloaded.gpc, true);
  });
});
