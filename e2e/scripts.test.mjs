// Blocked scripts (CONTRACT §5), watched on the network: nothing is fetched or run
// before consent; after it, each runs once, in document order.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup, watchPage } from './server.mjs';

describe('blocked scripts', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.stop());

  it('are not fetched before consent, then run once each in document order', async (t) => {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    const log = watchPage(page);
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // Answer tracker.js late, so a store that ran the inline script without waiting
    // for the external one before it would break document order.
    await page.route('**/e2e/pages/tracker.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    const trackerRequests = () => requests.filter((p) => p === '/e2e/pages/tracker.js').length;

    await openPage(page, `${env.url}/e2e/pages/scripts.html`);
    await page.waitForTimeout(200); // give a wrongly activated script time to be fetched
    assert.equal(trackerRequests(), 0, 'tracker.js is not requested before consent');
    assert.deepEqual(
      await page.evaluate(() => ({
        tracker: window.tracker,
        inline: window.inlineRan,
        ran: window.ran,
      })),
      { tracker: undefined, inline: undefined, ran: [] },
    );
    // Zero configuration: the category was discovered from the scripts.
    assert.equal(await page.evaluate(() => 'analytics' in window.consent.state.categories), true);

    await page.evaluate(() => window.consent.acceptAll());
    await page.waitForFunction(() => window.ran.length >= 2);
    assert.deepEqual(await page.evaluate(() => window.ran), ['tracker', 'inline:object']);

    // A second grant does not run them again.
    await page.evaluate(() => window.consent.update({ analytics: true }));
    await page.waitForTimeout(100);
    assert.equal(trackerRequests(), 1, 'tracker.js is requested exactly once');
    assert.deepEqual(await page.evaluate(() => window.ran), ['tracker', 'inline:object']);
    assert.deepEqual(log.errors, []);
  });
});
