import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeRecord, encodeRecord, type ConsentRecord } from '../../src/store/record.js';

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/);
const record: fc.Arbitrary<ConsentRecord> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{16}$/),
  revision: fc.integer({ min: 1, max: 1_000_000 }),
  // Up to 15 digits (the year 33658), as the cookie format allows; Date's own limit is 8.64e15.
  decidedAt: fc.integer({ min: 1, max: 999_999_999_999_999 }),
  method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'gate', 'gpc', 'api'),
  decided: fc.boolean(),
  gpc: fc.boolean(),
  categories: fc.dictionary(id, fc.boolean(), { maxKeys: 8 }),
  services: fc.dictionary(id, fc.boolean(), { maxKeys: 8 }),
});

describe('consent cookie encoding', () => {
  it('round-trips every record', () => {
    fc.assert(
      fc.property(record, (r) => {
        expect(decodeRecord(encodeRecord(r))).to.deep.equal(r);
      }),
    );
  });

  it('writes only cookie-safe characters', () => {
    fc.assert(
      fc.property(record, (r) => {
        expect(encodeRecord(r)).to.match(/^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]+$/);
      }),
    );
  });

  it('never throws on arbitrary input, and decodes only exact encodings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        const decoded = decodeRecord(value);
        if (decoded !== null) expect(encodeRecord(decoded)).to.equal(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects every damaged encoding of a record: nothing garbled can grant', () => {
    fc.assert(
      fc.property(record, fc.nat(), fc.string({ minLength: 1, maxLength: 3 }), (r, at, junk) => {
        const value = encodeRecord(r);
        const i = at % value.length;
        const damaged = value.slice(0, i) + junk + value.slice(i + 1);
        const decoded = decodeRecord(damaged);
        // Either refused, or an exact, canonical encoding of some record.
        if (decoded !== null) expect(encodeRecord(decoded)).to.equal(damaged);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects unsorted or repeated ids, which encodeRecord never writes', () => {
    const base = 'v=1&id=abcdefghij012345&r=1&t=1700000000000&m=c&d=1&gpc=0';
    expect(decodeRecord(`${base}&c=analytics:1|marketing:0&s=`)).not.to.equal(null);
    expect(decodeRecord(`${base}&c=marketing:0|analytics:1&s=`)).to.equal(null);
    expect(decodeRecord(`${base}&c=analytics:1|analytics:0&s=`)).to.equal(null);
    expect(decodeRecord(`${base}&c=analytics:2&s=`)).to.equal(null);
    expect(decodeRecord(`${base}&c=__proto__:1&s=`)).to.equal(null);
  });
});
