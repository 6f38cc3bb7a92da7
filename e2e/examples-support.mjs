// Shared by the example sites' browser tests (e2e/examples*.test.mjs): an example is
// opened the way a site author ships it (static pages using the built bundle,
// dist/consent-elements.js); every host but 127.0.0.1 is answered by a stub and every
// request to one is recorded, so "nothing before consent" is checked on the network.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { elementsArrived, watchPage } from './server.mjs';

export const BUNDLE = 'dist/consent-elements.js';

/** Fails early, and clearly, when the bundle the examples load is not built. */
export function assertBuilt() {
  assert.ok(
    existsSync(BUNDLE),
    `${BUNDLE} is missing: the examples use the built bundle; run "npm run build" first`,
  );
}

/** Time for a wrongly activated script or embed to hit the network. */
export const SETTLE_MS = 300;

/** Polls a condition on what the test recorded (requests), for up to 5 s. */
export async function until(condition, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The page's consent store state, through the bundle's own export. */
export const store = (page) =>
  page.evaluate(async () => (await import('/dist/consent-elements.js')).consent.state);

/** The store's first state, once the elements the page needs have arrived. */
export async function ready(page) {
  const state = await page.evaluate(
    async () => (await import('/dist/consent-elements.js')).consent.ready,
  );
  await elementsArrived(page, state);
  return state;
}

/**
 * Opens a page of an example in a fresh context (or `context`). Third-party hosts are
 * answered by stubs (a blank document for frames, a script that notes its URL in
 * `window.__stubs`, an empty 204 otherwise) and recorded in `external`; same-origin
 * POSTs to `…/api/…` are answered with 204 and recorded in `beacons`.
 *
 * Options: `viewport`, `gpc` (a Global Privacy Control signal), `locale`,
 * `context` (reuse one, e.g. for a returning visitor), `path` (default `index.html`).
 */
export async function openExample(env, t, name, options = {}) {
  const { viewport, gpc = false, path = '' } = options;
  let context = options.context;
  if (!context) {
    context = await env.browser.newContext({
      ...(viewport ? { viewport } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    });
    t.after(() => context.close());
  }
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
  await context.route(/\/examples\/[\w-]+\/api\//, (route) => {
    const request = route.request();
    beacons.push({ path: new URL(request.url()).pathname, body: request.postData() });
    return route.fulfill({ status: 204 });
  });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(`${env.url}/examples/${name}/${path}`);
  await ready(page);
  const consoleErrors = () => log.console.filter((m) => m.type === 'error').map((m) => m.text);
  return { context, page, log, external, beacons, consoleErrors };
}

/**
 * What the Qodefy home page requests once everything is accepted, each exactly once
 * (its own test and the test of every example check it).
 */
export const QODEFY_REQUESTED = [
  'https://cdn.matomo.cloud/qodefy.matomo.cloud/matomo.js',
  'https://cdn.speedcurve.com/js/lux.js?id=4181239057',
  'https://snap.licdn.com/li.lms-analytics/insight.min.js',
  'https://connect.facebook.net/en_US/fbevents.js',
  'https://www.googletagmanager.com/gtag/js?id=AW-17012345678',
  'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE',
  'https://qodefy.notion.site/ebd/1f0c3a9e8b2d4c7fa6e5d4c3b2a19087',
  'https://www.linkedin.com/embed/feed/update/urn:li:share:7268311524087513088',
  'https://calendar.google.com/calendar/embed?src=events%40qodefy.com&ctz=Europe%2FParis&mode=AGENDA',
  'https://form.typeform.com/to/Qd7fBr1E',
  'https://assets.calendly.com/assets/external/widget.js',
  'https://client.crisp.chat/l.js',
];

export const bannerBox = (page) => page.locator('consent-banner .banner');
export const bannerButton = (page, name) =>
  page.locator('consent-banner').getByRole('button', { name, exact: true });
export const dialog = (page) => page.locator('consent-preferences dialog');

/**
 * axe-core's serious and critical violations on the page, as readable lines. In dark
 * mode only the rules on colour can find something light mode did not (the markup is
 * the same): `colourOnly` runs those, in a fraction of the time.
 */
export async function axeProblems(page, { colourOnly = false } = {}) {
  const builder = new AxeBuilder({ page });
  if (colourOnly) builder.withRules(['color-contrast', 'link-in-text-block']);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
}

/** Scrolls through the page, so that gates far below the screen come near it and go live. */
export async function scrollThrough(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await frame();
    }
  });
}

/** Waits until every <consent-declaration> of the page has rendered. */
export async function declarationsRendered(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('consent-declaration')].every((el) =>
      el.shadowRoot?.querySelector('[part~="declaration"]'),
    ),
  );
}

/** The cookies of a context, by name: { value, expires (epoch s, -1 for a session cookie) }. */
export async function cookieJar(context) {
  return Object.fromEntries((await context.cookies()).map((c) => [c.name, c]));
}
