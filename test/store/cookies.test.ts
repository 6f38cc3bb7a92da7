import { expect } from '@open-wc/testing';
import { cookieValue, freshStore, resetEnvironment } from '../helpers.js';
import { skipIn } from '../engine.js';

/** Cookie clean-up on withdrawal (src/store/cookies.ts; COMPLIANCE B.10). */

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
