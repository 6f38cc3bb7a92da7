import { expect } from '@open-wc/testing';
import { captureConsole, resetEnvironment } from '../helpers.js';
import { validateConfig, type Valid } from '../../src/store/config.js';
import { Registry } from '../../src/store/registry.js';
import type { CategoryConfig } from '../../src/store/types.js';

/**
 * The known purposes (src/store/registry.ts), without a store: `necessary` first, then
 * the configured ones, then those the page references (gates, blocked scripts, the API).
 */

/** The categories of a configuration, as the store hands them to the registry. */
const configured = (categories: unknown[]) =>
  validateConfig({ categories }).categories as Valid<CategoryConfig>[];

/** A registry as the store leaves it once the configuration is read. */
function registry(categories: unknown[] = []): Registry {
  const known = new Registry();
  known.setConfigured(configured(categories));
  known.quiet = false;
  return known;
}

const ids = (known: Registry) => known.categories.map((c) => c.id);

describe('registry', () => {
  afterEach(resetEnvironment);

  it('puts necessary first, configured or not, then the configured, then the discovered', () => {
    const known = registry([
      { id: 'analytics' },
      { id: 'necessary', label: 'Essentials' },
      { id: 'video' },
    ]);
    expect(known.reference('chat')).to.equal(true);
    expect(ids(known)).to.deep.equal(['necessary', 'analytics', 'video', 'chat']);
    // necessary keeps its configuration where it is moved.
    expect(known.category('necessary')!.shown).to.deep.equal({ label: 'Essentials' });
    expect(registry().categories.map((c) => [c.id, c.required])).to.deep.equal([
      ['necessary', true],
    ]);
  });

  it('holds what decides for each purpose: required, built in, device access, services, cookies', () => {
    const known = registry([
      { id: 'analytics', clearCookies: ['_ga', '_ga_*'] },
      { id: 'security', required: true },
      { id: 'stats', deviceAccess: false },
      { id: 'video', services: [{ id: 'youtube', clearCookies: ['VISITOR_INFO1_LIVE'] }] },
    ]);
    const analytics = known.category('analytics')!;
    expect([analytics.required, analytics.builtin, analytics.discovered]).to.deep.equal([
      false,
      true,
      false,
    ]);
    expect(analytics.clearCookies).to.deep.equal(['_ga', '_ga_*']);
    expect(analytics.path).to.equal('categories[0]');
    expect(known.category('security')!.required).to.equal(true);
    expect(known.category('security')!.builtin).to.equal(false);
    const stats = known.category('stats')!;
    expect([stats.required, stats.deviceAccess]).to.deep.equal([true, false]);
    const youtube = known.service('youtube')!;
    expect(youtube.category).to.equal('video');
    expect(youtube.path).to.equal('categories[3].services[0]');
    expect(youtube.clearCookies).to.deep.equal(['VISITOR_INFO1_LIVE']);
    expect(known.idsOf(known.category('video')!)).to.deep.equal(['video', 'youtube']);
  });

  it('tells categories from services, and knows neither an unknown id nor an Object name', () => {
    const known = registry([{ id: 'video', services: [{ id: 'youtube' }] }]);
    expect(known.category('youtube')).to.equal(undefined);
    expect(known.service('video')).to.equal(undefined);
    expect([known.has('video'), known.has('youtube'), known.has('maps')]).to.deep.equal([
      true,
      true,
      false,
    ]);
    for (const name of ['constructor', 'toString', '__proto__']) {
      expect(known.has(name), name).to.equal(false);
      expect(known.category(name), name).to.equal(undefined);
    }
  });

  it('registers a referenced id once, and refuses an invalid one with one warning', () => {
    const warnings = captureConsole('warn');
    const known = registry([{ id: 'analytics' }]);
    expect(known.reference('analytics')).to.equal(false, 'configured already');
    expect(known.reference('marketing')).to.equal(true);
    expect(known.reference('marketing')).to.equal(false, 'known now');
    expect(known.category('marketing')!.discovered).to.equal(true);
    expect(warnings).to.deep.equal([], 'built-in categories need no configuration');
    for (const bad of ['has space', 'constructor', '-dash-first', 'x'.repeat(65)]) {
      expect(known.reference(bad), bad).to.equal(false);
      expect(known.reference(bad), bad).to.equal(false);
    }
    expect(ids(known)).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(warnings).to.have.length(4, 'one warning per invalid id');
    expect(warnings[0]).to.contain('W05').and.contain('"has space" is not a valid category id');
  });

  it('warns once of a category neither configured nor built in, and not before the configuration is read', () => {
    const warnings = captureConsole('warn');
    const known = new Registry();
    // An element named it before the store read the configuration, which names it.
    known.reference('newsletter');
    known.reference('support');
    expect(warnings).to.deep.equal([]);
    known.setConfigured(configured([{ id: 'newsletter' }]));
    known.quiet = false;
    known.warnUnconfigured();
    known.warnUnconfigured();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('W04').and.contain('"support"');
    // From now on, at once.
    known.reference('forum');
    expect(warnings).to.have.length(2);
    expect(warnings[1]).to.contain('"forum"');
  });

  it("adds a gate's service to its category, with what the gate knows of its provider", () => {
    const known = registry([{ id: 'video' }]);
    expect(known.reference('vimeo', 'video', { label: 'Vimeo' })).to.equal(true);
    expect(known.service('vimeo')!.category).to.equal('video');
    expect(known.service('vimeo')!.shown).to.deep.equal({ label: 'Vimeo' });
    expect(known.reference('vimeo', 'video', { label: 'Other' })).to.equal(false, 'known now');
    expect(known.service('vimeo')!.shown).to.deep.equal({ label: 'Vimeo' });
    // A category nobody configured is discovered with it.
    expect(known.reference('gmaps', 'maps')).to.equal(true);
    expect(ids(known)).to.deep.equal(['necessary', 'video', 'maps']);
    expect(known.service('gmaps')!.category).to.equal('maps');
    // An invalid service id adds nothing.
    expect(known.reference('not valid', 'video')).to.equal(false);
    expect(known.idsOf(known.category('video')!)).to.deep.equal(['video', 'vimeo']);
  });

  it("completes a service the loader registered from the markup once the gate's code knows its provider", () => {
    const known = registry([{ id: 'video' }]);
    expect(known.reference('yt', 'video')).to.equal(true);
    expect(known.service('yt')!.shown).to.deep.equal({});
    expect(known.reference('yt', 'video', { privacyPolicy: 'https://example.com/p' })).to.equal(
      true,
    );
    expect(known.service('yt')!.shown).to.deep.equal({ privacyPolicy: 'https://example.com/p' });
  });

  it("keeps a configured service's own fields over what a gate says of it", () => {
    const known = registry([{ id: 'video', services: [{ id: 'yt', label: 'YouTube' }] }]);
    expect(known.reference('yt', 'video', { label: 'Something else' })).to.equal(false);
    expect(known.service('yt')!.shown).to.deep.equal({ label: 'YouTube' });
  });

  it('makes an id first seen alone the service a gate names it as, unless configured as a category', () => {
    const warnings = captureConsole('warn');
    const known = registry([{ id: 'video' }, { id: 'maps' }]);
    // A blocked script named "vimeo" alone; then a gate names it as a video service.
    known.reference('vimeo');
    expect(known.category('vimeo')!.discovered).to.equal(true);
    expect(warnings).to.have.length(1, 'not configured: W04');
    expect(known.reference('vimeo', 'video')).to.equal(true);
    expect(known.category('vimeo')).to.equal(undefined);
    expect(known.service('vimeo')!.category).to.equal('video');
    expect(ids(known)).to.deep.equal(['necessary', 'video', 'maps']);
    // A configured category stays one.
    expect(known.reference('maps', 'video')).to.equal(false);
    expect(known.category('maps')!.discovered).to.equal(false);
    expect(known.service('maps')).to.equal(undefined);
  });

  it('never lets a gate make a purpose that needs consent a service of a required one', () => {
    const known = new Registry();
    // Gates read before the configuration, naming a configured purpose and a built-in
    // one as services of `necessary` (which is always granted).
    known.reference('hotjar', 'necessary');
    known.reference('analytics', 'necessary');
    known.setConfigured(configured([{ id: 'hotjar' }, { id: 'security', required: true }]));
    known.quiet = false;
    expect(known.service('hotjar')).to.equal(undefined);
    expect(known.category('hotjar')!.required).to.equal(false);
    expect(known.service('analytics')).to.equal(undefined);
    expect(known.idsOf(known.category('necessary')!)).to.deep.equal(['necessary']);
    // An id first seen alone stays a category when the gate's purpose is required.
    known.reference('tracker');
    expect(known.reference('tracker', 'security')).to.equal(false);
    expect(known.category('tracker')!.required).to.equal(false);
    expect(known.service('tracker')).to.equal(undefined);
    // A built-in category is never a service, required parent or not.
    expect(known.reference('marketing', 'hotjar')).to.equal(false);
    expect(known.has('marketing')).to.equal(false);
    // A new service of a required purpose is one (a chat loaded on request).
    expect(known.reference('crisp', 'security')).to.equal(true);
    expect(known.service('crisp')!.category).to.equal('security');
  });

  it('keeps what the page discovered when the configuration changes, and a configured service stays one', () => {
    const known = registry([{ id: 'video' }]);
    known.reference('chat');
    known.reference('yt', 'video', { label: 'YouTube' });
    known.setConfigured(configured([{ id: 'video', services: [{ id: 'vimeo' }] }, { id: 'chat' }]));
    expect(ids(known)).to.deep.equal(['necessary', 'video', 'chat']);
    expect(known.category('chat')!.discovered).to.equal(false);
    expect(known.idsOf(known.category('video')!)).to.deep.equal(['video', 'vimeo', 'yt']);
    // A discovered category that the configuration now names as a service is that service.
    known.reference('maps');
    known.setConfigured(configured([{ id: 'video', services: [{ id: 'maps' }] }]));
    expect(known.category('maps')).to.equal(undefined);
    expect(known.service('maps')!.category).to.equal('video');
  });

  it("reuses a purpose's shown fields across rebuilds, so they are validated once", () => {
    const known = registry([{ id: 'analytics', label: 'Audience' }]);
    const shown = known.category('analytics')!.shown;
    known.reference('chat');
    known.reference('yt', 'video');
    expect(known.category('analytics')!.shown).to.equal(shown);
  });
});
