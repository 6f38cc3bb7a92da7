// <consent-preferences> in real Chromium, from the keyboard: opened by a
// `[data-consent-open]` link, modal (Tab stays inside), Esc closes without saving and
// gives focus back, Save stores exactly what is shown, and "Saved" is announced
// (COMPLIANCE D.15–D.17, G.26, G.32; CONTRACT §5).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, inLanguage, openPage, setup, watchPage } from './server.mjs';

const PAGE = '/e2e/pages/ui/banner.html';

describe('consent-preferences', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.stop());

  async function newPage(t, query = '') {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    t.after(() => context.close());
    const page = await context.newPage();
    const log = watchPage(page);
    await openPage(page, `${env.url}${PAGE}${query}`);
    return { context, page, log };
  }

  it('opens from a [data-consent-open] link with Enter, keeps Tab inside, Esc closes without saving', async (t) => {
    const { context, page, log } = await newPage(t);
    await page.evaluate(() => window.consent.rejectAll());
    const cookieBefore = await consentCookie(context);
    assert.ok(cookieBefore, 'the refusal was not stored');

    await page.locator('#prefs-link').focus();
    await page.keyboard.press('Enter');
    await waitForModal(page);
    assert.equal(await page.locator('consent-preferences').getAttribute('open'), '');
    // Labelled by its visible title.
    const label = await page.evaluate(() => {
      const root = document.querySelector('consent-preferences').shadowRoot;
      const dialog = root.querySelector('dialog');
      return root.getElementById(dialog.getAttribute('aria-labelledby'))?.textContent.trim();
    });
    assert.equal(label, 'Cookie preferences');

    // Tab goes round the dialog's controls and never reaches the page behind it.
    const inside = await page.evaluate(
      () =>
        [
          ...document
            .querySelector('consent-preferences')
            .shadowRoot.querySelectorAll(
              'dialog :is(button, a[href], input:not([disabled]), summary)',
            ),
        ].length,
    );
    assert.ok(inside >= 8, `only ${inside} focusable controls in the dialog`);
    const visited = new Set();
    const outside = [];
    for (let i = 0; i < inside * 2 + 2; i++) {
      await page.keyboard.press('Tab');
      const focus = await deepFocus(page);
      // Leaving the document for the browser's own UI (body focused) is not a trap, and no page element.
      if (focus.where === 'dialog') visited.add(focus.key);
      else if (focus.tag !== 'BODY') outside.push(focus);
    }
    assert.deepEqual(outside, [], `Tab left the dialog for the page: ${JSON.stringify(outside)}`);
    assert.equal(visited.size, inside, `Tab reached ${visited.size} of ${inside} controls`);

    // Flip a switch, then Esc: nothing is saved.
    await page.locator('consent-preferences input[data-id="analytics"]').focus();
    await page.keyboard.press('Space');
    assert.equal(
      await page.locator('consent-preferences input[data-id="analytics"]').isChecked(),
      true,
    );
    await page.keyboard.press('Escape');
    await waitForClosed(page);
    assert.equal(await consentCookie(context), cookieBefore, 'Esc changed the stored decision');
    assert.equal(await page.evaluate(() => window.consent.granted('analytics')), false);
    assert.equal((await deepFocus(page)).id, 'prefs-link', 'focus did not return to the link');

    // A link naming a category opens the dialog on that category's switch, showing the stored state.
    await page.locator('#analytics-link').focus();
    await page.keyboard.press('Enter');
    await waitForModal(page);
    const focus = await deepFocus(page);
    assert.equal(focus.dataId, 'analytics', `focus is on ${JSON.stringify(focus)}`);
    assert.equal(
      await page.locator('consent-preferences input[data-id="analytics"]').isChecked(),
      false,
      'the dialog kept the unsaved switch instead of the stored state',
    );
    await page.keyboard.press('Escape');
    await waitForClosed(page);
    assert.equal((await deepFocus(page)).id, 'analytics-link');
    assert.deepEqual(log.errors, []);
  });

  it('Save stores exactly what is shown, and the dialog shows it again after a reload', async (t) => {
    const { context, page } = await newPage(t);
    await page.locator('#prefs-link').focus();
    await page.keyboard.press('Enter');
    await waitForModal(page);
    // Switch on: analytics (a purpose) and YouTube alone (a service of the videos purpose).
    for (const id of ['analytics', 'youtube']) {
      await page.locator(`consent-preferences input[data-id="${id}"]`).focus();
      await page.keyboard.press('Space');
    }
    const shown = await switches(page);
    assert.deepEqual(
      Object.keys(shown).filter((id) => shown[id].checked),
      ['necessary', 'analytics', 'youtube'],
    );
    assert.equal(shown.necessary.disabled, true, 'the necessary switch is not disabled');
    await page.locator('consent-preferences [part~="save-button"]').focus();
    await page.keyboard.press('Enter');
    await waitForClosed(page);

    const state = await page.evaluate(() => window.consent.state);
    assert.equal(state.decided, true);
    assert.equal(state.method, 'custom');
    for (const [id, { checked }] of Object.entries(shown)) {
      assert.equal(
        state.categories[id] ?? state.services[id],
        checked,
        `stored ${id} differs from what was shown`,
      );
    }
    assert.ok(await consentCookie(context));

    await page.reload();
    await page.evaluate(() => window.consent.ready);
    assert.equal(await page.locator('consent-banner').isHidden(), true, 'the banner came back');
    await page.locator('#prefs-link').focus();
    await page.keyboard.press('Enter');
    await waitForModal(page);
    assert.deepEqual(await switches(page), shown, 'the reopened dialog shows other choices');
  });

  it('keeps its title and actions in view whatever is scrolled into view (find in page, screen readers)', async (t) => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 320, height: 640 },
    ]) {
      const context = await env.browser.newContext({ viewport });
      t.after(() => context.close());
      const page = await context.newPage();
      await openPage(page, `${env.url}${PAGE}`);
      await page.evaluate(() => window.consent.openPreferences());
      await waitForModal(page);
      const frame = await page.evaluate(() => {
        const root = document.querySelector('consent-preferences').shadowRoot;
        for (const details of root.querySelectorAll('details')) details.open = true;
        const dialog = root.querySelector('dialog');
        const frameOf = () => ({
          scrollTop: dialog.scrollTop,
          overflow: dialog.scrollHeight - dialog.clientHeight,
          headerTop: Math.round(
            root.querySelector('.header').getBoundingClientRect().top -
              dialog.getBoundingClientRect().top,
          ),
          footerGap: Math.round(
            dialog.getBoundingClientRect().bottom -
              root.querySelector('.footer').getBoundingClientRect().bottom,
          ),
        });
        const before = frameOf();
        // What a browser does to show a find-in-page match, or a screen reader its cursor.
        [...root.querySelectorAll('td, .body p')].at(-1).scrollIntoView({ block: 'start' });
        return { before, after: frameOf() };
      });
      const where = `${viewport.width}×${viewport.height}`;
      assert.equal(
        frame.after.scrollTop,
        0,
        `the dialog itself scrolled at ${where}: ${JSON.stringify(frame)}`,
      );
      assert.ok(
        frame.after.headerTop >= 0,
        `the title scrolled away at ${where}: ${JSON.stringify(frame)}`,
      );
      assert.ok(
        frame.after.footerGap <= 2,
        `a gap opened below the actions at ${where}: ${JSON.stringify(frame)}`,
      );
      await context.close();
    }
  });

  it('at 320×640, in every shipped language, every switch sits inside the dialog', async (t) => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
    t.after(() => context.close());
    const page = await context.newPage();
    await openPage(page, `${env.url}${PAGE}`);
    await page.evaluate(() => window.consent.openPreferences());
    await waitForModal(page);
    const outside = [];
    for (const lang of LANGUAGES) {
      await inLanguage(page, 'consent-preferences', 'dialog', lang);
      const ids = await page.evaluate(() => {
        const root = document.querySelector('consent-preferences').shadowRoot;
        const body = root.querySelector('.body').getBoundingClientRect();
        return [...root.querySelectorAll('input[role="switch"], .footer button')]
          .filter((input) => {
            const box = input.getBoundingClientRect();
            return box.right > body.right + 1 || box.left < body.left - 1;
          })
          .map((input) => input.dataset.id ?? input.textContent.trim());
      });
      outside.push(...ids.map((id) => `${lang}: ${id}`));
    }
    assert.deepEqual(outside, []);
  });

  it('at 320×256 (400 % zoom) scrolls as a whole: every switch and action can be reached and used', async (t) => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 256 } });
    t.after(() => context.close());
    const page = await context.newPage();
    await openPage(page, `${env.url}${PAGE}`);
    await page.evaluate(() => window.consent.openPreferences());
    await waitForModal(page);
    const root = page.locator('consent-preferences');
    const targets = [
      ...(await root.locator('input[role="switch"]').all()),
      ...(await root.locator('.footer button').all()),
    ];
    assert.ok(targets.length >= 5, `only ${targets.length} switches and actions`);
    // As a touch or mouse user would: scroll with the wheel over the middle of the
    // screen until each control is in view and nothing covers or clips it.
    const visible = (target) =>
      target.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
        if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) return false;
        const node = el.getRootNode().elementFromPoint(x, y);
        return node === el || el.contains(node);
      });
    await page.mouse.move(160, 128);
    for (const target of targets) {
      let tries = 0;
      while (!(await visible(target)) && tries++ < 60) await page.mouse.wheel(0, 40);
      const name = await target.evaluate((el) => el.dataset.id ?? el.textContent.trim());
      assert.ok(await visible(target), `"${name}" cannot be scrolled into view at 320×256`);
    }
    // The last purpose can be switched on, and Save stores it.
    const last = root.locator('input[role="switch"]:not([disabled])').last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    const id = await last.evaluate((el) => el.dataset.id);
    const save = root.locator('.footer button').first();
    await save.scrollIntoViewIfNeeded();
    await save.click();
    await waitForClosed(page);
    assert.equal(await page.evaluate((id) => window.consent.granted(id), id), true);
  });

  it('announces "Saved" in a role="status" region of its shadow root', async (t) => {
    for (const [lang, text] of [
      ['en', 'Your choices have been saved.'],
      ['fr', 'Vos choix ont été enregistrés.'],
    ]) {
      const { page } = await newPage(t, `?lang=${lang}`);
      await page.evaluate(() => window.consent.openPreferences());
      await waitForModal(page);
      const status = page.locator('consent-preferences').getByRole('status');
      assert.equal(await status.count(), 1, 'no role="status" region');
      assert.equal((await status.textContent()).trim(), '', 'the status speaks before saving');
      await page.locator('consent-preferences [part~="save-button"]').click();
      await waitForClosed(page);
      await page.waitForFunction(
        (expected) =>
          document
            .querySelector('consent-preferences')
            .shadowRoot.querySelector('[role="status"]')
            ?.textContent.includes(expected),
        text,
        { timeout: 3000 },
      );
      // In the accessibility tree: not display:none, not inert, not inside the closed dialog.
      const exposed = await page.evaluate(() => {
        const el = document
          .querySelector('consent-preferences')
          .shadowRoot.querySelector('[role="status"]');
        return el.checkVisibility() && !el.closest('[inert], dialog:not([open])');
      });
      assert.ok(exposed, `the status region is hidden from assistive technologies (${lang})`);
    }
  });
});

