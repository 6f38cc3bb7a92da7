// The head script, dist/consent-head.js (CONTRACT §6, §7): Google Consent Mode v2's
// `default` before any tag, the stored decision right after, and nothing sent twice
// once the bundle loads. Needs `npm run build` (the server serves the repository root).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup } from './server.mjs';

const DAY = 86_400_000;
const DEFAULTS = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
  wait_for_update: 500,
};
const DENIED = { ...DEFAULTS };
delete DENIED.wait_for_update;

/** A cookie value exactly as the store writes it (src/store/record.ts). */
function record({ r = 1, t = Date.now() - 60_000, m = 'c', gpc = 0, c = '', s = '' } = {}) {
  return `v=1&id=k3x9q2w8e7r6t5y4&r=${r}&t=${t}&m=${m}&d=1&gpc=${gpc}&c=${c}&s=${s}`;
}

/** A page whose head script is followed by a "tag" that records what it finds on dataLayer. */
function headPage(attributes = '', rest = '') {
  return `<!doctype html>
<html lang="en">
  <head>
    <script src="/dist/consent-head.js" ${attributes}></script>
    <script>
      window.seenByTag = (window.dataLayer || []).map((entry) => ({
        isArguments: Object.prototype.toString.call(entry) === '[object Arguments]',
        args: Array.from(entry),
      }));
    </script>
    ${rest}
  </head>
  <body></body>
</html>`;
}

