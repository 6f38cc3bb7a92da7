// The demo shop in Firefox (puppeteer-core over WebDriver BiDi) and WebKit (WebKitGTK
// through WebKitWebDriver), on the built bundle: the engines the other browser-level
// tests (Chromium only) do not reach. Each engine is started as the component tests start
// it (scripts/engines/). Needs `node scripts/build.mjs` (dist/).
//
// The demo imports the library's sources (`/src/index.ts`); an import map added to the
// page on the way points that at the bundle, dist/consent-elements.js. A script before
// everything else collects the page's uncaught errors (WebDriver classic reports none).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startStaticServer } from './server.mjs';
import { launchFirefox } from '../scripts/engines/firefox.mjs';
import { launchWebKit } from '../scripts/engines/webkit.mjs';

const DEMO = '/demo/index.html';
const BUNDLE = '/dist/consent-elements.js';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const HEAD = `<head>
    <script>
      window.pageErrors = [];
      addEventListener('error', (event) => {
        if (event.target instanceof HTMLScriptElement) pageErrors.push(event.target.src + ' did not load');
        else if (event.target === window) pageErrors.push(String(event.error ?? event.message));
      }, true);
      addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
    </script>
    <script type="importmap">{ "imports": { "/src/index.ts": "${BUNDLE}" } }</script>`;

/**
 * The same few actions in both engines: `run` a function in the page (it may return a
 * promise), `click` an element in an element's shadow root, `press` a key.
 */
const ENGINES = {
  async firefox() {
    const browser = await launchFirefox();
    const page = await browser.newPage();
    return {
      open: (url) => page.goto(url),
      reload: () => page.reload(),
      run: (fn, arg) => page.evaluate(fn, arg),
      click: async (host, part) => (await page.$(`${host} >>> [part~="${part}"]`)).click(),
      press: (key) => page.keyboard.press(key),
      close: () => browser.close(),
    };
  },
  async webkit() {
    const webkit = await launchWebKit();
    const { browser } = webkit;
    return {
      open: (url) => browser.url(url),
      reload: () => browser.refresh(),
      run: (fn, arg) => browser.execute(fn, arg),
      click: (host, part) => browser.$(host).shadow$(`[part~="${part}"]`).click(),
      press: (key) => browser.keys([key]),
      close: () => webkit.stop(),
    };
  },
};

/**
 * Polls `fn` in the page until it returns true, or something truthy (5 s at most). Return
 * no DOM node: puppeteer cannot pass one back and gives `undefined`.
 */
async function until(engine, what, fn, arg) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await engine.run(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const bannerShown = () => {
  const box = document
    .querySelector('consent-banner')
    ?.shadowRoot?.querySelector('[part~="banner"]');
  return !!box && box.checkVisibility();
};

/** The focused element, looked for in shadow roots: its host's tag and its part. */
const focused = () => {
  let active = document.activeElement;
  const hosts = [];
  while (active?.shadowRoot?.activeElement) {
    hosts.push(active.localName);
    active = active.shadowRoot.activeElement;
  }
  return `${hosts.join(' > ')} [part="${active?.getAttribute('part')}"]`;
};

describe('the demo on the bundle, in Firefox and WebKit', () => {
  let server;
  before(async () => {
    server = await startStaticServer({
      rewrite: { [DEMO]: (html) => html.replace('<head>', HEAD) },
    });
  });
  after(() => server?.stop());

  for (const [name, start] of Object.entries(ENGINES)) {
    describe(name, () => {
      let engine;
      before(async () => {
        engine = await start();
      });
      after(() => engine?.close());

      it('loads with no page error, shows the banner, and axe finds nothing serious', async () => {
        await engine.open(`${server.url}${DEMO}`);
        await until(engine, 'the banner shows', bannerShown);
        const setup = await engine.run(
          async (bundle) => ({
            bundle: (await import(bundle)).consent === window.consent,
            decided: (await window.consent.ready).decided,
          }),
          BUNDLE,
        );
        assert.deepEqual(setup, { bundle: true, decided: false }, 'the page runs the bundle');
        const violations = await engine.run(async (tags) => {
          await new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = '/node_modules/axe-core/axe.min.js';
            script.onload = resolve;
            script.onerror = reject;
            document.head.append(script);
          });
          const { violations } = await window.axe.run(document, {
            runOnly: { type: 'tag', values: tags },
          });
          return violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(' ')}`);
        }, AXE_TAGS);
        assert.deepEqual(violations, []);
        assert.deepEqual(await engine.run(() => window.pageErrors), []);
      });

      it('"Customize" opens the dialog; Esc closes it, focus back on "Customize"', async () => {
        await engine.click('consent-banner', 'customize-button');
        await until(
          engine,
          'the dialog opens',
          () =>
            document.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog')
              ?.open,
        );
        await engine.press('Escape');
        await until(
          engine,
          'the dialog closes',
          () =>
            !document.querySelector('consent-preferences').shadowRoot.querySelector('dialog').open,
        );
        assert.equal(await engine.run(focused), 'consent-banner [part="button customize-button"]');
        assert.equal(await engine.run(() => window.consent.state.decided), false);
      });

      it('"Reject all" hides the banner, and the choice survives a reload', async () => {
        await engine.click('consent-banner', 'reject-button');
        await until(
          engine,
          'the banner hides',
          () => !document.querySelector('consent-banner').checkVisibility(),
        );
        await engine.reload();
        const state = await engine.run(async () => {
          const { decided, method } = await window.consent.ready;
          return { decided, method };
        });
        assert.deepEqual(state, { decided: true, method: 'reject-all' });
        assert.equal(await engine.run(bannerShown), false);
        assert.deepEqual(await engine.run(() => window.pageErrors), []);
      });

      it('a gate loads after its "Always allow"; withdraw() brings its placeholder back', async () => {
        const gate = 'consent-gate[service="youtube"]';
        await until(
          engine,
          'the gate renders',
          (gate) => !!document.querySelector(gate)?.shadowRoot,
          gate,
        );
        await engine.click(gate, 'allow-button');
        await until(
          engine,
          'the gate loads',
          (gate) =>
            document.querySelector(gate).loaded &&
            !!document.querySelector(gate).shadowRoot.querySelector('iframe'),
          gate,
        );
        assert.equal(await engine.run(() => window.consent.state.services.youtube), true);
        await engine.run(async (bundle) => (await import(bundle)).consent.withdraw(), BUNDLE);
        await until(
          engine,
          'the placeholder is back',
          (gate) => {
            const el = document.querySelector(gate);
            const placeholder = el.shadowRoot.querySelector('[part~="placeholder"]');
            return (
              !el.loaded && !el.shadowRoot.querySelector('iframe') && placeholder.checkVisibility()
            );
          },
          gate,
        );
        await until(engine, 'the banner is back', bannerShown);
        assert.deepEqual(await engine.run(() => window.pageErrors), []);
      });
    });
  }
});
