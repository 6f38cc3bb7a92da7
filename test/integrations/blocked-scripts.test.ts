import { expect, waitUntil } from '@open-wc/testing';
import {
  addToBody,
  captureConsole,
  createStore,
  freshStore,
  nextTask,
  port,
  resetEnvironment,
} from '../helpers.js';

declare global {
  interface Window {
    __ran?: string[];
  }
}

const ran = () => window.__ran ?? [];

describe('blocked scripts', () => {
  afterEach(async () => {
    delete window.__ran;
    await resetEnvironment();
  });

  it('do not run before consent, then run once each, in document order', async () => {
    addToBody(`
      <script type="text/plain" data-consent="analytics">(window.__ran ??= []).push('first')</script>
      <script type="text/plain" data-consent="analytics" src="/test/fixtures/ordered.js"></script>
      <script type="text/plain" data-consent="marketing">(window.__ran ??= []).push('other')</script>
      <script type="text/plain" data-consent="analytics">(window.__ran ??= []).push('last')</script>`);
    const store = await freshStore({ categories: [{ id: 'analytics' }, { id: 'marketing' }] });
    await nextTask();
    expect(ran()).to.deep.equal([]);
    store.update({ analytics: true });
    await waitUntil(() => ran().length === 3, 'the analytics scripts ran');
    expect(ran()).to.deep.equal(['first', 'external', 'last']);
    store.update({ analytics: false });
    store.update({ analytics: true });
    await nextTask();
    expect(ran()).to.deep.equal(['first', 'external', 'last']);
    expect(
      document.querySelectorAll('script[type="text/plain"][data-consent="analytics"]'),
    ).to.have.length(0);
  });

  it('run at load when consent is already stored', async () => {
    const first = await freshStore();
    first.update({ analytics: true });
    first.disconnect();
    addToBody(
      `<script type="text/plain" data-consent="analytics">(window.__ran ??= []).push('stored')</script>`,
    );
    await freshStore();
    await waitUntil(() => ran().length === 1);
    expect(ran()).to.deep.equal(['stored']);
  });

  it('follow a service id as well as a category id', async () => {
    addToBody(
      `<script type="text/plain" data-consent="youtube">(window.__ran ??= []).push('yt')</script>`,
    );
    const store = await freshStore({
      categories: [{ id: 'video', services: [{ id: 'youtube' }] }],
    });
    store.update({ video: true });
    await waitUntil(() => ran().length === 1);
    expect(ran()).to.deep.equal(['yt']);
  });

  it('keep a module a module and carry the nonce over', async () => {
    const holder = addToBody(`
      <script type="text/plain" data-consent="analytics" data-type="module" nonce="abc123" id="mod">
        (window.__ran ??= []).push(typeof import.meta.url);
      </script>`);
    const store = await freshStore();
    store.acceptAll();
    await waitUntil(() => ran().length === 1);
    expect(ran()).to.deep.equal(['string']);
    const live = holder.querySelector<HTMLScriptElement>('#mod')!;
    expect(live.type).to.equal('module');
    expect(live.nonce).to.equal('abc123');
    expect(live.hasAttribute('data-consent-activated')).to.equal(true);
  });

  it('keep modules and external scripts in document order', async () => {
    addToBody(`
      <script type="text/plain" data-consent="analytics" data-type="module">(window.__ran ??= []).push('module 1')</script>
      <script type="text/plain" data-consent="analytics" data-type="module" src="/test/fixtures/ordered-module.js"></script>
      <script type="text/plain" data-consent="analytics">(window.__ran ??= []).push('inline')</script>
      <script type="text/plain" data-consent="analytics" data-type="module">(window.__ran ??= []).push('module 2')</script>
      <script type="text/plain" data-consent="analytics" src="/test/fixtures/ordered.js"></script>`);
    const store = await freshStore();
    store.acceptAll();
    await waitUntil(() => ran().length === 5, 'every script ran');
    expect(ran()).to.deep.equal(['module 1', 'external module', 'inline', 'module 2', 'external']);
  });

  it('run an inline module before the next external script; inline classic scripts after it may run first', async () => {
    addToBody(`
      <script type="text/plain" data-consent="analytics" data-type="module">(window.__ran ??= []).push('module')</script>
      <script type="text/plain" data-consent="analytics">(window.__ran ??= []).push('inline 1')</script>
      <script type="text/plain" data-consent="analytics">(window.__ran ??= []).push('inline 2')</script>
      <script type="text/plain" data-consent="analytics" src="/test/fixtures/ordered.js"></script>`);
    const store = await freshStore();
    store.acceptAll();
    await waitUntil(() => ran().length === 4, 'every script ran');
    // An inline module fires no load event to wait for: where it runs among the inline
    // classic scripts right after it depends on the browser (README). The rest holds.
    const order = ran();
    expect(order.filter((name) => name !== 'module')).to.deep.equal([
      'inline 1',
      'inline 2',
      'external',
    ]);
    expect(order.indexOf('module')).to.be.below(order.indexOf('external'));
  });

  it('do not run when refused again before their turn came; they run if granted once more', async () => {
    addToBody(`
      <script type="text/plain" data-consent="analytics" src="/test/fixtures/ordered.js"></script>
      <script type="text/plain" data-consent="analytics">(window.__ran ??= []).push('inline')</script>`);
    const store = await freshStore();
    store.acceptAll();
    store.rejectAll(); // before the code that turns them live has arrived
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran()).to.deep.equal([]);
    expect(document.querySelectorAll('script[data-consent-activated]')).to.have.length(0);
    store.acceptAll();
    await waitUntil(() => ran().length === 2, 'both ran');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran()).to.deep.equal(['external', 'inline']);
  });

  it('do not run because a gate named their purpose as a service of necessary', async () => {
    addToBody(`
      <script type="text/plain" data-consent="analytics">(window.__ran ??= []).push('analytics')</script>
      <script type="text/plain" data-consent="hotjar">(window.__ran ??= []).push('hotjar')</script>`);
    const store = createStore({ categories: [{ id: 'hotjar' }] });
    // Gates read before the configuration, as the loader reads them from the markup.
    port(store).reference('necessary', 'analytics');
    port(store).reference('necessary', 'hotjar');
    await store.ready;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ran()).to.deep.equal([]);
    expect([store.granted('analytics'), store.granted('hotjar')]).to.deep.equal([false, false]);
  });

  it('handle scripts added to the page later', async () => {
    const store = await freshStore({ categories: [{ id: 'analytics' }, { id: 'marketing' }] });
    store.acceptAll();
    addToBody(
      `<script type="text/plain" data-consent="analytics">(window.__ran ??= []).push('late')</script>`,
    );
    await waitUntil(() => ran().length === 1, 'the late script ran');
    const holder = addToBody(
      `<script type="text/plain" data-consent="marketing">(window.__ran ??= []).push('late-m')</script>`,
    );
    await waitUntil(() => ran().length === 2, 'the late marketing script ran');
    expect(holder.querySelector('script')!.type).to.equal('');
  });

  it('leave a purpose discovered after "Accept all" off: it was never shown', async () => {
    const store = await freshStore();
    store.acceptAll();
    addToBody(
      `<script type="text/plain" data-consent="analytics">(window.__ran ??= []).push('x')</script>`,
    );
    await nextTask();
    expect(store.state.categories.analytics).to.equal(false);
    expect(ran()).to.deep.equal([]);
  });

  it('never run for an id named like a member of every object', async () => {
    captureConsole('warn');
    addToBody(`
      <script type="text/plain" data-consent="__proto__">(window.__ran ??= []).push('proto')</script>
      <script type="text/plain" data-consent="constructor">(window.__ran ??= []).push('constructor')</script>
      <script type="text/plain" data-consent="toString">(window.__ran ??= []).push('toString')</script>`);
    const store = await freshStore({ categories: [{ id: 'analytics' }] });
    await nextTask();
    store.rejectAll();
    store.acceptAll();
    await nextTask();
    expect(ran()).to.deep.equal([]);
  });

  it('register their category for zero configuration', async () => {
    addToBody(`<script type="text/plain" data-consent="analytics">1</script>`);
    const store = await freshStore();
    expect(Object.keys(store.state.categories)).to.deep.equal(['necessary', 'analytics']);
  });
});
