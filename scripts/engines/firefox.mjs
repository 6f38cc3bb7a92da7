// Firefox (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, headless.
// Used by the component tests (scripts/engines/launchers.mjs) and the browser-level
// smoke test (e2e/engines.test.mjs).
//
// BiDi has no media emulation yet, so the colour scheme and the print medium are set
// from Firefox's privileged ("chrome") scope, which `-remote-allow-system-access` opens
// to the remote agent: a preference for the colour scheme, and the tab's
// `BrowsingContext.mediumOverride` for print.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';
/** The preference's values: 0 dark, 1 light (2 would follow the desktop's theme). */
const SCHEME_VALUES = { dark: 0, light: 1, 'no-preference': 1 };
const MOTION_PREF = 'ui.prefersReducedMotion';
const MOTION_VALUES = { reduce: 1, 'no-preference': 0 };

/** The puppeteer launch options (light scheme and no reduced motion to start with). */
export const FIREFOX_LAUNCH_OPTIONS = {
  browser: 'firefox',
  executablePath: FIREFOX_PATH,
  headless: true,
  args: ['-remote-allow-system-access'],
  extraPrefsFirefox: { [SCHEME_PREF]: SCHEME_VALUES.light, [MOTION_PREF]: 0 },
};

/** Throws, naming the package to install, when Firefox is not on this machine. */
export function assertFirefoxInstalled() {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox is not installed at ${FIREFOX_PATH} (apt-get install firefox-esr, or set FIREFOX_PATH)`,
    );
  }
}

/** Launches Firefox headless for a Node script; close it with `browser.close()`. */
export function launchFirefox() {
  assertFirefoxInstalled();
  return puppeteer.launch(FIREFOX_LAUNCH_OPTIONS);
}

/** Runs `expression` in Firefox's privileged scope (its main window) and returns the result. */
async function evaluateInChrome(browser, expression) {
  const { connection } = browser;
  const { result: tree } = await connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
  });
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context: tree.contexts[0].context },
    awaitPromise: true,
  });
  if (result.type === 'exception') {
    throw new Error(`Firefox chrome scope: ${result.exceptionDetails.text}`);
  }
  return result.result.value;
}

/**
 * Emulates media in `page`, as @web/test-runner-commands' `emulateMedia` does: each
 * field given changes that feature, the others keep their value. The colour scheme and
 * reduced motion are browser-wide preferences; the medium is set on the page's tab.
 * Resolves once the page's `matchMedia` agrees.
 * @param {import('puppeteer-core').Page} page
 * @param {{ colorScheme?: string, media?: string, reducedMotion?: string }} payload
 */
export async function emulateFirefoxMedia(page, { colorScheme, media, reducedMotion }) {
  const browser = page.browser();
  const statements = [];
  const expected = [];
  if (colorScheme != null) {
    statements.push(`Services.prefs.setIntPref('${SCHEME_PREF}', ${SCHEME_VALUES[colorScheme]});`);
    expected.push([`(prefers-color-scheme: dark)`, colorScheme === 'dark']);
  }
  if (reducedMotion != null) {
    statements.push(
      `Services.prefs.setIntPref('${MOTION_PREF}', ${MOTION_VALUES[reducedMotion]});`,
    );
    expected.push([`(prefers-reduced-motion: reduce)`, reducedMotion === 'reduce']);
  }
  if (media != null) {
    // The tab showing the page (the chrome scope sees tabs, not puppeteer's pages).
    const url = JSON.stringify(page.url());
    statements.push(
      `const tabs = gBrowser.browsers.filter((tab) => tab.currentURI.spec === ${url});
       if (!tabs.length) throw new Error('no tab shows ' + ${url});
       for (const tab of tabs) tab.browsingContext.mediumOverride = ${JSON.stringify(media === 'print' ? 'print' : '')};`,
    );
    expected.push(['print', media === 'print']);
  }
  if (!statements.length) return;
  await evaluateInChrome(browser, `(() => { ${statements.join('\n')} })()`);
  await page.waitForFunction(
    (expected) =>
      expected.every(([query, matches]) => globalThis.matchMedia(query).matches === matches),
    { timeout: 5000, polling: 50 },
    expected,
  );
}
