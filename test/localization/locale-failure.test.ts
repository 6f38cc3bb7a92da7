import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElements } from '../../src/elements.js';
import type { ConsentBanner } from '../../src/components/consent-banner/consent-banner.js';
import { addPack } from '../../src/localization/locales.js';
import type { MessageId } from '../../src/store/types.js';
import { captureConsole, freshPageStore, resetEnvironment } from '../helpers.js';

defineElements();

// A file of its own: the failing pack stays for the page's other tests.
describe('a language whose texts cannot be loaded', () => {
  afterEach(resetEnvironment);

  it('the banner waits for them, then shows in English, and the failure is reported', async () => {
    const errors = captureConsole('error');
    addPack(
      () => Promise.resolve({ ['consent.test.offline' as MessageId]: 'Offline' }),
      () => Promise.reject(new Error('offline')),
    );
    await freshPageStore({ categories: [{ id: 'analytics' }] });
    const el = await fixture<ConsentBanner>(html`<consent-banner lang="it"></consent-banner>`);
    await waitUntil(() => el.matches(':state(shown)'), 'shown once the load has failed');
    await el.updateComplete;
    const reject = el.shadowRoot!.querySelector('[part~="reject-button"]')!;
    expect(reject.textContent!.trim()).to.equal('Reject all');
    expect(errors.join()).to.contain('E49');
  });
});
