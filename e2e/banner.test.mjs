// <consent-banner> in real Chromium: reflow (WCAG 1.4.10, 1.4.4, 1.4.12), no layout
// shift, focus never hidden by the banner (2.4.11), keyboard use, and equal prominence
// of the three choices (COMPLIANCE A.1, A.2, G.27–G.31).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buttonLook, contrast, flatten, luminance, parseColor } from './color.mjs';
import { LANGUAGES, inLanguage, openPage, setup, watchPage } from './server.mjs';

const PAGE = '/e2e/pages/ui/banner.html';
const BUTTONS = ['accept', 'reject', 'customize'];

describe('consent-banner', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.stop());

  /** A fresh context and page at `viewport`, with the banner shown. */
  async function bannerPage(t, viewport, query = '') {
    const context = await env.browser.newContext({ viewport });
    t.after(() => context.close());
    const page = await context.newPage();
    const log = watchPage(page);
    await openPage(page, `${env.url}${PAGE}${query}`);
    await page.locator('consent-banner .banner').waitFor({ state: 'visible' });
    await settle(page);
    return { context, page, log };
  }

  describe('reflow', () => {
    it('at 320×640 the page has no horizontal scroll with the banner shown', async (t) => {
      const { page } = await bannerPage(t, { width: 320, height: 640 });
      const widths = await page.evaluate(() => {
        const box = document.querySelector('consent-banner').shadowRoot.querySelector('.banner');
        return {
          page: document.documentElement.scrollWidth,
          bannerScroll: box.scrollWidth,
          bannerClient: box.clientWidth,
          bannerRight: box.getBoundingClientRect().right,
        };
      });
      assert.ok(widths.page <= 320, `page scrollWidth ${widths.page} > 320`);
      assert.ok(widths.bannerRight <= 320, `banner ends at x=${widths.bannerRight}`);
      assert.ok(
        widths.bannerScroll <= widths.bannerClient,
        `banner content ${widths.bannerScroll}px wide in ${widths.bannerClient}px`,
      );
    });

    it('at 320×640, in every shipped language, every button’s label fits inside it', async (t) => {
      const { page } = await bannerPage(t, { width: 320, height: 640 });
      const overflowing = [];
      for (const lang of LANGUAGES) {
        await inLanguage(page, 'consent-banner', '.banner', lang);
        const inside = await page.evaluate(() =>
          [
            ...document
              .querySelector('consent-banner')
              .shadowRoot.querySelectorAll('.actions button, .close'),
          ]
            .filter(
              (button) =>
                button.scrollWidth > button.clientWidth ||
                button.getBoundingClientRect().right > innerWidth ||
                button.getBoundingClientRect().left < 0,
            )
            .map((button) => button.textContent.trim()),
        );
        overflowing.push(...inside.map((label) => `${lang}: ${label}`));
      }
      assert.deepEqual(overflowing, []);
    });

    it('at 320×256 the banner scrolls inside and every button can be reached and used', async (t) => {
      const { page } = await bannerPage(t, { width: 320, height: 256 });
      const box = await page.evaluate(() => {
        const el = document.querySelector('consent-banner').shadowRoot.querySelector('.banner');
        const rect = el.getBoundingClientRect();
        return {
          top: rect.top,
          bottom: rect.bottom,
          overflowY: getComputedStyle(el).overflowY,
          scrollHeight: el.scrollHeight,
          clientHeight: el.clientHeight,
          // The text's own visible height: a text squeezed to a sliver by the buttons
          // "scrolls", but cannot be read.
          textHeight: el.querySelector('.text').clientHeight,
          textFull: el.querySelector('.text').scrollHeight,
        };
      });
      assert.ok(box.top >= 0 && box.bottom <= 256, `banner spans y=${box.top}..${box.bottom}`);
      assert.ok(
        box.textHeight >= Math.min(box.textFull, 96),
        `the text gets ${box.textHeight}px of its ${box.textFull}px`,
      );
      assert.ok(
        box.scrollHeight <= box.clientHeight || ['auto', 'scroll'].includes(box.overflowY),
        `banner content (${box.scrollHeight}px) overflows ${box.clientHeight}px and cannot scroll`,
      );
      for (const name of BUTTONS) {
        const button = bannerButton(page, name);
        await button.scrollIntoViewIfNeeded();
        const rect = await button.boundingBox();
        assert.ok(rect, `${name} button has no box`);
        assert.ok(
          rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= 320 && rect.y + rect.height <= 256,
          `${name} button at ${JSON.stringify(rect)} is not inside the 320×256 viewport`,
        );
        // Nothing covers it: the topmost element at its centre is the button itself.
        const hit = await button.evaluate((el) => {
          const r = el.getBoundingClientRect();
          let node = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          while (node?.shadowRoot) {
            const inner = node.shadowRoot.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
            if (!inner || inner === node) break;
            node = inner;
          }
          return node === el || el.contains(node);
        });
        assert.ok(hit, `${name} button is covered at its centre`);
      }
      await bannerButton(page, 'reject').click();
      await page.locator('consent-banner').waitFor({ state: 'hidden' });
      const state = await page.evaluate(() => window.consent.state);
      assert.equal(state.decided, true);
      assert.equal(state.method, 'reject-all');
    });

    it('at 200% text (1280×800) no button text is clipped and the banner fits', async (t) => {
      const { page } = await bannerPage(t, { width: 1280, height: 800 });
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      await settle(page);
      const report = await clipping(page);
      assert.deepEqual(report.clipped, [], `clipped: ${JSON.stringify(report.clipped)}`);
      assert.ok(report.pageWidth <= 1280, `page scrollWidth ${report.pageWidth} > 1280`);
      // The text really is twice as big (the banner follows the root font size).
      assert.equal(report.buttonFontSize, '32px');
    });

    it('with text-spacing overrides (WCAG 1.4.12) at 320×640 nothing is clipped', async (t) => {
      const { page } = await bannerPage(t, { width: 320, height: 640 });
      // The WCAG 1.4.12 bookmarklet's values, applied in the document and in every shadow root.
      await page.evaluate(() => {
        const css = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
          word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot)];
        for (const root of roots.filter(Boolean)) {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        }
      });
      await settle(page);
      const report = await clipping(page);
      assert.deepEqual(report.clipped, [], `clipped: ${JSON.stringify(report.clipped)}`);
      assert.ok(report.pageWidth <= 320, `page scrollWidth ${report.pageWidth} > 320`);
    });
  });

  it('causes no layout shift when it appears or when it is dismissed', async (t) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    t.after(() => context.close());
    await context.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.shifts.push({
            value: entry.value,
            hadRecentInput: entry.hadRecentInput,
            sources: (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?'),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await openPage(page, `${env.url}${PAGE}`);
    await page.locator('consent-banner .banner').waitFor({ state: 'visible' });
    await settle(page);
    const shown = await page.evaluate(() => window.shifts);
    assert.equal(total(shown), 0, `layout shifts once the banner shows: ${JSON.stringify(shown)}`);

    // Dismissed by script, so that no shift is excused as following user input.
    await page.evaluate(() => window.consent.rejectAll());
    await page.locator('consent-banner').waitFor({ state: 'hidden' });
    await settle(page);
    const dismissed = await page.evaluate(() => window.shifts);
    assert.equal(
      total(dismissed),
      0,
      `layout shifts once the banner is dismissed: ${JSON.stringify(dismissed)}`,
    );
  });

  describe('focus is never hidden by the banner (WCAG 2.4.11)', () => {
    // 320×256 is 1280×1024 at 400% zoom (WCAG 1.4.10): the banner must still leave room.
    const cases = [
      ...[
        { width: 1280, height: 800 },
        { width: 320, height: 640 },
        { width: 320, height: 256 },
      ].map((viewport) => ({ position: 'bottom', viewport })),
      ...['top', 'bottom-start', 'bottom-end'].flatMap((position) =>
        [
          { width: 1280, height: 800 },
          { width: 320, height: 640 },
        ].map((viewport) => ({ position, viewport })),
      ),
    ];
    for (const { position, viewport } of cases) {
      it(`position="${position}": Tab through every link at ${viewport.width}×${viewport.height}`, async (t) => {
        const { page } = await bannerPage(t, viewport, `?position=${position}`);
        assert.equal(await page.locator('consent-banner').getAttribute('position'), position);
        // Links as wide as the text column: a corner banner is across their path at any width.
        await page.addStyleTag({ content: '.content-link { display: block; }' });
        await settle(page);
        const links = await page.evaluate(() => document.querySelectorAll('a[href]').length);
        const seen = new Set();
        const hidden = [];
        let worst = { overlap: 0 };
        for (let i = 0; i < links + 10 && seen.size < links; i++) {
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            let el = document.activeElement;
            while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
            const banner = document.querySelector('consent-banner');
            const box = banner.shadowRoot.querySelector('.banner');
            if (!el || el === document.body || !box) return null;
            if (banner.contains(el) || banner.shadowRoot.contains(el)) return null;
            const intersect = (a, b) => ({
              left: Math.max(a.left, b.left),
              right: Math.min(a.right, b.right),
              top: Math.max(a.top, b.top),
              bottom: Math.min(a.bottom, b.bottom),
            });
            const area = (a) => Math.max(0, a.right - a.left) * Math.max(0, a.bottom - a.top);
            const r = el.getBoundingClientRect();
            const b = box.getBoundingClientRect();
            // What of the element the viewport shows, and how much of that the banner covers.
            const shown = intersect(r, { left: 0, top: 0, right: innerWidth, bottom: innerHeight });
            const onScreen = area(shown) > 0;
            return {
              id: el.id || el.textContent.trim(),
              overlap: onScreen ? area(intersect(shown, b)) / area(shown) : 1,
              onScreen,
              rect: [r.top, r.bottom].map(Math.round),
              banner: [b.top, b.bottom].map(Math.round),
            };
          });
          if (!focus) continue;
          seen.add(focus.id);
          if (focus.overlap >= 0.999 || !focus.onScreen) hidden.push(focus);
          if (focus.overlap > worst.overlap) worst = focus;
        }
        assert.equal(seen.size, links, `Tab reached ${seen.size} of ${links} links`);
        assert.equal(
          hidden.length,
          0,
          `${hidden.length} of ${links} focused links entirely hidden, e.g. ${JSON.stringify(hidden.slice(0, 3))}`,
        );
        if (worst.overlap) t.diagnostic(`worst partial overlap: ${JSON.stringify(worst)}`);
        assert.equal(
          worst.overlap,
          0,
          `a focused link is partly under the banner (${Math.round(worst.overlap * 100)}%): ${JSON.stringify(worst)}`,
        );
      });
    }
  });

  describe('keyboard', () => {
    it('Tab reaches "Reject all", its focus is visible, Enter refuses, focus is kept', async (t) => {
      const { page } = await bannerPage(t, { width: 1280, height: 800 });
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(
          () =>
            document
              .querySelector('consent-banner')
              .shadowRoot.activeElement?.getAttribute('part') === 'button reject-button',
        );
      }
      assert.ok(reached, 'Tab never reached "Reject all"');

      // A visible focus indicator, at 3:1 against what surrounds the button (COMPLIANCE 28).
      const ring = await bannerButton(page, 'reject').evaluate((el) => {
        const s = getComputedStyle(el);
        const box = el.closest('.banner');
        return {
          style: s.outlineStyle,
          width: parseFloat(s.outlineWidth),
          color: s.outlineColor,
          around: getComputedStyle(box).backgroundColor,
        };
      });
      assert.notEqual(ring.style, 'none', 'no focus outline on "Reject all"');
      assert.ok(ring.width >= 2, `focus outline ${ring.width}px thin`);
      const ratio = contrast(parseColor(ring.color), parseColor(ring.around));
      assert.ok(ratio >= 3, `focus outline contrast ${ratio.toFixed(2)}:1 < 3:1`);

      await page.keyboard.press('Enter');
      await page.locator('consent-banner').waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => window.consent.state.method), 'reject-all');
      const focus = await deepFocus(page);
      assert.ok(focus.tag !== 'BODY' && focus.tag !== null, `focus lost to ${focus.tag}`);
      assert.ok(focus.visible, `focus went to an invisible element: ${JSON.stringify(focus)}`);
    });

    it('after deciding, focus goes back to the element focused before the banner', async (t) => {
      const { page } = await bannerPage(t, { width: 1280, height: 800 });
      // The banner comes first in the document: Shift+Tab from the first link enters it.
      await page.locator('#first-link').focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      const part = await page.evaluate(() =>
        document.querySelector('consent-banner').shadowRoot.activeElement?.getAttribute('part'),
      );
      assert.equal(part, 'button reject-button');
      await page.keyboard.press('Enter');
      await page.locator('consent-banner').waitFor({ state: 'hidden' });
      const focus = await deepFocus(page);
      assert.equal(focus.id, 'first-link', `focus is on ${JSON.stringify(focus)}`);
    });
  });

  describe('after a decision, the page stays where the visitor is', () => {
    for (const [how, choose] of [
      ['a mouse click on Accept all', (page) => bannerButton(page, 'accept').click()],
      [
        'Customize, then Save in the dialog',
        async (page) => {
          await bannerButton(page, 'customize').click();
          await page.locator('consent-preferences [part~="save-button"]').click();
        },
      ],
    ]) {
      it(`${how} scrolls nothing, even with the preferences link far below`, async (t) => {
        const { page } = await bannerPage(t, { width: 1280, height: 800 });
        await page.evaluate(() => {
          const spacer = document.createElement('div');
          spacer.style.height = '5000px';
          document.querySelector('#prefs-link').before(spacer);
        });
        await choose(page);
        await page.locator('consent-banner').waitFor({ state: 'hidden' });
        await settle(page);
        assert.equal(await page.evaluate(() => window.consent.state.decided), true);
        assert.equal(await page.evaluate(() => scrollY), 0, 'the page scrolled away');
      });
    }
  });

  describe('equal prominence (COMPLIANCE A.1, A.2)', () => {
    it('the modal banner opens with no choice pre-selected: no decision button has focus', async (t) => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
      t.after(() => context.close());
      const page = await context.newPage();
      await openPage(page, `${env.url}${PAGE}?modal`);
      await page.locator('consent-banner dialog.banner').waitFor({ state: 'visible' });
      await settle(page);
      const focus = await page.evaluate(() => {
        const root = document.querySelector('consent-banner').shadowRoot;
        const el = root.activeElement;
        return {
          inDialog: !!el && root.querySelector('dialog').contains(el),
          part: el?.getAttribute('part') ?? null,
          ring: !!el?.matches(':focus-visible'),
        };
      });
      // Focus belongs in the modal dialog (it blocks the page)...
      assert.ok(focus.inDialog, 'focus is outside the modal banner');
      // ...but not on one of the answers: a ring on "Accept all" singles it out, and Enter accepts.
      assert.ok(
        !/(accept|reject|customize)-button/.test(focus.part ?? ''),
        `"${focus.part}" is focused${focus.ring ? ' with a visible ring' : ''} when the modal banner opens`,
      );
    });

    for (const colorScheme of ['light', 'dark']) {
      it(`accept, reject and customize look the same, text ≥ 4.5:1 (${colorScheme})`, async (t) => {
        const context = await env.browser.newContext({
          viewport: { width: 1280, height: 800 },
          colorScheme,
        });
        t.after(() => context.close());
        const page = await context.newPage();
        await openPage(page, `${env.url}${PAGE}`);
        await page.locator('consent-banner .banner').waitFor({ state: 'visible' });
        await page.emulateMedia({ colorScheme });
        await settle(page);
        const styles = {};
        for (const name of BUTTONS) {
          styles[name] = await bannerButton(page, name).evaluate(buttonLook);
        }
        // Sibling buttons of one element type (A.1).
        assert.deepEqual(
          BUTTONS.map((n) => styles[n].tag),
          ['BUTTON', 'BUTTON', 'BUTTON'],
        );
        assert.equal(new Set(BUTTONS.map((n) => styles[n].parent)).size, 1, 'not siblings');
        for (const name of ['reject', 'customize']) {
          for (const key of Object.keys(styles.accept.look)) {
            assert.equal(
              styles[name].look[key],
              styles.accept.look[key],
              `${name} differs from accept in ${key}`,
            );
          }
        }
        for (const name of BUTTONS) {
          const { color, backgrounds } = styles[name];
          const ratio = contrast(parseColor(color), flatten(backgrounds));
          assert.ok(
            ratio >= 4.5,
            `${name} text contrast ${ratio.toFixed(2)}:1 < 4.5:1 (${colorScheme})`,
          );
        }
        // The dark scheme really is dark (the test would otherwise check light twice).
        const surface = flatten(
          await page.evaluate(() => {
            const box = document
              .querySelector('consent-banner')
              .shadowRoot.querySelector('.banner');
            return [getComputedStyle(box).backgroundColor];
          }),
        );
        const lum = luminance(surface);
        assert.ok(
          colorScheme === 'dark' ? lum < 0.2 : lum > 0.5,
          `surface ${surface} in ${colorScheme}`,
        );
      });
    }
  });
});

