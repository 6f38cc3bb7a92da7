import { expect } from '@open-wc/testing';
import { captureConsole, resetEnvironment } from '../helpers.js';
import { category } from './purposes.js';
import { privacyPolicy, shownText } from '../../src/store/shown.js';
import { display } from '../../src/store/display.js';
import type { Service } from '../../src/store/registry.js';

/**
 * What a gate shows of a purpose (src/store/shown.ts): each field validated on first use,
 * a bad one reported once and left out, and the tables it does not show left alone.
 */

const service = (shown: Record<string, unknown>): Service => ({
  id: 'yt',
  category: 'video',
  clearCookies: [],
  path: 'categories[1].services[0]',
  shown,
});

describe('shown fields', () => {
  afterEach(resetEnvironment);

  it('takes a string or a map of locale to string, and reports anything else once, naming it', () => {
    const errors = captureConsole('error');
    const item = category('analytics', {
      path: 'categories[2]',
      shown: { label: { EN: 'Audience', 'not a tag': 'x' }, description: 42 },
    });
    expect(shownText(item, 'label')).to.deep.equal({ en: 'Audience' });
    expect(shownText(item, 'description')).to.equal(undefined);
    expect(shownText(item, 'retention')).to.equal(undefined, 'absent');
    expect(errors).to.have.length(2);
    expect(errors[0]).to.contain('"categories[2].label.not a tag"');
    expect(errors[1]).to.contain('"categories[2].description" must be a string or a map');
    // Asked again: the same values, and nothing reported again.
    expect(shownText(item, 'label')).to.deep.equal({ en: 'Audience' });
    expect(shownText(item, 'description')).to.equal(undefined);
    expect(errors).to.have.length(2);
  });

  it('leaves out, and reports, a field whose getter or Proxy throws: nothing is thrown to a render', () => {
    const errors = captureConsole('error');
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('revoked');
        },
      },
    );
    const item = category('analytics', {
      path: 'categories[1]',
      shown: {
        label: {
          get en() {
            throw new Error('boom');
          },
        },
        description: throwing,
        cookies: [
          {
            get name() {
              throw new Error('boom');
            },
          },
        ],
      },
    });
    expect(shownText(item, 'label')).to.equal(undefined);
    expect(shownText(item, 'description')).to.equal(undefined);
    expect(display(item)).to.deep.equal({ cookies: [] });
    expect(errors.map((e) => e.split(':')[0])).to.deep.equal([
      'consent-elements E63',
      'consent-elements E63',
      'consent-elements E63',
    ]);
    expect(errors[0]).to.contain('"categories[1].label" cannot be read');
    expect(errors[2]).to.contain('"categories[1]" cannot be read');
  });

  it('resolves a privacy policy against the page, and refuses one that is not http(s)', () => {
    const errors = captureConsole('error');
    expect(privacyPolicy(service({ privacyPolicy: '/privacy' }))).to.equal(
      new URL('/privacy', location.href).href,
    );
    expect(privacyPolicy(service({ privacyPolicy: 'javascript:alert(1)' }))).to.equal(undefined);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain(
      '"categories[1].services[0].privacyPolicy" must be an http(s) URL',
    );
  });

  it('leaves the tables to the dialog: a bad cookie table is reported only when it is shown', () => {
    const errors = captureConsole('error');
    const warnings = captureConsole('warn');
    const item = category('newsletter', {
      builtin: false,
      path: 'categories[3]',
      shown: { label: 'Newsletter', cookies: 'nl_id' },
    });
    expect(shownText(item, 'label')).to.equal('Newsletter');
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    // The dialog shows it all: the table is reported then, and the label not twice.
    expect(display(item).label).to.equal('Newsletter');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('"categories[3].cookies"');
    expect(warnings).to.deep.equal([
      'consent-elements W02: configuration: "categories[3]" ("newsletter") has no description to show visitors.',
    ]);
  });
});
