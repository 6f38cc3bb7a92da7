// The example sites (examples/saas, examples/studio, examples/agency), loaded the way a
// site author ships them: static pages using the self-contained bundle
// dist/consent-elements.js. Every host but 127.0.0.1 is stubbed, and every request to
// one is recorded, so "nothing before consent" is checked on the network.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { elementsArrived, setup, watchPage } from './server.mjs';

const BUNDLE = 'dist/consent-elements.js';

/**
 * What each example loads once everything is accepted: its gates, and the URLs its
 * blocked scripts (or the gates' scripts) request, each exactly once per page load.
 */
const EXAMPLES = {
  saas: {
    gates: 2,
    requested: [
      'https://cdn.matomo.cloud/ledgerline.matomo.cloud/matomo.js',
      'https://js.stripe.com/v3/pricing-table.js',
      'https://client.crisp.chat/l.js',
    ],
    ran: () => window._paq?.[0]?.[0] === 'trackPageView',
  },
  studio: {
    gates: 2,
    requested: [
      'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
      'https://player.vimeo.com/video/76979871?dnt=1',
    ],
    ran: () => true,
  },
  agency: {
    gates: 7,
    requested: [
      'https://www.googletagmanager.com/gtag/js?id=G-OAK4L1NE7D',
      'https://snap.licdn.com/li.lms-analytics/insight.min.js',
      'https://connect.facebook.net/en_US/fbevents.js',
      'https://assets.calendly.com/assets/external/widget.js',
      'https://embed.tawk.to/65f1c2a9a0c6737bd1234567/1hp3k9q2r',
    ],
    ran: () =>
      window._linkedin_data_partner_ids?.[0] === '4812345' && typeof window.fbq === 'function',
  },
};

const SETTLE_MS = 300; // time for a wrongly activated script or embed to hit the network

