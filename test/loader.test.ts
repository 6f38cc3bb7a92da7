import { expect, waitUntil } from '@open-wc/testing';
import { englishText } from '../src/localization/english.js';
import { encodeRecord, newConsentId } from '../src/store/record.js';
import type { ConsentStore } from '../src/store/consent-store.js';
import { portOf } from '../src/store/port.js';
import { clearAllCookies } from './helpers.js';

/**
 * The loader (src/loader.ts), on this test page as on a site: the page imports the main
 * entry, which defines no element at first. Each element is defined when the page needs
 * it. The tests run in order: they share the page, its store and its definitions.
 */
describe('the loader', () => {
  let consent: ConsentStore;
  const defined = (name: string) => customElements.get(name) !== undefined;

  before(async () => {
    clearAllCookies();
    // A returning visitor: a refusal of everything, made an hour ago.
    const record = {
      id: newConsentId(),
      revision: 1,
      decidedAt: Date.now() - 3_600_000,
      method: 'reject-all' as const,
      decided: true,
      gpc: false,
      categories: { video: false },
      services: {},
    };
    document.cookie = `consent=${encodeRecord(record)}; Path=/; SameSite=Lax`;
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="loader-test">
        <consent-banner>Our <a href="/privacy">privacy policy</a>.</consent-banner>
        <a href="#" id="opener" data-consent-open="true">Cookie preferences</a>
      </div>`,
    );
    ({ consent } = await import('../src/index.js'));
    await consent.ready;
  });

  after(() => {
    consent.disconnect();
    document.getElementById('loader-test')?.remove();
    document.querySelectorAll('body > consent-preferences').forEach((el) => el.remove());
    clearAllCookies();
  });

  it('on a returning visitor’s page, fetches no element and hides the banner’s text', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(consent.state.decided).to.equal(true);
    expect(['consent-banner', 'consent-preferences', 'consent-gate'].filter(defined)).to.deep.equal(
      [],
    );
    const banner = document.querySelector('consent-banner')!;
    expect(getComputedStyle(banner).display).to.equal('none');
  });

  it('registers a gate’s purpose when the gate is added, and defines the gate', async () => {
    const host = document.createElement('div');
    host.id = 'gate-host';
    const shadow = host.attachShadow({ mode: 'open' });
    document.getElementById('loader-test')!.append(host);
    // A component that renders its content after it was added: the loader sees it.
    await Promise.resolve();
    shadow.innerHTML = `<consent-gate category="maps" service="osm" title="Map" src="https://example.com/map"></consent-gate>`;
    await waitUntil(() => defined('consent-gate'), 'the gate is defined');
    expect(consent.state.categories).to.have.property('maps', false);
    expect(portOf(consent).registry.service('osm')?.category).to.equal('maps');
    // Once its code is here, the gate tells what it knows of the provider.
    await waitUntil(() => englishText(portOf(consent).registry, 'osm', 'label') === 'example.com');
    await waitUntil(
      () => !!shadow.querySelector('consent-gate')!.shadowRoot,
      'the gate in the shadow root is upgraded',
    );
  });

  it('opens the dialog from a [data-consent-open] link, fetching it on first use', async () => {
    expect(defined('consent-preferences')).to.equal(false);
    document.getElementById('opener')!.click();
    await waitUntil(
      () => document.querySelector<HTMLElement & { open: boolean }>('consent-preferences')?.open,
      'the dialog opens',
    );
    // "true" (what a framework renders for the boolean attribute) names no purpose.
    const dialog = document.querySelector('consent-preferences')!;
    expect(dialog.shadowRoot!.activeElement?.getAttribute('data-id') ?? null).to.equal(null);
    (dialog as HTMLElement & { close(): void }).close();
  });

  it('fetches the banner once the decision is withdrawn, and shows it', async () => {
    expect(defined('consent-banner')).to.equal(false);
    consent.withdraw();
    await waitUntil(() => defined('consent-banner'), 'the banner is defined');
    const banner = document.querySelector('consent-banner')!;
    await waitUntil(() => getComputedStyle(banner).display !== 'none', 'the banner shows');
    expect(banner.shadowRoot!.querySelectorAll('[part~="accept-button"]').length).to.equal(1);
  });
});
