// The self-contained bundle as shipped, dist/consent-elements.js (CONTRACT §7): the
// unit and component tests run on the sources, so this checks that the minified build,
// whose html and css templates are minified too, renders and behaves. Needs
// `npm run build` (the server serves the repository root).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, setup, watchPage } from './server.mjs';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <script type="module">
      import * as exports from '/dist/consent-elements.js';
      window.consent = exports.consent;
      window.exported = Object.keys(exports).filter((name) => /^[A-Za-z]{2,}$/.test(name)).sort();
    </script>
  </head>
  <body>
    <p>Page text <a href="#" data-consent-open>Cookie preferences</a></p>
    <consent-banner></consent-banner>
    <consent-gate category="video" src="https://www.youtube.com/watch?v=aqz-KE-bpKQ" title="Tour"></consent-gate>
  </body>
</html>`;

describe('bundle (dist/consent-elements.js)', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.stop());

  async function open(t, html = PAGE, reuse) {
    const context = reuse ?? (await env.browser.newContext());
    if (!reuse) t.after(() => context.close());
    const page = await context.newPage();
    const log = watchPage(page);
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url())));
    // Nothing may reach a third party before consent; abort anything that tries.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const url = `${env.url}/bundle-test.html`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    const state = await openPage(page, url);
    return { page, log, requests, state };
  }

  const shadowText = (page, selector, part) =>
    page.evaluate(
      ([selector, part]) =>
        document
          .querySelector(selector)
          .shadowRoot.querySelector(`[part~="${part}"]`)
          ?.textContent.trim(),
      [selector, part],
    );

  it('renders the banner, the dialog and a gate without errors', async (t) => {
    const { page, log, requests } = await open(t);
    // The public exports (rollup adds short internal names for the chunks it loads).
    assert.deepEqual(await page.evaluate(() => window.exported), [
      'ConsentStore',
      'consent',
      'serverState',
    ]);
    assert.equal(
      await page.evaluate(async () => typeof (await customElements.whenDefined('consent-banner'))),
      'function',
      'the element classes, through customElements',
    );

    // The banner: three equally prominent buttons, styled by its (minified) styles.
    await page.waitForFunction(() =>
      document.querySelector('consent-banner').shadowRoot.querySelector('[part~="banner"]'),
    );
    assert.equal(await shadowText(page, 'consent-banner', 'accept-button'), 'Accept all');
    assert.equal(await shadowText(page, 'consent-banner', 'reject-button'), 'Reject all');
    assert.equal(await shadowText(page, 'consent-banner', 'customize-button'), 'Customize');
    const look = await page.evaluate(() => {
      const root = document.querySelector('consent-banner').shadowRoot;
      const box = getComputedStyle(root.querySelector('[part~="banner"]'));
      const buttons = [...root.querySelectorAll('[part~="button"]')].map((button) => {
        const style = getComputedStyle(button);
        const { width, height } = button.getBoundingClientRect();
        return [
          style.fontSize,
          style.fontWeight,
          style.backgroundColor,
          style.color,
          height > 0 && width > 0,
        ];
      });
      return { position: box.position, zIndex: box.zIndex, buttons };
    });
    assert.equal(look.position, 'fixed');
    assert.equal(look.zIndex, '2147483000', 'the z-index survives CSS minification exactly');
    assert.equal(look.buttons.length, 3);
    for (const button of look.buttons) assert.deepEqual(button, look.buttons[0]);
    assert.equal(look.buttons[0][4], true);

    // The gate: a placeholder naming the provider, nothing loaded.
    const gate = await page.evaluate(() => {
      const el = document.querySelector('consent-gate');
      return {
        message: el.shadowRoot.querySelector('[part~="message"]').textContent,
        buttons: [...el.shadowRoot.querySelectorAll('[part~="button"]')].map((b) =>
          b.textContent.trim(),
        ),
        loaded: el.hasAttribute('loaded'),
      };
    });
    assert.match(gate.message, /YouTube/);
    assert.deepEqual(gate.buttons, ['Load once', 'Always allow']);
    assert.equal(gate.loaded, false);

    // "Customize" opens the preference dialog, every purpose listed.
    await page.locator('consent-banner').getByRole('button', { name: 'Customize' }).click();
    await page.waitForFunction(() =>
      document.querySelector('consent-preferences')?.shadowRoot.querySelector('dialog[open]'),
    );
    const dialog = await page.evaluate(() => {
      const root = document.querySelector('consent-preferences').shadowRoot;
      return {
        title: root.querySelector('[part~="title"]').textContent.trim(),
        switches: [...root.querySelectorAll('[part~="switch"]')].map((s) => s.dataset.id),
        modal: root.querySelector('dialog').matches(':modal'),
      };
    });
    assert.equal(dialog.title, 'Cookie preferences');
    assert.deepEqual(dialog.switches, ['necessary', 'video']);
    assert.equal(dialog.modal, true);

    // Saving with video on loads the gate's iframe and hides the banner.
    await page.locator('consent-preferences').getByRole('switch', { name: 'Videos' }).check();
    await page.locator('consent-preferences').getByRole('button', { name: 'Save choices' }).click();
    await page.waitForFunction(() => document.querySelector('consent-gate').hasAttribute('loaded'));
    assert.equal(
      await page.evaluate(() => document.querySelector('consent-banner').matches(':state(shown)')),
      false,
    );

    assert.deepEqual(log.errors, []);
    assert.deepEqual(
      log.console.filter((message) => message.type === 'error'),
      [],
    );
    assert.ok(
      requests.every(
        (url) => url.hostname === '127.0.0.1' || url.hostname.endsWith('youtube-nocookie.com'),
      ),
      'only the consented embed reaches a third party',
    );
  });

  it('loads a locale on demand from dist/locales/', async (t) => {
    const { page, requests } = await open(t, PAGE.replace('<html lang="en">', '<html lang="fr">'));
    await page.waitForFunction(
      () =>
        document
          .querySelector('consent-banner')
          .shadowRoot.querySelector('[part~="accept-button"]')
          ?.textContent.trim() === 'Tout accepter',
    );
    const paths = requests.map((url) => url.pathname).filter((path) => path.startsWith('/dist/'));
    assert.deepEqual(
      paths.filter((path) => path.startsWith('/dist/locales/')),
      ['/dist/locales/fr.js'],
    );
  });

  it('on a returning visitor’s page fetches the store alone; the rest on need', async (t) => {
    const { page } = await open(t, PAGE.replace(/<consent-gate[^>]*><\/consent-gate>/, ''));
    await page.locator('consent-banner [part~="reject-button"]').click();
    const second = await open(
      t,
      PAGE.replace(/<consent-gate[^>]*><\/consent-gate>/, ''),
      page.context(),
    );
    const fetched = () =>
      second.requests.map((url) => url.pathname).filter((path) => path.startsWith('/dist/'));
    assert.deepEqual(fetched(), ['/dist/consent-elements.js']);
    assert.equal(await second.page.locator('consent-banner').isVisible(), false);
    // The dialog's code arrives when the visitor asks for it.
    await second.page.getByText('Cookie preferences').click();
    await second.page.waitForFunction(() =>
      document.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog[open]'),
    );
    assert.ok(fetched().includes('/dist/chunks/consent-preferences.js'));
    assert.equal(fetched().includes('/dist/chunks/consent-banner.js'), false);
  });

  it('on a page with a gate fetches what the gate shows only: not the dialog’s English nor its tables’ validation', async (t) => {
    const { page } = await open(t, PAGE);
    await page.locator('consent-banner [part~="reject-button"]').click();
    const second = await open(t, PAGE, page.context());
    const fetched = () =>
      second.requests.map((url) => url.pathname).filter((path) => path.startsWith('/dist/'));
    // The placeholder, in English, with its purpose's name.
    await second.page.waitForFunction(() =>
      document
        .querySelector('consent-gate')
        ?.shadowRoot?.querySelector('[part~="message"]')
        ?.textContent.includes('(Videos)'),
    );
    assert.deepEqual(fetched().sort(), [
      '/dist/chunks/consent-gate.js',
      '/dist/chunks/en-gate.js',
      '/dist/chunks/purpose-text.js',
      '/dist/chunks/ui.js',
      '/dist/consent-elements.js',
    ]);
    // The dialog brings the rest of the English (and Lit) with it.
    await second.page.getByText('Cookie preferences').click();
    await second.page.waitForFunction(() =>
      document.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog[open]'),
    );
    assert.ok(fetched().includes('/dist/chunks/en.js'));
  });

  it('fetches the code that builds a gate’s content when it loads; without it, the gate stays a placeholder (E64)', async (t) => {
    const { page, requests, log } = await open(t);
    const fetched = () => requests.map((url) => url.pathname);
    const loadOnce = (page) =>
      page.locator('consent-gate').getByRole('button', { name: /Load/ }).first().click();
    await page.waitForFunction(() =>
      document.querySelector('consent-gate')?.shadowRoot?.querySelector('[part~="load-button"]'),
    );
    assert.equal(fetched().includes('/dist/chunks/content.js'), false, 'not for a placeholder');
    await loadOnce(page);
    await page.waitForFunction(() => document.querySelector('consent-gate').hasAttribute('loaded'));
    assert.ok(fetched().includes('/dist/chunks/content.js'));
    assert.match(
      await page.evaluate(
        () => document.querySelector('consent-gate').shadowRoot.querySelector('iframe').src,
      ),
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ/,
    );
    assert.deepEqual(log.errors, []);

    const context = await env.browser.newContext();
    t.after(() => context.close());
    await context.route(/\/dist\/chunks\/content\.js$/, (route) => route.abort());
    const broken = await open(t, PAGE, context);
    await broken.page.waitForFunction(() =>
      document.querySelector('consent-gate')?.shadowRoot?.querySelector('[part~="load-button"]'),
    );
    await loadOnce(broken.page);
    const ours = () =>
      broken.log.console.filter((entry) => entry.text.startsWith('consent-elements'));
    for (let i = 0; i < 50 && !ours().length; i++) await broken.page.waitForTimeout(100);
    assert.deepEqual(
      ours().map((entry) => `${entry.type} ${entry.text.split(' ').slice(0, 2).join(' ')}`),
      ['error consent-elements E64'],
    );
    assert.equal(
      await broken.page.evaluate(() =>
        document.querySelector('consent-gate').hasAttribute('loaded'),
      ),
      false,
    );
    assert.deepEqual(broken.log.errors, []);
  });

  it('fetches the code that turns a template’s scripts live beside the content’s code, not after it', async (t) => {
    const { page } = await open(
      t,
      PAGE.replace(
        /<consent-gate[^>]*><\/consent-gate>/,
        `<consent-gate category="maps" title="Map"><template><script>window.gateRan = 1;</script></template></consent-gate>`,
      ),
    );
    await page.locator('consent-gate').getByRole('button', { name: /Load/ }).first().click();
    await page.waitForFunction(() => window.gateRan === 1);
    const timing = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\/chunks\/(content|live-script)\.js$/.test(entry.name))
          .map((entry) => [entry.name.split('/').pop(), [entry.startTime, entry.responseEnd]]),
      ),
    );
    assert.deepEqual(Object.keys(timing).sort(), ['content.js', 'live-script.js']);
    assert.ok(
      timing['live-script.js'][0] < timing['content.js'][1],
      `live-script.js requested at ${timing['live-script.js'][0]} ms, content.js received at ${timing['content.js'][1]} ms`,
    );
  });

  it('fetches the script activation code with the first granted script; without it, scripts stay inert', async (t) => {
    const scripts = PAGE.replace(
      /<consent-gate[^>]*><\/consent-gate>/,
      `<script type="text/plain" data-consent="analytics">window.ran = (window.ran ?? 0) + 1;</script>
       <consent-gate category="maps"><template><script>window.gateRan = 1;</script></template></consent-gate>`,
    );
    const { page, requests } = await open(t, scripts);
    const fetched = () => requests.map((url) => url.pathname);
    assert.equal(fetched().includes('/dist/chunks/live-script.js'), false, 'not before consent');
    await page.locator('consent-banner [part~="accept-button"]').click();
    await page.waitForFunction(() => window.ran === 1 && window.gateRan === 1);
    assert.ok(fetched().includes('/dist/chunks/live-script.js'));

    // The chunk cannot be fetched: both stay inert, the console names the problem, and
    // nothing escapes to the page.
    const context = await env.browser.newContext();
    t.after(() => context.close());
    await context.route(/\/dist\/chunks\/live-script\.js$/, (route) => route.abort());
    const broken = await open(t, scripts, context);
    await broken.page.locator('consent-banner [part~="accept-button"]').click();
    await broken.page.waitForFunction(() => window.consent.state.decided);
    await broken.page.waitForTimeout(300);
    assert.deepEqual(await broken.page.evaluate(() => [window.ran, window.gateRan]), [
      undefined,
      undefined,
    ]);
    const ours = broken.log.console.filter(
      (entry) => entry.type === 'error' && entry.text.startsWith('consent-elements'),
    );
    assert.ok(ours.length >= 1 && ours.every((e) => /^consent-elements E57\b/.test(e.text)));
    assert.deepEqual(broken.log.errors, []);
  });

  it('shows the site’s own words once their check arrives; without it, the library’s texts and E59', async (t) => {
    const own = PAGE.replace(/<consent-gate[^>]*><\/consent-gate>/, '').replace(
      '<head>',
      `<head><script type="application/json" data-consent-config>
        { "texts": { "en": { "consent.banner.title": "Our cookies" } } }
      </script>`,
    );
    const title = (page) => shadowText(page, 'consent-banner', 'title');
    const { page, log } = await open(t, own);
    await page.waitForFunction(
      () =>
        document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="title"]')
          ?.textContent === 'Our cookies',
    );
    assert.deepEqual(log.console, []);

    // The code that checks them (chunks/site-texts.js) cannot be fetched: the banner shows
    // the library's title, the console names the problem, nothing escapes to the page.
    const context = await env.browser.newContext();
    t.after(() => context.close());
    await context.route(/\/dist\/chunks\/site-texts\.js$/, (route) => route.abort());
    const broken = await open(t, own, context);
    await broken.page.waitForFunction(
      () =>
        document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="title"]')
          ?.textContent === 'Cookies and your privacy',
    );
    assert.equal(await title(broken.page), 'Cookies and your privacy');
    assert.equal(
      await broken.page.locator('consent-banner [part~="accept-button"]').isVisible(),
      true,
    );
    const ours = broken.log.console.filter((entry) => entry.text.startsWith('consent-elements'));
    assert.deepEqual(
      ours.map((entry) => `${entry.type} ${entry.text.split(' ').slice(0, 2).join(' ')}`),
      ['error consent-elements E59'],
    );
    assert.deepEqual(broken.log.errors, []);
  });

  it('keeps the decision in a first-party cookie: path /, SameSite=Lax, 182 days, readable by the server; or as configured', async (t) => {
    const html = PAGE.replace(/<consent-gate[^>]*><\/consent-gate>/, '');
    const { page } = await open(t, html);
    const decidedAt = Date.now();
    await page.locator('consent-banner [part~="reject-button"]').click();
    const cookies = await page.context().cookies();
    assert.deepEqual(
      cookies.map((cookie) => cookie.name),
      ['consent'],
      'one cookie, the consent record: a refusal stores nothing else',
    );
    const [cookie] = cookies;
    assert.equal(cookie.domain, '127.0.0.1', 'host only');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.httpOnly, false);
    assert.equal(cookie.secure, false, 'Secure only on https');
    const days = (cookie.expires * 1000 - decidedAt) / 86_400_000;
    assert.ok(Math.abs(days - 182) < 0.01, `kept ${days} days`);

    const configured = html.replace(
      '<head>',
      `<head><script type="application/json" data-consent-config>
        { "expiresAfterDays": 30, "cookie": { "name": "cc", "sameSite": "strict" } }
      </script>`,
    );
    const second = await open(t, configured);
    await second.page.locator('consent-banner [part~="accept-button"]').click();
    const [own] = await second.page.context().cookies();
    assert.equal(own.name, 'cc');
    assert.equal(own.path, '/');
    assert.equal(own.sameSite, 'Strict');
    assert.ok(Math.abs((own.expires * 1000 - Date.now()) / 86_400_000 - 30) < 0.01);
    assert.deepEqual(second.log.console, []);
  });

  it('names the Consent Mode and receipts code it cannot fetch (E61, E60); the decision stands', async (t) => {
    const html = PAGE.replace(/<consent-gate[^>]*><\/consent-gate>/, '').replace(
      '<head>',
      '<head><script type="application/json" data-consent-config>{ "googleConsentMode": true }</script>',
    );
    const context = await env.browser.newContext();
    t.after(() => context.close());
    await context.route(/\/dist\/chunks\/(consent-mode|receipts)\.js$/, (route) => route.abort());
    const { page, log } = await open(t, html, context);
    await page.locator('consent-banner [part~="accept-button"]').click();
    assert.equal(await page.evaluate(() => window.consent.state.decided), true);
    assert.ok((await context.cookies()).some((cookie) => cookie.name === 'consent'));
    const codes = () =>
      log.console
        .filter((entry) => entry.text.startsWith('consent-elements'))
        .map((entry) => `${entry.type} ${entry.text.split(' ').slice(0, 2).join(' ')}`)
        .sort();
    for (let i = 0; i < 50 && codes().length < 2; i++) await page.waitForTimeout(100);
    assert.deepEqual(codes(), ['error consent-elements E60', 'error consent-elements E61']);
    assert.deepEqual(log.errors, []);
  });

  it('on a first visit fetches the banner’s code while the store loads; a returning visitor under a configured cookie name fetches none', async (t) => {
    const named = PAGE.replace(/<consent-gate[^>]*><\/consent-gate>/, '').replace(
      '<head>',
      `<head><script type="application/json" data-consent-config>{ "cookie": { "name": "site_cc" } }</script>
       <script>document.addEventListener('consent-ready', () => (window.readyAt = performance.now()));</script>`,
    );
    const { page } = await open(t, named);
    const started = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.endsWith('/dist/chunks/consent-banner.js'))?.startTime,
    );
    const readyAt = await page.evaluate(() => window.readyAt);
    assert.ok(
      started < readyAt,
      `fetched at ${started} ms, before the store was ready at ${readyAt} ms`,
    );
    await page.locator('consent-banner [part~="reject-button"]').click();
    assert.ok((await page.context().cookies()).some((cookie) => cookie.name === 'site_cc'));

    const second = await open(t, named, page.context());
    const fetched = second.requests
      .map((url) => url.pathname)
      .filter((path) => path.startsWith('/dist/'));
    assert.deepEqual(fetched, ['/dist/consent-elements.js']);
  });

  it('names an element another script defined first, and still loads the rest', async (t) => {
    const taken = `<script>customElements.define('consent-banner', class extends HTMLElement {});</script>`;
    const { page, log, state } = await open(t, PAGE.replace('<head>', `<head>${taken}`));
    assert.equal(state.decided, false);
    const errors = log.console.filter((entry) => entry.type === 'error').map((e) => e.text);
    // The production build says it with a code and the element (the README's table).
    assert.deepEqual(errors, ['consent-elements E46 consent-banner']);
    assert.deepEqual(log.errors, []);
    // The gate is ours all the same.
    assert.equal(
      await page.evaluate(() => Boolean(document.querySelector('consent-gate').shadowRoot)),
      true,
    );
  });

  it('prints codes in production and sentences in dist/dev/, whose sentences production leaves out', async (t) => {
    const invalid = `<script type="application/json" data-consent-config>{ "revision": 0 }</script>`;
    const errors = async (bundle) => {
      const html = PAGE.replace('<head>', `<head>${invalid}`).replace(
        '/dist/consent-elements.js',
        bundle,
      );
      const { log } = await open(t, html);
      return log.console.filter((entry) => entry.type === 'error').map((e) => e.text);
    };
    assert.deepEqual(await errors('/dist/consent-elements.js'), ['consent-elements E20 revision']);
    assert.deepEqual(await errors('/dist/dev/consent-elements.js'), [
      'consent-elements E20: invalid configuration: "revision" must be an integer from 1 to 999999999999999; it is ignored.',
    ]);
    const production = await readFile('dist/consent-elements.js', 'utf8');
    assert.equal(production.includes('must be an integer'), false);
    assert.equal(production.includes('Global Privacy Control signal is honoured'), false);
  });
});