/** Polls a condition on what the test recorded (requests), for up to 5 s. */
async function until(condition, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The page's consent store, through the bundle's own export. */
const store = (page) =>
  page.evaluate(async () => (await import('/dist/consent-elements.js')).consent.state);
/** The store's first state, once the elements the page needs have arrived. */
const ready = async (page) => {
  const state = await page.evaluate(
    async () => (await import('/dist/consent-elements.js')).consent.ready,
  );
  await elementsArrived(page, state);
  return state;
};

describe('example sites', () => {
  let env;
  before(async () => {
    assert.ok(
      existsSync(BUNDLE),
      `${BUNDLE} is missing: the examples use the built bundle; run "npm run build" first`,
    );
    env = await setup();
  });
  after(() => env?.stop());

  /**
   * Opens an example in a fresh context. Third-party hosts are answered by stubs (a
   * blank document for frames, a script that notes its URL, an empty 204 otherwise)
   * and recorded; the studio's same-origin beacons are answered with 204 and recorded.
   */
  async function openExample(t, name, { viewport, gpc = false } = {}) {
    const context = await env.browser.newContext(viewport ? { viewport } : {});
    t.after(() => context.close());
    if (gpc) {
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
          get: () => true,
          configurable: true,
        }),
      );
    }
    const external = [];
    const beacons = [];
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        const request = route.request();
        const url = request.url();
        external.push(url);
        const type = request.resourceType();
        if (type === 'document') {
          return route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><title>Stub</title><p>Stub of ${new URL(url).host}</p>`,
          });
        }
        if (type === 'script') {
          return route.fulfill({
            contentType: 'text/javascript',
            body: `(window.__stubs = window.__stubs || []).push(${JSON.stringify(url)});`,
          });
        }
        return route.fulfill({ status: 204 });
      },
    );
    await context.route('**/examples/studio/api/**', (route) => {
      beacons.push(new URL(route.request().url()).pathname);
      return route.fulfill({ status: 204 });
    });
    const page = await context.newPage();
    const log = watchPage(page);
    await page.goto(`${env.url}/examples/${name}/`);
    await ready(page);
    const consoleErrors = () => log.console.filter((m) => m.type === 'error').map((m) => m.text);
    return { context, page, log, external, beacons, consoleErrors };
  }

  const bannerBox = (page) => page.locator('consent-banner .banner');
  const bannerButton = (page, name) =>
    page.locator('consent-banner').getByRole('button', { name, exact: true });
  const dialog = (page) => page.locator('consent-preferences dialog');

  async function axeProblems(page) {
    const { violations } = await new AxeBuilder({ page }).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
  }

  for (const [name, example] of Object.entries(EXAMPLES)) {
    describe(`examples/${name}`, () => {
      it('loads without errors, shows the banner and contacts no other host', async (t) => {
        const { context, page, log, external, beacons, consoleErrors } = await openExample(t, name);
        await bannerBox(page).waitFor({ state: 'visible' });
        await page.waitForTimeout(SETTLE_MS);
        const state = await store(page);
        assert.equal(state.decided, false);
        assert.deepEqual(
          Object.entries(state.categories).filter(([, on]) => on),
          [['necessary', true]],
          'only the necessary purpose is on',
        );
        assert.equal(await page.locator('consent-gate[loaded]').count(), 0);
        assert.deepEqual(external, [], 'no request leaves 127.0.0.1 before consent');
        assert.deepEqual(beacons, [], 'no analytics beacon before consent');
        assert.deepEqual(await context.cookies(), [], 'no cookie before a decision');
        assert.deepEqual(log.errors, [], 'no page error');
        assert.deepEqual(consoleErrors(), [], 'no console error');
      });

      // A gate upgraded before the store has read data-consent-config references its
      // category too early: a configured custom category (payments, forms, …) is then
      // reported as "not configured". This test fails for as long as the store does so.
      it('has no configuration warning: every category it uses is configured', async (t) => {
        const { page, log } = await openExample(t, name);
        await bannerBox(page).waitFor({ state: 'visible' });
        const warnings = log.console
          .filter((m) => m.type === 'warning' && m.text.startsWith('consent-elements'))
          .map((m) => m.text);
        assert.deepEqual(warnings, []);
      });

      it('axe finds no serious or critical violation (banner, then dialog)', async (t) => {
        const { page } = await openExample(t, name);
        await bannerBox(page).waitFor({ state: 'visible' });
        assert.deepEqual(await axeProblems(page), [], 'with the banner shown');
        await bannerButton(page, 'Customize').click();
        await dialog(page).waitFor({ state: 'visible' });
        assert.deepEqual(await axeProblems(page), [], 'with the preference dialog open');
      });

      // A gate with a 16 / 9 (or wider) shape is at least --consent-gate-min-height tall,
      // and aspect-ratio turns that minimum height into a minimum width (12rem × 16/9 =
      // 341px): this fails for as long as <consent-gate> lacks max-width: 100%.
      it('has no horizontal scroll at 320 px wide (WCAG 1.4.10)', async (t) => {
        const { page } = await openExample(t, name, { viewport: { width: 320, height: 640 } });
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
        const { page, external, beacons, log, consoleErrors } = await openExample(t, name);
        await bannerButton(page, 'Reject all').click();
        await bannerBox(page).waitFor({ state: 'detached' });
        const state = await store(page);
        assert.equal(state.decided, true);
        assert.equal(state.method, 'reject-all');
        assert.deepEqual(
          Object.entries(state.categories).filter(([, on]) => on),
          [['necessary', true]],
        );
        const gates = page.locator('consent-gate');
        assert.equal(await gates.count(), example.gates);
        assert.equal(await page.locator('consent-gate[loaded]').count(), 0);
        for (const gate of await gates.all()) {
          assert.ok(await gate.locator('[part~="load-button"]').isVisible(), 'placeholder shown');
        }
        // The page itself still works (no cookie wall): its own controls respond.
        await pageStillWorks[name](page);
        await page.waitForTimeout(SETTLE_MS);
        assert.deepEqual(external, [], 'no request leaves 127.0.0.1 after refusal');
        assert.deepEqual(beacons, [], 'no analytics beacon after refusal');
        assert.deepEqual(log.errors, []);
        assert.deepEqual(consoleErrors(), []);
      });

      it('"Accept all" runs the blocked scripts and loads the gates; a reload keeps it', async (t) => {
        const { page, external, beacons, log, consoleErrors } = await openExample(t, name);
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
          await page.waitForFunction(
            (n) => document.querySelectorAll('consent-gate[loaded]').length === n,
            example.gates,
          );
          await until(() => example.requested.every((url) => external.includes(url)));
          await page.waitForFunction(example.ran);
          await page.waitForTimeout(SETTLE_MS);
          for (const url of example.requested) {
            const times = external.filter((u) => u === url).length;
            assert.equal(times, round, `${url} requested ${times} times after ${round} load(s)`);
          }
          if (name === 'studio') {
            const views = beacons.filter((p) => p === '/examples/studio/api/event').length;
            assert.equal(views, round, `page-view beacon sent ${views} times`);
            const vitals = log.console.filter((m) => m.text.startsWith('[web-vitals]')).length;
            assert.equal(vitals, round, 'the Core Web Vitals script ran once per page load');
            const frames = await page
              .locator('consent-gate iframe')
              .evaluateAll((list) => list.map((f) => new URL(f.src).host));
            assert.deepEqual(frames, ['www.youtube-nocookie.com', 'player.vimeo.com']);
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
        // A returning visitor's page does not even fetch the banner's code.
        assert.equal(await page.locator('consent-banner').isVisible(), false);
        await loaded(2);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(consoleErrors(), []);
      });
    });
  }

  describe('examples/studio, languages and Global Privacy Control', () => {
    it('switching to French re-renders the banner and uses the per-locale config texts', async (t) => {
      const { page, log, consoleErrors } = await openExample(t, 'studio');
      await bannerButton(page, 'Accept all').waitFor();
      await page.getByRole('button', { name: 'Français' }).click();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
      await bannerButton(page, 'Tout accepter').waitFor();
      assert.equal(await bannerButton(page, 'Tout refuser').count(), 1);
      assert.equal(await bannerButton(page, 'Personnaliser').count(), 1);
      assert.equal(await bannerBox(page).getAttribute('lang'), 'fr');
      // The page translates its own slotted texts; the banner shows them.
      assert.ok(await page.locator('consent-banner').getByText('Avant de regarder').isVisible());

      await bannerButton(page, 'Personnaliser').click();
      await dialog(page).waitFor({ state: 'visible' });
      const headings = await dialog(page).locator('h3').allInnerTexts();
      assert.deepEqual(
        headings.map((h) => h.trim()),
        ['Essentiels', 'Statistiques de visite (sans cookie)', 'Vidéos intégrées'],
        'category labels come from the configuration’s "fr" entries',
      );
      const text = await dialog(page).innerText();
      assert.match(text, /Comptent les pages vues de façon anonyme/);
      assert.doesNotMatch(text, /Strictement nécessaires|Mesure d’audience/);
      const essentials = dialog(page).getByRole('region', { name: 'Essentiels' });
      await essentials.getByText('Cookies utilisés (4)').click();
      await dialog(page).getByText('Mémorise la langue choisie', { exact: false }).waitFor();

      // The language is kept (localStorage, a necessary entry) and applies after a reload.
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => localStorage.getItem('studio-lang')), 'fr');
      await page.reload();
      await ready(page);
      await bannerButton(page, 'Tout accepter').waitFor();
      assert.deepEqual(log.errors, []);
      assert.deepEqual(consoleErrors(), []);
    });

    it('with GPC: no banner, statistics off, and the dialog says the signal was honoured', async (t) => {
      const { page, beacons, external, log, consoleErrors } = await openExample(t, 'studio', {
        gpc: true,
      });
      const state = await store(page);
      assert.equal(state.gpc, true);
      assert.equal(state.decided, true);
      assert.equal(state.method, 'gpc');
      assert.equal(state.categories.analytics, false);
      assert.equal(state.categories.video, false);
      assert.equal(await bannerBox(page).count(), 0, 'no banner under GPC');
      await page.waitForTimeout(SETTLE_MS);
      assert.deepEqual(beacons, [], 'no statistics beacon under GPC');
      assert.equal(log.console.filter((m) => m.text.startsWith('[web-vitals]')).length, 0);
      assert.deepEqual(external, []);

      await page.locator('footer [data-consent-open]').click();
      await dialog(page).waitFor({ state: 'visible' });
      await dialog(page).getByText('Your Global Privacy Control signal was honoured').waitFor();
      assert.equal(
        await dialog(page)
          .getByRole('switch', { name: 'Visit statistics (cookieless)' })
          .isChecked(),
        false,
      );
      assert.deepEqual(log.errors, []);
      assert.deepEqual(consoleErrors(), []);
    });
  });
});

/** After a refusal, each page's own features still respond. */
const pageStillWorks = {
  async saas(page) {
    const price = page.locator('.plan-featured .price span').first();
    assert.equal((await price.innerText()).trim(), '€14');
    await page.getByLabel('Annual').check();
    assert.equal((await price.innerText()).trim(), '€140');
    // Preferences are refused: the billing period is not remembered in a cookie.
    assert.doesNotMatch(await page.evaluate(() => document.cookie), /ll_prefs/);
  },
  async studio(page) {
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: /Filme und Motion Design/ }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  },
  async agency(page) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Work' })
      .click();
    assert.equal(new URL(page.url()).hash, '#work');
    assert.ok(await page.getByRole('heading', { name: /Case study/ }).isVisible());
  },
};
