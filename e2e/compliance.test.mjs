// COMPLIANCE.md behaviours measured in real Chromium that no other e2e file pins down:
// equal prominence of the preference dialog's buttons (A.2), focus rings at 3:1 (G.28),
// switch parts at 3:1 and states not by colour alone (G.29), reduced motion and forced
// colours (G.33), the banner's "Continue without accepting" (A.4, G.30), and withdrawal
// deleting cookies on the host, its parent domains and sub-paths (B.10). Focus under a
// banner at every position (G.27) is in banner.test.mjs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';
import { buttonLook, contrast, flatten, luminance, parseColor } from './color.mjs';
import { openPage, setup, startServer, watchPage } from './server.mjs';

const PAGE = '/e2e/pages/ui/banner.html';
const GATES = '/e2e/pages/ui/gates.html';
const SCHEMES = ['light', 'dark'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('compliance (COMPLIANCE.md A.2, A.4, B.10, G.28–G.30, G.33)', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.stop());

  /**
   * A fresh context (closed after the test) with the in-page probes installed, and a page
   * opened at `path`; `options` are the context's (viewport, colorScheme, reducedMotion…).
   */
  async function newPage(t, path, options = {}) {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 800 },
      ...options,
    });
    t.after(() => context.close());
    // Third-party hosts (the gates' providers) answer with nothing: no network needed.
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1'
        ? route.continue()
        : route.fulfill({ status: 204 }),
    );
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    const log = watchPage(page);
    await openPage(page, `${env.url}${path}`);
    return { context, page, log };
  }

  describe('preference dialog: equal prominence (A.2)', () => {
    for (const colorScheme of SCHEMES) {
      it(`"Reject all", "Accept all" and "Save choices" look the same, text ≥ 4.5:1 (${colorScheme})`, async (t) => {
        const { page } = await newPage(t, `${PAGE}?nobanner`, { colorScheme });
        await page.evaluate(() => window.consent.openPreferences());
        await waitForModal(page);
        await settle(page);
        const names = ['reject', 'accept', 'save'];
        const styles = {};
        for (const name of names) {
          const button = page.locator(`consent-preferences [part~="${name}-button"]`);
          assert.equal(await button.count(), 1, `no "${name}" button in the dialog footer`);
          styles[name] = await button.evaluate(buttonLook);
        }
        assert.deepEqual(
          names.map((n) => styles[n].tag),
          ['BUTTON', 'BUTTON', 'BUTTON'],
        );
        assert.equal(new Set(names.map((n) => styles[n].parent)).size, 1, 'not siblings');
        for (const name of ['accept', 'save']) {
          for (const key of Object.keys(styles.reject.look)) {
            assert.equal(
              styles[name].look[key],
              styles.reject.look[key],
              `"${name}" differs from "reject" in ${key} (${colorScheme})`,
            );
          }
        }
        for (const name of names) {
          const { color, backgrounds } = styles[name];
          const ratio = contrast(parseColor(color), flatten(backgrounds));
          assert.ok(
            ratio >= 4.5,
            `"${name}" text contrast ${ratio.toFixed(2)}:1 < 4.5:1 (${colorScheme})`,
          );
        }
        await assertScheme(page, 'consent-preferences', 'dialog', colorScheme);
      });
    }
  });

  describe('focus indicator at 3:1 against its surroundings (G.28)', () => {
    for (const colorScheme of SCHEMES) {
      it(`close button, a switch and a gate's load button, reached by Tab (${colorScheme})`, async (t) => {
        const { page } = await newPage(t, `${PAGE}?nobanner`, { colorScheme });
        // Opened from the keyboard, as a keyboard user would.
        await page.locator('#prefs-link').focus();
        await page.keyboard.press('Enter');
        await waitForModal(page);
        await assertScheme(page, 'consent-preferences', 'dialog', colorScheme);
        const rings = {};
        for (const [name, selector] of [
          ['dialog close button', '[part~="close-button"]'],
          ['"preferences" switch', 'input[data-id="preferences"]'],
        ]) {
          await tabTo(page, selector, name);
          rings[name] = await page.evaluate(() => window.probes.focusRing());
        }
        const gates = await newPage(t, GATES, { colorScheme });
        await gates.page.locator('#youtube [part~="load-button"]').waitFor({ state: 'visible' });
        await tabTo(gates.page, '[part~="load-button"]', 'gate "Load once" button');
        rings['gate load button'] = await gates.page.evaluate(() => window.probes.focusRing());

        for (const [name, ring] of Object.entries(rings)) {
          const where = `${name} (${colorScheme}): ${JSON.stringify(ring)}`;
          assert.ok(ring.focusVisible, `:focus-visible does not apply to the ${where}`);
          assert.notEqual(ring.style, 'none', `no focus outline on the ${where}`);
          assert.ok(ring.width >= 2, `focus outline ${ring.width}px thin on the ${where}`);
          const ratio = contrast(parseColor(ring.color), flatten(ring.around));
          assert.ok(
            ratio >= 3,
            `focus outline contrast ${ratio.toFixed(2)}:1 < 3:1 on the ${where}`,
          );
        }
      });
    }
  });

  describe('switches: parts at 3:1, state not by colour alone (G.29)', () => {
    for (const colorScheme of SCHEMES) {
      it(`track, border and knob contrast in both states; knob or mark moves (${colorScheme})`, async (t) => {
        const { page } = await newPage(t, `${PAGE}?nobanner`, { colorScheme });
        await page.evaluate(() => window.consent.openPreferences());
        await waitForModal(page);
        await assertScheme(page, 'consent-preferences', 'dialog', colorScheme);
        const states = await switchStates(page);
        for (const [state, parts] of Object.entries(states)) {
          assertSwitchContrast(parts, `${state}, ${colorScheme}`);
        }
        assertShapesDiffer(states, colorScheme);
      });
    }
  });

  describe('reduced motion and forced colours (G.33)', () => {
    it('with prefers-reduced-motion: reduce nothing in the banner, dialog or gates moves', async (t) => {
      const { page } = await newPage(t, PAGE, { reducedMotion: 'reduce' });
      await page.locator('consent-banner .banner').waitFor({ state: 'visible' });
      const moving = [...(await page.evaluate(() => window.probes.movingParts()))];
      await page.evaluate(() => window.consent.openPreferences());
      await waitForModal(page);
      await page.locator('consent-preferences input[data-id="analytics"]').click();
      // A running CSS transition or animation (the switch's knob, the dialog) shows up here;
      // a document's getAnimations() leaves out its shadow trees.
      const running = await page.evaluate(() =>
        [document, ...[...document.querySelectorAll('*')].map((el) => el.shadowRoot)]
          .filter(Boolean)
          .flatMap((root) => root.getAnimations())
          .map((a) => `${a.constructor.name} ${a.effect?.pseudoElement ?? ''}`),
      );
      moving.push(...(await page.evaluate(() => window.probes.movingParts())));
      const gates = await newPage(t, GATES, { reducedMotion: 'reduce' });
      await gates.page.locator('#youtube [part~="load-button"]').waitFor({ state: 'visible' });
      moving.push(...(await gates.page.evaluate(() => window.probes.movingParts())));
      assert.deepEqual(running, [], `animations run after toggling a switch: ${running}`);
      assert.deepEqual(moving, [], `set to move:\n  ${moving.join('\n  ')}`);
    });

    for (const colorScheme of SCHEMES) {
      it(`with forced-colors: active switch borders show and states differ in shape (${colorScheme})`, async (t) => {
        const { page } = await newPage(t, `${PAGE}?nobanner`, {
          colorScheme,
          forcedColors: 'active',
        });
        assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
        await page.evaluate(() => window.consent.openPreferences());
        await waitForModal(page);
        const states = await switchStates(page);
        for (const [state, parts] of Object.entries(states)) {
          const where = `${state}, forced colours, ${colorScheme}: ${JSON.stringify(parts)}`;
          assert.ok(
            parts.borderWidth > 0 && parts.borderStyle !== 'none',
            `no switch border (${where})`,
          );
          assert.ok(parseColor(parts.borderColor)[3] > 0, `transparent switch border (${where})`);
          assertSwitchContrast(parts, `${state}, forced colours, ${colorScheme}`);
        }
        assertShapesDiffer(states, `forced colours, ${colorScheme}`);
      });
    }
  });

  describe('banner "Continue without accepting" (A.4, G.30)', () => {
    /** The banner page with a dismissible banner (modal when asked). */
    async function dismissiblePage(t, query = '') {
      const opened = await newPage(t, `${PAGE}${query}`);
      await opened.page.evaluate(() =>
        document.querySelector('consent-banner').setAttribute('dismissible', ''),
      );
      await closeControl(opened.page).waitFor({ state: 'visible' });
      await settle(opened.page);
      return opened;
    }

    it('is at least 24×24 px, passes axe, and a click records a refusal and no other cookie', async (t) => {
      const { context, page, log } = await dismissiblePage(t);
      const close = closeControl(page);
      assert.equal(await close.evaluate((el) => el.tagName), 'BUTTON');
      assert.match((await close.textContent()).trim(), /^Continue without accepting$/i);
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
        await settle(page);
        const box = await close.boundingBox();
        assert.ok(
          box.width >= 24 && box.height >= 24,
          `"Continue without accepting" is ${box.width}×${box.height} px at ${width} px wide`,
        );
        const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(' ')}`);
        assert.deepEqual(serious, [], `axe at ${width} px: ${serious.join('; ')}`);
      }

      await close.click();
      await page.locator('consent-banner').waitFor({ state: 'hidden' });
      const state = await page.evaluate(() => window.consent.state);
      assert.equal(state.decided, true, 'the refusal was not recorded');
      assert.equal(state.method, 'reject-all');
      const granted = Object.entries({ ...state.categories, ...state.services })
        .filter(([id, on]) => on && id !== 'necessary')
        .map(([id]) => id);
      assert.deepEqual(granted, [], `granted after "Continue without accepting": ${granted}`);
      // The consent cookie (README: `cookie.name`, default "consent") is the only one.
      const cookies = (await context.cookies()).map((c) => c.name);
      assert.deepEqual(cookies, ['consent']);
      assert.deepEqual(log.errors, []);
    });

    for (const query of ['', '?modal']) {
      it(`Esc on the${query ? ' modal' : ''} dismissible banner grants nothing`, async (t) => {
        const { context, page } = await dismissiblePage(t, query);
        await closeControl(page).focus();
        await page.keyboard.press('Escape');
        await settle(page);
        const state = await page.evaluate(() => window.consent.state);
        const granted = Object.entries({ ...state.categories, ...state.services })
          .filter(([id, on]) => on && id !== 'necessary')
          .map(([id]) => id);
        assert.deepEqual(granted, [], `Esc granted ${granted}`);
        // Esc may count as a refusal (A.4), never as anything else; on the modal banner the
        // README says it decides nothing and leaves the question as the plain region.
        if (state.decided) assert.equal(state.method, 'reject-all');
        if (query) {
          assert.equal(state.decided, false, `Esc on the modal banner decided (${state.method})`);
          assert.equal(await page.locator('consent-banner .banner').isVisible(), true);
        }
        const cookies = (await context.cookies()).map((c) => c.name);
        assert.deepEqual(cookies, state.decided ? ['consent'] : []);
      });
    }
  });
});

describe('withdrawal deletes declared cookies on the host, parent domains and sub-paths (B.10)', () => {
  const HOST = 'www.shop.example.test';
  let server;
  let browser;
  before(async () => {
    [server, browser] = await Promise.all([
      startServer(),
      chromium.launch({
        executablePath: CHROME_PATH,
        args: [...CHROME_ARGS, '--host-resolver-rules=MAP *.example.test 127.0.0.1'],
      }),
    ]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /**
   * Accepts everything, then sets what an analytics script would: `_ga` on the parent
   * domain, `_ga_X` host-only on a sub-path, `_ga_Y` on the grandparent domain and a
   * sub-path, and `keep` (declared nowhere) on the parent domain.
   */
  async function acceptedWithCookies(t) {
    const context = await browser.newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    const url = `http://${HOST}:${new URL(server.url).port}${PAGE}?nobanner`;
    await openPage(page, url);
    assert.equal(new URL(page.url()).hostname, HOST);
    await page.evaluate(() => window.consent.acceptAll());
    await page.evaluate(() => {
      document.cookie = '_ga=GA1.1.1; Domain=shop.example.test; Path=/; Max-Age=3600';
      document.cookie = '_ga_X=GS1.1.2; Path=/e2e/pages; Max-Age=3600';
      document.cookie = '_ga_Y=GS1.1.3; Domain=example.test; Path=/e2e; Max-Age=3600';
      document.cookie = 'keep=1; Domain=shop.example.test; Path=/; Max-Age=3600';
    });
    const jar = await cookieJar(context);
    // The browser kept each where it was put (a check of the set-up, not of the library).
    assert.deepEqual(
      { _ga: jar._ga, _ga_X: jar._ga_X, _ga_Y: jar._ga_Y, keep: jar.keep },
      {
        _ga: '.shop.example.test /',
        _ga_X: `${HOST} /e2e/pages`,
        _ga_Y: '.example.test /e2e',
        keep: '.shop.example.test /',
      },
    );
    return { context, page };
  }

  it('switching analytics off deletes _ga and _ga_* everywhere, and nothing else', async (t) => {
    const { context, page } = await acceptedWithCookies(t);
    await page.evaluate(() => window.consent.update({ analytics: false }));
    assert.equal(await page.evaluate(() => window.consent.granted('analytics')), false);
    const jar = await jarWithoutGa(context);
    assert.deepEqual(
      Object.keys(jar).filter((name) => name.startsWith('_ga')),
      [],
      `left: ${JSON.stringify(jar)}`,
    );
    assert.ok(jar.keep && jar.consent, `deleted too much: ${JSON.stringify(jar)}`);
  });

  it('withdraw() deletes _ga and _ga_* everywhere', async (t) => {
    const { context, page } = await acceptedWithCookies(t);
    await page.evaluate(() => window.consent.withdraw());
    const jar = await jarWithoutGa(context);
    assert.deepEqual(
      Object.keys(jar).filter((name) => name.startsWith('_ga')),
      [],
      `left: ${JSON.stringify(jar)}`,
    );
    assert.ok(jar.keep, `deleted too much: ${JSON.stringify(jar)}`);
  });

  // An older "consent" cookie on a parent domain (left by a configuration that shared
  // the decision across subdomains) beside this page's host-only one.
  it('a consent cookie of another domain never brings back an older decision', async (t) => {
    const context = await browser.newContext();
    t.after(() => context.close());
    const old = `v=1&id=abcdefghij012345&r=1&t=${Date.now() - 60_000}&m=a&d=1&gpc=0&c=analytics:1|marketing:1&s=`;
    await context.addCookies([
      { name: 'consent', value: old, domain: '.shop.example.test', path: '/' },
    ]);
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const url = `http://${HOST}:${new URL(server.url).port}${PAGE}?nobanner`;
    assert.equal((await openPage(page, url)).categories.analytics, true, 'the one cookie counts');

    await page.evaluate(() => window.consent.rejectAll());
    assert.deepEqual(
      (await context.cookies()).filter((c) => c.name === 'consent').map((c) => c.domain),
      [HOST],
      'the older cookie is gone, this page’s refusal is the only one',
    );
    const reloaded = await openPage(page, url);
    assert.equal(reloaded.method, 'reject-all');
    assert.equal(reloaded.categories.analytics, false);

    // Two different ones at load: neither counts, and the page says why.
    await context.addCookies([
      { name: 'consent', value: old, domain: '.shop.example.test', path: '/' },
    ]);
    const both = await openPage(page, url);
    assert.equal(both.decided, false);
    assert.equal(both.categories.analytics, false);
    assert.ok(
      errors.some((e) => e.includes('there are 2 "consent" cookies')),
      errors.join('\n'),
    );
  });
});

