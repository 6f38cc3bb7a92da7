import { expect } from '@open-wc/testing';
import { cookieValue, freshStore, resetEnvironment, storedRecord } from '../helpers.js';
import { encodeRecord, decodeRecord } from '../../src/store/record.js';
import { skipIn } from '../engine.js';

/**
 * Cookie clean-up (src/store/cookies.ts; COMPLIANCE B.10): on a withdrawal, whichever tab
 * made it, and on load for every purpose without consent.
 */

const CONFIG = {
  categories: [
    { id: 'analytics', clearCookies: ['_ga', '_ga_*'] },
    { id: 'video', services: [{ id: 'youtube', label: 'YouTube', clearCookies: ['YSC'] }] },
  ],
};

describe('cookie clean-up', () => {
  afterEach(resetEnvironment);

  it('deletes the declared cookies of a withdrawn purpose, wildcards included', async () => {
    const store = await freshStore(CONFIG);
    store.acceptAll();
    document.cookie = '_ga=GA1.1; Path=/';
    document.cookie = '_ga_ABC123=GS1.1; Path=/';
    document.cookie = 'YSC=x; Path=/';
    document.cookie = 'session=keep; Path=/';
    store.update({ analytics: false });
    expect(cookieValue('_ga')).to.equal(undefined);
    expect(cookieValue('_ga_ABC123')).to.equal(undefined);
    expect(cookieValue('YSC')).to.equal('x');
    expect(cookieValue('session')).to.equal('keep');
    store.withdraw();
    expect(cookieValue('YSC')).to.equal(undefined);
    expect(cookieValue('session')).to.equal('keep');
  });

  it('never deletes the consent cookie, even when a pattern matches it', async () => {
    const store = await freshStore({
      categories: [{ id: 'analytics', clearCookies: ['c*', 'consent'] }],
    });
    document.cookie = 'chart_state=x; Path=/';
    store.rejectAll();
    expect(cookieValue('chart_state')).to.equal(undefined);
    // The refusal just stored stays: the banner does not come back.
    expect(cookieValue()).to.contain('m=r');
    store.withdraw();
    expect(cookieValue()).to.equal(undefined, 'a withdrawal still forgets the decision');
  });

  it('on load, deletes the cookies of every purpose without consent: a decision voided by a new revision, or none', async () => {
    document.cookie = `consent=${storedRecord({ categories: { analytics: true, video: false } })}; Path=/`;
    document.cookie = '_ga=GA1.1; Path=/';
    document.cookie = 'YSC=x; Path=/';
    document.cookie = 'session=keep; Path=/';
    // The same decision under the revision it was made in: its grants and cookies stand.
    const kept = await freshStore(CONFIG);
    expect(kept.state.decided).to.equal(true);
    expect(cookieValue('_ga')).to.equal('GA1.1');
    expect(cookieValue('YSC')).to.equal(undefined, 'videos were never granted');
    kept.disconnect();
    // A new revision voids it: nothing is granted, and what it allowed is deleted.
    await freshStore({ ...CONFIG, revision: 2 });
    expect(cookieValue('_ga')).to.equal(undefined);
    expect(cookieValue('session')).to.equal('keep');
    expect(cookieValue()).to.not.equal(undefined, 'the consent cookie itself stays');
  });

  it('deletes them when a withdrawal or a refusal arrives from another tab', async () => {
    const store = await freshStore(CONFIG);
    store.acceptAll();
    document.cookie = '_ga=GA1.1; Path=/';
    const other = new BroadcastChannel('consent-elements:consent');
    const refusal = { ...decodeRecord(cookieValue())!, decidedAt: Date.now() + 1 };
    refusal.categories = { ...refusal.categories, analytics: false };
    other.postMessage({ value: encodeRecord(refusal), at: refusal.decidedAt });
    await new Promise((resolve) => store.addEventListener('change', resolve, { once: true }));
    expect(store.granted('analytics')).to.equal(false);
    expect(cookieValue('_ga')).to.equal(undefined);
    document.cookie = 'YSC=x; Path=/';
    other.postMessage({ value: null, at: Date.now() + 2 });
    other.close();
    await new Promise((resolve) => store.addEventListener('change', resolve, { once: true }));
    expect(store.state.decided).to.equal(false);
    expect(cookieValue('YSC')).to.equal(undefined);
  });

  it('deletes partitioned (CHIPS) cookies too', async function () {
    skipIn(
      this,
      'webkit',
      'WebKitGTK drops Secure cookies set from document.cookie on http://localhost, where the tests run',
    );
    const store = await freshStore(CONFIG);
    store.acceptAll();
    document.cookie = '_ga_X=1; Secure; SameSite=None; Partitioned; Path=/';
    document.cookie = 'YSC=2; Secure; SameSite=None; Partitioned; Path=/';
    expect(cookieValue('_ga_X')).to.equal('1', 'this browser keeps a partitioned cookie here');
    store.withdraw();
    expect(cookieValue('_ga_X')).to.equal(undefined);
    expect(cookieValue('YSC')).to.equal(undefined);
  });
});
