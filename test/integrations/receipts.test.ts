import { expect, waitUntil } from '@open-wc/testing';
import {
  captureConsole,
  cookieValue,
  freshStore,
  resetEnvironment,
  stub,
  port,
} from '../helpers.js';

describe('receipts', () => {
  afterEach(resetEnvironment);

  it('keeps one receipt per decision, newest first, with the consent id of the cookie', async () => {
    const store = await freshStore({ revision: 2, categories: [{ id: 'analytics' }] });
    store.acceptAll();
    await new Promise((r) => setTimeout(r, 2));
    store.update({ analytics: false });
    const history = await store.history();
    expect(history.map((r) => r.method)).to.deep.equal(['custom', 'accept-all']);
    const [latest] = history;
    expect(Object.keys(latest).sort()).to.deep.equal(
      [
        'categories',
        'decidedAt',
        'gpc',
        'id',
        'locale',
        'method',
        'revision',
        'services',
        'textHash',
      ].sort(),
    );
    expect(latest.id).to.equal(/id=([a-z0-9]+)/.exec(cookieValue()!)![1]);
    expect(history[1].id).to.equal(latest.id);
    expect(latest.revision).to.equal(2);
    expect(latest.categories).to.deep.equal({ necessary: true, analytics: false });
    expect(latest.decidedAt).to.equal(store.state.decidedAt);
    expect(latest.gpc).to.equal(false);
    expect(latest.locale).to.be.a('string').and.not.equal('');
    expect(latest.textHash).to.match(/^sha256:[0-9a-f]{64}$/);
  });

  it('orders receipts written in the same millisecond as they were written, newest first', async () => {
    for (let round = 0; round < 5; round++) {
      const store = await freshStore({ categories: [{ id: 'analytics' }] });
      const now = Date.now();
      stub(Date, 'now', { value: () => now, writable: true });
      store.acceptAll();
      store.withdraw();
      store.rejectAll();
      const methods = (await store.history()).map((r) => r.method);
      expect(methods, `round ${round}`).to.deep.equal(['reject-all', 'withdraw', 'accept-all']);
      await resetEnvironment();
    }
  });

  it('hashes the texts the visitor was shown', async () => {
    const store = await freshStore();
    port(store).setShownTexts('fr', ['Nous utilisons des cookies', 'Tout accepter']);
    store.acceptAll();
    const [receipt] = await store.history();
    const bytes = new TextEncoder().encode('Nous utilisons des cookies\nTout accepter');
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    expect(receipt.textHash).to.equal(`sha256:${hex}`);
    expect(receipt.locale).to.equal('fr');
  });

  it('hashes shown texts for the one decision they prove; a later decision by the API, the purposes in English', async () => {
    stub(document.documentElement, 'lang', { value: 'fr' });
    const store = await freshStore({
      categories: [{ id: 'analytics', label: 'Mesure', description: 'Statistiques' }],
    });
    port(store).setShownTexts('fr', ['Nous utilisons des cookies', 'Tout accepter']);
    store.acceptAll();
    store.withdraw();
    store.update({ analytics: true });
    const [updated, withdrawn, accepted] = await store.history();
    expect(accepted.locale).to.equal('fr');
    // Nothing was shown for the two later ones: both hash the purposes' English texts.
    expect([withdrawn.locale, updated.locale]).to.deep.equal(['en', 'en']);
    expect(withdrawn.textHash).to.equal(updated.textHash);
    expect(withdrawn.textHash).to.not.equal(accepted.textHash);
    const english = (await import('../../src/localization/english.js')).englishPurposes(
      port(store).registry,
    );
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(english.join('\n'))),
    );
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    expect(updated.textHash).to.equal(`sha256:${hex}`);
  });

  it('includes the decision that fired consent-change in history() read by its listener', async () => {
    const store = await freshStore();
    const seen = new Promise<number>((resolve) =>
      document.addEventListener(
        'consent-change',
        async () => resolve((await store.history()).length),
        {
          once: true,
        },
      ),
    );
    store.acceptAll();
    expect(await seen).to.equal(1);
  });

  it('records a withdrawal', async () => {
    const store = await freshStore({ categories: [{ id: 'analytics' }] });
    store.acceptAll();
    store.withdraw();
    const [receipt] = await store.history();
    expect(receipt.method).to.equal('withdraw');
    expect(receipt.categories).to.deep.equal({ necessary: true, analytics: false });
  });

  it('sends each receipt to receiptEndpoint as JSON', async () => {
    const sent: { url: string; body: Blob }[] = [];
    stub(navigator, 'sendBeacon', {
      value: (url: string, body: Blob) => sent.push({ url, body }) > 0,
    });
    const store = await freshStore({ receiptEndpoint: '/consent-receipts' });
    store.rejectAll();
    await waitUntil(() => sent.length === 1);
    expect(sent[0].url).to.equal(new URL('/consent-receipts', location.href).href);
    expect(sent[0].body.type).to.equal('application/json');
    const body = JSON.parse(await sent[0].body.text());
    const [receipt] = await store.history();
    expect(body).to.deep.equal(receipt);
  });

  it('keepReceipts: false keeps none in this browser, and still sends each to the endpoint', async () => {
    const sent: Blob[] = [];
    stub(navigator, 'sendBeacon', { value: (_url: string, body: Blob) => sent.push(body) > 0 });
    const store = await freshStore({ keepReceipts: false, receiptEndpoint: '/consent-receipts' });
    store.acceptAll();
    store.rejectAll();
    await waitUntil(() => sent.length === 2);
    expect(JSON.parse(await sent[1].text()).method).to.equal('reject-all');
    expect(await store.history()).to.deep.equal([]);
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.to.include('consent-elements', 'no database is even created');
    // Without an endpoint either, nothing of the receipts' code runs.
    const quiet = await freshStore({ keepReceipts: false });
    quiet.acceptAll();
    expect(await quiet.history()).to.deep.equal([]);
    expect((await indexedDB.databases()).map((db) => db.name)).not.to.include('consent-elements');
  });

  it('keeps receipts outside a secure context (http), with no text hash', async () => {
    // Plain http on a host other than localhost: no crypto.randomUUID, no crypto.subtle.
    stub(crypto, 'randomUUID', { value: undefined });
    stub(crypto, 'subtle', { value: undefined });
    const errors = captureConsole('error');
    const store = await freshStore({ categories: [{ id: 'analytics' }] });
    port(store).setShownTexts('en', ['We use cookies']);
    store.acceptAll();
    await waitUntil(async () => (await store.history()).length === 1, 'the receipt is kept');
    const [receipt] = await store.history();
    expect(receipt.method).to.equal('accept-all');
    expect(receipt.textHash).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('history() answers [] after 5 s when IndexedDB never answers', async () => {
    const errors = captureConsole('error');
    // An open request that never succeeds nor fails.
    stub(indexedDB, 'open', { value: () => ({}) as IDBOpenDBRequest });
    const store = await freshStore({ categories: [{ id: 'analytics' }] });
    store.acceptAll();
    expect(store.granted('analytics')).to.equal(true);
    expect(await store.history()).to.deep.equal([]);
    expect(errors.join()).to.contain('IndexedDB did not answer within 5 s');
  });

  it('works without IndexedDB: the decision still stands', async () => {
    const errors = captureConsole('error');
    stub(window, 'indexedDB', { value: undefined });
    const store = await freshStore({ categories: [{ id: 'analytics' }] });
    store.acceptAll();
    expect(store.granted('analytics')).to.equal(true);
    expect(cookieValue()).to.contain('m=a');
    expect(await store.history()).to.deep.equal([]);
    expect(errors.join()).to.contain('IndexedDB is unavailable');
  });
});
