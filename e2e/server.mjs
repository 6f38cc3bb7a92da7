// Helpers for the browser-level tests (node:test + playwright-core): a dev server that
// compiles the library's TypeScript on the fly, and a headless Chromium.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';

const localize = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
/** Every shipped language, English first. */
export const LANGUAGES = [localize.sourceLocale, ...localize.targetLocales];

/**
 * Starts @web/dev-server on 127.0.0.1 and a free port, serving the repository root
 * (pages import the library as `/src/index.ts`; test pages live in /e2e/pages/).
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startServer() {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      hostname: '127.0.0.1',
      port: 0, // the OS picks a free port
      nodeResolve: true,
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const { port } = server.server.address();
  return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

/** Launches the machine's Chromium headless (root needs --no-sandbox). */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}

/**
 * Starts a server and a browser for one test file; `stop()` closes both (call it in
 * `after`, so the test process can exit).
 */
export async function setup() {
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  return {
    url: server.url,
    browser,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * Collects what a page reports that a test may want to assert on: uncaught errors
 * (`pageerror`, which includes unhandled rejections) and console messages.
 */
export function watchPage(page) {
  const log = { errors: [], console: [] };
  page.on('pageerror', (error) => log.errors.push(error));
  page.on('console', (message) => log.console.push({ type: message.type(), text: message.text() }));
  return log;
}

/**
 * Loads a test page and waits until the consent store has loaded its decision and the
 * elements the page needs have arrived: its gates, and its banner when there is no
 * decision (the loader fetches each element's code on need).
 */
export async function openPage(page, url) {
  await page.goto(url);
  const state = await page.evaluate(() => window.consent.ready);
  await elementsArrived(page, state);
  return state;
}

/** Waits until the page's gates, and its banner while undecided, are defined and rendered. */
export function elementsArrived(page, state) {
  return page.waitForFunction((decided) => {
    const needed = [...document.querySelectorAll('consent-gate')];
    const banner = document.querySelector('consent-banner');
    if (banner && !decided) needed.push(banner);
    return needed.every((el) => {
      const defined = customElements.get(el.localName);
      // An element another script defined first is not ours: it renders what it renders.
      return defined && (el.shadowRoot || !defined[Symbol.for('consent-elements.element')]);
    });
  }, state.decided);
}

/**
 * Sets `<html lang>` and waits until an element's rendered content (`selector` in its
 * shadow root) carries that language, i.e. its locale module has loaded and it rendered.
 */
export async function inLanguage(page, element, selector, lang) {
  await page.evaluate((lang) => (document.documentElement.lang = lang), lang);
  await page.waitForFunction(
    ([element, selector, lang]) => {
      const box = document.querySelector(element)?.shadowRoot?.querySelector(selector);
      const tag = box?.getAttribute('lang') ?? '';
      return tag === lang || tag.startsWith(`${lang}-`);
    },
    [element, selector, lang],
  );
  // Two frames: the new texts are laid out.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * A plain static server of a folder (the repository root unless `root` says otherwise)
 * on 127.0.0.1 (no compilation: files as a site would serve them), for measuring what
 * pages fetch. A path ending in `/` serves that folder's index.html. `rewrite` changes
 * the text of the files it names on the way, at each request
 * (`{ '/demo/index.html': (text) => … }`).
 * @param {{ root?: string, rewrite?: Record<string, (text: string) => string> }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startStaticServer({ root = process.cwd(), rewrite = {} } = {}) {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { extname, join, normalize } = await import('node:path');
  const server = createServer(async (request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    try {
      if (path.includes('..')) throw new Error('outside the root');
      const file = await readFile(join(root, path));
      const body = rewrite[path] ? rewrite[path](file.toString('utf8')) : file;
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