// ---- helpers ----

async function consentCookie(context) {
  return (await context.cookies()).find((c) => c.name === 'consent')?.value ?? null;
}

function waitForModal(page) {
  return page.waitForFunction(
    () => document.querySelector('consent-preferences')?.shadowRoot?.querySelector('dialog:modal'),
    null,
    { timeout: 5000 },
  );
}

function waitForClosed(page) {
  return page.waitForFunction(
    () => {
      const el = document.querySelector('consent-preferences');
      return !el.shadowRoot.querySelector('dialog[open]') && !el.hasAttribute('open');
    },
    null,
    { timeout: 5000 },
  );
}

/** Where focus is, looking into shadow roots. */
function deepFocus(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const prefs = document.querySelector('consent-preferences');
    const inDialog = !!el && prefs.shadowRoot.querySelector('dialog').contains(el);
    return {
      tag: el?.tagName ?? null,
      id: el?.id || null,
      dataId: el?.dataset?.id ?? null,
      where: inDialog ? 'dialog' : 'page',
      key: [...prefs.shadowRoot.querySelectorAll('dialog *')].indexOf(el),
      text: el?.textContent.trim().slice(0, 30),
    };
  });
}

/** Every switch of the open dialog: id → { checked, disabled }, in order. */
function switches(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [
        ...document
          .querySelector('consent-preferences')
          .shadowRoot.querySelectorAll('input[role="switch"]'),
      ].map((input) => [input.dataset.id, { checked: input.checked, disabled: input.disabled }]),
    ),
  );
}
