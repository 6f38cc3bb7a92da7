// Real framework apps against the package a user installs (issue #16): React 19 rendered
// on the server and hydrated, Vue 3 single-file components and Svelte 5, each built by
// Vite from the files in react/, vue/ and svelte/ (the README's recipes are copied from
// them: scripts/readme-snippets.mjs). `npm pack` builds the tarball once (prepack, as a
// release would); it is unpacked as e2e/frameworks/node_modules/consent-elements, where
// the apps find it (each app has its own package.json, so that the repository's own
// package cannot answer through self-reference), and its dependencies, like React, Vue
// and Svelte, resolve from the repository's node_modules.
//
// Each app, in a fresh browser context, runs the same flow: the banner shows; Accept all
// updates the framework's rendering and loads the gate, while a gate written with
// `on-request` waits for the visitor's click; a reload keeps both; withdraw()
// reverses both; the [data-consent-open] link opens the dialog; and the console stays
// clean throughout (a development build may print Lit's dev-mode notice, once). Each app
// in a production and a development build: React reports hydration mismatches in full,
// and Vue unresolved components, only in development. React runs twice per build: its
// client hydrates at once (index.html), or late (late.html: once the elements have
// rendered, the page has gone idle and, with a stored consent, the gate has loaded, as a
// deferred Suspense boundary can), which shows whether the elements change the server's
// HTML before React hydrates it.
//
//   node --test --test-timeout=300000 e2e/frameworks/apps.test.mjs   (about a minute)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { launchBrowser, startStaticServer } from '../server.mjs';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const installed = path.join(here, 'node_modules', 'consent-elements');

/** The one message a development build may print: Lit's own notice, once (README). */
const LIT_DEV_MODE = /^Lit is in dev mode\. Not recommended for production!/;

let browser;
let packDir;

before(async () => {
  packDir = await mkdtemp(path.join(tmpdir(), 'consent-elements-apps-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', packDir], {
    cwd: path.join(here, '..', '..'),
    maxBuffer: 64 * 1024 * 1024,
  });
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('[')));
  await rm(installed, { recursive: true, force: true });
  await mkdir(installed, { recursive: true });
  await run('tar', [
    '-xzf',
    path.join(packDir, packed.filename),
    '-C',
    installed,
    '--strip-components=1',
  ]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (packDir) await rm(packDir, { recursive: true, force: true });
});

/**
 * Builds an app with Vite's JS API and its own vite.config.js, in `mode` (with NODE_ENV to
 * match, as `NODE_ENV=development vite build --mode development` would), into
 * dist/<out>. Returns the ids of the modules that went into the build, and the warnings
 * and errors Vite and its plugins logged.
 */
