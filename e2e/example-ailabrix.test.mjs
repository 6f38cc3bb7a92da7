// examples/ailabrix: the cookie policy of the AI studio Ailabrix, implemented rule by rule.
// Each it() is named after the rule of the policy (with its section) that it checks; the
// table of examples/ailabrix/README.md points to them by these names. Every host but
// 127.0.0.1 is stubbed and recorded (e2e/examples-support.mjs), so "nothing before
// consent" and "no tracking pixel" are checked on the network.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup } from './server.mjs';
import {
  SETTLE_MS,
  assertBuilt,
  axeProblems,
  bannerBox,
  bannerButton,
  cookieJar,
  dialog,
  openExample,
  ready,
  store,
  until,
  scrollThrough,
  declarationsRendered,
} from './examples-support.mjs';
import { LANGUAGES, TEXTS } from '../examples/ailabrix/texts.js';

const NAME = 'ailabrix';
const POLICY = 'cookie-policy.html';
const MINDYS = 'https://statistics.mindys.ai/script.js';
const BEACON = 'https://static.cloudflareinsights.com/beacon.min.js';
const VIDEOS = [
  'https://www.youtube-nocookie.com/embed/Qm7d2VbL4xE',
  'https://www.youtube-nocookie.com/embed/H3tRw8kZp9s',
];
const DAY = 24 * 60 * 60;

/**
 * The site's configuration, exactly as examples/ailabrix/consent.js passes it to
 * consent.configure(): the module is run here with a stand-in for the store.
 */
async function loadConfig() {
  const source = readFileSync('examples/ailabrix/consent.js', 'utf8').replace(
    /^import \{ consent \} from .*$/m,
    'const consent = { configure: (config) => (globalThis.__ailabrixConfig = config) };',
  );
  await import(`data:text/javascript,${encodeURIComponent(source)}`);
  return globalThis.__ailabrixConfig;
}
const CONFIG = await loadConfig();
const category = (id) => CONFIG.categories.find((c) => c.id === id);

/** The words of the library's own buttons, per language (its shipped translations). */
const ACCEPT = {
  en: 'Accept all',
  it: 'Accetta tutto',
  es: 'Aceptar todo',
  de: 'Alle akzeptieren',
  fr: 'Tout accepter',
};
const CUSTOMIZE = {
  en: 'Customize',
  it: 'Personalizza',
  es: 'Personalizar',
  de: 'Anpassen',
  fr: 'Personnaliser',
};

/** The consent-elements warnings and every console error a page printed. */
function problems(log) {
  return log.console
    .filter(
      (m) => m.type === 'error' || (m.type === 'warning' && m.text.includes('consent-elements')),
    )
    .map((m) => `${m.type}: ${m.text}`);
}

function assertClean(log) {
  assert.deepEqual(log.errors, [], 'no page error');
  assert.deepEqual(problems(log), [], 'no console error, no consent-elements warning');
}

/** A table's header cells and its rows, as the visitor reads them. */
async function readTable(table) {
  const headers = await table.locator('thead th').allInnerTexts();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.innerText.trim())));
  return { headers: headers.map((h) => h.trim()), rows };
}

const times = (list, url) => list.filter((u) => u === url).length;

/** Decodes the consent cookie's query-string value. */
const decoded = (cookie) => Object.fromEntries(new URLSearchParams(cookie.value));

const withGpc = (context) =>
  context.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      get: () => true,
      configurable: true,
    }),
  );

