// examples/strackr: the site of STRACKR, a B2B SaaS, reproducing its Cookie Policy
// (examples/strackr/README.md maps each rule of the policy to the test below that checks
// it). Every host but 127.0.0.1 is stubbed and recorded, so what loads and when is
// checked on the network.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './server.mjs';
import {
  assertBuilt,
  axeProblems,
  bannerBox,
  bannerButton,
  cookieJar,
  dialog,
  openExample,
  ready,
  SETTLE_MS,
  store,
  until,
} from './examples-support.mjs';

const NAME = 'strackr';
const POLICY = 'cookie-policy.html';
const DAY = 86400;
const OPENPANEL = 'https://openpanel.dev/op1.js';
const CRISP = 'https://client.crisp.chat/l.js';
const STRIPE = 'https://js.stripe.com/v3/buy-button.js';
/** Advertising and advertising-analytics hosts the policy excludes (§3, §4.6). */
const ADVERTISING =
  /google-analytics\.com|googletagmanager\.com|doubleclick\.net|googlesyndication\.com|googleadservices\.com|facebook\.(net|com)|licdn\.com|ads-twitter\.com|bing\.com|criteo|taboola|outbrain/;

/** The policy's §5 table, row by row: category, purpose, legal basis, retention. */
const TABLE = [
  [
    'Strictly necessary Cookies and Similar Technologies',
    'Ensure the proper functioning, security and performance of the Website, Application and Service, including: authentication, session management, secure access to accounts, fraud prevention, infrastructure protection, technical monitoring and generation of privacy-friendly usage statistics strictly limited to STRACKR’s internal needs.',
    'Legitimate interest (security, system integrity, fraud prevention, service improvement); performance of the contract or provision of a service expressly requested by the user.',
    'Data retained for the duration of the user session or for a short period (7 days) strictly necessary to maintain session continuity when requested by the Client; automatically deleted upon logout or session expiration.',
  ],
  [
    'Functional cookies',
    'Remember non-essential preferences such as language or optional interface settings.',
    'Consent',
    'Up to 13 months from their placement on the user’s terminal, unless a shorter retention period is technically feasible or required by applicable law.',
  ],
  [
    'Audience measurement, privacy-friendly analytics',
    'Measure usage of the Website and Service, improve performance, reliability and usability.',
    'Legitimate interest where exemption conditions apply, otherwise consent',
    'Data is retained for a duration strictly limited to what is necessary for the purposes pursued, in accordance with Article 5 of the GDPR; where possible, data is aggregated or anonymized.',
  ],
  [
    'Security and infrastructure monitoring technologies',
    'Ensure system security, detect unauthorized access, prevent fraud and maintain infrastructure integrity.',
    'Legitimate interest',
    'IP addresses retained for a maximum of three (3) days, unless extended where strictly necessary for the investigation of a security incident; other technical logs retained for a duration strictly limited to what is necessary for security and operational purposes.',
  ],
  [
    'Support-related cookies and payment related cookies',
    'Enable support chat functionalities and secure payment processing.',
    'Performance of the contract or provision of a requested service',
    'Data retained for the duration of the interaction or transaction session and, where applicable, for a short period strictly necessary to ensure service continuity and security.',
  ],
];
const LABEL = Object.fromEntries(
  ['necessary', 'preferences', 'analytics', 'security', 'support'].map((id, i) => [
    id,
    TABLE[i][0],
  ]),
);

/** Seconds from now until a cookie expires. */
const lifetime = (cookie) => cookie.expires - Date.now() / 1000;
const squash = (text) => text.replace(/\s+/g, ' ').trim();
const gate = (page, service) => page.locator(`consent-gate[service="${service}"]`);
const gateButton = (page, service) => gate(page, service).locator('[part~="load-button"]');