async function buildApp(app, mode, out, build = {}) {
  const { build: viteBuild, createLogger } = await import('vite');
  const root = path.join(here, app);
  const config = path.join(root, 'vite.config.js');
  const modules = [];
  const warnings = [];
  const logger = createLogger('warn');
  logger.warn = logger.warnOnce = (text) => warnings.push(`${app} (${mode}): ${text}`);
  logger.error = (text) => warnings.push(`${app} (${mode}) error: ${text}`);
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = mode;
  try {
    await viteBuild({
      root,
      configFile: existsSync(config) ? config : false,
      mode,
      // The page the gates load (public/video.html), shared by the apps.
      publicDir: path.join(here, 'public'),
      logLevel: 'warn',
      customLogger: logger,
      build: { outDir: path.join(root, 'dist', out), emptyOutDir: true, ...build },
      plugins: [
        {
          name: 'record-modules',
          generateBundle() {
            modules.push(...this.getModuleIds());
          },
        },
      ],
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return { modules, warnings };
}

/** The build took the library from the installed tarball only (not the repository's src/ or lib/). */
function assertFromTarball({ modules }) {
  const library = modules.filter((id) => /consent-elements[/\\](lib|dist|src)[/\\]/.test(id));
  assert.ok(
    library.some((id) => id.startsWith(path.join(installed, 'lib'))),
    'the build holds the installed package',
  );
  const elsewhere = library.filter((id) => !id.startsWith(installed + path.sep));
  assert.deepEqual(elsewhere, [], 'the build took the library from outside the tarball');
  const repo = path.join(here, '..', '..');
  const own = modules.filter(
    (id) =>
      id.startsWith(path.join(repo, 'src') + path.sep) ||
      id.startsWith(path.join(repo, 'lib') + path.sep),
  );
  assert.deepEqual(own, [], "the build took the repository's own modules");
}

/** Text of the app's consent display. */
const display = (page) => page.locator('#video-state').textContent();

/** Waits until the app's display says `text`. */
function displays(page, text) {
  return page.waitForFunction(
    (text) => document.querySelector('#video-state')?.textContent === text,
    text,
  );
}

/**
 * The flow every app runs, one `it` per step, in one fresh browser context.
 * @param {string} name what is tested, and in which build mode
 * @param {() => Promise<{ url: string, mode: string, ssr?: boolean }>} start builds and serves the app
 */
function flow(name, start) {
  describe(name, () => {
    let app;
    let context;
    let page;
    const messages = [];
    const errors = [];

    before(async () => {
      app = await start();
      context = await browser.newContext();
      // Every consent-gate-load of each page, and (for the hydration check) the <main>
      // element the HTML parser created, before any script ran.
      await context.addInitScript(() => {
        window.gateLoads = [];
        document.addEventListener('consent-gate-load', (event) =>
          window.gateLoads.push(event.detail),
        );
        new MutationObserver((records, observer) => {
          for (const record of records) {
            for (const node of record.addedNodes) {
              if (node.localName === 'main') {
                window.parsedMain = node;
                observer.disconnect();
              }
            }
          }
        }).observe(document, { childList: true, subtree: true });
      });
      page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          const { url } = message.location();
          messages.push(`${message.type()}: ${message.text()}${url ? ` (${url})` : ''}`);
        }
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    });

    after(async () => {
      await context?.close();
      await app?.stop();
    });

    // The host is `display: contents`: its box is the part "banner".
    const banner = () => page.locator('consent-banner [part~="banner"]');
    const accept = () => page.locator('consent-banner [part~="accept-button"]');
    const gate = () => page.locator('consent-gate[service="trip-videos"]');
    const frame = () => page.locator('consent-gate[service="trip-videos"] iframe');
    // The gate written with `on-request`, in each framework's way (README).
    const talk = () => page.locator('consent-gate[service="trip-talk"]');

    it('0. the app builds from the installed tarball, without a warning', () => {
      for (const build of app.builds) assertFromTarball(build);
      assert.deepEqual(
        app.builds.flatMap((build) => build.warnings),
        [],
      );
    });

    it('1. shows the banner, with its Accept all button', async () => {
      const response = await page.goto(app.url);
      if (app.ssr) {
        // What the server rendered: the undecided snapshot, and the elements as tags.
        const html = await response.text();
        assert.match(html, /<p id="video-state">video: (<!-- -->)?not granted<\/p>/);
        assert.match(
          html,
          /<consent-gate category="video" service="trip-videos" title="Trip video" src="\/video.html"><\/consent-gate>/,
        );
        assert.match(
          html,
          /<consent-gate on-request="" category="video" service="trip-talk" title="Trip talk" src="\/video.html"><\/consent-gate>/,
        );
        assert.match(html, /<consent-banner><\/consent-banner>/);
        assert.match(html, /<a href="#" data-consent-open="true">/);
      }
      await accept().waitFor({ state: 'visible' });
      assert.equal(await banner().isVisible(), true);
      assert.equal(await display(page), 'video: not granted');
      assert.equal(await gate().getAttribute('loaded'), null);
      assert.equal(await frame().count(), 0);
      assert.notEqual(
        await talk().getAttribute('on-request'),
        null,
        'the framework wrote on-request',
      );
    });

    it('2. Accept all: the rendering says granted without a reload, and the gate loads', async () => {
      await page.evaluate(() => (window.sameDocument = true));
      await accept().click();
      await displays(page, 'video: granted');
      await frame().waitFor({ state: 'attached' });
      assert.equal(await gate().getAttribute('loaded'), '');
      assert.match(await frame().getAttribute('src'), /\/video\.html$/);
      assert.deepEqual(await page.evaluate(() => window.gateLoads), [
        { category: 'video', service: 'trip-videos' },
      ]);
      await banner().waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => window.sameDocument), true, 'no reload');
    });

    it("2b. the on-request gate did not load with Accept all: it loads on the visitor's click", async () => {
      // Both gates heard the same change; the first has loaded (step 2).
      assert.equal(await talk().getAttribute('loaded'), null);
      const request = talk().getByRole('button');
      assert.equal(await request.count(), 1, 'a single button: the purpose is granted');
      await request.click();
      await talk().locator('iframe').waitFor({ state: 'attached' });
      assert.equal(await talk().getAttribute('loaded'), '');
      assert.deepEqual(await page.evaluate(() => window.gateLoads), [
        { category: 'video', service: 'trip-videos' },
        { category: 'video', service: 'trip-talk' },
      ]);
    });

    it('3. after a reload: no banner, the rendering says granted, the gate loaded', async () => {
      const response = await page.reload();
      if (app.ssr) {
        // The server knows no decision; the hydrated page shows the browser's.
        assert.match(await response.text(), /video: (<!-- -->)?not granted/);
      }
      await displays(page, 'video: granted');
      await frame().waitFor({ state: 'attached' });
      if (app.ssr) {
        // Hydrated: the server's <main> is still the one on the page, not a client re-render.
        assert.equal(
          await page.evaluate(() => document.querySelector('main') === window.parsedMain),
          true,
          'React hydrated the server-rendered DOM (false: hydration failed, React rendered the page again)',
        );
      }
      assert.equal(await gate().getAttribute('loaded'), '');
      assert.equal(
        await page.evaluate(() => window.gateLoads.length),
        1,
        'the gate loaded once (twice: the page made a second gate), the on-request gate not at all',
      );
      assert.equal(await talk().getAttribute('loaded'), null);
      assert.equal(await banner().isVisible(), false);
    });

    it('4. withdraw() (the app calls it) reverses both: not granted, gate unloaded, banner back', async () => {
      await page.getByRole('button', { name: 'Withdraw consent' }).click();
      await displays(page, 'video: not granted');
      await page.waitForFunction(
        () => !document.querySelector('consent-gate')?.hasAttribute('loaded'),
      );
      assert.equal(await frame().count(), 0);
      assert.equal(await talk().locator('iframe').count(), 0);
      await accept().waitFor({ state: 'visible' });
    });

    it('5. a click on the [data-consent-open] link (in Svelte, a button) opens the preference dialog', async () => {
      await page.locator('[data-consent-open]').click();
      await page.locator('consent-preferences[open]').waitFor({ state: 'attached' });
      await page.waitForFunction(
        () =>
          document.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog')?.open,
      );
    });

    it('6. the console stayed clean: no error, no warning, no uncaught error', async () => {
      const expected = [];
      if (app.mode === 'development') {
        // Lit's development build announces itself, once; nothing else is allowed.
        const notices = messages.filter((m) => LIT_DEV_MODE.test(m.replace(/^warning: /, '')));
        assert.equal(notices.length, 1, `Lit's dev-mode notice, once: ${JSON.stringify(messages)}`);
        expected.push(notices[0]);
      }
      assert.deepEqual([...messages.filter((m) => !expected.includes(m)), ...errors], []);
    });
  });
}

