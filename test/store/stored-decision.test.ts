import { expect, waitUntil } from '@open-wc/testing';
import { StoredDecision, type Found } from '../../src/store/stored-decision.js';
import { decodeRecord, encodeRecord, type ConsentRecord } from '../../src/store/record.js';
import { category } from './purposes.js';
import { DAY, cookieValue, resetEnvironment, storedRecord } from '../helpers.js';

/**
 * The decision as a tab holds it (src/store/stored-decision.ts), without a store: read
 * from the real cookie, received from another tab on the real channel, and what each
 * reading says to publish.
 */

const CATEGORIES = ['necessary', 'preferences', 'analytics', 'marketing'].map((id) => category(id));

/** A decision another tab made, as it posts it. */
function record(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return decodeRecord(storedRecord({ decidedAt: Date.now(), ...overrides }))!;
}

/** A stored decision judged against a page whose settings a test may change. */
function setUp() {
  const page = { gpc: false, days: 182, revision: 1 };
  const found: Found[] = [];
  const stored: StoredDecision = new StoredDecision(
    () => ({ categories: CATEGORIES, record: stored.record, ...page }),
    (method) => found.push(method),
  );
  opened.push(stored);
  return { stored, found, page };
}

const opened: StoredDecision[] = [];

/** Another tab of the site, on the channel the stored decision listens to. */
function fromAnotherTab(message: { value: string | null; at: number }): void {
  const channel = new BroadcastChannel('consent-elements:consent');
  channel.postMessage(message);
  channel.close();
}

const showAgain = () => dispatchEvent(new PageTransitionEvent('pageshow'));