describe('examples/strackr', () => {
  let env;
  before(async () => {
    assertBuilt();
    env = await setup();
  });
  after(() => env?.stop());

  const open = (t, options) => openExample(env, t, NAME, options);

  /** Every console warning or error of consent-elements, and every page error. */
  const problems = (log) => [
    ...log.errors.map((e) => `pageerror: ${e.message}`),
    ...log.console
      .filter(
        (m) => m.type === 'error' || (m.type === 'warning' && /consent-elements/.test(m.text)),
      )
      .map((m) => `${m.type}: ${m.text}`),
  ];

  async function acceptAll(page) {
    await bannerButton(page, 'Accept all').click();
    await bannerBox(page).waitFor({ state: 'detached' });
  }

  describe('consent at the first visit (§7)', () => {
    it('first visit: the banner asks, only strictly necessary is on, nothing external, no cookie', async (t) => {
      const { context, page, external, log } = await open(t);
      await bannerBox(page).waitFor({ state: 'visible' });
      for (const name of ['Accept all', 'Reject all', 'Customize']) {
        assert.equal(await bannerButton(page, name).count(), 1, `"${name}" in the banner`);
      }
      const link = page.locator('consent-banner a[href="./cookie-policy.html"]');
      assert.ok(await link.isVisible(), 'the banner links the Cookie Policy');
      await page.waitForTimeout(SETTLE_MS);
      const state = await store(page);
      assert.equal(state.decided, false);
      assert.equal(state.categories.preferences, false);
      assert.equal(state.categories.analytics, false);
      assert.equal(state.services.openpanel, false);
      assert.deepEqual(external, [], 'no request leaves 127.0.0.1 before consent');
      assert.deepEqual(await context.cookies(), [], 'no cookie before a decision');
      assert.equal(await page.locator('consent-gate[loaded]').count(), 0);
      assert.deepEqual(problems(log), []);
    });

    it('"Reject all" (decline): functional cookies and OpenPanel stay off, the site still works', async (t) => {
      const { context, page, external, log } = await open(t);
      await bannerButton(page, 'Reject all').click();
      await bannerBox(page).waitFor({ state: 'detached' });
      const state = await store(page);
      assert.equal(state.decided, true);
      assert.equal(state.method, 'reject-all');
      assert.equal(state.categories.preferences, false);
      assert.equal(state.categories.analytics, false);
      // The pricing settings still work, but are not remembered.
      await page.getByLabel('USD $').check();
      assert.equal(await page.locator('.plan-featured .amount').innerText(), '$164');
      await page.waitForTimeout(SETTLE_MS);
      assert.deepEqual(external, [], 'no request leaves 127.0.0.1 after a refusal');
      assert.deepEqual(Object.keys(await cookieJar(context)), ['strackr_consent']);
      await page.reload();
      await ready(page);
      await page.waitForTimeout(SETTLE_MS);
      assert.deepEqual(external, [], 'nor on the next page');
      assert.equal(await bannerBox(page).count(), 0, 'the answer is kept');
      assert.deepEqual(problems(log), []);
    });

    it('"Accept all": OpenPanel loads once; no advertising or Google tag; chat and payment stay unloaded', async (t) => {
      const { page, external, log } = await open(t);
      await acceptAll(page);
      await until(() => external.includes(OPENPANEL));
      await page.waitForFunction(() => window.op?.q?.[0]?.[0] === 'init');
      // Give the on-request gates every chance to misbehave: scroll them into view.
      await gate(page, 'crisp').scrollIntoViewIfNeeded();
      await page.waitForTimeout(SETTLE_MS * 2);
      assert.deepEqual(external, [OPENPANEL], 'OpenPanel, once, and nothing else');
      assert.equal(await page.locator('consent-gate[loaded]').count(), 0);
      assert.ok(!external.some((url) => ADVERTISING.test(url)), 'no advertising request');
      assert.ok(!external.some((url) => /datadog/.test(url)), 'Datadog runs server-side only');

      // The policy page measures too, and loads nothing else.
      await page.goto(`${env.url}/examples/${NAME}/${POLICY}`);
      await ready(page);
      await page.waitForFunction(() => window.op?.q?.[0]?.[0] === 'init');
      await page.waitForTimeout(SETTLE_MS);
      assert.deepEqual(external, [OPENPANEL, OPENPANEL]);
      assert.deepEqual(problems(log), []);
    });

    it('"Customize": a switch per purpose that needs consent; security monitoring has none and says why', async (t) => {
      const { page, external, log } = await open(t);
      await bannerButton(page, 'Customize').click();
      const box = dialog(page);
      await box.waitFor({ state: 'visible' });
      assert.equal(squash(await box.locator('h2').first().innerText()), 'Manage cookies');
      const headings = (await box.locator('h3').allInnerTexts()).map(squash);
      assert.deepEqual(
        headings,
        TABLE.map((row) => row[0]),
        'the categories, in the policy’s order',
      );

      const necessary = box.getByRole('switch', { name: LABEL.necessary });
      assert.ok((await necessary.isChecked()) && (await necessary.isDisabled()));
      const support = box.getByRole('switch', { name: LABEL.support });
      assert.ok((await support.isChecked()) && (await support.isDisabled()));
      for (const id of ['preferences', 'analytics']) {
        const toggle = box.getByRole('switch', { name: LABEL[id] });
        assert.equal(await toggle.isChecked(), false, `${id} starts off`);
        assert.equal(await toggle.isDisabled(), false);
      }
      const security = box.getByRole('region', { name: LABEL.security });
      assert.equal(await security.getByRole('switch').count(), 0, 'no switch: nothing stored');
      await security
        .getByText('Nothing is stored on or read from your device for these: no consent is needed.')
        .waitFor();

      // Allow audience measurement only.
      await box.getByRole('switch', { name: LABEL.analytics }).check();
      await box.getByRole('button', { name: 'Save choices' }).click();
      await until(() => external.includes(OPENPANEL));
      const state = await store(page);
      assert.equal(state.method, 'custom');
      assert.equal(state.categories.analytics, true);
      assert.equal(state.categories.preferences, false);
      assert.deepEqual(problems(log), []);
    });
  });

  describe('the choice is kept 6 months, then asked again (§7)', () => {
    it('consent cookie: strackr_consent, kept 182 days', async (t) => {
      const { context, page } = await open(t);
      await acceptAll(page);
      const jar = await cookieJar(context);
      assert.deepEqual(Object.keys(jar), ['strackr_consent'], 'STRACKR’s own name, and no other');
      const days = lifetime(jar.strackr_consent) / DAY;
      assert.ok(Math.abs(days - 182) < 0.01, `kept ${days} days`);
      assert.match(jar.strackr_consent.value, /&m=a&/);
    });

    it('a consent cookie dated more than 182 days ago: the banner shows again', async (t) => {
      const { context, page } = await open(t);
      await acceptAll(page);
      const cookie = (await cookieJar(context)).strackr_consent;
      const redate = async (daysAgo) => {
        const t = Date.now() - daysAgo * DAY * 1000;
        const value = cookie.value.replace(/([?&]|^)t=\d+/, `$1t=${t}`);
        assert.notEqual(value, cookie.value);
        await context.addCookies([{ ...cookie, value }]);
        await page.reload();
        return ready(page);
      };
      // 181 days: still valid, no banner.
      let state = await redate(181);
      assert.equal(state.decided, true);
      assert.equal(await bannerBox(page).count(), 0);
      // 183 days: void, the banner asks again and nothing optional is on.
      state = await redate(183);
      assert.equal(state.decided, false);
      assert.equal(state.categories.analytics, false);
      await bannerBox(page).waitFor({ state: 'visible' });
    });
  });

  describe('managing and withdrawing (§6, §8)', () => {
    for (const path of ['', POLICY]) {
      it(`"Manage cookies" in the footer reopens the preferences (${path || 'home page'})`, async (t) => {
        const { page, log } = await open(t, { path });
        await acceptAll(page);
        const link = page.locator('footer').getByRole('link', { name: 'Manage cookies' });
        assert.equal(await link.count(), 1);
        assert.equal(await link.getAttribute('data-consent-open'), '');
        await link.click();
        await dialog(page).waitFor({ state: 'visible' });
        assert.equal(
          await dialog(page).getByRole('switch', { name: LABEL.analytics }).isChecked(),
          true,
          'the dialog shows the stored choice',
        );
        assert.deepEqual(problems(log), []);
      });
    }

    it('withdrawing is as easy as consenting: "Reject all" in the preferences stops OpenPanel and deletes strackr_prefs', async (t) => {
      const { context, page, external } = await open(t);
      await acceptAll(page);
      await page.getByLabel('Annual (−20%)').check();
      assert.ok((await cookieJar(context)).strackr_prefs, 'functional cookie set');
      await page.locator('footer [data-consent-open]').click();
      await dialog(page).getByRole('button', { name: 'Reject all' }).click();
      await dialog(page).waitFor({ state: 'hidden' });
      const state = await store(page);
      assert.equal(state.categories.analytics, false);
      assert.equal(state.categories.preferences, false);
      assert.deepEqual(Object.keys(await cookieJar(context)), ['strackr_consent']);
      const before = external.length;
      await page.reload();
      await ready(page);
      await page.waitForTimeout(SETTLE_MS);
      assert.equal(external.length, before, 'no OpenPanel request after withdrawal');
    });
  });

  describe('what each category stores (§4, §5)', () => {
    it('strictly necessary: sign-in sets strackr_session (session), strackr_auth (7 days) and a sessionStorage token; logout deletes them', async (t) => {
      const { context, page, external } = await open(t);
      await bannerButton(page, 'Reject all').click();
      const signIn = async (remember) => {
        await page.getByRole('button', { name: 'Log in' }).click();
        const form = page.getByRole('dialog', { name: 'Log in to STRACKR' });
        await form.getByLabel('Work email').fill('lea@publisher.example');
        await form.getByLabel('Password').fill('demo-password');
        if (remember) await form.getByLabel(/Keep me signed in/).check();
        await form.getByRole('button', { name: 'Log in' }).click();
        await page.getByText('Signed in as').waitFor();
      };
      const logOut = async () => {
        await page.getByRole('button', { name: 'Log out' }).click();
        await page.getByRole('button', { name: 'Log in' }).waitFor();
      };
      const token = () => page.evaluate(() => sessionStorage.getItem('strackr_token'));

      await signIn(false);
      let jar = await cookieJar(context);
      assert.equal(jar.strackr_session.expires, -1, 'a session cookie');
      assert.equal(jar.strackr_auth, undefined, 'no persistent cookie unless asked');
      assert.match(await token(), /^[0-9a-f]{32}$/);
      await logOut();

      await signIn(true);
      jar = await cookieJar(context);
      const days = lifetime(jar.strackr_auth) / DAY;
      assert.ok(days > 6.99 && days <= 7, `strackr_auth kept ${days} days: 7 at most`);
      await logOut();
      jar = await cookieJar(context);
      assert.deepEqual(Object.keys(jar), ['strackr_consent'], 'deleted upon logout');
      assert.equal(await token(), null);
      assert.deepEqual(external, []);
    });

    it('functional cookies: strackr_prefs only with consent, 13 months at most, applied on the next visit', async (t) => {
      const { context, page } = await open(t);
      await bannerButton(page, 'Customize').click();
      await dialog(page).getByRole('switch', { name: LABEL.preferences }).check();
      await dialog(page).getByRole('button', { name: 'Save choices' }).click();
      await dialog(page).waitFor({ state: 'hidden' });
      await page.getByLabel('USD $').check();
      await page.getByText('We will remember these settings').waitFor();
      const cookie = (await cookieJar(context)).strackr_prefs;
      assert.equal(cookie.value, 'currency:USD|billing:monthly');
      const days = lifetime(cookie) / DAY;
      assert.ok(days > 365 && days <= 396, `kept ${days} days: 13 months at most`);
      await page.reload();
      await ready(page);
      await page.waitForFunction(
        () => document.querySelector('.plan-featured .amount').textContent === '$164',
      );
    });

    it('support chat (Crisp) and payment (Stripe): no consent asked, loaded only when the user activates them', async (t) => {
      const { page, external, log } = await open(t);
      await acceptAll(page);
      await page.waitForTimeout(SETTLE_MS);
      for (const service of ['crisp', 'stripe']) {
        assert.equal(await gate(page, service).getAttribute('loaded'), null, `${service} waits`);
        assert.equal(
          await gate(page, service).locator('[part~="allow-button"]').count(),
          0,
          'exempt: no "Always allow" to give',
        );
      }
      assert.ok(!external.includes(CRISP) && !external.includes(STRIPE));

      assert.equal(squash(await gateButton(page, 'stripe').innerText()), 'Pay with Stripe');
      await gateButton(page, 'stripe').click();
      await until(() => external.includes(STRIPE));
      await gate(page, 'stripe').locator('stripe-buy-button').waitFor({ state: 'attached' });
      assert.ok(!external.includes(CRISP), 'the payment does not load the chat');

      assert.equal(squash(await gateButton(page, 'crisp').innerText()), 'Chat with us');
      await gateButton(page, 'crisp').click();
      await until(() => external.includes(CRISP));
      await page.waitForFunction(() =>
        (window.$crisp ?? []).some((c) => c[0] === 'do' && c[1] === 'chat:open'),
      );
      // Activating them decides nothing about the other purposes.
      const state = await store(page);
      assert.equal(state.method, 'accept-all');
      assert.deepEqual(problems(log), []);
    });

    it('support chat works before any answer to the banner, which keeps asking', async (t) => {
      const { page, external } = await open(t);
      await bannerBox(page).waitFor({ state: 'visible' });
      await gateButton(page, 'crisp').click();
      await until(() => external.includes(CRISP));
      const state = await store(page);
      assert.equal(state.decided, false);
      assert.equal(state.categories.analytics, false);
      assert.ok(!external.includes(OPENPANEL));
      assert.ok(await bannerBox(page).isVisible());
    });

    it('Global Privacy Control is a refusal: no banner, nothing optional, OpenPanel never loads', async (t) => {
      const { page, external } = await open(t, { gpc: true });
      const state = await store(page);
      assert.equal(state.gpc, true);
      assert.equal(state.categories.analytics, false);
      assert.equal(state.categories.preferences, false);
      assert.equal(await bannerBox(page).count(), 0);
      await page.waitForTimeout(SETTLE_MS);
      assert.deepEqual(external, []);
    });
  });

  describe('the Cookie Policy page', () => {
    it('§5 table: rendered from the configuration, the policy’s rows in its order', async (t) => {
      const { page, log } = await open(t, { path: POLICY });
      await acceptAll(page);
      const summary = page.locator('#table consent-declaration[show="summary"]');
      await summary.locator('table').waitFor();
      const headers = await summary.locator('thead th').allInnerTexts();
      assert.deepEqual(headers.map(squash), [
        'Category',
        'Purpose',
        'Legal basis',
        'Retention',
        'Your choice',
      ]);
      const rows = await summary
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) =>
            [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
          ),
        );
      assert.deepEqual(
        rows.map((row) => row.slice(0, 4)),
        TABLE,
      );
      assert.deepEqual(
        rows.map((row) => row[4]),
        ['Always on', 'Allowed', 'Allowed', 'No consent needed', 'Always on'],
      );
      assert.deepEqual(problems(log), []);
    });

    it('per-category details: the providers of §3 with provider, country and privacy policy; what is stored', async (t) => {
      const { page } = await open(t, { path: POLICY });
      const details = page.locator('consent-declaration[show="purposes"]');
      await details.locator('section').first().waitFor();
      const services = await details
        .locator('[part~="services-table"] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => {
            const cells = [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim());
            const link = tr.querySelector('a')?.href;
            const headings = [...tr.closest('table').querySelectorAll('thead th')];
            const at = headings.findIndex((th) => th.textContent.includes('Country or safeguard'));
            return { service: cells[0], provider: cells[1], link, country: cells[at] };
          }),
        );
      // §10: the transfers outside the EU name their safeguard.
      for (const { service, country } of services.filter((s) => /Datadog|Stripe/.test(s.service))) {
        assert.match(country, /Standard Contractual Clauses/, service);
      }
      assert.deepEqual(
        services.map(({ service, provider, link }) => ({ service, provider, link })),
        [
          { service: 'OpenPanel', provider: 'OpenPanel AB', link: 'https://openpanel.dev/privacy' },
          {
            service: 'OVHcloud',
            provider: 'OVH SAS',
            link: 'https://www.ovhcloud.com/en/terms-and-conditions/privacy-policy/',
          },
          {
            service: 'Datadog',
            provider: 'Datadog, Inc.',
            link: 'https://www.datadoghq.com/legal/privacy/',
          },
          { service: 'Crisp', provider: 'Crisp IM SAS', link: 'https://crisp.chat/en/privacy/' },
          {
            service: 'Stripe',
            provider: 'Stripe Payments Europe, Ltd.',
            link: 'https://stripe.com/privacy',
          },
        ],
      );
      // Every services table has the "Country or safeguard" column.
      for (const table of await details.locator('[part~="services-table"]').all()) {
        assert.ok((await table.locator('thead').innerText()).includes('Country or safeguard'));
      }
      // Security monitoring stores nothing; the others list their cookies and storage.
      const security = details.getByRole('region', { name: LABEL.security });
      await security.getByText('Nothing is stored on your device for this purpose.').waitFor();
      const names = await details.locator('[part~="storage-table"] tbody th').allInnerTexts();
      assert.deepEqual(names.map(squash), [
        'strackr_session',
        'strackr_auth',
        'strackr_token',
        'strackr_consent',
        'consent-elements',
        'strackr_prefs',
        'crisp-client%2Fsession%2F*',
        '__stripe_mid',
        '__stripe_sid',
      ]);
      // Postmark places nothing on the device: named in §3's text, with its policy.
      const who = page.locator('#who');
      for (const provider of ['OVHcloud', 'Crisp', 'Datadog', 'OpenPanel', 'Stripe', 'Postmark']) {
        await who.getByRole('link', { name: `Privacy policy of ${provider}` }).waitFor();
      }
    });

    it('§8: the visitor’s consent record, and a button that reopens the preferences', async (t) => {
      const { page } = await open(t, { path: POLICY });
      const record = page.locator('consent-declaration[show="record"]');
      await record.getByText('You have not made a choice on this site yet.').waitFor();
      await bannerButton(page, 'Reject all').click();
      const state = await store(page);
      await record.getByText('Consent ID').waitFor();
      const id = await record.locator('code').innerText();
      assert.match(id, /^[a-z0-9]{16}$/);
      assert.ok(
        (await page.evaluate(() => document.cookie)).includes(`id=${id}`),
        'the id is the one in the consent cookie',
      );
      assert.ok(state.decidedAt > 0);
      await record.getByRole('button', { name: 'Change your choices' }).click();
      await dialog(page).waitFor({ state: 'visible' });
    });
  });

  describe('accessibility and quality', () => {
    for (const colorScheme of ['light', 'dark']) {
      it(`axe finds no serious or critical violation (${colorScheme}: banner, dialog, policy page)`, async (t) => {
        const context = await env.browser.newContext({ colorScheme });
        t.after(() => context.close());
        const { page } = await open(t, { context });
        await bannerBox(page).waitFor({ state: 'visible' });
        assert.deepEqual(
          await axeProblems(page, { colourOnly: colorScheme === 'dark' }),
          [],
          'home page with the banner',
        );
        await bannerButton(page, 'Customize').click();
        await dialog(page).waitFor({ state: 'visible' });
        assert.deepEqual(
          await axeProblems(page, { colourOnly: colorScheme === 'dark' }),
          [],
          'with the preference dialog open',
        );
        await dialog(page).getByRole('button', { name: 'Reject all' }).click();
        await page.goto(`${env.url}/examples/${NAME}/${POLICY}`);
        await ready(page);
        await page.locator('consent-declaration[show="summary"] table').waitFor();
        assert.deepEqual(
          await axeProblems(page, { colourOnly: colorScheme === 'dark' }),
          [],
          'the Cookie Policy page',
        );
      });
    }

    for (const path of ['', POLICY]) {
      it(`no horizontal scroll at 320 px (${path || 'home page'})`, async (t) => {
        const { page } = await open(t, { path, viewport: { width: 320, height: 640 } });
        await bannerBox(page).waitFor({ state: 'visible' });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 320, `page is ${width}px wide`);
      });
    }
  });
});
