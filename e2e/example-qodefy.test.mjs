// examples/qodefy: the site of the digital agency Qodefy, reproducing its cookie policy
// (sections 1 to 10). Each test checks rules of the policy, named by section; the
// example's README maps every rule to the test that checks it.
//
// The pages are opened as a site author ships them (the built bundle); every host but
// 127.0.0.1 is stubbed and recorded, so "nothing before consent" is checked on the network.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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
  QODEFY_REQUESTED,
} from './examples-support.mjs';

const NAME = 'qodefy';
const DAY = 86400;

/** What the home page requests once everything is accepted, each exactly once. */
const REQUESTED = QODEFY_REQUESTED;
const ANALYTICS = REQUESTED.slice(0, 2);
const MARKETING = REQUESTED.slice(2, 5);

/** §6: one provider per kind of embed the policy lists. */
const EMBED_KINDS = {
  video: 'youtube',
  maps: 'google-maps',
  'social widgets': 'linkedin-post',
  'hosted forms': 'typeform',
  'documentation tools': 'notion',
  calendars: 'google-calendar',
  chat: 'crisp',
  scheduling: 'calendly',
};

/** The policy's text, section by section (its headings and every paragraph). */
const POLICY = [
  [
    '1. What Cookies and Similar Technologies Mean',
    'Cookies are small text files stored on your browser or device. In this policy, the term also covers similar technologies such as local storage, session storage, pixels, tags, web beacons, scripts, SDK-based identifiers, and equivalent mechanisms used to recognize sessions or remember technical choices.',
    'Qodefy may use these technologies across pages, forms, account-related areas, embedded modules, and future platform features in order to maintain continuity, improve reliability, and support expected user experience.',
    'This policy covers technologies used for essential operations, security, fraud prevention, language and interface preferences, audience measurement, performance diagnostics, embedded third-party content, support workflows, and future digital features that may require equivalent storage or tracking mechanisms.',
    'Our objective is to keep this information practical and transparent: what is used, why it may be used, which legal basis applies, how you can control your choices, and how Qodefy ensures non-essential technologies stay disabled until consent is collected when required.',
  ],
  [
    '2. Legal Framework and Consent Principles',
    'Qodefy applies EU privacy principles, including CNIL guidance for France-facing services: non-essential cookies require prior consent, strictly necessary cookies may be exempt when they are technically required, refusal must be as easy as acceptance, and consent withdrawal must stay accessible at any time.',
    'Where consent is the legal basis, cookies are activated only after a valid user choice through the cookie banner or preference center. We regularly review our implementation to keep legal and technical alignment.',
  ],
  [
    '3. Strictly Necessary and Security Cookies',
    'Strictly necessary cookies support core service operation and security: session continuity, infrastructure routing, load balancing, form protection, bot mitigation, abuse prevention, consent-state memory, and core service delivery explicitly requested by the visitor.',
    'Security technologies may include anti-fraud tokens, request validation identifiers, suspicious traffic detection, and defensive controls against malicious automation or service disruption. These mechanisms may be used without prior consent where legally permitted.',
  ],
  [
    '4. Functional, Preference, and Personalization Technologies',
    'Qodefy may use functional technologies to remember language, interface preferences, accessibility options, display choices, and continuity settings that improve navigation comfort across sessions.',
    'When personalization is not strictly necessary, it is deployed according to applicable consent requirements and may include content prioritization, remembered reading paths, and user-experience adjustments based on previous interactions.',
  ],
  [
    '5. Analytics, Audience Measurement, and Performance Monitoring',
    'Analytics and performance technologies help us understand how visitors use the site, which pages are most useful, how navigation flows perform, and where technical issues or usability friction appear.',
    'Depending on tool configuration, these technologies may require prior consent. Certain analytics configurations may be exempt only under strict legal conditions. Qodefy reviews analytics setups against those conditions before activation.',
  ],
  [
    '6. Embedded Content and Third-Party Services',
    'Pages that include external media or integrations (for example video, maps, social widgets, hosted forms, documentation tools, calendars, chat, or scheduling modules) may trigger third-party cookies when loaded or interacted with.',
    'When third-party content is enabled, the relevant provider may collect data under its own policy. Qodefy encourages visitors to review third-party cookie and privacy notices before interacting with embedded services.',
  ],
  [
    '7. Marketing, Social, and Campaign Measurement Technologies',
    'If Qodefy activates campaign analytics, social advertising, conversion measurement, affiliate tracking, or audience segmentation tools, those technologies may record interaction signals such as referral source, campaign path, conversion events, and engagement metrics.',
    'These technologies are generally non-essential and are activated only after prior consent where required by law. Refusing such cookies should not block access to the main website content.',
  ],
  [
    '8. Cookie Duration and Data Lifecycle',
    'Qodefy may use both session cookies and persistent cookies. Session cookies usually expire at browser close, while persistent cookies remain until their configured lifetime ends or the user deletes them.',
    'Retention periods depend on technical purpose, legal basis, and service design. We aim to limit duration to what is reasonably necessary and periodically review retention strategy.',
  ],
  [
    '9. User Controls and Preference Management',
    'Visitors can manage cookie choices through the website consent interface, browser settings, device privacy options, and provider-specific opt-out tools when available. You may also delete previously stored cookies.',
    'Disabling some cookies may reduce service quality, personalization, speed, or feature availability. However, rejecting non-essential cookies should remain straightforward and accessible.',
  ],
  [
    '10. Processors, International Transfers, and Policy Updates',
    'Qodefy may rely on service providers for hosting, analytics, security, communication, and embedded modules. Depending on service architecture, related data may be processed within or outside the EEA under appropriate legal safeguards.',
    'We may update this policy to reflect legal changes, infrastructure updates, new integrations, or product evolution. When material changes occur, the Last updated date and consent interface content are revised accordingly.',
  ],
];

