import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  addToBody,
  captureConsole,
  cookieValue,
  freshStore,
  resetEnvironment,
  setGpc,
  port,
} from '../helpers.js';
import { encodeRecord } from '../../src/store/record.js';

const CONFIG = {
  categories: [
    { id: 'analytics' },
    { id: 'marketing' },
    { id: 'video', services: [{ id: 'youtube' }] },
  ],
};

function storeCookie(
  categories: Record<string, boolean>,
  extra: { gpc?: boolean; method?: 'custom' } = {},
) {
  const value = encodeRecord({
    id: 'abcdefghij012345',
    revision: 1,
    decidedAt: Date.now() - 1000,
    method: extra.method ?? 'accept-all',
    decided: true,
    gpc: extra.gpc ?? false,
    categories,
    services: {},
  });
  document.cookie = `consent=${value}; Path=/`;
}

describe('Global Privacy Control', () => {
  afterEach(resetEnvironment);

  it('denies every non-required purpose with no banner, recorded as gpc', async () => {
    setGpc(true);
    const store = await freshStore(CONFIG);
    expect(store.state.gpc).to.equal(true);
    expect(store.state.decided).to.equal(true);
    expect(store.state.method).to.equal('gpc');
    expect(Object.values(store.state.services)).to.deep.equal([false]);
    expect(store.granted('analytics')).to.equal(false);
    expect(cookieValue()).to.contain('m=p&d=1&gpc=1');
    const [receipt] = await store.history();
    expect(receipt.method).to.equal('gpc');
    expect(receipt.gpc).to.equal(true);
  });

  it('overrides an earlier grant made without the signal', async () => {
    storeCookie({ analytics: true, marketing: true });
    setGpc(true);
    const store = await freshStore(CONFIG);
    expect(store.granted('analytics')).to.equal(false);
    expect(store.granted('marketing')).to.equal(false);
    expect(store.state.method).to.equal('gpc');
  });

  it('lets the dialog and the gates grant: they answer the visitor’s own actions', async () => {
    setGpc(true);
    const store = await freshStore(CONFIG);
    expect(navigator.userActivation.isActive).to.equal(false);
    port(store).decide({ analytics: true }, 'custom', { replaceServices: true }); // the dialog's Save
    port(store).decide({ youtube: true }, 'gate');
    expect(store.granted('analytics')).to.equal(true);
    expect(store.granted('youtube')).to.equal(true);
  });

  it('offers page scripts no named method that grants without a user action', async () => {
    setGpc(true);
    const store = await freshStore(CONFIG);
    expect('decide' in store).to.equal(false);
    // The elements' method records only their own methods: no "accept-all" by the back door.
    port(store).decide({ analytics: true, marketing: true }, 'accept-all' as 'custom');
    expect(store.granted('analytics')).to.equal(false);
    expect(store.state.method).to.equal('gpc');
  });

  // The first test of the file to press a key: a key press gives the page transient
  // user activation for a few seconds, which would let the refused calls through.
  it('refuses acceptAll, and lets update() grant only in answer to a user action', async () => {
    const warnings = captureConsole('warn');
    setGpc(true);
    const store = await freshStore(CONFIG);
    store.acceptAll();
    expect(store.granted('analytics')).to.equal(false);
    expect(warnings.join()).to.contain('acceptAll() is refused');
    expect(navigator.userActivation.isActive).to.equal(false);
    store.update({ analytics: true, marketing: false });
    expect(store.granted('analytics')).to.equal(false);
    expect(store.state.method).to.equal('custom');
    expect(warnings.join()).to.contain('cannot grant "analytics"');
    const button = addToBody('<button>Allow analytics</button>').querySelector('button')!;
    button.addEventListener('click', () => store.update({ analytics: true }));
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(store.granted('analytics')).to.equal(true);
    expect(store.state.gpc).to.equal(true);
    store.disconnect();
    // The explicit choice made under the signal stands on the next page.
    const next = await freshStore(CONFIG);
    expect(next.granted('analytics')).to.equal(true);
    expect(next.state.method).to.equal('custom');
  });

  it('answers a newly configured purpose itself: no banner under the signal', async () => {
    setGpc(true);
    (await freshStore(CONFIG)).disconnect();
    const store = await freshStore({ categories: [...CONFIG.categories, { id: 'social' }] });
    expect(store.state.decided).to.equal(true);
    expect(store.granted('social')).to.equal(false);
  });

  it('a later visit without the signal is not an opt-in', async () => {
    setGpc(true);
    (await freshStore(CONFIG)).disconnect();
    setGpc(false);
    const store = await freshStore(CONFIG);
    expect(store.state.gpc).to.equal(false);
    expect(store.granted('analytics')).to.equal(false);
  });

  it('withdraw under the signal leaves its refusal in force', async () => {
    setGpc(true);
    const store = await freshStore(CONFIG);
    store.update({ analytics: true });
    store.withdraw();
    expect(store.granted('analytics')).to.equal(false);
    expect(store.state.method).to.equal('gpc');
    expect(store.state.decided).to.equal(true);
  });

  it('is ignored with gpc: "ignore"', async () => {
    setGpc(true);
    const store = await freshStore({ ...CONFIG, gpc: 'ignore' });
    expect(store.state.gpc).to.equal(false);
    expect(store.state.decided).to.equal(false);
    store.acceptAll();
    expect(store.granted('analytics')).to.equal(true);
  });

  it('with the signal, only the required purpose is on, whatever was stored', async () => {
    storeCookie({ analytics: true, marketing: true, video: true });
    setGpc(true);
    const store = await freshStore(CONFIG);
    const on = Object.entries({ ...store.state.categories, ...store.state.services })
      .filter(([, granted]) => granted)
      .map(([id]) => id);
    expect(on).to.deep.equal(['necessary']);
  });

  it('is read once per page load', async () => {
    setGpc(false);
    const store = await freshStore(CONFIG);
    setGpc(true);
    store.configure({ revision: 1 });
    expect(store.state.gpc).to.equal(false);
  });

  it('Do Not Track grants nothing and refuses nothing', async () => {
    const { stub } = await import('../helpers.js');
    stub(navigator, 'doNotTrack', { get: () => '1' });
    const store = await freshStore(CONFIG);
    expect(store.state.decided).to.equal(false);
    expect(store.state.gpc).to.equal(false);
  });
});
