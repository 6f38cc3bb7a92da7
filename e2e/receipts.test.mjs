// Receipts (CONTRACT §3): each decision leaves proof in IndexedDB and, with
// `receiptEndpoint`, is sent there as JSON with navigator.sendBeacon.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup } from './server.mjs';

describe('receipts', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.stop());

  it('keeps one receipt per decision and beacons it to receiptEndpoint', async (t) => {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    const beacons = [];
    let beaconed;
    const beaconArrived = new Promise((resolve) => (beaconed = resolve));
    await page.route('**/e2e/receipt-endpoint', async (route) => {
      const request = route.request();
      beacons.push({ method: request.method(), body: request.postData() });
      beaconed();
      await route.fulfill({ status: 204 });
    });
    await openPage(page, `${env.url}/e2e/pages/receipts.html`);
    await page.evaluate(() => window.consent.update({ analytics: true }));

    const history = await page.evaluate(() => window.consent.history());
    assert.equal(history.length, 1);
    const [receipt] = history;
    assert.deepEqual(Object.keys(receipt).sort(), [
      'categories',
      'decidedAt',
      'gpc',
      'id',
      'locale',
      'method',
      'revision',
      'services',
      'textHash',
    ]);
    const state = await page.evaluate(() => window.consent.state);
    assert.match(receipt.id, /^[a-z0-9]{16}$/);
    assert.equal(receipt.revision, 1);
    assert.equal(receipt.decidedAt, state.decidedAt);
    assert.equal(receipt.method, 'custom');
    assert.deepEqual(receipt.categories, state.categories);
    assert.deepEqual(receipt.categories, { necessary: true, analytics: true, marketing: false });
    assert.deepEqual(receipt.services, state.services);
    assert.equal(receipt.locale, 'en');
    assert.equal(receipt.gpc, false);
    assert.match(receipt.textHash, /^sha256:[0-9a-f]{64}$/);
    // The id is this browser's consent id, which the cookie carries too.
    const cookie = (await context.cookies()).find((c) => c.name === 'consent');
    assert.ok(cookie.value.includes(`id=${receipt.id}&`));

    await Promise.race([
      beaconArrived,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no beacon within 5 s')), 5000)),
    ]);
    assert.equal(beacons.length, 1);
    assert.equal(beacons[0].method, 'POST');
    assert.deepEqual(JSON.parse(beacons[0].body), receipt);
  });
});