/** The configuration of examples/qodefy/consent.js, read in Node (no browser). */
async function siteConfig() {
  const source = await readFile('examples/qodefy/consent.js', 'utf8');
  const patched = source.replace(
    /^import \{ consent \} from .*$/m,
    'const consent = { configure: (config) => (globalThis.__qodefyConfig = config) };',
  );
  await import(`data:text/javascript,${encodeURIComponent(patched)}`);
  return globalThis.__qodefyConfig;
}

/** Seconds from now until a cookie expires. */
const lifetime = (cookie) => cookie.expires - Date.now() / 1000;

/** Asserts that a cookie lives `days` days (within two minutes). */
function assertLifetime(cookie, days, name = cookie?.name) {
  assert.ok(cookie, `${name} is set`);
  const seconds = lifetime(cookie);
  assert.ok(
    Math.abs(seconds - days * DAY) < 120,
    `${name} lives ${seconds / DAY} days, not ${days}`,
  );
}

/** The last Google Consent Mode update the page sent (on dataLayer). */
const consentModeUpdate = (page) =>
  page.evaluate(
    () => [...window.dataLayer].reverse().find((c) => c[0] === 'consent' && c[1] === 'update')?.[2],
  );

const gate = (page, service) => page.locator(`consent-gate[service="${service}"]`);
const prefSwitch = (page, id) => page.locator(`consent-preferences input[data-id="${id}"]`);
const consoleProblems = (log) =>
  log.console
    .filter((m) => m.type === 'error' || (m.type === 'warning' && /consent-elements/.test(m.text)))
    .map((m) => `${m.type}: ${m.text}`);

/** The rows (cell texts) of one table part of a declaration. */
function tableRows(page, selector, part) {
  return page
    .locator(selector)
    .evaluate(
      (el, part) =>
        [...el.shadowRoot.querySelectorAll(`[part~="${part}"]`)].map((table) =>
          [...table.tBodies[0].rows].map((tr) =>
            [...tr.cells].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
          ),
        ),
      part,
    );
}

/**
 * Opens the "Cookie settings" dialog from the footer link, with the keyboard: a mouse
 * click right after scrolling to the footer can be routed by Chromium to a loaded
 * cross-origin embed that stood under the pointer before the scroll.
 */
async function openSettings(page) {
  await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).focus();
  await page.keyboard.press('Enter');
  await dialog(page).waitFor({ state: 'visible' });
}

async function save(page) {
  await dialog(page).getByRole('button', { name: 'Save choices' }).click();
  await dialog(page).waitFor({ state: 'hidden' });
}