describe('examples/ailabrix (the Ailabrix cookie policy)', () => {
  let env;
  before(async () => {
    assertBuilt();
    env = await setup();
  });
  after(() => env?.stop());

  const open = (t, options) => openExample(env, t, NAME, options);

  it('§02/§04/§05 first visit: the banner asks, only strictly necessary is on, nothing is stored and no other host is contacted', async (t) => {
    for (const path of ['', POLICY]) {
      const { context, page, log, external } = await open(t, { path });
      await bannerBox(page).waitFor({ state: 'visible' });
      await page.waitForTimeout(SETTLE_MS);
      const state = await store(page);
      assert.equal(state.decided, false, path);
      assert.deepEqual(
        Object.entries(state.categories).filter(([, on]) => on),
        [['necessary', true]],
        'only the strictly necessary purpose is on',
      );
      // The banner is the site's own message, with a link to the cookie policy.
      const link = page.locator('consent-banner a');
      assert.equal(await link.getAttribute('href'), './cookie-policy.html');
      assert.ok(await link.isVisible());
      // §04: both analytics scripts are still inert; §05: no video before consent.
      assert.equal(await page.locator('script[type="text/plain"][data-consent]').count(), 2);
      assert.equal(await page.locator('consent-gate[loaded]').count(), 0);
      assert.deepEqual(external, [], `no request leaves 127.0.0.1 before consent (${path})`);
      assert.deepEqual(await context.cookies(), [], 'no cookie before a decision');
      assert.equal(await page.evaluate(() => localStorage.length), 0, 'no localStorage');
      assert.deepEqual(await page.evaluate(() => indexedDB.databases()), [], 'no IndexedDB');
      assertClean(log);
    }
  });

  it('§02 the choice is kept in the first-party cookie ailabrix_cc for 6 months', async (t) => {
    const { context, page, log, beacons } = await open(t);
    await bannerButton(page, 'Accept all').click();
    await bannerBox(page).waitFor({ state: 'detached' });
    const now = Date.now() / 1000;
    const jar = await cookieJar(context);
    assert.deepEqual(Object.keys(jar), ['ailabrix_cc'], 'the consent cookie, and nothing else');
    // §03's four entries are all there is: no receipt database either.
    assert.deepEqual(await page.evaluate(() => indexedDB.databases()), [], 'no IndexedDB');
    // The proof of consent goes to the site's server: one receipt per decision.
    await until(() => beacons.length === 1);
    assert.equal(beacons[0].path, '/examples/ailabrix/api/consent-receipts');
    const receipt = JSON.parse(beacons[0].body);
    assert.equal(receipt.id, decoded(jar.ailabrix_cc).id, 'the consent id of the cookie');
    assert.equal(receipt.revision, 1);
    assert.equal(receipt.method, 'accept-all');
    assert.deepEqual(receipt.categories, { necessary: true, analytics: true, video: true });
    assert.equal(receipt.gpc, false);
    assert.match(receipt.textHash, /^sha256:[0-9a-f]{64}$/);
    const cookie = jar.ailabrix_cc;
    // First-party: set by the site itself, for its own host only, on every path.
    assert.equal(cookie.domain, '127.0.0.1');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.sameSite, 'Lax');
    const days = (cookie.expires - now) / DAY;
    assert.ok(Math.abs(days - 182) < 0.01, `expires in ${days} days, not 6 months (182 days)`);
    const value = decoded(cookie);
    assert.equal(value.m, 'a', 'accept-all');
    assert.equal(value.c, 'analytics:1|video:1', 'per category');
    const state = await store(page);
    assert.equal(Math.round((state.expiresAt - state.decidedAt) / 1000 / DAY), 182);

    // A refusal is kept the same way.
    await page.locator('footer [data-consent-open]').click();
    await dialog(page).waitFor({ state: 'visible' });
    await dialog(page).getByRole('button', { name: 'Reject all' }).click();
    await page.waitForFunction(async () => {
      const { consent } = await import('/dist/consent-elements.js');
      return consent.state.method === 'reject-all';
    });
    const refused = (await cookieJar(context)).ailabrix_cc;
    await until(() => beacons.length === 2);
    assert.equal(JSON.parse(beacons[1].body).method, 'reject-all');
    assert.equal(decoded(refused).c, 'analytics:0|video:0');
    assert.ok(Math.abs((refused.expires - Date.now() / 1000) / DAY - 182) < 0.01);

    // A returning visitor is not asked again.
    await page.reload();
    const reloaded = await ready(page);
    assert.equal(reloaded.decided, true);
    assert.equal(await bannerBox(page).count(), 0);
    assertClean(log);
  });

  it('§04 "Accept all" runs one blocked script per service, Mindys and the Cloudflare beacon, each once, and loads the videos', async (t) => {
    const { page, log, external } = await open(t);
    await bannerButton(page, 'Accept all').click();
    await bannerBox(page).waitFor({ state: 'detached' });
    const loaded = async (round) => {
      await scrollThrough(page);
      await page.waitForFunction(
        () => document.querySelectorAll('consent-gate[loaded]').length === 2,
      );
      await until(() => [MINDYS, BEACON, ...VIDEOS].every((url) => external.includes(url)));
      await page.waitForFunction(
        () => document.querySelectorAll('script[data-consent-activated]').length === 2,
      );
      await page.waitForTimeout(SETTLE_MS);
      for (const url of [MINDYS, BEACON, ...VIDEOS]) {
        assert.equal(times(external, url), round, `${url} requested once per page load`);
      }
    };
    await loaded(1);
    // The live scripts keep the providers' own attributes.
    const live = await page
      .locator('script[data-consent-activated]')
      .evaluateAll((list) =>
        list.map((s) => [s.dataset.consent, s.src, s.dataset.domain ?? s.dataset.cfBeacon]),
      );
    assert.deepEqual(live, [
      ['mindys', MINDYS, 'ailabrix.com'],
      ['cloudflare-web-analytics', BEACON, '{"token": "4f1c2a9e7b6d4e0f8a3b5c7d9e1f2a4b"}'],
    ]);
    const state = await store(page);
    assert.equal(state.method, 'accept-all');
    assert.equal(state.services.mindys, true);
    assert.equal(state.services['cloudflare-web-analytics'], true);

    await page.reload();
    assert.equal((await ready(page)).decided, true);
    await loaded(2);
    assertClean(log);
  });

  it('§02/§04 consent is granular: one analytics provider can be allowed without the other', async (t) => {
    const { page, log, external } = await open(t);
    await bannerButton(page, 'Customize').click();
    await dialog(page).waitFor({ state: 'visible' });
    // Nothing is pre-ticked: every purpose and every provider the visitor can choose.
    const choices = [];
    for (const choice of await dialog(page).getByRole('switch').all()) {
      if (await choice.isDisabled()) continue; // strictly necessary: always on
      const name =
        (await choice.getAttribute('aria-label')) ??
        (await choice.evaluate((el) => el.labels?.[0]?.textContent.trim() ?? el.id));
      assert.equal(await choice.isChecked(), false, name);
      choices.push(name);
    }
    assert.equal(choices.length, 5, `analytics, Mindys, Cloudflare, video, YouTube: ${choices}`);
    await dialog(page).getByRole('switch', { name: 'Mindys' }).check();
    await dialog(page).getByRole('button', { name: 'Save choices' }).click();
    await until(() => external.includes(MINDYS));
    await page.waitForTimeout(SETTLE_MS);
    assert.equal(times(external, BEACON), 0, 'the Cloudflare beacon stays off');
    const state = await store(page);
    assert.equal(state.services.mindys, true);
    assert.equal(state.services['cloudflare-web-analytics'], false);
    assert.equal(state.categories.video, false);
    assertClean(log);
  });

  it('§02 refusing does not reduce site functionality: after "Reject all" the language switcher works and a video still loads once, on request', async (t) => {
    const { page, log, external } = await open(t);
    await bannerButton(page, 'Reject all').click();
    await bannerBox(page).waitFor({ state: 'detached' });
    await page.waitForTimeout(SETTLE_MS);
    assert.deepEqual(external, [], 'nothing external after a refusal');
    const gates = page.locator('consent-gate');
    assert.equal(await gates.count(), 2);
    // §05: videos are click-to-load. "Load once" loads this one video and stores nothing.
    await gates
      .first()
      .getByRole('button', { name: /^Load once/ })
      .click();
    await until(() => external.includes(VIDEOS[0]));
    await page.waitForTimeout(SETTLE_MS);
    assert.deepEqual(external, [VIDEOS[0]]);
    assert.equal(await page.locator('consent-gate[loaded]').count(), 1);
    const state = await store(page);
    assert.equal(state.categories.video, false);
    assert.equal(state.categories.analytics, false);
    // The page's own features respond.
    await page.selectOption('#language', 'de');
    await page.getByRole('heading', { level: 1, name: TEXTS['hero.title'].de }).waitFor();
    assertClean(log);
  });

  it('§03 strictly necessary entries are always on: session, csrf_token and ailabrix_lang survive a refusal and a withdrawal', async (t) => {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    // What the Flask server sets on ailabrix.com (this static example has no server).
    await context.addCookies([
      { name: 'session', value: 'eyJsYW5nIjoiZW4ifQ', url: env.url, httpOnly: true },
      {
        name: 'csrf_token',
        value: 'IjQ5ZWQ4ZDYx',
        url: env.url,
        httpOnly: true,
        expires: Math.round(Date.now() / 1000) + 3600,
      },
    ]);
    const { page, log } = await open(t, { context });
    await page.selectOption('#language', 'it');
    await bannerButton(page, 'Rifiuta tutto').click();
    await bannerBox(page).waitFor({ state: 'detached' });
    let jar = await cookieJar(context);
    assert.ok(jar.session && jar.csrf_token, 'a refusal keeps the session and the CSRF token');
    assert.equal(jar.session.expires, -1, 'session: a session cookie');
    assert.equal(await page.evaluate(() => localStorage.getItem('ailabrix_lang')), 'it');

    // The preference panel shows the purpose on, and its switch cannot be turned off.
    await page.locator('footer [data-consent-open]').click();
    await dialog(page).waitFor({ state: 'visible' });
    const necessary = dialog(page).getByRole('switch', { name: category('necessary').label.it });
    assert.equal(await necessary.isChecked(), true);
    assert.equal(await necessary.isDisabled(), true);
    await page.keyboard.press('Escape');

    await page.evaluate(async () => (await import('/dist/consent-elements.js')).consent.withdraw());
    await bannerBox(page).waitFor({ state: 'visible' });
    jar = await cookieJar(context);
    assert.ok(jar.session && jar.csrf_token, 'a withdrawal keeps them too');
    assert.equal(await page.evaluate(() => localStorage.getItem('ailabrix_lang')), 'it');
    assertClean(log);
  });

  it('§03/§04 the cookie policy renders its tables from the configuration: the strictly necessary entries and the analytics providers', async (t) => {
    const { page, log } = await open(t, { path: POLICY });
    await declarationsRendered(page);

    // §03, as the policy states it: name, provider, purpose, expiration (and type).
    const necessary = await readTable(
      page.locator('#s03 consent-declaration table[part="storage-table"]'),
    );
    assert.deepEqual(necessary.headers, ['Name', 'Provider', 'Purpose', 'Expiration', 'Type']);
    assert.deepEqual(necessary.rows, [
      [
        'session',
        'ailabrix.com',
        'Server-side Flask session reference (login state, CSRF, language).',
        'Session',
        'Cookie',
      ],
      [
        'csrf_token',
        'ailabrix.com',
        'Cross-Site Request Forgery protection on every form (Flask-WTF).',
        '1 hour',
        'Cookie',
      ],
      [
        'ailabrix_cc',
        'ailabrix.com',
        'Stores your cookie consent choice (per category).',
        '6 months',
        'Cookie',
      ],
      [
        'ailabrix_lang',
        'ailabrix.com',
        'Remembers your preferred interface language (en / it / es / de / fr).',
        'Persistent',
        'Local storage',
      ],
    ]);
    // ... and exactly what the configuration holds.
    assert.deepEqual(
      necessary.rows.map(([name, , purpose, expiry]) => [name, purpose, expiry]),
      category('necessary').cookies.map((c) => [c.name, c.purpose.en, c.expiry.en]),
    );
    const s03 = await page.locator('#s03 consent-declaration .declaration').innerText();
    assert.match(s03, /Art\. 5\(3\) ePrivacy Directive, Recital 66/);
    assert.match(s03, /Always on/);
    assert.match(await page.locator('#s03').innerText(), /These four entries cannot be disabled/);

    // §04: provider, endpoint, purpose, country (and each provider's privacy policy).
    const analytics = await readTable(
      page.locator('#s04 consent-declaration table[part="services-table"]'),
    );
    assert.deepEqual(analytics.headers, [
      'Service',
      'Provider',
      'Purpose',
      'Endpoint',
      'Country',
      'Privacy policy',
    ]);
    assert.deepEqual(analytics.rows, [
      [
        'Mindys',
        'Mindys',
        'Privacy-friendly, cookieless page-view analytics (aggregate visitor counts, referrers, country at country level). No fingerprinting, no cross-site tracking.',
        'statistics.mindys.ai',
        'EU',
        'Privacy policy of Mindys',
      ],
      [
        'Cloudflare Web Analytics',
        'Cloudflare',
        'Cookieless Core Web Vitals beacon (page load, LCP, INP, CLS). Helps us keep the site fast. No identifiers stored on your device.',
        'static.cloudflareinsights.com',
        'USA (SCCs)',
        'Privacy policy of Cloudflare Web Analytics',
      ],
    ]);
    const policies = await page
      .locator('#s04 consent-declaration table[part="services-table"] a')
      .evaluateAll((links) => links.map((a) => a.href));
    assert.deepEqual(
      policies,
      category('analytics').services.map((s) => s.privacyPolicy),
    );
    // Cookieless: the purpose lists no cookie or storage at all.
    assert.equal(
      await page.locator('#s04 consent-declaration table[part="storage-table"]').count(),
      0,
    );
    const s04 = await page.locator('#s04 consent-declaration .declaration').innerText();
    assert.match(s04, /Consent \(Art\. 4\(11\) and Art\. 7 GDPR\)/);
    assert.match(s04, /Not chosen yet/);
    assert.match(
      await page.locator('#s04').innerText(),
      /Standard Contractual Clauses \(Decision 2021\/914\)/,
    );
    // §08: the videos' provider is a transfer too, said in its table and under §08.
    const videos = await readTable(
      page.locator('#s05 consent-declaration table[part="services-table"]'),
    );
    const country = videos.headers.indexOf('Country');
    assert.deepEqual(
      videos.rows.map((row) => [row[0], row[country]]),
      [['YouTube', 'USA (EU–US Data Privacy Framework)']],
    );
    assert.match(
      await page.locator('#s08').innerText(),
      /played by YouTube \(Google LLC, USA\).*EU–US Data Privacy Framework/,
    );

    // The banner's preference panel shows the same rows, with the same Type column
    // (one configuration; local storage is not a cookie).
    await bannerButton(page, 'Customize').click();
    await dialog(page).waitFor({ state: 'visible' });
    const panel = dialog(page).getByRole('region', { name: /^Strictly necessary: / });
    await dialog(page).getByText('Cookies used (4)').click();
    const inPanel = await readTable(panel.locator('table'));
    assert.deepEqual(inPanel.rows, necessary.rows);
    assertClean(log);
  });

  it('§06 the cookie policy shows the visitor’s consent record: consent ID and date of the last choice', async (t) => {
    const { context, page, log } = await open(t, { path: POLICY });
    await declarationsRendered(page);
    const record = page.locator('#s06 consent-declaration[show="record"]');
    assert.match(
      await record.locator('.declaration').innerText(),
      /You have not made a choice on this site yet\./,
    );
    await record.getByRole('button', { name: 'Change your choices' }).click();
    await dialog(page).waitFor({ state: 'visible' });
    await dialog(page).getByRole('button', { name: 'Accept all' }).click();
    await record.locator('time').waitFor();
    const { id, t: decidedAt } = decoded((await cookieJar(context)).ailabrix_cc);
    assert.equal(
      (await record.locator('code').innerText()).trim(),
      id,
      'the consent ID of the cookie',
    );
    assert.equal(
      await record.locator('time').getAttribute('datetime'),
      new Date(Number(decidedAt)).toISOString(),
    );
    // The choice shown in §04 follows.
    assert.match(
      await page.locator('#s04 consent-declaration .declaration').innerText(),
      /Allowed/,
    );
    assertClean(log);
  });

  it('§02/§06 "Cookie preferences" in the footer of every page reopens the panel, and withdrawing is as easy as accepting', async (t) => {
    for (const path of ['', POLICY]) {
      const { page, log } = await open(t, { path });
      const link = page.locator('footer [data-consent-open]');
      assert.equal((await link.innerText()).trim(), 'Cookie preferences', path);
      await link.click();
      await dialog(page).waitFor({ state: 'visible' });
      assert.equal(
        (await dialog(page).getByRole('heading', { level: 2 }).innerText()).trim(),
        'Cookie preferences',
      );
      assertClean(log);
    }
    const { page, log, external } = await open(t);
    await bannerButton(page, 'Accept all').click();
    await until(() => external.includes(MINDYS) && external.includes(BEACON));
    // One click to accept, two to withdraw: the footer link, then "Reject all".
    await page.locator('footer [data-consent-open]').click();
    await dialog(page).waitFor({ state: 'visible' });
    await dialog(page).getByRole('button', { name: 'Reject all' }).click();
    await page.waitForFunction(async () => {
      const { consent } = await import('/dist/consent-elements.js');
      return consent.state.categories.analytics === false;
    });
    await page.reload();
    await ready(page);
    await page.waitForTimeout(SETTLE_MS);
    assert.equal(times(external, MINDYS), 1, 'no analytics after withdrawal');
    assert.equal(times(external, BEACON), 1);
    assert.equal(await bannerBox(page).count(), 0, 'the refusal is the answer: no banner');
    assertClean(log);
  });

  it('§06 deleting the ailabrix_cc cookie brings the banner back on the next visit', async (t) => {
    const { context, page, log, external } = await open(t);
    await bannerButton(page, 'Accept all').click();
    await until(() => external.includes(MINDYS));
    await context.clearCookies({ name: 'ailabrix_cc' });
    await page.reload();
    const state = await ready(page);
    assert.equal(state.decided, false);
    assert.equal(state.categories.analytics, false);
    await bannerBox(page).waitFor({ state: 'visible' });
    await page.waitForTimeout(SETTLE_MS);
    assert.equal(times(external, MINDYS), 1, 'nothing runs on the earlier answer');
    assertClean(log);
  });

  it('§07 Global Privacy Control on a first visit: analytics off, no banner, nothing requested', async (t) => {
    const { context, page, log, external } = await open(t, { gpc: true });
    const state = await store(page);
    assert.equal(state.gpc, true);
    assert.equal(state.method, 'gpc');
    assert.equal(state.categories.analytics, false);
    assert.equal(state.categories.video, false);
    assert.equal(await bannerBox(page).count(), 0);
    await scrollThrough(page);
    await page.waitForTimeout(SETTLE_MS);
    assert.deepEqual(external, []);
    assert.equal(decoded((await cookieJar(context)).ailabrix_cc).gpc, '1');
    assertClean(log);
  });

  it('§07 Global Privacy Control forces analytics off after an earlier "Accept all"', async (t) => {
    const { context, page, log, external } = await open(t);
    await bannerButton(page, 'Accept all').click();
    await until(() => external.includes(MINDYS) && external.includes(BEACON));
    // The same visitor comes back with the signal on.
    await withGpc(context);
    await page.reload();
    const state = await ready(page);
    assert.equal(state.gpc, true);
    assert.equal(state.method, 'gpc');
    assert.equal(state.categories.analytics, false, 'forced off, whatever was clicked before');
    assert.equal(await bannerBox(page).count(), 0);
    await page.waitForTimeout(SETTLE_MS);
    assert.equal(times(external, MINDYS), 1);
    assert.equal(times(external, BEACON), 1);
    await page.locator('footer [data-consent-open]').click();
    await dialog(page).waitFor({ state: 'visible' });
    await dialog(page).getByText('Your Global Privacy Control signal was honoured').waitFor();
    assert.equal(
      await dialog(page).getByRole('switch', { name: 'Analytics & performance' }).isChecked(),
      false,
    );
    await page.keyboard.press('Escape');

    // The policy page says so (§07) and shows the choice refused (§04).
    await page.goto(`${env.url}/examples/${NAME}/${POLICY}`);
    await ready(page);
    await declarationsRendered(page);
    assert.equal(
      (await page.locator('[data-gpc-status]').innerText()).trim(),
      TEXTS['s07.gpcOn'].en,
    );
    assert.match(
      await page.locator('#s04 consent-declaration .declaration').innerText(),
      /Refused/,
    );
    await page.waitForTimeout(SETTLE_MS);
    assert.equal(times(external, MINDYS), 1);
    assertClean(log);
  });

  it('§07 Do Not Track is not honoured: the banner still asks, and the visitor’s own answer applies', async (t) => {
    const context = await env.browser.newContext({ extraHTTPHeaders: { DNT: '1' } });
    t.after(() => context.close());
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'doNotTrack', {
        get: () => '1',
        configurable: true,
      }),
    );
    const { page, log, external } = await open(t, { context });
    assert.equal(await page.evaluate(() => navigator.doNotTrack), '1');
    await bannerBox(page).waitFor({ state: 'visible' });
    const state = await store(page);
    assert.equal(state.decided, false, 'DNT is not taken as an answer');
    assert.equal(state.gpc, false);
    await bannerButton(page, 'Accept all').click();
    await until(() => external.includes(MINDYS) && external.includes(BEACON));
    await page.goto(`${env.url}/examples/${NAME}/${POLICY}`);
    await ready(page);
    assert.match(await page.locator('#s07').innerText(), /no longer honoured by most platforms/);
    assertClean(log);
  });

  it('§09 a new cookie category asks for fresh consent: the banner reappears, earlier answers stay in force, the new category is off', async (t) => {
    const { page, log, external } = await open(t);
    await bannerButton(page, 'Accept all').click();
    await until(() => external.includes(MINDYS) && external.includes(BEACON));

    // The site adds a chat provider to its configuration (consent.js, one more category).
    const original = readFileSync('examples/ailabrix/consent.js', 'utf8');
    const chat = {
      id: 'chat',
      label: {
        en: 'Support chat',
        it: 'Chat di assistenza',
        es: 'Chat de soporte',
        de: 'Support-Chat',
        fr: 'Chat d’assistance',
      },
      description: {
        en: 'A live chat with our team, from Crisp, which sets cookies.',
        it: 'Una chat dal vivo con il nostro team, di Crisp, che imposta cookie.',
        es: 'Un chat en directo con nuestro equipo, de Crisp, que instala cookies.',
        de: 'Ein Live-Chat mit unserem Team, von Crisp, der Cookies setzt.',
        fr: 'Un chat en direct avec notre équipe, fourni par Crisp, qui dépose des cookies.',
      },
      services: [{ id: 'crisp', label: 'Crisp', privacyPolicy: 'https://crisp.chat/en/privacy/' }],
    };
    const body = `${original}\nconsent.configure({ categories: [${JSON.stringify(chat)}] });\n`;
    await page.route(`**/examples/${NAME}/consent.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body }),
    );
    await page.reload();
    const state = await ready(page);
    await bannerBox(page).waitFor({ state: 'visible' });
    assert.equal(state.decided, false, 'the visitor is asked again');
    assert.equal(state.categories.chat, false, 'the new category is off');
    assert.equal(state.categories.analytics, true, 'earlier answers stay in force');
    assert.equal(state.categories.video, true);
    await until(() => times(external, MINDYS) === 2 && times(external, BEACON) === 2);

    // §09 "we will list it here": the policy page lists the new category.
    await page.goto(`${env.url}/examples/${NAME}/${POLICY}`);
    await ready(page);
    await declarationsRendered(page);
    const summary = await readTable(
      page.locator('#s09 consent-declaration table[part="summary-table"]'),
    );
    assert.deepEqual(
      summary.rows.map((row) => [row[0], row.at(-1)]),
      [
        ['Strictly necessary', 'Always on'],
        ['Analytics & performance', 'Allowed'],
        ['Embedded videos', 'Allowed'],
        ['Support chat', 'Refused'],
      ],
    );
    // The visitor answers: the banner goes.
    await bannerButton(page, 'Accept all').click();
    await bannerBox(page).waitFor({ state: 'detached' });
    const answered = await store(page);
    assert.equal(answered.decided, true);
    assert.equal(answered.categories.chat, true);
    assertClean(log);
  });

  it('§05 no advertising cookies and no cross-site pixels: even after "Accept all", only the declared providers are contacted', async (t) => {
    const allowed = new Set([
      'statistics.mindys.ai',
      'static.cloudflareinsights.com',
      'www.youtube-nocookie.com',
    ]);
    const trackers =
      /facebook|fbcdn|licdn|linkedin|twitter|ads-twitter|x\.com|tiktok|doubleclick|googleadservices|googlesyndication|googletagmanager|google-analytics/;
    for (const path of ['', POLICY]) {
      const { context, page, log, external } = await open(t, { path });
      await bannerButton(page, 'Accept all').click();
      await until(() => external.includes(MINDYS) && external.includes(BEACON));
      await scrollThrough(page);
      await page.waitForTimeout(SETTLE_MS);
      const hosts = new Set(external.map((url) => new URL(url).host));
      for (const host of hosts) assert.ok(allowed.has(host), `${host} is not a declared provider`);
      assert.ok(!external.some((url) => trackers.test(url)), 'no advertising or pixel host');
      assert.deepEqual(Object.keys(await cookieJar(context)), ['ailabrix_cc']);
      assert.deepEqual(
        await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'ailabrix_lang')),
        [],
      );
      assertClean(log);
    }
  });

  it('languages: the switcher offers en, it, es, de and fr, writes ailabrix_lang, sets <html lang>, and the page and the consent elements follow', async (t) => {
    // Every text of the pages exists in the five languages, with the same placeholders.
    assert.deepEqual(LANGUAGES, ['en', 'it', 'es', 'de', 'fr']);
    for (const [key, texts] of Object.entries(TEXTS)) {
      const slots = (s) => (s.match(/\{\w+\}/g) ?? []).sort().join();
      for (const lang of LANGUAGES) {
        assert.ok(texts[lang]?.trim(), `${key} has no ${lang} text`);
        assert.equal(slots(texts[lang]), slots(texts.en), `${key}.${lang} placeholders`);
      }
    }
    // ... and every text the configuration shows visitors, too.
    const maps = [];
    for (const c of CONFIG.categories) {
      maps.push(c.label, c.description);
      if (c.legalBasis) maps.push(c.legalBasis);
      for (const row of c.cookies ?? []) maps.push(row.purpose, row.expiry, row.provider);
      for (const s of c.services ?? []) maps.push(s.label, s.description, s.provider);
      for (const s of c.services ?? []) if (s.country) maps.push(s.country);
    }
    for (const map of maps) assert.deepEqual(Object.keys(map).sort(), [...LANGUAGES].sort());
    for (const file of ['index.html', POLICY]) {
      const html = readFileSync(`examples/ailabrix/${file}`, 'utf8');
      for (const [, key] of html.matchAll(/data-i18n="([^"]+)"/g)) assert.ok(TEXTS[key], key);
      for (const [, pairs] of html.matchAll(/data-i18n-attr="([^"]+)"/g)) {
        for (const pair of pairs.split(';')) assert.ok(TEXTS[pair.split(':')[1].trim()], pair);
      }
    }

    const { page, log } = await open(t);
    assert.deepEqual(
      await page.locator('#language option').evaluateAll((list) => list.map((o) => o.value)),
      LANGUAGES,
    );
    for (const lang of ['it', 'es', 'de', 'fr', 'en']) {
      await page.selectOption('#language', lang);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.evaluate(() => localStorage.getItem('ailabrix_lang')), lang);
      assert.equal(await page.title(), TEXTS['home.title'][lang]);
      assert.equal((await page.locator('h1').innerText()).trim(), TEXTS['hero.title'][lang]);
      assert.equal(
        (await page.locator('footer [data-consent-open]').innerText()).trim(),
        TEXTS['footer.prefs'][lang],
      );
      // The consent elements follow <html lang>: the banner, the gates, the dialog.
      await bannerButton(page, ACCEPT[lang]).waitFor();
      assert.equal(await bannerBox(page).getAttribute('lang'), lang);
      assert.equal(
        await page.locator('consent-gate').first().getAttribute('title'),
        TEXTS['work.claims.title'][lang],
      );
      await bannerButton(page, CUSTOMIZE[lang]).click();
      await dialog(page).waitFor({ state: 'visible' });
      assert.equal(await dialog(page).getAttribute('lang'), lang);
      const headings = (await dialog(page).locator('h3').allInnerTexts()).map((h) => h.trim());
      assert.deepEqual(
        headings,
        CONFIG.categories.map((c) => c.label[lang]),
      );
      assert.match(
        await dialog(page).innerText(),
        new RegExp(category('analytics').description[lang].slice(0, 40).replace(/[()]/g, '\\$&')),
      );
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'hidden' });
    }
    // The choice is remembered (a necessary entry) and applies on the next page.
    await page.selectOption('#language', 'es');
    await page.goto(`${env.url}/examples/${NAME}/${POLICY}`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal((await page.locator('h1').innerText()).trim(), TEXTS['policy.h1'].es);
    await bannerButton(page, ACCEPT.es).waitFor();
    assertClean(log);
  });

  it('languages: the cookie policy page and its tables are shown in each of the five languages', async (t) => {
    const { page, log } = await open(t, { path: POLICY });
    await declarationsRendered(page);
    for (const lang of ['it', 'es', 'de', 'fr', 'en']) {
      await page.selectOption('#language', lang);
      assert.equal((await page.locator('#s03-title').innerText()).trim(), TEXTS['s03.title'][lang]);
      assert.equal(
        (await page.locator('#s07 [data-i18n="s07.p1"]').innerText()).trim(),
        TEXTS['s07.p1'][lang],
      );
      const necessary = page.locator('#s03 consent-declaration');
      await page.waitForFunction(
        ([label]) =>
          document
            .querySelector('#s03 consent-declaration')
            ?.shadowRoot?.querySelector('h3')
            ?.textContent.trim() === label,
        [category('necessary').label[lang]],
      );
      const table = await readTable(necessary.locator('table'));
      assert.deepEqual(
        table.rows.map((row) => [row[0], row[2], row[3]]),
        category('necessary').cookies.map((c) => [c.name, c.purpose[lang], c.expiry[lang]]),
      );
      const services = await readTable(page.locator('#s04 consent-declaration table'));
      assert.deepEqual(
        services.rows.map((row) => [row[0], row[2], row[4]]),
        category('analytics').services.map((s) => [
          s.label[lang],
          s.description[lang],
          s.country[lang],
        ]),
      );
      assert.equal(
        await page.locator('#s06 consent-declaration').locator('.declaration').getAttribute('lang'),
        lang,
      );
    }
    assertClean(log);
  });

  it('accessibility: no serious axe violation on either page, light and dark, with the banner, the dialog and the tables; no horizontal scroll at 320 px', async (t) => {
    for (const colorScheme of ['light', 'dark']) {
      for (const path of ['', POLICY]) {
        const { page, log } = await open(t, { path });
        await page.emulateMedia({ colorScheme });
        await bannerBox(page).waitFor({ state: 'visible' });
        await declarationsRendered(page);
        assert.deepEqual(
          await axeProblems(page, { colourOnly: colorScheme === 'dark' }),
          [],
          `${colorScheme} ${path || 'index.html'}, banner`,
        );
        await bannerButton(page, 'Customize').click();
        await dialog(page).waitFor({ state: 'visible' });
        assert.deepEqual(
          await axeProblems(page, { colourOnly: colorScheme === 'dark' }),
          [],
          `${colorScheme} ${path || 'index.html'}, dialog`,
        );
        assertClean(log);
      }
    }
    for (const path of ['', POLICY]) {
      const { page } = await open(t, { path, viewport: { width: 320, height: 640 } });
      await bannerBox(page).waitFor({ state: 'visible' });
      await declarationsRendered(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${path || 'index.html'} is ${width}px wide at 320 px`);
    }
    // Focus is visible: once the banner is answered, the first Tab shows the skip link,
    // with the site's focus ring.
    const { page } = await open(t);
    await bannerButton(page, 'Reject all').click();
    await page.reload();
    await ready(page);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    assert.ok(await skip.isVisible());
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(outline, 'solid');
  });
});
