// The @web/test-runner launchers for the three engines. Each launcher also knows how to
// emulate media and size the viewport in its engine (scripts/engines/commands.mjs calls
// these for test/engine.ts), and puts both back to the defaults (800×600, light, screen)
// after each test file, so that a file that failed half-way leaves nothing behind.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { ChromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROME_ARGS, CHROME_PATH } from '../chromium.mjs';
import { FIREFOX_LAUNCH_OPTIONS, assertFirefoxInstalled, emulateFirefoxMedia } from './firefox.mjs';
import {
  WEBKIT_CAPABILITIES,
  assertWebKitInstalled,
  emulateWebKitMedia,
  setWebKitViewport,
  startWebKitServices,
} from './webkit.mjs';

const DEFAULT_VIEWPORT = { width: 800, height: 600 };
const DEFAULT_MEDIA = { colorScheme: 'light', media: 'screen', reducedMotion: 'no-preference' };

/** The fields of `wanted` that differ from `current`. */
function changes(current, wanted) {
  return Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => value != null && current[key] !== value),
  );
}

/** Chromium and Firefox, both through puppeteer-core (CDP and WebDriver BiDi). */
class PuppeteerEngine extends ChromeLauncher {
  /**
   * What each page emulates now, to reset only what a test file changed. (Firefox's
   * colour scheme is browser-wide: right while one page runs at a time, concurrency 1.)
   */
  #media = new WeakMap();

  constructor(engine, launchOptions) {
    super(
      launchOptions,
      ({ browser }) => browser.defaultBrowserContext(),
      ({ context }) => context.newPage(),
      puppeteer,
    );
    this.engine = engine;
  }

  async emulateMedia(sessionId, payload) {
    const page = this.getPage(sessionId);
    const current = this.#media.get(page) ?? DEFAULT_MEDIA;
    const changed = changes(current, payload);
    if (!Object.keys(changed).length) return;
    await this.applyMedia(page, { ...current, ...changed }, changed);
    this.#media.set(page, { ...current, ...changed });
  }

  async setViewport(sessionId, viewport) {
    await this.getPage(sessionId).setViewport(viewport);
  }

  // The page is reused for the next file, which sets its own 800×600 viewport.
  async stopSession(sessionId) {
    await this.emulateMedia(sessionId, DEFAULT_MEDIA);
    return super.stopSession(sessionId);
  }
}

class ChromiumEngine extends PuppeteerEngine {
  #sessions = new WeakMap();

  /**
   * One CDP call with every feature: puppeteer's emulateMediaType and
   * emulateMediaFeatures each clear what the other set.
   */
  async applyMedia(page, all) {
    if (!this.#sessions.has(page)) this.#sessions.set(page, await page.createCDPSession());
    await this.#sessions.get(page).send('Emulation.setEmulatedMedia', {
      media: all.media,
      features: [
        { name: 'prefers-color-scheme', value: all.colorScheme },
        { name: 'prefers-reduced-motion', value: all.reducedMotion },
      ],
    });
  }
}

class FirefoxEngine extends PuppeteerEngine {
  applyMedia(page, _all, changed) {
    return emulateFirefoxMedia(page, changed);
  }
}

/**
 * WebKit through WebKitWebDriver; starts its X server, settings daemon and driver with
 * the first test file (scripts/engines/webkit.mjs) and stops them at the end.
 */
class WebKitEngine extends WebdriverLauncher {
  engine = 'webkit';
  #services;
  #media = DEFAULT_MEDIA;
  #viewport = DEFAULT_VIEWPORT;

  constructor() {
    super({ hostname: '127.0.0.1', logLevel: 'error', capabilities: WEBKIT_CAPABILITIES });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async createDriverManager() {
    this.#services = await startWebKitServices();
    this.options.port = this.#services.port;
    const manager = await super.createDriverManager();
    await setWebKitViewport(this.driver, DEFAULT_VIEWPORT);
    return manager;
  }

  async emulateMedia(_sessionId, payload) {
    const changed = changes(this.#media, payload);
    if (!Object.keys(changed).length) return;
    await emulateWebKitMedia(this.driver, this.#services, changed);
    this.#media = { ...this.#media, ...changed };
  }

  async setViewport(_sessionId, viewport) {
    if (!Object.keys(changes(this.#viewport, viewport)).length) return;
    await setWebKitViewport(this.driver, viewport);
    this.#viewport = viewport;
  }

  async stopSession(sessionId) {
    await this.emulateMedia(sessionId, DEFAULT_MEDIA);
    await this.setViewport(sessionId, DEFAULT_VIEWPORT);
    return super.stopSession(sessionId);
  }

  async stop() {
    await super.stop();
    await this.#services?.stop();
    this.#services = undefined;
  }
}

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const LAUNCHERS = {
  chromium() {
    if (!existsSync(CHROME_PATH)) {
      throw new Error(`Chromium is not installed at ${CHROME_PATH} (apt-get install chromium)`);
    }
    return new ChromiumEngine('chromium', {
      executablePath: CHROME_PATH,
      headless: true,
      args: CHROME_ARGS,
    });
  },
  firefox() {
    assertFirefoxInstalled();
    return new FirefoxEngine('firefox', FIREFOX_LAUNCH_OPTIONS);
  },
  webkit() {
    assertWebKitInstalled();
    return new WebKitEngine();
  },
};

/**
 * The launchers for the engines named in `ENGINES` (comma-separated, e.g.
 * `ENGINES=chromium npx wtr`), by default all three, in that order. An engine that is
 * not installed fails the run: it is never silently left out.
 */
export function engineLaunchers(names = process.env.ENGINES) {
  const wanted = names ? names.split(',').map((name) => name.trim().toLowerCase()) : ENGINES;
  for (const name of wanted) {
    if (!ENGINES.includes(name)) {
      throw new Error(`ENGINES: unknown engine "${name}" (known: ${ENGINES.join(', ')})`);
    }
  }
  return ENGINES.filter((name) => wanted.includes(name)).map((name) => LAUNCHERS[name]());
}
