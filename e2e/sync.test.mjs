// Two tabs of one site: a decision or a withdrawal in one reaches the other at once,
// with no reload (CONTRACT §2, `consent-change` with method `sync`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup } from './server.mjs';

/** Starts recording the page's `consent-change` events in `window.changes`. */
function recordChanges(page) {
  return page.evaluate(() => {
    window.changes = [];
    document.addEventListener('consent-change', (event) => window.changes.push(event.detail));
  });
}

/** Waits for the page's `n`th `consent-change` and returns its detail. */
async function change(page, n) {
  await page.waitForFunction((count) => window.changes.length >= count, n, { timeout: 5000 });
  return page.evaluate((at) => window.changes[at], n - 1);
}

describe('two tabs', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.stop());

  it('carries a decision and its withdrawal from tab A to tab B', async (t) => {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    const url = `${env.url}/e2e/pages/store.html`;
    const a = await context.newPage();
    const b = await context.newPage();
    await openPage(a, url);
    const initial = await openPage(b, url);
    assert.equal(initial.decided, false);
    await recordChanges(b);

    await a.evaluate(() => window.consent.update({ analytics: true, marketing: true }));
    let detail = await change(b, 1);
    assert.equal(detail.method, 'sync');
    assert.deepEqual(detail.changed.sort(), ['analytics', 'marketing']);
    const stateA = await a.evaluate(() => window.consent.state);
    let stateB = await b.evaluate(() => window.consent.state);
    assert.equal(stateB.decided, true);
    assert.equal(stateB.categories.analytics, true);
    assert.equal(stateB.categories.video, false);
    assert.deepEqual(stateB, stateA);
    assert.deepEqual(detail.state, stateB);
    assert.equal(await b.evaluate(() => window.consent.granted('marketing')), true);

    await a.evaluate(() => window.consent.withdraw());
    detail = await change(b, 2);
    assert.equal(detail.method, 'sync');
    stateB = await b.evaluate(() => window.consent.state);
    assert.equal(stateB.decided, false);
    assert.equal(stateB.categories.analytics, false);
    assert.equal(stateB.categories.marketing, false);
    assert.deepEqual(stateB, await a.evaluate(() => window.consent.state));
    assert.equal(await b.evaluate(() => window.changes.length), 2, 'one event per change');
  });
});