// ---- helpers (node side) ----

function closeControl(page) {
  return page.locator('consent-banner [part~="close-button"]');
}

function waitForModal(page) {
  return page.waitForFunction(
    () => document.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog:modal'),
    null,
    { timeout: 5000 },
  );
}

/** Two animation frames and a short pause: resize observers and re-renders have run. */
async function settle(page) {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
  await page.waitForTimeout(100);
}

/** Presses Tab until the focused element (looking into shadow roots) matches `selector`. */
async function tabTo(page, selector, name) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!window.probes.deepActive()?.matches(s), selector)) return;
  }
  assert.fail(`Tab never reached the ${name}`);
}

/** The scheme really applies (a test would otherwise check light twice). */
async function assertScheme(page, host, selector, colorScheme) {
  const surface = flatten(
    await page.evaluate(
      ([h, s]) => window.probes.backgrounds(document.querySelector(h).shadowRoot.querySelector(s)),
      [host, selector],
    ),
  );
  const lum = luminance(surface);
  assert.ok(colorScheme === 'dark' ? lum < 0.2 : lum > 0.5, `surface ${surface} in ${colorScheme}`);
}

/** The "preferences" switch measured off, then on (clicked). */
async function switchStates(page) {
  const input = page.locator('consent-preferences input[data-id="preferences"]');
  assert.equal(await input.isChecked(), false, 'the "preferences" switch starts on');
  const off = await input.evaluate((el) => window.probes.switchParts(el));
  await input.click();
  assert.equal(await input.isChecked(), true);
  // Past the knob's transition, if any.
  await page.waitForTimeout(400);
  const on = await input.evaluate((el) => window.probes.switchParts(el));
  return { off, on };
}

