// WebKit (WebKitGTK, Safari's engine) from Debian's packages: WebKitWebDriver drives the
// MiniBrowser shipped with libwebkit2gtk. It has no headless mode, so each run gets an X
// server of its own (Xvfb), and an XSETTINGS daemon (xsettingsd) on that display through
// which the colour scheme is switched: GTK's dark theme is what WebKitGTK reports as
// `prefers-color-scheme: dark`, and it follows a change of theme live.
// Used by the component tests (scripts/engines/launchers.mjs) and the browser-level
// smoke test (e2e/engines.test.mjs).
import { spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { remote } from 'webdriverio';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
  process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The WebDriver capabilities for MiniBrowser (it has no `browserName` to match). */
export const WEBKIT_CAPABILITIES = {
  'wdio:enforceWebDriverClassic': true,
  // Without --automation, MiniBrowser never accepts the session.
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
};

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (name) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => executable(join(dir, name)));

/** Throws, naming the packages to install, when a part of the WebKit setup is missing. */
export function assertWebKitInstalled() {
  const missing = [];
  if (!executable(WEBKIT_DRIVER)) missing.push(`${WEBKIT_DRIVER} (webkit2gtk-driver)`);
  if (!executable(MINIBROWSER)) missing.push(`${MINIBROWSER} (libwebkit2gtk-4.1-0)`);
  if (!onPath('Xvfb')) missing.push('Xvfb (xvfb)');
  if (!onPath('xsettingsd')) missing.push('xsettingsd (xsettingsd)');
  if (missing.length) {
    throw new Error(
      `WebKit cannot run: missing ${missing.join(', ')}. ` +
        'apt-get install webkit2gtk-driver xvfb xsettingsd (or set WEBKIT_DRIVER, MINIBROWSER)',
    );
  }
}

/** A child process whose last output is kept for error messages. */
function start(command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  child.output = '';
  child.stderr.on('data', (chunk) => (child.output = (child.output + chunk).slice(-2000)));
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('error', (error) => (child.output += String(error)));
  return child;
}

function failed(child, what) {
  return new Error(`${what} (${child.spawnargs.join(' ')}):\n${child.output}`);
}

