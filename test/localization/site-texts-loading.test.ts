import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElements } from '../../src/elements.js';
import type { ConsentBanner } from '../../src/components/consent-banner/consent-banner.js';
import type { ConsentGate } from '../../src/components/consent-gate/consent-gate.js';
import { freshPageStore, resetEnvironment } from '../helpers.js';

defineElements();

// A file of its own: the code that checks the site's texts is fetched once per page, on
// the first element that needs it. These tests see that first fetch.
describe('the site’s own words, while the code that checks them loads', () => {
  afterEach(resetEnvironment);

  it('the banner and a gate never show the library’s words in their place', async () => {
    await freshPageStore({
      categories: [{ id: 'video' }],
      texts: {
        en: { 'consent.banner.title': 'Our cookies', 'consent.gate.loadOnce': 'Play once' },
      },
    });
    const seen: string[] = [];
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const banner = document.createElement('consent-banner') as ConsentBanner;
    const gate = document.createElement('consent-gate') as ConsentGate;
    gate.category = 'video';
    gate.src = 'https://www.youtube.com/embed/abc';
    const note = () => {
      for (const root of [banner.shadowRoot!, gate.shadowRoot!]) {
        const shown = root.querySelector('[part~="title"], [part~="load-button"]');
        if (shown && !(!banner.matches(':state(shown)') && root === banner.shadowRoot)) {
          seen.push(shown.textContent!.trim());
        }
      }
    };
    const observer = new MutationObserver(note);
    for (const root of [banner.shadowRoot!, gate.shadowRoot!]) {
      observer.observe(root, { subtree: true, childList: true, characterData: true });
    }
    observer.observe(banner, { attributes: true });
    holder.append(banner, gate);
    await waitUntil(
      () => banner.matches(':state(shown)') && seen.includes('Our cookies'),
      'the site’s title',
    );
    await waitUntil(() => seen.includes('Play once'), 'the site’s button');
    observer.disconnect();
    expect(seen).not.to.include('Cookies and your privacy');
    expect(seen).not.to.include('Load once');
  });
});