/**
 * The switch's outline (border, or the track where no border shows) at 3:1 against the
 * dialog surface; the knob and a check mark at 3:1 against the track they sit on.
 */
function assertSwitchContrast(parts, where) {
  const surface = flatten(parts.around);
  const track = flatten([parts.background, ...parts.around]);
  const border = contrast(parseColor(parts.borderColor), surface);
  const fill = contrast(track, surface);
  const detail = `${where}: ${JSON.stringify(parts)}`;
  assert.ok(
    Math.max(border, fill) >= 3,
    `switch border ${border.toFixed(2)}:1 and track ${fill.toFixed(2)}:1 < 3:1 (${detail})`,
  );
  const knob = contrast(parseColor(parts.knob.color), track);
  assert.ok(knob >= 3, `switch knob ${knob.toFixed(2)}:1 < 3:1 on the track (${detail})`);
  if (parts.mark.shown) {
    const mark = contrast(parseColor(parts.mark.color), track);
    assert.ok(mark >= 3, `check mark ${mark.toFixed(2)}:1 < 3:1 on the track (${detail})`);
  }
}

/** On and off differ in shape: the knob moves by a quarter of the track, or a mark shows. */
function assertShapesDiffer({ off, on }, where) {
  const moved = Math.abs(on.knob.x - off.knob.x);
  const markToggles = on.mark.shown !== off.mark.shown;
  assert.ok(
    moved >= off.width / 4 || markToggles,
    `on and off differ only in colour (${where}): knob moved ${moved}px in a ${off.width}px track, ` +
      `mark ${off.mark.shown} → ${on.mark.shown}`,
  );
}

