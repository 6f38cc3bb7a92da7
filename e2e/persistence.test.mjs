// The decision across page loads: the cookie, expiry by the page's clock, a browser
// without IndexedDB, and no storage written before a decision (CONTRACT §3).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup, watchPage } from './server.mjs';

const DAY = 86_400_000;

describe('persistence', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.stop());

  it('keeps the decision across a reload in a compact `consent` cookie', async (t) => {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    const url = `${env.url}/e2e/pages/store.html`;
    await openPage(page, url);
    await page.evaluate(() => window.consent.update({ analytics: true, video: true }));

    await page.reload();
    const state = await page.evaluate(() => window.consent.ready);
    assert.equal(state.decided, true);
    assert.equal(state.method, 'custom');
    assert.deepEqual(state.categories, {
      necessary: true,
      preferences: false,
      analytics: true,
      marketing: false,
      video: true,
      maps: false,
      chat: false,
      social: false,
    });

    const cookie = (await context.cookies()).find((c) => c.name === 'consent');
    assert.ok(cookie, 'the consent cookie exists');
    const size = cookie.name.length + 1 + cookie.value.length;
    assert.ok(size < 300, `the cookie is ${size} bytes`);
  });

  it('voids a decision older than expiresAfterDays by the page clock', async (t) => {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    const start = Date.now();
    await page.clock.install({ time: start });
    const url = `${env.url}/e2e/pages/store.html`;
    await openPage(page, url);
    await page.evaluate(() => window.consent.acceptAll());

    // 100 days on, the decision still holds (the page clock really moves the store).
    await page.clock.setSystemTime(start + 100 * DAY);
    await page.reload();
    let state = await page.evaluate(() => window.consent.ready);
    assert.equal(state.decided, true, 'still valid after 100 days');

    await page.clock.setSystemTime(start + 200 * DAY);
    await page.reload();
    state = await page.evaluate(() => window.consent.ready);
    // The cookie's own Max-Age runs on the browser's real clock, so it is still
    // there: only the store's own judgement of expiry can void the decision.
    const cookie = (await context.cookies()).find((c) => c.name === 'consent');
    assert.ok(cookie, 'the cookie is still in the jar');
    assert.match(cookie.value, /&m=a&/);
    assert.equal(state.decided, false);
    assert.equal(state.method, null);
    assert.equal(state.categories.analytics, false);
    assert.equal(await page.evaluate(() => window.consent.granted('marketing')), false);
  });

  it('keeps the decision in the cookie when IndexedDB is unavailable', async (t) => {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    await context.addInitScript(() =>
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
    );
    const page = await context.newPage();
    const log = watchPage(page);
    const url = `${env.url}/e2e/pages/store.html`;
    await openPage(page, url);
    assert.equal(await page.evaluate(() => typeof indexedDB), 'undefined');
    await page.evaluate(() => window.consent.acceptAll());
    // The receipt could not be kept: idb really failed, and said so.
    assert.deepEqual(await page.evaluate(() => window.consent.history()), []);
    assert.ok(
      log.console.some((m) => m.type === 'error' && /IndexedDB/.test(m.text)),
      'the store reports that IndexedDB failed',
    );

    await page.reload();
    const state = await page.evaluate(() => window.consent.ready);
    assert.equal(state.decided, true);
    assert.equal(state.method, 'accept-all');
    assert.equal(state.categories.marketing, true);
    assert.deepEqual(log.errors, []);
  });

  it('writes no cookie or storage before a decision', async (t) => {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    const log = watchPage(page);
    await openPage(page, `${env.url}/e2e/pages/store.html`);
    // Reading the (empty) history must not create the database either.
    assert.deepEqual(await page.evaluate(() => window.consent.history()), []);
    assert.equal(await page.evaluate(() => window.consent.granted('analytics')), false);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      databases: (await indexedDB.databases()).map((db) => db.name),
    }));
    assert.deepEqual(stored, { cookie: '', localStorage: 0, sessionStorage: 0, databases: [] });
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(log.errors, []);
  });
});
