// What every example site must do, whatever its policy: the three example sites
// (examples/qodefy, a digital agency; examples/strackr, a B2B SaaS; examples/ailabrix, an
// AI studio) reproduce the policies in ../shared/seeds/, and each has its own test file
// (e2e/example-<name>.test.mjs) for its rules, and axe in light and dark. Here: no
// request before consent, no console message, 320 px, the page working after a refusal,
// and "Accept all" loading each thing once per page load.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './server.mjs';
import {
  SETTLE_MS,
  assertBuilt,
  bannerBox,
  bannerButton,
  dialog,
  openExample,
  ready,
  store,
  until,
  QODEFY_REQUESTED,
} from './examples-support.mjs';

/**
 * Each example's purposes that need no consent (on before any choice), and what it loads
 * once everything is accepted: the URLs its blocked scripts and gates request, each
 * exactly once per page load, and a sign that its scripts ran.
 * Gates marked on-request never load by themselves, "Accept all" or not.
 */
const EXAMPLES = {
  qodefy: {
    required: ['necessary'],
    gates: 8,
    requested: QODEFY_REQUESTED,
    ran: () =>
      window._paq?.[0]?.[0] === 'trackPageView' &&
      window.LUX?.label === 'home' &&
      window._linkedin_data_partner_ids?.[0] === '5127431' &&
      typeof window.fbq === 'function' &&
      typeof window.gtag === 'function',
    /** After a refusal, the case-study filter still works. */
    async stillWorks(page) {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Work' })
        .click();
      await page.locator('#work-filter label', { hasText: 'Design systems' }).click();
      await page.waitForFunction(
        () => document.querySelector('#work-count')?.textContent.trim() === '2 case studies shown.',
      );
    },
  },
  strackr: {
    required: ['necessary', 'security', 'support-payment'],
    gates: 2,
    requested: ['https://openpanel.dev/op1.js'],
    ran: () => window.op?.q?.[0]?.[0] === 'init',
    /** After a refusal, the pricing switch works but is not remembered. */
    async stillWorks(page, context) {
      await page.getByLabel('USD $').check();
      assert.equal((await page.locator('.plan-featured .amount').innerText()).trim(), '$164');
      const names = (await context.cookies()).map((c) => c.name);
      assert.ok(!names.includes('strackr_prefs'), 'the currency is not kept in a cookie');
    },
  },
  ailabrix: {
    required: ['necessary'],
    gates: 2,
    requested: [
      'https://statistics.mindys.ai/script.js',
      'https://static.cloudflareinsights.com/beacon.min.js',
      'https://www.youtube-nocookie.com/embed/Qm7d2VbL4xE',
      'https://www.youtube-nocookie.com/embed/H3tRw8kZp9s',
    ],
    ran: () => document.querySelectorAll('script[data-consent-activated]').length === 2,
    /** After a refusal, the language switch works. */
    async stillWorks(page) {
      await page.selectOption('#language', 'de');
      await page.getByRole('heading', { level: 1, name: /KI-Produkte/ }).waitFor();
    },
  },
};

