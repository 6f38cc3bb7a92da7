// axe-core scans (WCAG 2.0/2.1/2.2 A and AA rules) of every visible state of the
// elements, in light and dark, at 1280 and 320 px wide, in English and French.
// A serious or critical violation fails; moderate ones are listed in the output.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, setup } from './server.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * Light and dark, 1280 and 320 px, English and French: every pair of these is scanned
 * (each scheme at each width once, each language in both schemes and at both widths),
 * four scans per state instead of all eight, to keep the file well under a minute.
 */
const MATRIX = {
  en: [
    ['light', 1280],
    ['dark', 320],
  ],
  fr: [
    ['dark', 1280],
    ['light', 320],
  ],
};

/** Third-party hosts answer with nothing: a scan must not depend on the network. */
async function blockThirdParties(context) {
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1'
      ? route.continue()
      : route.fulfill({ status: 204 }),
  );
}

const STATES = [
  {
    name: 'banner shown',
    page: '/e2e/pages/ui/banner.html',
    async prepare(page) {
      await page.locator('consent-banner .banner').waitFor({ state: 'visible' });
    },
  },
  {
    name: 'modal banner',
    page: '/e2e/pages/ui/banner.html',
    query: 'modal',
    async prepare(page) {
      await page.locator('consent-banner dialog.banner').waitFor({ state: 'visible' });
    },
  },
  {
    name: 'preference dialog, services and cookie tables expanded',
    page: '/e2e/pages/ui/banner.html',
    async prepare(page) {
      await openDialog(page);
      await page.evaluate(() => {
        const root = document.querySelector('consent-preferences').shadowRoot;
        for (const details of root.querySelectorAll('details')) details.open = true;
      });
    },
  },
  {
    name: 'gate placeholders and chat launcher',
    page: '/e2e/pages/ui/gates.html',
    async prepare(page) {
      await page.locator('#chat [part~="load-button"]').waitFor({ state: 'visible' });
    },
  },
  {
    name: 'preference dialog with a Global Privacy Control signal',
    page: '/e2e/pages/ui/banner.html',
    gpc: true,
    async prepare(page) {
      assert.equal(await page.evaluate(() => window.consent.state.gpc), true);
      await openDialog(page);
      await page.locator('consent-preferences #gpc').waitFor({ state: 'visible' });
    },
  },
];

async function openDialog(page) {
  await page.evaluate(() => window.consent.openPreferences());
  await page.waitForFunction(() =>
    document.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog:modal'),
  );
}

/** Every element of the library renders in `lang` (its locale module has loaded). */
function waitForLocale(page, lang) {
  return page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('consent-banner, consent-preferences, consent-gate')]
        // An element the page did not need is never defined: it renders nothing.
        .filter((el) => el.shadowRoot)
        .every((el) =>
          [...el.shadowRoot.querySelectorAll('[lang]')].every((n) => n.lang === wanted),
        ),
    lang,
    { timeout: 5000 },
  );
}

function describeNodes(violation) {
  return violation.nodes
    .slice(0, 5)
    .map(
      (n) =>
        `${JSON.stringify(n.target)}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`,
    )
    .join('\n      ');
}

describe('accessibility (axe-core)', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.stop());

  for (const state of STATES) {
    it(state.name, async (t) => {
      const failures = [];
      const moderate = new Map();
      for (const [lang, views] of Object.entries(MATRIX)) {
        const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
        t.after(() => context.close());
        await blockThirdParties(context);
        if (state.gpc) {
          await context.addInitScript(() =>
            Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
              get: () => true,
              configurable: true,
            }),
          );
        }
        const page = await context.newPage();
        const query = [lang === 'en' ? '' : `lang=${lang}`, state.query ?? '']
          .filter(Boolean)
          .join('&');
        await openPage(page, `${env.url}${state.page}${query ? `?${query}` : ''}`);
        await state.prepare(page);
        await waitForLocale(page, lang);
        for (const [colorScheme, width] of views) {
          await page.emulateMedia({ colorScheme });
          await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
          );
          const where = `${lang}, ${colorScheme}, ${width}px`;
          const { violations } = await new AxeBuilder({ page })
            // Also WCAG 2.5.3 Label in Name (an axe rule still marked experimental): a
            // button's accessible name, e.g. "Always allow YouTube: Product tour", must
            // contain its visible text, in every language.
            .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
            .withTags(TAGS)
            .analyze();
          for (const v of violations) {
            const line = `${v.id} (${v.impact}) [${where}]: ${v.help}\n      ${describeNodes(v)}`;
            if (v.impact === 'serious' || v.impact === 'critical') failures.push(line);
            else moderate.set(`${v.id} [${where}]`, line);
          }
        }
        await context.close();
      }
      for (const line of moderate.values()) t.diagnostic(`moderate/minor: ${line}`);
      assert.equal(failures.length, 0, `axe violations:\n  ${failures.join('\n  ')}`);
    });
  }
});
