import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The browser engine running this test file, and media and viewport emulation that
 * works in all three engines (scripts/engines/commands.mjs on the server side). Use
 * these instead of @web/test-runner-commands' `emulateMedia` and `setViewport`, which
 * throw in Firefox and WebKit.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export const ENGINE = (await executeServerCommand('engine-name')) as Engine;

/**
 * WebKitGTK keeps cookies in another process: a cookie read right after two writes in a
 * row may still show the first for a few milliseconds, longer on a busy machine, and
 * the tests write and read the consent cookie at once, as no page would. There, a test
 * that fails runs once more; one that fails twice fails (README, "Browsers"). Every
 * test file that touches cookies imports this module, through test/helpers.ts.
 */
export const WEBKIT_RETRIES = 1;
if (ENGINE === 'webkit') {
  beforeEach(function () {
    this.currentTest?.retries(WEBKIT_RETRIES);
  });
}

export interface MediaPayload {
  colorScheme?: 'light' | 'dark';
  media?: 'screen' | 'print';
  reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * Emulates media features, like @web/test-runner-commands' `emulateMedia`: each field
 * given changes that feature, the others keep their value. Resolves once the page's
 * `matchMedia` agrees. `media: 'print'` throws in WebKit (WebKitGTK cannot emulate it).
 * Each test file starts light, on screen, without reduced motion.
 */
export async function emulateMedia(payload: MediaPayload): Promise<void> {
  await executeServerCommand('engine-emulate-media', payload);
}

/** Sizes the viewport (each test file starts at 800×600). */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await executeServerCommand('engine-set-viewport', viewport);
}

/**
 * Skips the current test in `engine`, for a limit of that engine or of its automation
 * that the test cannot work around. The reason is required: the README lists every
 * skip, collected from these calls by scripts/engines/skips.mjs, so write each call on
 * its own with literal strings.
 */
export function skipIn(test: Mocha.Context, engine: Engine, reason: string): void {
  if (!reason) throw new Error('skipIn needs a reason');
  if (ENGINE === engine) test.skip();
}