describe('head script (dist/consent-head.js)', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.stop());

  const url = () => `${env.url}/head-test.html`;

  /** A page serving `html` at url(), with the cookies and GPC signal given; `load` opens it. */
  async function prepare(t, html, { cookies = {}, gpc = false } = {}) {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    if (gpc) {
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
          get: () => true,
          configurable: true,
        }),
      );
    }
    const entries = Object.entries(cookies).map(([name, value]) => ({ name, value, url: env.url }));
    if (entries.length) await context.addCookies(entries);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.route(url(), (route) => route.fulfill({ contentType: 'text/html', body: html }));
    t.after(() => assert.deepEqual(errors, []));
    return page;
  }

  async function open(t, html, options) {
    const page = await prepare(t, html, options);
    await page.goto(url());
    return page;
  }

  const seenByTag = (page) => page.evaluate(() => window.seenByTag);
  const marker = (page) =>
    page.evaluate(() => ({ ...window[Symbol.for('consent-elements.head')] }));

  it('sends the default first, with all seven keys, before a tag placed after it runs', async (t) => {
    const page = await open(t, headPage());
    const seen = await seenByTag(page);
    assert.equal(seen.length, 1, 'only the default without a stored decision');
    assert.deepEqual(seen[0], { isArguments: true, args: ['consent', 'default', DEFAULTS] });
    assert.deepEqual(await marker(page), { default: true, update: false });
  });

  it('follows with the stored decision when the cookie holds a valid one', async (t) => {
    const value = record({ c: 'analytics:1|marketing:0|preferences:1' });
    const page = await open(t, headPage(), { cookies: { consent: value } });
    const seen = await seenByTag(page);
    assert.equal(seen.length, 2);
    assert.deepEqual(seen[0].args, ['consent', 'default', DEFAULTS]);
    assert.deepEqual(seen[1], {
      isArguments: true,
      args: [
        'consent',
        'update',
        {
          ...DENIED,
          analytics_storage: 'granted',
          functionality_storage: 'granted',
          personalization_storage: 'granted',
        },
      ],
    });
    assert.deepEqual(await marker(page), { default: true, update: seen[1].args[2] });
  });

  it('reads its cookie name, revision and mapping from data attributes', async (t) => {
    const attributes = `data-cookie="site_consent" data-revision="3"
      data-consent-mode='{"analytics_storage":["stats"],"ad_storage":"ads"}'`;
    const cookies = {
      consent: record({ c: 'analytics:1|marketing:1' }), // not the configured cookie
      site_consent: record({ r: 3, c: 'marketing:0|stats:1', s: 'ads:1' }),
    };
    const page = await open(t, headPage(attributes), { cookies });
    const seen = await seenByTag(page);
    assert.deepEqual(seen[1].args, [
      'consent',
      'update',
      { ...DENIED, analytics_storage: 'granted', ad_storage: 'granted' },
    ]);
  });

  for (const [name, value, attributes] of [
    ['expired', record({ c: 'analytics:1', t: Date.now() - 183 * DAY }), ''],
    [
      'expired under data-expires-after-days',
      record({ c: 'analytics:1', t: Date.now() - 31 * DAY }),
      'data-expires-after-days="30"',
    ],
    ['made under a lower revision', record({ c: 'analytics:1', r: 1 }), 'data-revision="2"'],
    ['dated in the future', record({ c: 'analytics:1', t: Date.now() + 2 * DAY }), ''],
    ['unparseable', 'v=1&analytics=1', ''],
    // A setting that is not a number is not read as the default (fail closed).
    [
      'judged under an unreadable data-revision',
      record({ c: 'analytics:1' }),
      'data-revision="2x"',
    ],
    [
      'judged under an unreadable data-expires-after-days',
      record({ c: 'analytics:1' }),
      'data-expires-after-days="30d"',
    ],
    // Nor is one out of the configuration's range: a revision below 1 would make a
    // decision of any revision current, a lifetime over 3650 days one of any age.
    ['judged under data-revision="0"', record({ c: 'analytics:1' }), 'data-revision="0"'],
    ['judged under data-revision="-1"', record({ c: 'analytics:1' }), 'data-revision="-1"'],
    [
      'judged under data-expires-after-days="99999"',
      record({ c: 'analytics:1', t: Date.now() - 4000 * DAY }),
      'data-expires-after-days="99999"',
    ],
  ]) {
    it(`sends no update when the stored decision is ${name}`, async (t) => {
      const page = await open(t, headPage(attributes), { cookies: { consent: value } });
      const seen = await seenByTag(page);
      assert.deepEqual(
        seen.map((entry) => entry.args[1]),
        ['default'],
      );
      assert.deepEqual(await marker(page), { default: true, update: false });
    });
  }

  it('sends no update when two consent cookies (other paths or domains) differ', async (t) => {
    const page = await prepare(t, headPage());
    // A stale acceptance on the page's own path, listed first, and a newer refusal on "/".
    await page.context().addCookies([
      {
        name: 'consent',
        value: record({ c: 'analytics:1|marketing:1' }),
        domain: new URL(url()).hostname,
        path: '/head-test.html',
      },
      {
        name: 'consent',
        value: record({ c: 'analytics:0|marketing:0', t: Date.now() - 1000 }),
        domain: new URL(url()).hostname,
        path: '/',
      },
    ]);
    await page.goto(url());
    assert.equal(
      (await page.evaluate(() => document.cookie)).split('; ').length,
      2,
      'both cookies are visible (a check of the set-up)',
    );
    const seen = await seenByTag(page);
    assert.deepEqual(
      seen.map((entry) => entry.args[1]),
      ['default'],
    );
  });

  it('records no update it could not send, so that the store sends it', async (t) => {
    const page = await open(
      t,
      `<!doctype html><html><head>
        <script>window.gtag = (...args) => { if (args[1] === 'update') throw new Error('tag'); };</script>
        <script src="/dist/consent-head.js"></script>
      </head><body></body></html>`,
      { cookies: { consent: record({ c: 'analytics:1' }) } },
    );
    assert.deepEqual(await marker(page), { default: true, update: false });
  });

  it('denies everything under a GPC signal, unless the choice was made under it', async (t) => {
    const grants = { c: 'analytics:1|marketing:1' };
    const voided = await open(t, headPage(), { gpc: true, cookies: { consent: record(grants) } });
    assert.deepEqual((await seenByTag(voided))[1].args, ['consent', 'update', DENIED]);

    const underGpc = record({ ...grants, gpc: 1 });
    const kept = await open(t, headPage(), { gpc: true, cookies: { consent: underGpc } });
    assert.equal((await seenByTag(kept))[1].args[2].analytics_storage, 'granted');

    const ignored = await open(t, headPage('data-gpc="ignore"'), {
      gpc: true,
      cookies: { consent: record(grants) },
    });
    assert.equal((await seenByTag(ignored))[1].args[2].ad_storage, 'granted');
  });

  it('calls gtag when the page defines it before the head script', async (t) => {
    const page = await open(
      t,
      `<!doctype html><html><head>
        <script>window.calls = []; window.gtag = (...args) => window.calls.push(args);</script>
        <script src="/dist/consent-head.js"></script>
      </head><body></body></html>`,
      { cookies: { consent: record({ c: 'analytics:1' }) } },
    );
    const { calls, dataLayer } = await page.evaluate(() => ({
      calls: window.calls,
      dataLayer: window.dataLayer,
    }));
    assert.deepEqual(
      calls.map((call) => call.slice(0, 2)),
      [
        ['consent', 'default'],
        ['consent', 'update'],
      ],
    );
    assert.equal(dataLayer, undefined);
  });

  describe('with the bundle on the page', () => {
    const bundle = `
      <script type="application/json" data-consent-config>
        { "googleConsentMode": true, "categories": [{ "id": "analytics" }, { "id": "marketing" }] }
      </script>
      <script type="module">
        import { consent } from '/dist/consent-elements.js';
        window.consent = consent;
      </script>`;
    const commands = (page) =>
      page.evaluate(() => window.dataLayer.map((entry) => [entry[0], entry[1]].join(' ')));

    it('sends each command once, and the store sends later decisions', async (t) => {
      const page = await prepare(t, headPage('', bundle), {
        cookies: { consent: record({ c: 'analytics:1|marketing:0' }) },
      });
      const state = await openPage(page, url());
      assert.equal(state.categories.analytics, true);
      assert.deepEqual(await commands(page), ['consent default', 'consent update']);

      await page.evaluate(() => window.consent.acceptAll());
      // The store's Consent Mode code is fetched on need: its update may follow the
      // decision by a moment. Then no other command may follow.
      await page.waitForFunction(() => window.dataLayer.length >= 3);
      await page.waitForTimeout(200);
      assert.deepEqual(await commands(page), [
        'consent default',
        'consent update',
        'consent update',
      ]);
      const last = await page.evaluate(() => Array.from(window.dataLayer.at(-1)));
      assert.equal(last[2].ad_storage, 'granted');
    });

    it('corrects a key the head script could not judge without the configuration', async (t) => {
      // analytics_storage follows the youtube service, which follows its category: the
      // head script, not knowing that, sends it denied; the store sends it granted.
      const mapped = `
        <script type="application/json" data-consent-config>
          { "googleConsentMode": { "analytics_storage": ["youtube"] },
            "categories": [{ "id": "video", "services": [{ "id": "youtube" }] }] }
        </script>
        <script type="module">
          import { consent } from '/dist/consent-elements.js';
          window.consent = consent;
        </script>`;
      const page = await prepare(
        t,
        headPage(`data-consent-mode='{"analytics_storage":["youtube"]}'`, mapped),
        { cookies: { consent: record({ c: 'video:1' }) } },
      );
      const state = await openPage(page, url());
      assert.equal(state.services.youtube, true);
      assert.deepEqual(await commands(page), [
        'consent default',
        'consent update',
        'consent update',
      ]);
      const updates = await page.evaluate(() =>
        window.dataLayer.slice(1).map((entry) => entry[2].analytics_storage),
      );
      assert.deepEqual(updates, ['denied', 'granted']);
    });

    it('with a dataLayer that is not an array, reports it and the banner still works', async (t) => {
      const broken = `<script>window.dataLayer = {};</script>`;
      const page = await prepare(
        t,
        `<!doctype html><html lang="en"><head>${broken}
          <script src="/dist/consent-head.js"></script>${bundle}
        </head><body><consent-banner></consent-banner></body></html>`,
      );
      const errors = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      const state = await openPage(page, url());
      assert.equal(state.decided, false);
      assert.equal(await marker(page).then((m) => m.default), false);
      await page.locator('consent-banner [part~="reject-button"]').click();
      assert.equal(await page.evaluate(() => window.consent.state.decided), true);
      assert.ok(errors.length >= 1, 'an error is reported');
      for (const error of errors) assert.match(error, /^consent-elements E44\b/);
    });

    it('sends the default once and no update before a decision', async (t) => {
      const page = await prepare(t, headPage('', bundle));
      await openPage(page, url());
      assert.deepEqual(await commands(page), ['consent default']);
    });
  });
});