/** name → "domain path" of every cookie in the context. */
async function cookieJar(context) {
  return Object.fromEntries(
    (await context.cookies()).map((c) => [c.name, `${c.domain} ${c.path}`]),
  );
}

/**
 * The browser's cookie jar once no `_ga*` cookie is left in it, or after 2 s. A page's
 * `document.cookie` writes reach the browser's cookie store asynchronously, so the jar
 * can lag behind the page for a moment.
 */
async function jarWithoutGa(context) {
  const deadline = Date.now() + 2000;
  let jar = await cookieJar(context);
  while (Object.keys(jar).some((name) => name.startsWith('_ga')) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    jar = await cookieJar(context);
  }
  return jar;
}

// ---- helpers (page side) ----

/**
 * Installed in every page (an init script) as `window.probes`: what the tests measure,
 * in one place, since functions passed to `page.evaluate` cannot share code.
 */
function installProbes() {
  /** The element's background and its ancestors' (across shadow roots) up to an opaque one. */
  const backgrounds = (el) => {
    const out = [];
    for (let node = el; node; node = node.parentElement ?? node.getRootNode().host) {
      const bg = getComputedStyle(node).backgroundColor;
      out.push(bg);
      if (parseFloat(bg.split(/[,/ ]+/)[3] ?? '1') >= 1 && !/transparent/.test(bg)) break;
    }
    out.push('rgb(255, 255, 255)'); // the canvas
    return out;
  };
  const parent = (el) => el.parentElement ?? el.getRootNode().host;
  const deepActive = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };

  window.probes = {
    backgrounds,
    deepActive,

    /**
     * The focused element's outline, and what it is drawn on: around the element (an
     * outline outside it) or the element itself (an inset outline).
     */
    focusRing() {
      const el = deepActive();
      const s = getComputedStyle(el);
      const offset = parseFloat(s.outlineOffset) || 0;
      const width = parseFloat(s.outlineWidth) || 0;
      return {
        element: el.getAttribute('part') ?? el.dataset.id ?? el.tagName,
        focusVisible: el.matches(':focus-visible'),
        style: s.outlineStyle,
        width,
        color: s.outlineColor,
        around: backgrounds(offset + width > 0 ? parent(el) : el),
      };
    },

    /** A switch's parts: box, border, track, knob (::before) and check mark (::after). */
    switchParts(el) {
      const s = getComputedStyle(el);
      const knob = getComputedStyle(el, '::before');
      const mark = getComputedStyle(el, '::after');
      const shown = (p) =>
        p.content !== 'none' && p.content !== 'normal' && p.display !== 'none' && p.width !== '0px';
      const translateX = (p) => (p.transform === 'none' ? 0 : new DOMMatrix(p.transform).m41);
      return {
        checked: el.checked,
        width: el.getBoundingClientRect().width,
        borderWidth: parseFloat(s.borderTopWidth),
        borderStyle: s.borderTopStyle,
        borderColor: s.borderTopColor,
        background: s.backgroundColor,
        around: backgrounds(parent(el)),
        knob: {
          shown: shown(knob),
          color: knob.backgroundColor,
          x: Math.round((parseFloat(knob.left) || 0) + translateX(knob)),
        },
        mark: {
          shown: shown(mark) && parseFloat(mark.borderBottomWidth) > 0,
          color: mark.borderBottomColor,
        },
      };
    },

    /** Every part of the library's elements (and their pseudo-elements) set to move. */
    movingParts() {
      const moving = [];
      const positive = (list) => list.split(',').some((d) => parseFloat(d) > 0);
      for (const host of document.querySelectorAll(
        'consent-banner, consent-preferences, consent-gate',
      )) {
        // An element whose code the page has not needed yet renders nothing to move.
        for (const el of [host, ...(host.shadowRoot?.querySelectorAll('*') ?? [])]) {
          for (const pseudo of [null, '::before', '::after', '::backdrop']) {
            if (pseudo === '::backdrop' && el.tagName !== 'DIALOG') continue;
            const s = getComputedStyle(el, pseudo);
            const transition = s.transitionProperty !== 'none' && positive(s.transitionDuration);
            const animation = s.animationName !== 'none' && positive(s.animationDuration);
            if (transition || animation) {
              moving.push(
                `${host.localName} ${el.localName}.${el.className?.baseVal ?? el.className}` +
                  `${pseudo ?? ''}: transition ${s.transitionDuration}, animation ${s.animationName} ${s.animationDuration}`,
              );
            }
          }
        }
      }
      return moving;
    },
  };
}