describe('stored decision', () => {
  afterEach(async () => {
    while (opened.length) opened.pop()!.close();
    await resetEnvironment();
  });

  describe('on load', () => {
    it('takes a valid stored decision, its consent id, and publishes nothing yet', () => {
      document.cookie = `consent=${storedRecord()}; Path=/`;
      const { stored, found } = setUp();
      stored.start();
      expect(found).to.deep.equal([null]);
      expect(stored.record?.categories.analytics).to.equal(true);
      expect(stored.id).to.equal('abcdefghij012345');
    });

    it('holds nothing for a decision under an older revision, or expired, but keeps its id', () => {
      document.cookie = `consent=${storedRecord()}; Path=/`;
      const { stored, found, page } = setUp();
      page.revision = 2;
      stored.start();
      expect(found).to.deep.equal([null]);
      expect(stored.record).to.equal(null);
      expect(stored.id).to.equal('abcdefghij012345');
      document.cookie = `consent=${storedRecord({ decidedAt: Date.now() - 183 * DAY })}; Path=/`;
      page.revision = 1;
      stored.load('config');
      expect(found).to.deep.equal([null, 'config']);
      expect(stored.record).to.equal(null);
    });

    it('under a honoured GPC signal, records the refusal in place of a grant (gpc)', () => {
      document.cookie = `consent=${storedRecord()}; Path=/`;
      const { stored, found, page } = setUp();
      page.gpc = true;
      stored.start();
      expect(found).to.deep.equal(['gpc']);
      expect(stored.record?.method).to.equal('gpc');
      expect(stored.record?.categories.analytics).to.equal(false);
      expect(stored.id).to.equal('abcdefghij012345', 'the same browser');
      expect(decodeRecord(cookieValue())?.method).to.equal('gpc', 'stored');
    });
  });

  describe('shown again', () => {
    it('a cookie changed elsewhere is sync; an unchanged one, config', () => {
      document.cookie = `consent=${storedRecord()}; Path=/`;
      const { stored, found } = setUp();
      stored.start();
      document.cookie = `consent=${storedRecord({ decidedAt: Date.now() - 1000, method: 'reject-all', categories: { analytics: false } })}; Path=/`;
      showAgain();
      expect(found).to.deep.equal([null, 'sync']);
      expect(stored.record?.method).to.equal('reject-all');
      showAgain();
      expect(found).to.deep.equal([null, 'sync', 'config']);
    });

    it('a cookie gone while the decision still stands was withdrawn elsewhere (sync); once expired, config', () => {
      document.cookie = `consent=${storedRecord()}; Path=/`;
      const { stored, found, page } = setUp();
      stored.start();
      document.cookie = 'consent=; Max-Age=0; Path=/';
      showAgain();
      expect(found).to.deep.equal([null, 'sync']);
      expect(stored.record).to.equal(null);

      document.cookie = `consent=${storedRecord()}; Path=/`;
      stored.load('config');
      document.cookie = 'consent=; Max-Age=0; Path=/'; // as the browser does at Max-Age
      page.days = 1; // the decision, a day old, has expired
      showAgain();
      expect(found.at(-1)).to.equal('config');
      expect(stored.record).to.equal(null);
    });

    it('under a honoured GPC signal, applies the refusal without storing it', () => {
      const { stored, found, page } = setUp();
      stored.start();
      page.gpc = true;
      document.cookie = `consent=${storedRecord()}; Path=/`;
      showAgain();
      expect(found).to.deep.equal([null, 'sync']);
      expect(stored.record?.method).to.equal('gpc');
      expect(decodeRecord(cookieValue())?.method).to.equal('accept-all', 'left alone');
    });

    it('not once closed', () => {
      const { stored, found } = setUp();
      stored.start();
      stored.close();
      showAgain();
      expect(found).to.deep.equal([null]);
    });
  });

  describe('other tabs', () => {
    it('takes a newer decision from another tab (sync), and a withdrawal', async () => {
      const { stored, found } = setUp();
      stored.start();
      stored.save(record({ decidedAt: Date.now() - 1000 }));
      const newer = record({ method: 'reject-all', categories: { analytics: false } });
      fromAnotherTab({ value: encodeRecord(newer), at: newer.decidedAt });
      await waitUntil(() => found.length === 2, 'received');
      expect(found).to.deep.equal([null, 'sync']);
      expect(stored.record).to.deep.equal(newer);
      fromAnotherTab({ value: null, at: Date.now() + 1 });
      await waitUntil(() => found.length === 3, 'received');
      expect(found).to.deep.equal([null, 'sync', 'sync']);
      expect(stored.record).to.equal(null);
    });

    it('keeps its own newer decision, and puts it back in the cookie', async () => {
      const { stored, found } = setUp();
      stored.start();
      const own = record();
      stored.save(own);
      const older = record({ decidedAt: own.decidedAt - 1000, method: 'reject-all' });
      document.cookie = `consent=${encodeRecord(older)}; Path=/`; // the other tab wrote it
      fromAnotherTab({ value: encodeRecord(older), at: older.decidedAt });
      await waitUntil(() => cookieValue() === encodeRecord(own), 'the cookie holds ours again');
      expect(found).to.deep.equal([null]);
      expect(stored.record).to.equal(own);
    });

    it('does not take a decision older than its own withdrawal, arriving after it', async () => {
      const { stored, found } = setUp();
      stored.start();
      // Another tab accepted, then this one withdrew before that tab's message arrived.
      const accepted = record({ decidedAt: Date.now() - 10 });
      stored.save(record({ decidedAt: Date.now() - 1000 }));
      stored.clear();
      fromAnotherTab({ value: encodeRecord(accepted), at: accepted.decidedAt });
      // A later message shows the first was delivered and ignored.
      const later = record({ decidedAt: Date.now() + 5, method: 'reject-all' });
      fromAnotherTab({ value: encodeRecord(later), at: later.decidedAt });
      await waitUntil(() => found.length === 2, 'received');
      expect(found).to.deep.equal([null, 'sync']);
      expect(stored.record).to.deep.equal(later);
    });

    it('does not take a decision older than a withdrawal heard from a third tab', async () => {
      const { stored, found } = setUp();
      stored.start();
      stored.save(record({ decidedAt: Date.now() - 1000 }));
      const at = Date.now();
      fromAnotherTab({ value: null, at });
      await waitUntil(() => found.length === 2, 'withdrawal received');
      expect(stored.record).to.equal(null);
      const older = record({ decidedAt: at - 10 });
      fromAnotherTab({ value: encodeRecord(older), at: older.decidedAt });
      const later = record({ decidedAt: at + 5, method: 'reject-all' });
      fromAnotherTab({ value: encodeRecord(later), at: later.decidedAt });
      await waitUntil(() => found.length === 3, 'received');
      expect(stored.record).to.deep.equal(later, 'the older grant was ignored');
    });

    it('gives way, dated ahead of the clock (made while it ran fast), to a withdrawal made now', async () => {
      const { stored, found } = setUp();
      stored.start();
      stored.save(record({ decidedAt: Date.now() + 3_600_000 }));
      fromAnotherTab({ value: null, at: Date.now() });
      await waitUntil(() => found.length === 2, 'received');
      expect(found).to.deep.equal([null, 'sync']);
      expect(stored.record).to.equal(null);
    });

    it('posts the decision in force to them', async () => {
      const { stored } = setUp();
      stored.start();
      const channel = new BroadcastChannel('consent-elements:consent');
      const received: unknown[] = [];
      channel.onmessage = (event) => received.push(event.data);
      const own = record();
      stored.save(own);
      stored.post();
      await waitUntil(() => received.length === 1, 'posted');
      channel.close();
      expect(received[0]).to.deep.equal({ value: encodeRecord(own), at: own.decidedAt });
    });
  });

  describe('deciding', () => {
    it('stamps every decision of this browser with one consent id', () => {
      const { stored } = setUp();
      stored.start();
      const first = stored.stamp();
      expect(first.id).to.match(/^[a-z0-9]{16}$/);
      expect(stored.stamp().id).to.equal(first.id);
      expect(first.now).to.be.closeTo(Date.now(), 1000);
    });

    it('saves to the cookie; clear forgets it, and leaves a GPC signal’s refusal', () => {
      const { stored, page } = setUp();
      stored.start();
      stored.save(record());
      expect(decodeRecord(cookieValue())?.method).to.equal('accept-all');
      stored.clear();
      expect(stored.record).to.equal(null);
      expect(cookieValue()).to.equal(undefined);
      page.gpc = true;
      stored.save(record());
      stored.clear();
      expect(stored.record?.method).to.equal('gpc');
      expect(decodeRecord(cookieValue())?.method).to.equal('gpc');
    });
  });
});
