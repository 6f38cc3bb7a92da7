import { expect, waitUntil } from '@open-wc/testing';
import { addToBody, freshStore, resetEnvironment } from '../helpers.js';

/**
 * Google's tags run after Consent Mode's default (COMPLIANCE E.22), on a page without the
 * head script, however the two chunks arrive. A file of its own: the Consent Mode code
 * must not be in this page's module map yet, as on a real page's first load.
 */
describe('Google Consent Mode v2, order', () => {
  afterEach(resetEnvironment);

  it('blocked tags run only once the default is sent, though its code comes later', async () => {
    const calls: unknown[][] = [];
    window.gtag = (...args: unknown[]) => calls.push(args);
    const first = await freshStore({ categories: [{ id: 'analytics' }] });
    first.acceptAll();
    first.disconnect();
    // The script activation code is already here; Consent Mode's is not.
    await import('../../src/integrations/live-script.js');
    addToBody(
      `<script type="text/plain" data-consent="analytics">gtag('config', 'G-TEST')</script>`,
    );
    await freshStore({ googleConsentMode: true, categories: [{ id: 'analytics' }] });
    await waitUntil(() => calls.some((c) => c[0] === 'config'), 'the tag ran');
    expect(calls.map((c) => c[1])).to.deep.equal(['default', 'update', 'G-TEST']);
  });
});