describe('example sites', () => {
  let env;
  before(async () => {
    assertBuilt();
    env = await setup();
  });
  after(() => env?.stop());

  for (const [name, example] of Object.entries(EXAMPLES)) {
    describe(`examples/${name}`, () => {
      it('loads without errors, shows the banner and contacts no other host', async (t) => {
        const { context, page, log, external, beacons, consoleErrors } = await openExample(
          env,
          t,
          name,
        );
        await bannerBox(page).waitFor({ state: 'visible' });
        await page.waitForTimeout(SETTLE_MS);
        const state = await store(page);
        assert.equal(state.decided, false);
        assert.deepEqual(
          Object.keys(state.categories).filter((id) => state.categories[id]),
          example.required,
          'only the purposes that need no consent are on',
        );
        assert.equal(await page.locator('consent-gate').count(), example.gates);
        assert.equal(await page.locator('consent-gate[loaded]').count(), 0);
        assert.deepEqual(external, [], 'no request leaves 127.0.0.1 before consent');
        assert.deepEqual(beacons, [], 'no beacon before consent');
        assert.deepEqual(await context.cookies(), [], 'no cookie before a decision');
        assert.deepEqual(log.errors, [], 'no page error');
        assert.deepEqual(consoleErrors(), [], 'no console error');
      });

      it('has no console warning: every category and service it uses is configured', async (t) => {
        const { page, log } = await openExample(env, t, name);
        await bannerBox(page).waitFor({ state: 'visible' });
        await bannerButton(page, 'Customize').click();
        await dialog(page).waitFor({ state: 'visible' });
        const warnings = log.console
          .filter((m) => m.type === 'warning' && m.text.startsWith('consent-elements'))
          .map((m) => m.text);
        assert.deepEqual(warnings, []);
      });

      // axe: each example's own test runs it on the banner, the dialog and the policy
      // page, in light and dark (e2e/example-<name>.test.mjs).

      it('has no horizontal scroll at 320 px wide (WCAG 1.4.10)', async (t) => {
        const { page } = await openExample(env, t, name, {
          viewport: { width: 320, height: 640 },
        });
        await bannerBox(page).waitFor({ state: 'visible' });
        const overflowing = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
            .map((el) => `${el.localName}${el.className ? `.${el.className}` : ''}`),
        );
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 320, `page is ${width}px wide; too wide: ${overflowing.join(', ')}`);
      });

      it('after "Reject all" the page works, gates stay placeholders, nothing external', async (t) => {
        const { context, page, external, beacons, log, consoleErrors } = await openExample(
          env,
          t,
          name,
        );
        await bannerButton(page, 'Reject all').click();
        await bannerBox(page).waitFor({ state: 'detached' });
        const state = await store(page);
        assert.equal(state.decided, true);
        assert.equal(state.method, 'reject-all');
        assert.deepEqual(
          Object.keys(state.categories).filter((id) => state.categories[id]),
          example.required,
        );
        const gates = page.locator('consent-gate');
        assert.equal(await gates.count(), example.gates);
        assert.equal(await page.locator('consent-gate[loaded]').count(), 0);
        for (const gate of await gates.all()) {
          assert.ok(await gate.locator('[part~="load-button"]').isVisible(), 'placeholder shown');
        }
        // The page itself still works (no cookie wall): its own controls respond.
        await example.stillWorks(page, context);
        await page.waitForTimeout(SETTLE_MS);
        assert.deepEqual(external, [], 'no request leaves 127.0.0.1 after refusal');
        // The receipt of the refusal, sent to the site itself, is its proof (Ailabrix).
        const receipt = (b) => b.path.endsWith('/api/consent-receipts');
        assert.deepEqual(
          beacons.filter((b) => !receipt(b)),
          [],
          'no beacon after refusal',
        );
        assert.ok(beacons.filter(receipt).every((b) => JSON.parse(b.body).method === 'reject-all'));
        assert.deepEqual(log.errors, []);
        assert.deepEqual(consoleErrors(), []);
      });

      it('"Accept all" runs the blocked scripts and loads the gates; a reload keeps it', async (t) => {
        const { page, external, log, consoleErrors } = await openExample(env, t, name);
        await bannerButton(page, 'Accept all').click();
        await bannerBox(page).waitFor({ state: 'detached' });

        const loaded = async (round) => {
          // Gates far below the screen go live as they come near it: scroll through.
          await page.evaluate(async () => {
            const frame = () =>
              new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight / 2) {
              scrollTo(0, y);
              await frame();
            }
          });
          // Every gate loads but those that wait for the visitor's request.
          await page.waitForFunction(
            () =>
              document.querySelectorAll('consent-gate[loaded]').length ===
              document.querySelectorAll('consent-gate:not([on-request])').length,
          );
          assert.equal(await page.locator('consent-gate[on-request][loaded]').count(), 0);
          await until(() => example.requested.every((url) => external.includes(url)));
          await page.waitForFunction(example.ran);
          await page.waitForTimeout(SETTLE_MS);
          for (const url of example.requested) {
            const times = external.filter((u) => u === url).length;
            assert.equal(times, round, `${url} requested ${times} times after ${round} load(s)`);
          }
        };
        await loaded(1);
        const state = await store(page);
        assert.equal(state.method, 'accept-all');
        assert.ok(Object.values(state.categories).every(Boolean), 'every purpose granted');

        await page.reload();
        const reloaded = await ready(page);
        assert.equal(reloaded.decided, true);
        assert.equal(reloaded.method, 'accept-all');
        assert.equal(await bannerBox(page).count(), 0, 'the banner stays away after a reload');
        await loaded(2);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(consoleErrors(), []);
      });
    });
  }
});
