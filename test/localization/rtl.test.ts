import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '../engine.js';
import { defineElements } from '../../src/elements.js';
import type { ConsentBanner } from '../../src/components/consent-banner/consent-banner.js';
import type { ConsentPreferences } from '../../src/components/consent-preferences/consent-preferences.js';
import type { ConsentGate } from '../../src/components/consent-gate/consent-gate.js';
import { freshPageStore, resetEnvironment } from '../helpers.js';

defineElements();

const CONFIG = {
  categories: [
    {
      id: 'analytics',
      cookies: [
        {
          name: '_ga',
          provider: 'Google',
          expiry: { en: '13 months', fr: '13 mois' },
        },
      ],
    },
    { id: 'video', services: [{ id: 'youtube', label: 'YouTube (EU)' }] },
  ],
};

const part = (el: HTMLElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const rect = (el: Element) => el.getBoundingClientRect();

/** Waits until an element's content is rendered in `lang` (its locale module loaded). */
async function inLanguage(el: HTMLElement, partName: string, lang: string): Promise<HTMLElement> {
  await waitUntil(() => part(el, partName)?.getAttribute('lang') === lang, `rendered in ${lang}`);
  return part(el, partName);
}

for (const lang of ['ar', 'he']) {
  describe(`right-to-left: ${lang}`, () => {
    before(() => setViewport({ width: 1200, height: 800 }));
    afterEach(resetEnvironment);

    it('the banner lays out right to left, its first action at the inline start (the right)', async () => {
      await freshPageStore(CONFIG);
      const el = await fixture<ConsentBanner>(html`<consent-banner lang=${lang}></consent-banner>`);
      const box = await inLanguage(el, 'banner', lang);
      expect(box.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(box).direction).to.equal('rtl');
      const [accept, reject, customize] = ['accept', 'reject', 'customize'].map((name) =>
        rect(part(el, `${name}-button`)),
      );
      // One row at this width: Accept, then Reject, then Customize, from right to left.
      expect(accept.top).to.equal(reject.top);
      expect(accept.left).to.be.greaterThan(reject.right - 1);
      expect(reject.left).to.be.greaterThan(customize.right - 1);
      await expect(el).to.be.accessible();
    });

    it('the dialog mirrors: close button, switches and cookie table', async () => {
      const store = await freshPageStore(CONFIG);
      const el = await fixture<ConsentPreferences>(
        html`<consent-preferences lang=${lang}></consent-preferences>`,
      );
      store.openPreferences();
      const dialog = await inLanguage(el, 'dialog', lang);
      expect(getComputedStyle(dialog).direction).to.equal('rtl');
      // The close button at the inline end of the header: the left.
      expect(rect(part(el, 'close-button')).right).to.be.lessThan(rect(part(el, 'title')).left);
      // A switch turned on moves its knob to the inline end: the left.
      const toggle = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-id="analytics"]')!;
      toggle.click();
      await el.updateComplete;
      await Promise.all(toggle.getAnimations({ subtree: true }).map((a) => a.finished));
      const knob = getComputedStyle(toggle, '::before');
      expect(parseFloat(knob.right)).to.be.greaterThan(parseFloat(knob.left));
      // The switch sits at the inline end of its row, the left; the label at the right.
      const label = el.shadowRoot!.querySelector('label[for="c-analytics"]')!;
      expect(rect(toggle).right).to.be.lessThan(rect(label).left);
      el.shadowRoot!.querySelector('details')!.open = true;
      await el.updateComplete;
      const [first, second] = el.shadowRoot!.querySelectorAll('th');
      expect(rect(first).left).to.be.greaterThan(rect(second).left);
      expect(getComputedStyle(first).textAlign).to.equal('start');
      // A cookie's name is code: left to right; a text of the configuration is isolated,
      // and marked English when the map has no text in the dialog's language.
      const cells = el.shadowRoot!.querySelectorAll('tbody td');
      expect(cells[0].querySelector('[dir="ltr"]')!.textContent).to.equal('_ga');
      const expiry = cells[3].querySelector('bdi')!;
      expect([expiry.textContent, expiry.lang]).to.deep.equal(['13 months', 'en']);
      expect(cells[1].querySelector('bdi')!.hasAttribute('lang')).to.equal(false);
      // The list of services is indented from its rule at the inline start (the right).
      const services = el.shadowRoot!.querySelector('.services')!;
      const service = services.querySelector('li')!;
      expect(rect(services).right - rect(service).right).to.be.greaterThan(8);
      await expect(el).to.be.accessible();
    });

    it('the gate’s panel mirrors', async () => {
      await freshPageStore(CONFIG);
      const el = await fixture<ConsentGate>(
        html`<consent-gate
          lang=${lang}
          category="video"
          title="Video"
          src="https://www.youtube.com/watch?v=abc"
        ></consent-gate>`,
      );
      const placeholder = await inLanguage(el, 'placeholder', lang);
      expect(getComputedStyle(placeholder).direction).to.equal('rtl');
      // Names filled into the right-to-left sentence are isolated (FSI … PDI).
      expect(part(el, 'message').textContent).to.contain('\u2068YouTube\u2069');
      const [load, allow] = [rect(part(el, 'load-button')), rect(part(el, 'allow-button'))];
      if (load.top === allow.top) expect(load.left).to.be.greaterThan(allow.right - 1);
      else expect(load.right).to.be.closeTo(allow.right, 1);
      await expect(el).to.be.accessible();
    });
  });
}