// ---- helpers ----

function bannerButton(page, name) {
  return page.locator(`consent-banner [part~="${name}-button"]`);
}

/** Two animation frames and a short pause: resize observers and re-renders have run. */
async function settle(page) {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
  await page.waitForTimeout(100);
}

function total(shifts) {
  return shifts.reduce((sum, s) => sum + s.value, 0);
}

/** Where focus is, looking into shadow roots. */
function deepFocus(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return { tag: null };
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName,
      id: el.id,
      text: el.textContent.trim().slice(0, 40),
      visible: r.width > 0 && r.height > 0 && el.checkVisibility(),
    };
  });
}

/** Every banner button and text block whose content does not fit its box. */
function clipping(page) {
  return page.evaluate(() => {
    const root = document.querySelector('consent-banner').shadowRoot;
    const box = root.querySelector('.banner');
    const clipped = [];
    for (const el of root.querySelectorAll('button, .title, .message, .actions')) {
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        clipped.push({
          part: el.getAttribute('part'),
          scroll: [el.scrollWidth, el.scrollHeight],
          client: [el.clientWidth, el.clientHeight],
        });
      }
    }
    if (box.scrollWidth > box.clientWidth + 1) {
      clipped.push({
        part: 'banner (horizontal)',
        scroll: box.scrollWidth,
        client: box.clientWidth,
      });
    }
    const rect = box.getBoundingClientRect();
    if (rect.bottom > innerHeight + 1 || rect.top < -1) {
      clipped.push({ part: 'banner outside the viewport', top: rect.top, bottom: rect.bottom });
    }
    return {
      clipped,
      pageWidth: document.documentElement.scrollWidth,
      buttonFontSize: getComputedStyle(root.querySelector('button')).fontSize,
    };
  });
}
