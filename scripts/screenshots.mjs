// Screenshots of every visible state of the elements, for a visual review: the banner,
// the modal banner, the preference dialog (also with a Global Privacy Control signal),
// the gates' placeholders and chat launcher, at 1280×800, 320×640 and 320×256, light and dark,
// English and French (or the languages given). Writes PNG files to screenshots/ (git-ignored).
//
//   node scripts/screenshots.mjs [filter] [--langs=ar,he]
//     e.g. `node scripts/screenshots.mjs dialog --langs=ar,he,el`
/* global window, document -- functions passed to page.evaluate() run in the page */
import { mkdir, rm } from 'node:fs/promises';
import { launchBrowser, openPage, startServer } from '../e2e/server.mjs';

const OUT = 'screenshots';
const args = process.argv.slice(2);
const filter = args.find((arg) => !arg.startsWith('--')) ?? '';
const langsArg = args.find((arg) => arg.startsWith('--langs='))?.slice('--langs='.length);

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 320, height: 640 },
  short: { width: 320, height: 256 }, // 400 % zoom of 1280×1024 (WCAG 1.4.10)
};
const SCHEMES = ['light', 'dark'];
const LANGS = langsArg ? langsArg.split(',') : ['en', 'fr'];

async function openDialog(page) {
  await page.evaluate(() => window.consent.openPreferences());
  await page.waitForFunction(() =>
    document.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog:modal'),
  );
}

/** What to show, how to get there, and whether the whole page is captured. */
const SCENES = [
  {
    name: 'banner',
    page: '/e2e/pages/ui/banner.html',
    prepare: (page) => page.locator('consent-banner .banner').waitFor({ state: 'visible' }),
  },
  {
    name: 'modal-banner',
    page: '/e2e/pages/ui/banner.html',
    query: 'modal',
    prepare: (page) => page.locator('consent-banner dialog.banner').waitFor({ state: 'visible' }),
  },
  {
    name: 'dialog',
    page: '/e2e/pages/ui/banner.html',
    prepare: openDialog,
  },
  {
    name: 'dialog-expanded',
    page: '/e2e/pages/ui/banner.html',
    langs: ['en'],
    async prepare(page) {
      await openDialog(page);
      // Scrolled to the video purpose, with its services and every cookie table open.
      await page.evaluate(() => {
        const root = document.querySelector('consent-preferences').shadowRoot;
        for (const details of root.querySelectorAll('details')) details.open = true;
        root.querySelector('input[data-id="analytics"]').scrollIntoView({ block: 'start' });
      });
    },
  },
  {
    name: 'dialog-gpc',
    page: '/e2e/pages/ui/banner.html',
    gpc: true,
    langs: ['en'],
    prepare: openDialog,
  },
  {
    name: 'gates',
    page: '/e2e/pages/ui/gates.html',
    fullPage: true,
    prepare: (page) => page.locator('#chat [part~="load-button"]').waitFor({ state: 'visible' }),
  },
  {
    name: 'gates-loaded',
    page: '/e2e/pages/ui/gates.html',
    fullPage: true,
    langs: ['en'],
    schemes: ['light'],
    // At 320×256 the map is more than a screen below: it loads only when scrolled near.
    viewports: ['desktop', 'mobile'],
    async prepare(page) {
      await page.evaluate(() => window.consent.acceptAll());
      await page.waitForFunction(
        () => document.querySelectorAll('consent-gate[loaded]').length === 4,
      );
    },
  },
  {
    name: 'banner-200pct-text',
    page: '/e2e/pages/ui/banner.html',
    langs: ['fr'],
    schemes: ['light'],
    viewports: ['desktop'],
    async prepare(page) {
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      await page.locator('consent-banner .banner').waitFor({ state: 'visible' });
    },
  },
  {
    name: 'banner-320x256',
    page: '/e2e/pages/ui/banner.html',
    langs: ['en'],
    schemes: ['light'],
    viewports: ['tiny'],
    prepare: (page) => page.locator('consent-banner .banner').waitFor({ state: 'visible' }),
  },
];

const server = await startServer();
const browser = await launchBrowser();
try {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const written = [];
  for (const scene of SCENES) {
    if (!scene.name.includes(filter)) continue;
    for (const lang of langsArg ? LANGS : (scene.langs ?? LANGS)) {
      for (const scheme of scene.schemes ?? SCHEMES) {
        for (const size of scene.viewports ?? Object.keys(VIEWPORTS)) {
          const viewport = size === 'tiny' ? { width: 320, height: 256 } : VIEWPORTS[size];
          const context = await browser.newContext({ viewport, colorScheme: scheme });
          await context.route('**/*', (route) =>
            new URL(route.request().url()).hostname === '127.0.0.1'
              ? route.continue()
              : route.fulfill({
                  status: 200,
                  contentType: 'text/html',
                  body: '<body style="margin:0;display:grid;place-items:center;height:100vh;background:#334;color:#fff;font:16px sans-serif">third-party content (stub)</body>',
                }),
          );
          if (scene.gpc) {
            await context.addInitScript(() =>
              Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
                get: () => true,
                configurable: true,
              }),
            );
          }
          const page = await context.newPage();
          const query = [lang === 'en' ? '' : `lang=${lang}`, scene.query ?? '']
            .filter(Boolean)
            .join('&');
          await openPage(page, `${server.url}${scene.page}${query ? `?${query}` : ''}`);
          await scene.prepare(page);
          // The locale module has loaded and every element has re-rendered.
          await page.waitForFunction(
            (wanted) =>
              [...document.querySelectorAll('consent-banner, consent-preferences, consent-gate')]
                .filter((el) => el.shadowRoot)
                .every((el) =>
                  [...el.shadowRoot.querySelectorAll('[lang]')].every(
                    (n) => n.lang === wanted || n.lang.startsWith(`${wanted}-`),
                  ),
                ),
            lang,
          );
          await page.waitForTimeout(300);
          const file = `${OUT}/${scene.name}-${size}-${scheme}-${lang}.png`;
          await page.screenshot({ path: file, fullPage: !!scene.fullPage });
          written.push(file);
          await context.close();
        }
      }
    }
  }
  console.log(`${written.length} screenshots:\n  ${written.join('\n  ')}`);
} finally {
  await browser.close();
  await server.stop();
}
