import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import {
  cookieValue,
  freshStore,
  nextTask,
  resetEnvironment,
  setGpc,
  showAgain,
  storedRecord,
  stub,
} from '../helpers.js';
import { decodeRecord } from '../../src/store/record.js';
import type { ConsentChangeDetail } from '../../src/store/types.js';
import type { ConsentStore } from '../../src/store/consent-store.js';

/**
 * Tabs in step (CONTRACT §2): each decision reaches the other tabs of the site, the
 * newest one stands everywhere, and each tab judges what it receives as it judges the
 * cookie. Two stores on one page are two tabs: they share the cookie and the channel.
 */

const CONFIG = {
  categories: [{ id: 'preferences' }, { id: 'analytics' }, { id: 'marketing' }],
};

/** Lets the tabs' messages cross. */
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await nextTask();
}

/** Waits until two tabs agree with each other and with the cookie (fails if they never do). */
async function agreed(tabA: ConsentStore, tabB: ConsentStore, round: number): Promise<void> {
  await waitUntil(() => {
    const stored = decodeRecord(cookieValue());
    return (
      stored !== null &&
      tabA.state.decidedAt === stored.decidedAt &&
      tabB.state.decidedAt === stored.decidedAt &&
      tabA.state.method === stored.method &&
      tabB.state.method === stored.method
    );
  }, `round ${round}: the tabs and the cookie agree`);
}

describe('tabs in step', () => {
  afterEach(resetEnvironment);

  it('a decision in one tab reaches the other at once, as method sync', async () => {
    const tabA = await freshStore(CONFIG);
    const tabB = await freshStore(CONFIG);
    const event = oneEvent(tabB, 'change');
    tabA.update({ analytics: true });
    const detail = (await event).detail as ConsentChangeDetail;
    expect(detail.method).to.equal('sync');
    expect(detail.changed).to.deep.equal(['analytics']);
    expect(tabB.granted('analytics')).to.equal(true);
    expect(tabB.state.decidedAt).to.equal(tabA.state.decidedAt);
    const withdrawn = oneEvent(tabB, 'change');
    tabA.withdraw();
    await withdrawn;
    expect(tabB.state.decided).to.equal(false);
    expect(tabB.granted('analytics')).to.equal(false);
  });

  it('two tabs deciding in the same millisecond end alike, with the cookie, every time', async () => {
    for (let round = 0; round < 6; round++) {
      const tabA = await freshStore(CONFIG);
      const tabB = await freshStore(CONFIG);
      const now = Date.now();
      stub(Date, 'now', { value: () => now, writable: true });
      // Either order of the two calls: the same decision must stand.
      if (round % 2) {
        tabA.rejectAll();
        tabB.acceptAll();
      } else {
        tabB.acceptAll();
        tabA.rejectAll();
      }
      await agreed(tabA, tabB, round);
      await settle(); // and stay so
      const stored = decodeRecord(cookieValue());
      expect(tabA.state, `round ${round}`).to.deep.equal(tabB.state);
      expect(tabA.state.decidedAt).to.equal(stored!.decidedAt);
      expect(tabA.state.categories.analytics).to.equal(stored!.categories.analytics);
      await resetEnvironment();
    }
  });

  it('the newest decision stands, whichever message arrives last', async () => {
    const tabA = await freshStore(CONFIG);
    const tabB = await freshStore(CONFIG);
    let now = Date.now();
    stub(Date, 'now', { value: () => now, writable: true });
    tabB.acceptAll(); // earlier
    now += 1000;
    tabA.rejectAll(); // newer, written to the cookie last
    await settle();
    expect(tabB.state.method).to.equal('reject-all');
    expect(tabA.state.method).to.equal('reject-all');
    // WebKit may read back the previous of two cookies written in a row for a few
    // milliseconds (longer on a busy machine: its cookie store is another process):
    // what counts is the value the cookie settles on.
    await waitUntil(
      () => decodeRecord(cookieValue())?.method === 'reject-all',
      'the cookie holds the newest decision',
      { timeout: 3000 },
    );
  });

  it('judges a decision received as it judges the cookie: another revision is void', async () => {
    const older = await freshStore(CONFIG);
    const newer = await freshStore({ ...CONFIG, revision: 2 });
    older.acceptAll(); // made under revision 1
    await settle();
    expect(newer.state.decided).to.equal(false);
    expect(newer.granted('analytics')).to.equal(false);
  });

  it('a tab honouring GPC grants nothing by another tab’s "Accept all", nor overwrites it', async () => {
    setGpc(true);
    const gpcTab = await freshStore(CONFIG);
    setGpc(false);
    const plainTab = await freshStore(CONFIG);
    expect(gpcTab.state.gpc).to.equal(true);
    plainTab.acceptAll();
    await settle();
    expect(gpcTab.granted('analytics')).to.equal(false);
    expect(plainTab.granted('analytics')).to.equal(true);
    // WebKit may read back the previous of two cookies written in a row (the GPC tab's
    // refusal, stored at load) for a few milliseconds: what counts is where it settles.
    await waitUntil(
      () => decodeRecord(cookieValue())?.method === 'accept-all',
      'the cookie holds the other tab’s "Accept all"',
      { timeout: 3000 },
    );
    const accepted = cookieValue();
    // Shown again: it re-reads the cookie, refuses for itself, and writes nothing.
    dispatchEvent(new PageTransitionEvent('pageshow'));
    await settle();
    expect(gpcTab.granted('analytics')).to.equal(false);
    expect(cookieValue()).to.equal(accepted, 'the other tab’s choice is left alone');
    expect(plainTab.granted('analytics')).to.equal(true);
  });

  it('a decision written to the cookie elsewhere arrives as sync when the page is shown', async () => {
    const store = await freshStore(CONFIG);
    const quiet: string[] = [];
    store.addEventListener('change', (event) => quiet.push(event.detail.method));
    dispatchEvent(new PageTransitionEvent('pageshow'));
    expect(quiet).to.deep.equal([]);
    // A tab on another subdomain sharing the cookie (BroadcastChannel does not reach it).
    document.cookie = `consent=${storedRecord({ decidedAt: Date.now() })}; Path=/`;
    const detail = await showAgain(store);
    expect(detail.method).to.equal('sync');
    expect(detail.changed).to.deep.equal(['preferences', 'analytics']);
    expect(store.state.decided).to.equal(true);
  });

  it('ignores messages that are not decisions', async () => {
    const tab = await freshStore(CONFIG);
    const channel = new BroadcastChannel('consent-elements:consent');
    channel.postMessage({ value: 'v=1&c=analytics:1' });
    channel.postMessage('nonsense');
    await settle();
    channel.close();
    expect(tab.granted('analytics')).to.equal(false);
  });
});