/** Resolves with what the process writes to its file descriptor 3, up to a newline. */
function readLine(child, what) {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
    void child.exited.then(() => reject(failed(child, `${what} exited`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(child, port) {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw failed(child, 'WebKitWebDriver exited');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw failed(child, 'WebKitWebDriver did not start within 20 s');
}

const THEMES = { dark: 'Adwaita-dark', light: 'Adwaita', 'no-preference': 'Adwaita' };
const ANIMATIONS = { reduce: 0, 'no-preference': 1 };

/**
 * Starts Xvfb on a free display, xsettingsd on it (light theme), and WebKitWebDriver on a
 * free port, with a GTK style sheet that lets MiniBrowser's window shrink to a 320 px
 * viewport (scripts/engines/gtk-3.0/gtk.css). `stop()` ends them all.
 */
export async function startWebKitServices() {
  assertWebKitInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'consent-webkit-'));
  const config = join(dir, 'config');
  mkdirSync(join(config, 'gtk-3.0'), { recursive: true });
  copyFileSync(new URL('./gtk-3.0/gtk.css', import.meta.url), join(config, 'gtk-3.0', 'gtk.css'));
  const settingsFile = join(dir, 'xsettings.conf');
  const settings = { theme: THEMES.light, animations: ANIMATIONS['no-preference'] };
  const writeSettings = () =>
    writeFileSync(
      settingsFile,
      `Net/ThemeName "${settings.theme}"\nGtk/EnableAnimations ${settings.animations}\n`,
    );
  writeSettings();

  const children = [];
  // Should this process end without stop(), its X server and driver end with it.
  const killAll = () => children.forEach((child) => child.kill());
  process.once('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    for (const child of children.reverse()) {
      child.kill();
      await child.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const xvfb = start(
      'Xvfb',
      ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    children.push(xvfb);
    const display = `:${await readLine(xvfb, 'Xvfb')}`;
    const env = { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config, GDK_BACKEND: 'x11' };
    delete env.WAYLAND_DISPLAY;
    const xsettingsd = start('xsettingsd', ['-c', settingsFile], { env });
    children.push(xsettingsd);
    const port = await freePort();
    const driver = start(WEBKIT_DRIVER, [`--port=${port}`], { env });
    children.push(driver);
    await waitForDriver(driver, port);
    return {
      display,
      port,
      /** Switches GTK's theme and animations; the page follows within a moment. */
      setDesktop({ colorScheme, reducedMotion }) {
        if (colorScheme != null) settings.theme = THEMES[colorScheme];
        if (reducedMotion != null) settings.animations = ANIMATIONS[reducedMotion];
        writeSettings();
        xsettingsd.kill('SIGHUP');
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Emulates media in the browser's current page, as @web/test-runner-commands'
 * `emulateMedia` does (each field given changes that feature), and resolves once the
 * page's `matchMedia` agrees. WebKitGTK has no print-medium emulation: `media: 'print'`
 * throws (a test that needs it skips WebKit, see test/engine.ts).
 * @param {WebdriverIO.Browser} browser
 * @param {Awaited<ReturnType<typeof startWebKitServices>>} services
 */
export async function emulateWebKitMedia(browser, services, { colorScheme, media, reducedMotion }) {
  if (media === 'print') {
    throw new Error('WebKitGTK cannot emulate the print medium over WebDriver');
  }
  if (colorScheme == null && reducedMotion == null) return;
  services.setDesktop({ colorScheme, reducedMotion });
  const expected = [];
  if (colorScheme != null) expected.push(['(prefers-color-scheme: dark)', colorScheme === 'dark']);
  if (reducedMotion != null) {
    expected.push(['(prefers-reduced-motion: reduce)', reducedMotion === 'reduce']);
  }
  await browser.waitUntil(
    () =>
      browser.execute(
        (expected) =>
          expected.every(([query, matches]) => globalThis.matchMedia(query).matches === matches),
        expected,
      ),
    {
      timeout: 5000,
      interval: 50,
      timeoutMsg: `WebKit did not follow ${JSON.stringify(expected)}`,
    },
  );
}

/**
 * Sizes MiniBrowser's window so that the page's viewport is `width` × `height` (the
 * window also holds a toolbar: its height is measured and added).
 * @param {WebdriverIO.Browser} browser
 */
export async function setWebKitViewport(browser, { width, height }) {
  const inner = () => browser.execute(() => [globalThis.innerWidth, globalThis.innerHeight]);
  // The window manager applies a new size, and MiniBrowser lays out its toolbar, after
  // setWindowRect returns: on a loaded machine a size read at once can be the old one.
  // Read until two reads 50 ms apart agree.
  const settled = async () => {
    let last = await inner();
    for (let i = 0; i < 20; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = await inner();
      if (now[0] === last[0] && now[1] === last[1]) return now;
      last = now;
    }
    return last;
  };
  let window = { width, height };
  let viewport;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await browser.setWindowRect(0, 0, window.width, window.height);
    viewport = await settled();
    if (viewport[0] === width && viewport[1] === height) return;
    window = {
      width: window.width + width - viewport[0],
      height: window.height + height - viewport[1],
    };
  }
  throw new Error(
    `WebKit: the viewport is ${viewport.join('×')}, not ${width}×${height} ` +
      '(MiniBrowser’s window has a minimum size, about 305 px wide)',
  );
}

/**
 * Starts WebKit for a Node script: the services above and a WebDriver session with an
 * 800×600 viewport. `stop()` ends the session and the services.
 */
export async function launchWebKit() {
  const services = await startWebKitServices();
  try {
    const browser = await remote({
      hostname: '127.0.0.1',
      port: services.port,
      logLevel: 'error',
      capabilities: WEBKIT_CAPABILITIES,
    });
    await setWebKitViewport(browser, { width: 800, height: 600 });
    return {
      browser,
      services,
      emulateMedia: (payload) => emulateWebKitMedia(browser, services, payload),
      setViewport: (viewport) => setWebKitViewport(browser, viewport),
      async stop() {
        await browser.deleteSession().catch(() => {});
        await services.stop();
      },
    };
  } catch (error) {
    await services.stop();
    throw error;
  }
}