/** Each React build (client and server), once per mode. */
const reactBuilds = {};
function buildReact(mode) {
  reactBuilds[mode] ??= (async () => {
    const input = { index: 'index.html', late: 'late.html' };
    const builds = [
      await buildApp('react', mode, `client-${mode}`, { rollupOptions: { input } }),
      await buildApp('react', mode, `server-${mode}`, { ssr: 'src/entry-server.jsx' }),
    ];
    const entry = path.join(here, 'react', 'dist', `server-${mode}`, 'entry-server.js');
    // What the server imports: the tarball too.
    builds[1].modules.push(createRequire(entry).resolve('consent-elements'));
    const { render } = await import(pathToFileURL(entry).href);
    return { client: path.join(here, 'react', 'dist', `client-${mode}`), render, builds };
  })();
  return reactBuilds[mode];
}

const apps = {
  /**
   * React: the server renders the App into the client build's HTML at each request;
   * the client bundle hydrates it, at once (index.html) or late (late.html).
   */
  async react(mode, page = 'index.html') {
    const { client, render, builds } = await buildReact(mode);
    const server = await startStaticServer({
      root: client,
      rewrite: { [`/${page}`]: (template) => template.replace('<!--app-->', render()) },
    });
    const url = `${server.url}/${page === 'index.html' ? '' : page}`;
    return { url, mode, ssr: true, builds, stop: server.stop };
  },
  /** Vue and Svelte: a static client build. */
  async vue(mode) {
    return serveStatic('vue', mode);
  },
  async svelte(mode) {
    return serveStatic('svelte', mode);
  },
};

async function serveStatic(name, mode) {
  const builds = [await buildApp(name, mode, mode)];
  const server = await startStaticServer({ root: path.join(here, name, 'dist', mode) });
  return { url: `${server.url}/`, mode, builds, stop: server.stop };
}

for (const mode of ['production', 'development']) {
  flow(`React 19, server-rendered, hydrated at once (${mode} build)`, () => apps.react(mode));
  flow(
    `React 19, server-rendered, hydrated late, after idle and the gate's load (${mode} build)`,
    () => apps.react(mode, 'late.html'),
  );
}
flow('Vue 3 (production build)', () => apps.vue('production'));
flow('Vue 3 (development build)', () => apps.vue('development'));
flow('Svelte 5 (production build)', () => apps.svelte('production'));
flow('Svelte 5 (development build)', () => apps.svelte('development'));
