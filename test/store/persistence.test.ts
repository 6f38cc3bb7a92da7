import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElements } from '../../src/elements.js';
import {
  captureConsole,
  cookieValue,
  freshPageStore,
  freshStore,
  resetEnvironment,
  stub,
} from '../helpers.js';

defineElements();

/** Where the decision lives when the browser, or the page, keeps no cookie (src/store/persistence.ts). */

const CONFIG = { categories: [{ id: 'analytics' }, { id: 'marketing' }] };

describe('persistence without cookies', () => {
  afterEach(resetEnvironment);

  it('keeps the choice for the page when the browser refuses cookies', async () => {
    const errors = captureConsole('error');
    stub(document, 'cookie', { get: () => '', set: () => {} });
    const store = await freshStore(CONFIG);
    store.update({ analytics: true });
    expect(store.granted('analytics')).to.equal(true);
    expect(store.state.decided).to.equal(true);
    // Said once the cookie is looked for again, a moment later.
    await waitUntil(() => errors.join().includes('refuses the consent cookie'), 'E39');
    expect(store.state.decided).to.equal(true);
  });

  it('a cookie store that shows a write late (WebKit) is not taken for a refusal', async () => {
    const errors = captureConsole('error');
    // The real cookie, but reads show it as it was until 50 ms after the last write.
    const real = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const read = () => real.get!.call(document) as string;
    let stale = '';
    let visibleAt = 0;
    stub(document, 'cookie', {
      get: () => (performance.now() < visibleAt ? stale : read()),
      set: (value: string) => {
        if (performance.now() >= visibleAt) stale = read();
        visibleAt = performance.now() + 50;
        real.set!.call(document, value);
      },
    });
    const store = await freshStore(CONFIG);
    store.update({ analytics: true });
    expect(store.granted('analytics')).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors.join()).to.not.contain('refuses the consent cookie');
    expect(cookieValue()).to.contain('analytics:1');
    const again = await freshStore(CONFIG);
    expect(again.granted('analytics')).to.equal(true);
  });

  it('says so at load when the page cannot read cookies at all (a sandbox)', async () => {
    const errors = captureConsole('error');
    stub(document, 'cookie', {
      get: () => {
        throw new DOMException('sandboxed', 'SecurityError');
      },
      set: () => {
        throw new DOMException('sandboxed', 'SecurityError');
      },
    });
    const store = await freshStore(CONFIG);
    expect(store.state.decided).to.equal(false);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('refuses the consent cookie "consent"');
    store.rejectAll();
    expect(store.state.decided).to.equal(true);
    expect(errors).to.have.length(1);
  });

  it('a document.cookie that is not a string: a clear error, no exception, a working banner', async () => {
    const errors = captureConsole('error');
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => thrown.push(event.error);
    addEventListener('error', onError);
    stub(document, 'cookie', { get: () => 42, set: () => {} });
    try {
      const store = await freshPageStore(CONFIG);
      expect(store.state.decided).to.equal(false);
      expect(errors.join()).to.contain('refuses the consent cookie "consent"');
      const banner = await fixture(html`<consent-banner></consent-banner>`);
      banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reject-button"]')!.click();
      expect(store.state.decided).to.equal(true, 'the choice applies for the page');
      expect(store.granted('analytics')).to.equal(false);
      expect(thrown).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
    }
  });
});
