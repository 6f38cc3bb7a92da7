// The self-contained bundle under a strict Content Security Policy with Trusted Types,
// delivered as a real response header (examples/csp/index.html). Every step a visitor
// takes must work without a single CSP violation: banner, dialog, saving, accepting,
// the blocked scripts (external and inline, with the nonce) and both gates.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { elementsArrived, setup, watchPage } from './server.mjs';

const BUNDLE = 'dist/consent-elements.js';
const NONCE = 'TEST123';
const EMBED_HOST = 'https://player.vimeo.com';
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'nonce-${NONCE}'`,
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `frame-src ${EMBED_HOST}`,
].join('; ');

/** Collects violations in the page, before any of its scripts runs. */
function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      at: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
    });
  });
}

describe('strict CSP and Trusted Types (examples/csp)', () => {
  let env;
  before(async () => {
    assert.ok(
      existsSync(BUNDLE),
      `${BUNDLE} is missing: run "npm run build" before the browser-level tests`,
    );
    env = await setup();
  });
  after(() => env?.stop());

  async function openCspPage(t, csp = CSP, inject = '', rewrite = (body) => body) {
    const context = await env.browser.newContext();
    t.after(() => context.close());
    await context.addInitScript(recordViolations);
    const external = [];
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        const url = route.request().url();
        external.push(url);
        if (url.startsWith(`${EMBED_HOST}/`)) {
          return route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>Stub player</title><p>Stub player</p>',
          });
        }
        return route.abort();
      },
    );
    const page = await context.newPage();
    const log = watchPage(page);
    const pageUrl = `${env.url}/examples/csp/index.html`;
    await page.route(pageUrl, async (route) => {
      const response = await route.fetch();
      // Markup injected into the page (e.g. reflected from a comment form): no nonce.
      const body = rewrite((await response.text()).replace('</main>', `${inject}</main>`));
      await route.fulfill({
        response,
        body,
        headers: { ...response.headers(), 'content-security-policy': csp },
      });
    });
    const cspHeader = page
      .waitForResponse(pageUrl)
      .then((response) => response.headerValue('content-security-policy'));
    await page.goto(pageUrl);
    assert.equal(await cspHeader, csp, 'the page is served with the CSP header');
    await elementsArrived(
      page,
      await page.evaluate(async () => (await import('/dist/consent-elements.js')).consent.ready),
    );
    const state = () =>
      page.evaluate(async () => (await import('/dist/consent-elements.js')).consent.state);
    const violations = () => page.evaluate(() => window.__violations);
    const consoleErrors = () => log.console.filter((m) => m.type === 'error').map((m) => m.text);
    return { page, log, state, violations, consoleErrors, external };
  }

  it('banner, dialog, save, accept all, blocked scripts and gates: no violation', async (t) => {
    const { page, log, state, violations, consoleErrors, external } = await openCspPage(t);
    const banner = page.locator('consent-banner');
    const dialog = page.locator('consent-preferences dialog');

    // The banner renders (Lit templates and styles under the policy).
    await banner.getByRole('button', { name: 'Accept all' }).waitFor();
    assert.deepEqual(await violations(), [], 'no violation on load');

    // Customize opens the dialog; Save stores exactly what it shows (nothing on).
    await banner.getByRole('button', { name: 'Customize' }).click();
    await dialog.waitFor({ state: 'visible' });
    assert.equal(await page.locator('consent-preferences').getAttribute('open'), '');
    await dialog.getByRole('button', { name: 'Save choices' }).click();
    await dialog.waitFor({ state: 'hidden' });
    let now = await state();
    assert.equal(now.decided, true);
    assert.equal(now.method, 'custom');
    assert.equal(now.categories.analytics, false);
    assert.equal(await banner.isHidden(), true, 'the banner hides once saved');
    assert.equal(await page.evaluate(() => window.cspLog), undefined, 'nothing ran yet');
    assert.deepEqual(external, [], 'no request to the embed host before consent');

    // Accept all from the dialog, reopened by the footer link.
    await page.getByRole('link', { name: 'Cookie preferences' }).click();
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Accept all' }).click();
    now = await state();
    assert.equal(now.categories.analytics, true);

    // Both blocked scripts ran, in document order, and so did the gate's script.
    await page.waitForFunction(() => (window.cspLog ?? []).length >= 3, null, { timeout: 5000 });
    const ran = await page.evaluate(() => window.cspLog);
    assert.deepEqual(
      ran.filter((entry) => entry !== 'gate-script'),
      ['external', 'inline:boolean'],
      'the external blocked script ran, then the inline one with the nonce',
    );
    assert.ok(ran.includes('gate-script'), "the gate's inline script (with the nonce) ran");
    await page.getByText('Help widget script ran.').waitFor();
    await page.getByText('Analytics scripts ran.').waitFor();

    // The iframe gate loaded its frame.
    const frame = page.locator('consent-gate[category="video"] iframe');
    await frame.waitFor();
    assert.equal(await frame.getAttribute('title'), 'Product demo');
    assert.ok(external.some((url) => url.startsWith(`${EMBED_HOST}/video/76979871`)));
    assert.equal(await page.locator('consent-gate[loaded]').count(), 2, 'both gates are loaded');

    // A locale module loads on demand under script-src 'self'.
    await page.evaluate(() => (document.documentElement.lang = 'fr'));
    await page.getByRole('link', { name: 'Cookie preferences' }).click();
    await dialog.getByRole('button', { name: 'Enregistrer mes choix' }).waitFor();
    await page.keyboard.press('Escape');

    assert.deepEqual(await violations(), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(consoleErrors(), [], 'no console error');
    assert.deepEqual(log.errors, [], 'no page error');
  });

  it('with a trusted-types allowlist: works when it names consent-elements and lit-html', async (t) => {
    // Lit creates its own Trusted Types policy, "lit-html", when the bundle is imported;
    // an allowlist naming only "consent-elements" makes that import throw.
    const csp = `${CSP}; trusted-types consent-elements lit-html`;
    const { page, state, violations, consoleErrors, log } = await openCspPage(t, csp);
    await page.locator('consent-banner').getByRole('button', { name: 'Accept all' }).click();
    assert.equal((await state()).categories.analytics, true);
    await page.waitForFunction(() => (window.cspLog ?? []).length >= 3, null, { timeout: 5000 });
    assert.equal(await page.locator('consent-gate[loaded]').count(), 2);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(consoleErrors(), []);
    assert.deepEqual(log.errors, []);
  });

  it('with a nonce and strict-dynamic: injected markup stays inert; scripts with the nonce run', async (t) => {
    // The strict CSP Google recommends: 'strict-dynamic' trusts what a trusted script
    // creates, so the library must not turn markup without the nonce into code.
    const csp = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;
    const injected = [
      `<script type="text/plain" data-consent="necessary">window.injected = ['inline']</script>`,
      `<script type="text/plain" data-consent="necessary" src="https://attacker.example/x.js"></script>`,
      `<consent-gate category="necessary" title="Injected"><template><script>window.injected = ['gate']</script></template></consent-gate>`,
    ].join('');
    const { page, state, violations, consoleErrors, log, external } = await openCspPage(
      t,
      csp,
      injected,
    );
    await page.locator('consent-banner').getByRole('button', { name: 'Accept all' }).click();
    assert.equal((await state()).categories.analytics, true);
    // The site's own blocked scripts (with the nonce) and gate script ran…
    await page.waitForFunction(() => (window.cspLog ?? []).length >= 3, null, { timeout: 5000 });
    await page.waitForTimeout(300);
    // … the injected ones did not, and nothing reached their host.
    assert.equal(await page.evaluate(() => window.injected), undefined);
    assert.deepEqual(
      external.filter((url) => url.includes('attacker.example')),
      [],
      'no request to the injected src',
    );
    assert.deepEqual(
      consoleErrors().sort(),
      [
        'consent-elements E56 data-consent="necessary"',
        'consent-elements E56 data-consent="necessary" src="https://attacker.example/x.js"',
        'consent-elements E56 script',
      ].sort(),
      'each refused script is reported once, by name',
    );
    // The Trusted Types policy is nobody else's to use.
    assert.equal(
      await page.evaluate(() =>
        Object.getOwnPropertySymbols(globalThis).some((key) =>
          String(key.description).includes('trusted-types'),
        ),
      ),
      false,
    );
    assert.deepEqual(await violations(), []);
    assert.deepEqual(log.errors, []);
  });

  it('with strict-dynamic and the bundle inserted by a nonce’d loader: the page’s nonce still rules', async (t) => {
    // The bundle's own <script> has no nonce ('strict-dynamic' trusts what the loader
    // creates): the nonce is read from the page's other scripts, so injected markup
    // still stays inert.
    const csp = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;
    const injected = `<script type="text/plain" data-consent="necessary">window.injected = ['inline']</script>`;
    const loader = `<script nonce="${NONCE}">
      const bundle = document.createElement('script');
      bundle.type = 'module';
      bundle.src = '../../dist/consent-elements.js';
      document.head.append(bundle);
    </script>`;
    const { page, state, consoleErrors, log } = await openCspPage(t, csp, injected, (body) =>
      body.replace(
        /<script type="module" nonce="[^"]*" src="[^"]*consent-elements\.js"><\/script>/,
        loader,
      ),
    );
    assert.equal(
      await page.evaluate(() =>
        [...document.scripts].some((s) => s.src.endsWith('/dist/consent-elements.js') && !s.nonce),
      ),
      true,
      'the bundle was inserted without a nonce',
    );
    await page.locator('consent-banner').getByRole('button', { name: 'Accept all' }).click();
    assert.equal((await state()).categories.analytics, true);
    await page.waitForFunction(() => (window.cspLog ?? []).length >= 2, null, { timeout: 5000 });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.injected), undefined);
    assert.deepEqual(consoleErrors(), ['consent-elements E56 data-consent="necessary"']);
    assert.deepEqual(log.errors, []);
  });

  it('under Trusted Types, an inline event handler on a blocked script is dropped (E62); the script runs', async (t) => {
    const { page, consoleErrors, log } = await openCspPage(t, CSP, '', (body) =>
      body.replace(
        'data-consent="analytics" nonce="TEST123" src="./external.js"',
        'data-consent="analytics" nonce="TEST123" src="./external.js" onload="window.handler = 1"',
      ),
    );
    await page.locator('consent-banner').getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => (window.cspLog ?? []).includes('external'), null, {
      timeout: 5000,
    });
    await page.waitForFunction(() => (window.cspLog ?? []).length >= 2, null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => window.handler), undefined);
    // The browser also logs the policy's refusal of the handler, as it would without us.
    assert.deepEqual(
      consoleErrors()
        .filter((text) => text.startsWith('consent-elements'))
        .map((text) => text.split(' ').slice(0, 3).join(' ')),
      ['consent-elements E62 onload'],
    );
    assert.deepEqual(log.errors, []);
  });

  it('control: the policy is enforced and its violations are recorded', async (t) => {
    const { page, violations } = await openCspPage(t);
    const outcome = await page.evaluate(() => {
      document.body.setAttribute('style', 'outline: 1px solid red');
      const styled = getComputedStyle(document.body).outlineStyle === 'solid';
      let scriptTextAllowed = true;
      try {
        document.createElement('script').text = 'window.sneaky = 1';
      } catch {
        scriptTextAllowed = false;
      }
      return { styled, scriptTextAllowed };
    });
    assert.deepEqual(outcome, { styled: false, scriptTextAllowed: false });
    await page.waitForFunction(() => window.__violations.length >= 2);
    const directives = (await violations()).map((v) => v.directive).sort();
    assert.deepEqual(directives, ['require-trusted-types-for', 'style-src-attr']);
  });
});