describe('examples/qodefy (Qodefy cookie policy)', () => {
  let env;
  before(async () => {
    assertBuilt();
    env = await setup();
  });
  after(() => env?.stop());

  it('§1 §2 first visit: nothing optional runs, loads or is stored before a choice', async (t) => {
    const { context, page, log, external } = await openExample(env, t, NAME);
    await bannerBox(page).waitFor({ state: 'visible' });
    await page.waitForTimeout(SETTLE_MS);
    const state = await store(page);
    assert.equal(state.decided, false);
    assert.deepEqual(
      Object.entries(state.categories).filter(([, on]) => on),
      [['necessary', true]],
    );
    assert.equal(await page.locator('consent-gate').count(), 8);
    assert.equal(await page.locator('consent-gate[loaded]').count(), 0);
    assert.equal(
      await page.locator('script[data-consent]:not([type="text/plain"])').count(),
      0,
      'every blocked script is still text/plain',
    );
    assert.deepEqual(external, [], 'no request leaves the site before consent');
    assert.deepEqual(await context.cookies(), [], 'no cookie before a choice');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'no local storage');
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'no session storage');
    assert.deepEqual(await page.evaluate(() => indexedDB.databases()), [], 'no IndexedDB');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(consoleProblems(log), []);
  });

  it('§2 §9 refusing is as easy as accepting: "Reject all" beside "Accept all", same size, one click', async (t) => {
    const { page } = await openExample(env, t, NAME);
    const buttons = ['Accept all', 'Reject all', 'Customize'].map((n) => bannerButton(page, n));
    const looks = await Promise.all(
      buttons.map((b) =>
        b.evaluate((el) => {
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return {
            width: Math.round(r.width),
            height: Math.round(r.height),
            top: Math.round(r.top),
            font: `${s.fontSize} ${s.fontWeight}`,
            colors: `${s.color} on ${s.backgroundColor}`,
          };
        }),
      ),
    );
    for (const look of looks.slice(1)) assert.deepEqual(look, looks[0], 'same size and style');
    await bannerButton(page, 'Reject all').click();
    await bannerBox(page).waitFor({ state: 'detached' });
    const state = await store(page);
    assert.equal(state.decided, true);
    assert.equal(state.method, 'reject-all');
  });

  it('§7 §9 after "Reject all" the main content works and nothing optional loads', async (t) => {
    const { context, page, log, external } = await openExample(env, t, NAME);
    await bannerButton(page, 'Reject all').click();
    await bannerBox(page).waitFor({ state: 'detached' });

    // Navigation, the case-study filter, the insights and the display settings all work.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Work' })
      .click();
    assert.equal(new URL(page.url()).hash, '#work');
    await page.locator('#work-filter label', { hasText: 'Design systems' }).click();
    assert.equal(await page.locator('#work-count').innerText(), '2 case studies shown.');
    const read = page.locator('#insight-inp button[aria-controls]');
    await read.click();
    assert.ok(await page.locator('#body-inp').isVisible(), 'an insight opens');
    await page.locator('#display-settings summary').click();
    await page.locator('#display-form input[value="dark"]').check();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.match(await page.locator('#display-note').innerText(), /apply to this visit only/);

    await scrollThrough(page);
    await page.waitForTimeout(SETTLE_MS);
    assert.equal(await page.locator('consent-gate[loaded]').count(), 0);
    assert.deepEqual(external, [], 'no request leaves the site after refusal');
    const names = (await context.cookies()).map((c) => c.name);
    assert.deepEqual(names, ['qodefy_consent'], 'only the consent cookie is stored');
    assert.equal(await page.evaluate(() => localStorage.getItem('qdf_reading_path')), null);

    // The cookie policy page is open too.
    await page.goto(`${env.url}/examples/${NAME}/cookie-policy.html`);
    await ready(page);
    await page.getByRole('heading', { level: 1, name: 'Cookie policy' }).waitFor();
    assert.equal(await bannerBox(page).count(), 0);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(consoleProblems(log), []);
  });

  it('§3 §8 the consent cookie is qodefy_consent, kept 182 days; necessary purposes need no consent', async (t) => {
    const { context, page } = await openExample(env, t, NAME);
    await bannerButton(page, 'Customize').click();
    await dialog(page).waitFor({ state: 'visible' });
    const necessary = prefSwitch(page, 'necessary');
    assert.equal(await necessary.isChecked(), true);
    assert.equal(await necessary.isDisabled(), true, 'strictly necessary: always on');
    await dialog(page).getByRole('button', { name: 'Accept all' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
    const jar = await cookieJar(context);
    assertLifetime(jar.qodefy_consent, 182);
    assert.match(jar.qodefy_consent.value, /^v=1&id=[a-z0-9]{16}&r=2&/, 'revision 2');
    assert.equal(jar.consent, undefined, 'no cookie of the default name');
    const state = await store(page);
    assert.equal(state.revision, 2);
    assert.ok(Math.abs(state.expiresAt - state.decidedAt - 182 * DAY * 1000) < 1000);
  });

  it('§5 §6 §7 "Accept all" runs every blocked script and loads every embed, once per page', async (t) => {
    const { page, log, external } = await openExample(env, t, NAME);
    await bannerButton(page, 'Accept all').click();
    await bannerBox(page).waitFor({ state: 'detached' });
    const loaded = async (round) => {
      await scrollThrough(page);
      await page.waitForFunction(
        () => document.querySelectorAll('consent-gate[loaded]').length === 8,
      );
      await until(() => REQUESTED.every((url) => external.includes(url)));
      await page.waitForFunction(
        () =>
          window._paq?.[0]?.[0] === 'trackPageView' &&
          window.LUX?.label === 'home' &&
          window._linkedin_data_partner_ids?.[0] === '5127431' &&
          typeof window.fbq === 'function' &&
          typeof window.gtag === 'function',
      );
      await page.waitForTimeout(SETTLE_MS);
      for (const url of REQUESTED) {
        const times = external.filter((u) => u === url).length;
        assert.equal(times, round, `${url} requested ${times} times after ${round} load(s)`);
      }
    };
    await loaded(1);
    // Google Consent Mode v2 tells the Google Ads tag what was granted.
    const update = await consentModeUpdate(page);
    assert.equal(update.ad_storage, 'granted');
    assert.equal(update.analytics_storage, 'denied', 'Qodefy uses no Google Analytics');

    await page.reload();
    const state = await ready(page);
    assert.equal(state.method, 'accept-all');
    assert.equal(await bannerBox(page).count(), 0, 'the banner stays away after a reload');
    await loaded(2);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(consoleProblems(log), []);
  });

  it('§5 analytics (Matomo, SpeedCurve) runs only once allowed, and its cookies go on withdrawal', async (t) => {
    const { context, page, external } = await openExample(env, t, NAME);
    await bannerButton(page, 'Customize').click();
    await dialog(page).waitFor({ state: 'visible' });
    await prefSwitch(page, 'analytics').check();
    await save(page);
    await until(() => ANALYTICS.every((url) => external.includes(url)));
    await page.waitForTimeout(SETTLE_MS);
    assert.deepEqual(external.sort(), [...ANALYTICS].sort(), 'analytics only');
    const state = await store(page);
    assert.equal(state.categories.analytics, true);
    assert.equal(state.categories.marketing, false);

    // The tools' cookies, as Matomo and SpeedCurve would set them.
    await page.evaluate(() => {
      for (const name of ['_pk_id.1.8f3a', '_pk_ses.1.8f3a', '_pk_ref.1.8f3a', 'lux_uid']) {
        document.cookie = `${name}=x; Max-Age=3600; Path=/`;
      }
    });
    await openSettings(page);
    await prefSwitch(page, 'analytics').uncheck();
    await save(page);
    const names = (await context.cookies()).map((c) => c.name);
    assert.deepEqual(names, ['qodefy_consent'], 'the analytics cookies are deleted');
  });

  it('§7 marketing: each network is its own service, blocked until allowed; Consent Mode follows', async (t) => {
    const { page, external } = await openExample(env, t, NAME);
    await bannerButton(page, 'Customize').click();
    await dialog(page).waitFor({ state: 'visible' });
    for (const id of ['linkedin-insight', 'meta-pixel', 'google-ads']) {
      assert.equal(await prefSwitch(page, id).isChecked(), false, `${id} is off`);
    }
    // The page's tags are exactly the configured services: no affiliate or segmentation tool.
    const tags = await page
      .locator('script[data-consent]')
      .evaluateAll((list) => [...new Set(list.map((s) => s.dataset.consent))].sort());
    assert.deepEqual(tags, [
      'google-ads',
      'linkedin-insight',
      'matomo',
      'meta-pixel',
      'speedcurve',
    ]);
    await prefSwitch(page, 'linkedin-insight').check();
    await save(page);
    await until(() => external.includes(MARKETING[0]));
    await page.waitForTimeout(SETTLE_MS);
    assert.deepEqual(external, [MARKETING[0]], 'the LinkedIn Insight Tag only');
    const state = await store(page);
    assert.equal(state.services['linkedin-insight'], true);
    assert.equal(state.services['meta-pixel'], false);
    const update = await consentModeUpdate(page);
    assert.equal(update.ad_storage, 'denied', 'Google Ads is not allowed');

    // The footer link reaches the same switches: Meta Pixel alone.
    await openSettings(page);
    await prefSwitch(page, 'meta-pixel').check();
    await save(page);
    await until(() => external.includes(MARKETING[1]));
    await page.waitForTimeout(SETTLE_MS);
    assert.ok(!external.includes(MARKETING[2]), 'Google Ads still blocked');
  });

  it('§6 embeds: one category, a gate per kind the policy lists, each linking its provider’s notice', async (t) => {
    const config = await siteConfig();
    const embeds = config.categories.find((c) => c.id === 'embeds');
    assert.deepEqual(
      embeds.services.map((s) => s.id).sort(),
      Object.values(EMBED_KINDS).sort(),
      'one service per provider, every kind of §6',
    );
    const { page } = await openExample(env, t, NAME);
    for (const [kind, service] of Object.entries(EMBED_KINDS)) {
      const g = gate(page, service);
      assert.equal(await g.count(), 1, `a ${kind} gate`);
      assert.equal(await g.getAttribute('category'), 'embeds');
      const policy = embeds.services.find((s) => s.id === service).privacyPolicy;
      const link = g.locator('[part~="policy-link"]');
      assert.equal(await link.getAttribute('href'), policy, `${kind}: the provider's notice`);
    }
    await bannerButton(page, 'Customize').click();
    await dialog(page).waitFor({ state: 'visible' });
    for (const service of Object.values(EMBED_KINDS)) {
      assert.equal(await prefSwitch(page, service).count(), 1, `${service} has its own switch`);
    }
  });

  it('§6 "Load once" loads one embed and stores nothing; "Always allow" allows that provider only', async (t) => {
    const { context, page, external } = await openExample(env, t, NAME);
    await gate(page, 'youtube').locator('[part~="load-button"]').click();
    await until(() => external.includes('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'));
    assert.deepEqual(await context.cookies(), [], '"Load once" stores nothing');
    assert.ok(await bannerBox(page).isVisible(), 'the banner still asks');

    const map = gate(page, 'google-maps');
    await map.scrollIntoViewIfNeeded();
    await map.locator('[part~="allow-button"]').click();
    await until(() => external.some((u) => u.startsWith('https://www.google.com/maps/embed')));
    await page.waitForTimeout(SETTLE_MS);
    assert.equal(external.length, 2, 'nothing else loaded');
    const state = await store(page);
    assert.equal(state.services['google-maps'], true);
    assert.equal(state.services.youtube, false);
    assert.equal(state.decided, false, 'the banner question stays open');
    assert.equal(await page.locator('consent-gate[loaded]').count(), 2);
  });

  it('§4 §8 display settings and the work filter are remembered only with consent (12 months, 30 days)', async (t) => {
    const { context, page } = await openExample(env, t, NAME);
    // Refused: the settings apply, nothing is stored.
    await bannerButton(page, 'Reject all').click();
    await page.locator('#display-settings summary').click();
    await page.locator('#display-form input[value="dark"]').check();
    assert.deepEqual(
      (await context.cookies()).map((c) => c.name),
      ['qodefy_consent'],
    );

    // Allowed through the settings panel's own link, which focuses the purpose.
    await page.locator('#display-allow').click();
    await dialog(page).waitFor({ state: 'visible' });
    await prefSwitch(page, 'preferences').check();
    await save(page);
    await page.locator('#display-form input[value="compact"]').check();
    await page.locator('#display-form input[value="large"]').check();
    await page.locator('#display-form input[value="underline"]').check();
    await page.locator('#display-form input[value="en-US"]').check();
    await page.locator('#work-filter label', { hasText: 'Product design' }).click();

    const jar = await cookieJar(context);
    assert.equal(jar.qdf_display.value, 'dark', 'kept from before the consent');
    assert.equal(jar.qdf_ui.value, 'compact');
    assert.equal(jar.qdf_a11y.value, 'large.underline');
    assert.equal(jar.qdf_lang.value, 'en-US');
    assert.equal(jar.qdf_continuity.value, 'product');
    for (const name of ['qdf_display', 'qdf_ui', 'qdf_a11y', 'qdf_lang']) {
      assertLifetime(jar[name], 365);
    }
    assertLifetime(jar.qdf_continuity, 30);

    await page.reload();
    await ready(page);
    await page.waitForFunction(() => window.qodefyReady);
    const html = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    assert.deepEqual(html, { theme: 'dark', density: 'compact', text: 'large', underline: '' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-US');
    assert.equal(await page.locator('#insight-tokens time').innerText(), 'November 18, 2026');
    assert.equal(await page.locator('#work-count').innerText(), '2 case studies shown.');
    assert.ok(await page.locator('#work-filter input[value="product"]').isChecked());

    // Withdrawn: the cookies are deleted (clearCookies) and the defaults come back next time.
    await openSettings(page);
    await prefSwitch(page, 'preferences').uncheck();
    await save(page);
    assert.deepEqual(
      (await context.cookies()).map((c) => c.name),
      ['qodefy_consent'],
    );
  });

  it('§4 personalization: the reading path is kept in localStorage only with consent', async (t) => {
    const { page } = await openExample(env, t, NAME);
    await bannerButton(page, 'Reject all').click();
    await page.locator('#insight-inp button[aria-controls]').click();
    assert.equal(await page.evaluate(() => localStorage.getItem('qdf_reading_path')), null);
    assert.ok(await page.locator('#reading-path [data-path="off"]').isVisible());

    await page.locator('#reading-path [data-consent-open]').click();
    await dialog(page).waitFor({ state: 'visible' });
    await prefSwitch(page, 'preferences').check();
    await save(page);
    await page.locator('#insight-inp button[aria-controls]').click(); // close
    await page.locator('#insight-inp button[aria-controls]').click(); // read again
    await page.locator('#insight-forms button[aria-controls]').click();
    const path = await page.evaluate(() => JSON.parse(localStorage.getItem('qdf_reading_path')));
    assert.deepEqual(
      path.map((e) => e.id),
      ['inp', 'forms'],
    );

    await page.reload();
    await ready(page);
    await page.waitForFunction(() => window.qodefyReady);
    const box = page.locator('#reading-path');
    assert.equal(
      await box.locator('[data-path-summary]').innerText(),
      'You have read 2 of 6 insights.',
    );
    assert.match(await box.locator('[data-path-next]').innerText(), /^Next for you: /);
    // Content prioritization: the topics read (performance, accessibility) come first.
    const order = await page
      .locator('#insight-list article')
      .evaluateAll((a) => a.map((el) => el.dataset.topic));
    assert.deepEqual(order.slice(-2), ['design-systems', 'design-systems']);

    await openSettings(page);
    await prefSwitch(page, 'preferences').uncheck();
    await save(page);
    assert.equal(await page.evaluate(() => localStorage.getItem('qdf_reading_path')), null);
  });

  it('§2 §9 withdrawal from every page: the footer "Cookie settings" opens the consent interface', async (t) => {
    for (const path of ['index.html', 'cookie-policy.html']) {
      const { context, page, external } = await openExample(env, t, NAME, { path });
      await bannerButton(page, 'Accept all').click();
      await bannerBox(page).waitFor({ state: 'detached' });
      await page.evaluate(() => {
        document.cookie = '_fbp=fb.1.1764979200.123; Max-Age=3600; Path=/';
      });
      const link = page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' });
      assert.equal(await link.count(), 1, `${path}: one footer link`);
      await openSettings(page);
      assert.equal(
        await dialog(page).getByRole('heading', { level: 2 }).first().innerText(),
        'Cookie settings',
      );
      // One click, as accepting took one click.
      await dialog(page).getByRole('button', { name: 'Reject all' }).click();
      await dialog(page).waitFor({ state: 'hidden' });
      const state = await store(page);
      assert.equal(state.method, 'reject-all');
      assert.equal((await cookieJar(context))._fbp, undefined, `${path}: marketing cookie deleted`);
      if (path === 'index.html') {
        assert.equal(await page.locator('consent-gate[loaded]').count(), 0, 'embeds removed');
      }
      const before = external.length;
      await page.reload();
      await ready(page);
      await page.waitForTimeout(SETTLE_MS);
      assert.equal(external.length, before, `${path}: nothing optional after withdrawal`);
    }
  });

  it('§9 the policy page shows the visitor’s consent record and deletes on request', async (t) => {
    const { context, page } = await openExample(env, t, NAME, { path: 'cookie-policy.html' });
    await declarationsRendered(page);
    const record = page.locator('consent-declaration[show="record"] [part~="record"]');
    assert.match(await record.innerText(), /You have not made a choice on this site yet/);
    await bannerButton(page, 'Accept all').click();
    await bannerBox(page).waitFor({ state: 'detached' });
    const id = /id=([a-z0-9]{16})/.exec((await cookieJar(context)).qodefy_consent.value)[1];
    await record.locator('code').first().waitFor();
    assert.equal(await record.locator('code').first().innerText(), id, 'the consent ID');
    assert.match(await record.innerText(), /Date of your last choice/);
    // The purposes' current choices follow.
    const summary = await tableRows(page, 'consent-declaration[show="summary"]', 'summary-table');
    assert.deepEqual(
      summary[0].map((row) => row.at(-1)),
      ['Always on', 'Allowed', 'Allowed', 'Allowed', 'Allowed'],
    );

    // Browser settings, device privacy options and provider opt-out tools.
    const tools = await page.locator('#s9 .controls ul a').allInnerTexts();
    for (const name of ['Firefox', 'Chrome', 'Safari', 'Edge', 'Android', 'iOS']) {
      assert.ok(tools.includes(name), name);
    }
    assert.ok(tools.some((name) => /Google My Ad Center/.test(name)));
    assert.ok(tools.some((name) => /LinkedIn/.test(name)));
    assert.ok(tools.some((name) => /Meta/.test(name)));

    await page.evaluate(() => {
      document.cookie = '_gcl_au=1.1.123; Max-Age=3600; Path=/';
      localStorage.setItem('qdf_reading_path', '[]');
    });
    await page
      .getByRole('button', { name: 'Withdraw my consent and delete these cookies' })
      .click();
    await page.locator('#withdraw-status', { hasText: 'withdrawn' }).waitFor();
    const jar = await cookieJar(context);
    assert.equal(jar.qodefy_consent, undefined, 'the decision is forgotten');
    assert.equal(jar._gcl_au, undefined, 'the optional cookies are deleted');
    assert.equal(await page.evaluate(() => localStorage.getItem('qdf_reading_path')), null);
    await bannerBox(page).waitFor({ state: 'visible' });
    // "Change your choices" in the record opens the same interface.
    await bannerButton(page, 'Reject all').click();
    await page.getByRole('button', { name: 'Change your choices' }).click();
    await dialog(page).waitFor({ state: 'visible' });
  });

  it('§10 a material change: revision 2 of 1 December 2026; a choice under revision 1 asks again', async (t) => {
    const { context, page, external } = await openExample(env, t, NAME);
    await bannerButton(page, 'Accept all').click();
    await bannerBox(page).waitFor({ state: 'detached' });
    const value = (await cookieJar(context)).qodefy_consent.value;
    assert.match(value, /&r=2&/);

    // The same choice, made under revision 1, with the dark theme it allowed remembered.
    const expires = Math.round(Date.now() / 1000) + 100 * DAY;
    await context.addCookies([
      { name: 'qodefy_consent', value: value.replace('&r=2&', '&r=1&'), url: env.url, expires },
      { name: 'qdf_display', value: 'dark', url: env.url, expires },
    ]);
    // The theme as the page is first parsed, before the store has decided anything.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        window.earlyTheme = document.documentElement.dataset.theme ?? null;
      }),
    );
    await page.reload();
    const state = await ready(page);
    const before = external.length;
    await bannerBox(page).waitFor({ state: 'visible' });
    assert.equal(state.decided, false, 'a revision-1 choice does not count');
    // What it allowed is neither read (prefs-early.js checks the revision) nor kept.
    assert.equal(await page.evaluate(() => window.earlyTheme), null, 'not applied early');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
    assert.equal((await cookieJar(context)).qdf_display, undefined, 'deleted on load');
    await page.waitForTimeout(SETTLE_MS);
    assert.equal(external.length, before, 'and grants nothing');
    assert.equal(await page.locator('consent-gate[loaded]').count(), 0);

    // The policy shows the date; the page sources say what revision 2 is.
    await page.goto(`${env.url}/examples/${NAME}/cookie-policy.html`);
    await ready(page);
    assert.equal(
      (await page.locator('.updated').innerText()).replace(/\s+/g, ' ').trim(),
      'Last updated: 1 December 2026',
    );
    assert.match(
      await page.locator('consent-banner').innerText(),
      /Cookie policy \(last updated 1 December 2026\)/,
    );
    for (const file of ['index.html', 'cookie-policy.html', 'consent.js']) {
      const source = await readFile(`examples/${NAME}/${file}`, 'utf8');
      assert.match(
        source.replace(/\s+/g, ' '),
        /revision 2 is the update of 1 December 2026/,
        file,
      );
    }
    assert.equal((await siteConfig()).revision, 2);
  });

  it('§1–§10 the cookie policy page: every section, every table from the configuration', async (t) => {
    const config = await siteConfig();
    const { page, log } = await openExample(env, t, NAME, { path: 'cookie-policy.html' });
    await declarationsRendered(page);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const section of POLICY) {
      for (const paragraph of section) assert.ok(text.includes(paragraph), paragraph);
    }
    const headings = await page.locator('main h2').allInnerTexts();
    assert.deepEqual(
      headings.filter((h) => /^\d+\./.test(h)),
      POLICY.map((s) => s[0]),
    );
    assert.equal(
      await page.evaluate(() => document.querySelectorAll('table').length),
      0,
      'no hand-written table: every table is a <consent-declaration>',
    );

    // §3–§7: one declaration per category, in its section, with the configured rows.
    const sections = {
      s3: 'necessary',
      s4: 'preferences',
      s5: 'analytics',
      s6: 'embeds',
      s7: 'marketing',
    };
    for (const [section, id] of Object.entries(sections)) {
      const selector = `#${section} consent-declaration[categories="${id}"]`;
      const category = config.categories.find((c) => c.id === id);
      const cookies = [
        ...(category.cookies ?? []),
        ...(category.services ?? []).flatMap((s) => s.cookies ?? []),
      ];
      const [storage] = await tableRows(page, selector, 'storage-table');
      assert.deepEqual(
        storage.map((row) => [row[0], row[3]]),
        cookies.map((c) => [c.name, c.expiry]),
        `${id}: names and durations`,
      );
      const facts = await page
        .locator(selector)
        .evaluate((el) =>
          el.shadowRoot.querySelector('[part~="facts"]').innerText.replace(/\s+/g, ' '),
        );
      const basis = id === 'necessary' ? 'Strictly necessary: exempt from consent' : 'Consent';
      assert.match(facts, new RegExp(`Legal basis ${basis}\\b`), `${id}: legal basis`);
      assert.ok(facts.includes(category.retention), `${id}: retention`);
      if (category.services) {
        const [services] = await tableRows(page, selector, 'services-table');
        assert.deepEqual(
          services.map((row) => row[0]),
          category.services.map((s) => s.label),
        );
        // §10: every provider with where its data goes and the safeguard.
        for (const [i, service] of category.services.entries()) {
          assert.ok(services[i].includes(service.country), `${service.id}: country`);
          assert.ok(services[i].includes(service.provider), `${service.id}: provider`);
        }
      }
    }
    // §7: the tools the policy names only conditionally are not used, and it says so.
    assert.match(
      config.categories.find((c) => c.id === 'marketing').description,
      /no affiliate tracking or audience segmentation tool/,
    );
    assert.match(text, /no affiliate tracking or audience segmentation tool/);

    // §1: similar technologies, with their type.
    const [necessary] = await tableRows(page, '#s3 consent-declaration', 'storage-table');
    assert.deepEqual(necessary.at(-1).slice(-1), ['IndexedDB database']);
    const [prefs] = await tableRows(page, '#s4 consent-declaration', 'storage-table');
    assert.deepEqual(prefs.at(-1).slice(-1), ['Local storage']);
    // §8: session and persistent cookies.
    assert.ok(necessary.some((row) => row[3] === 'Session'));

    // §2: a summary of every category and its legal basis.
    const [summary] = await tableRows(page, '#s2 consent-declaration', 'summary-table');
    assert.deepEqual(
      summary.map((row) => [row[0], row[2]]),
      config.categories.map((c) => [
        c.label,
        c.id === 'necessary' ? 'Strictly necessary: exempt from consent' : 'Consent',
      ]),
    );
    assert.deepEqual(log.errors, []);
    assert.deepEqual(consoleProblems(log), []);
  });

  it('GPC: a Global Privacy Control signal refuses every optional purpose, with no banner', async (t) => {
    const { page, external } = await openExample(env, t, NAME, { gpc: true });
    const state = await store(page);
    assert.equal(state.gpc, true);
    assert.equal(state.method, 'gpc');
    assert.deepEqual(
      Object.entries(state.categories).filter(([, on]) => on),
      [['necessary', true]],
    );
    assert.equal(await bannerBox(page).count(), 0);
    await page.waitForTimeout(SETTLE_MS);
    assert.deepEqual(external, []);
    await openSettings(page);
    await dialog(page).getByText('Your Global Privacy Control signal was honoured').waitFor();
  });

  it('the site is in English: the banner and the dialog speak English, whatever the browser’s language', async (t) => {
    const { page } = await openExample(env, t, NAME, { locale: 'fr-FR' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await bannerButton(page, 'Accept all').waitFor();
    assert.equal(await bannerBox(page).getAttribute('lang'), 'en');
    await bannerButton(page, 'Customize').click();
    await dialog(page).getByRole('heading', { name: 'Cookie settings' }).waitFor();
  });

  it('accessible: no serious axe violation (banner, dialog, policy; light and dark), no sideways scroll at 320 px', async (t) => {
    for (const colorScheme of ['light', 'dark']) {
      const context = await env.browser.newContext({ colorScheme });
      t.after(() => context.close());
      const { page } = await openExample(env, t, NAME, { context });
      await bannerBox(page).waitFor({ state: 'visible' });
      assert.deepEqual(
        await axeProblems(page, { colourOnly: colorScheme === 'dark' }),
        [],
        `${colorScheme}: home with the banner`,
      );
      await bannerButton(page, 'Customize').click();
      await dialog(page).waitFor({ state: 'visible' });
      assert.deepEqual(
        await axeProblems(page, { colourOnly: colorScheme === 'dark' }),
        [],
        `${colorScheme}: the dialog`,
      );
      await dialog(page).getByRole('button', { name: 'Reject all' }).click();
      await page.goto(`${env.url}/examples/${NAME}/cookie-policy.html`);
      await ready(page);
      await declarationsRendered(page);
      assert.deepEqual(
        await axeProblems(page, { colourOnly: colorScheme === 'dark' }),
        [],
        `${colorScheme}: the cookie policy`,
      );
      const background = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      assert.equal(background, colorScheme === 'dark' ? 'rgb(15, 14, 20)' : 'rgb(246, 245, 241)');
    }
    for (const path of ['index.html', 'cookie-policy.html']) {
      const { page } = await openExample(env, t, NAME, {
        path,
        viewport: { width: 320, height: 640 },
      });
      await bannerBox(page).waitFor({ state: 'visible' });
      if (path === 'cookie-policy.html') await declarationsRendered(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${path} is ${width}px wide at 320 px`);
    }
  });
});
