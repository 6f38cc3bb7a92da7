import { expect } from '@open-wc/testing';
import { report } from '../../src/diagnostics/report.js';
import { SENTENCES } from '../../src/diagnostics/sentences.js';
import { captureConsole, resetEnvironment } from '../helpers.js';

describe('console messages', () => {
  afterEach(resetEnvironment);

  it('print the code and the sentence in the development build, with what they name', () => {
    const errors = captureConsole('error');
    report('error', 'E15', 'cookie.domain', { host: 'shop.example' });
    expect(errors).to.deep.equal([
      'consent-elements E15: invalid configuration: "cookie.domain" must be "shop.example" or one of its parent domains; it is ignored.',
    ]);
  });

  it('pass an error along after the message', () => {
    const original = console.warn;
    const calls: unknown[][] = [];
    console.warn = (...args: unknown[]) => calls.push(args);
    try {
      const failure = new Error('no channel');
      report('warn', 'W11', '', {}, failure);
      expect(calls).to.have.length(1);
      expect(calls[0][1]).to.equal(failure);
    } finally {
      console.warn = original;
    }
  });

  it('number errors E and warnings W, each sentence naming only what it is given', () => {
    for (const [code, sentence] of Object.entries(SENTENCES)) {
      expect(code, code).to.match(/^[EW]\d\d$/);
      expect(sentence.trim(), code).to.equal(sentence);
      expect(sentence, code).to.match(/[.!]$/);
      for (const name of sentence.match(/\{\w+\}/g) ?? []) {
        expect(
          [
            '{subject}',
            '{id}',
            '{host}',
            '{field}',
            '{missing}',
            '{placeholders}',
            '{count}',
            '{seconds}',
            '{provider}',
          ],
          `${code} ${name}`,
        ).to.include(name);
      }
    }
  });
});
