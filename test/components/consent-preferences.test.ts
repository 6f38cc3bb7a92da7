import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../engine.js';
import { defineElements } from '../../src/elements.js';
import type { ConsentPreferences } from '../../src/components/consent-preferences/consent-preferences.js';
import { expectSameNode, freshPageStore, resetEnvironment, setGpc } from '../helpers.js';

defineElements();

const CONFIG = {
  categories: [
    { id: 'necessary', cookies: [{ name: 'session', provider: 'This site', expiry: 'Session' }] },
    {
      id: 'analytics',
      cookies: [
        {
          name: '_ga',
          provider: 'Google',
          purpose: { en: 'Counts visits', fr: 'Compte les visites' },
          expiry: '13 months',
        },
      ],
    },
    { id: 'marketing' },
    {
      id: 'video',
      services: [
        { id: 'youtube', label: 'YouTube', privacyPolicy: 'https://policies.google.com/privacy' },
        { id: 'vimeo', label: 'Vimeo', description: 'Vimeo videos' },
      ],
    },
  ],
};

const dialogOf = (el: ConsentPreferences) => el.shadowRoot!.querySelector('dialog')!;
const switchFor = (el: ConsentPreferences, id: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-id="${id}"]`)!;
const partOf = (el: ConsentPreferences, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

async function openDialog(el: ConsentPreferences, focusId?: string) {
  el.show(focusId);
  await el.updateComplete;
}

describe('<consent-preferences>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await resetEnvironment();
  });

  it('opens as a modal dialog labelled by its title, accessible in light and dark', async () => {
    await freshPageStore(CONFIG);
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    expect(dialogOf(el).open).to.equal(false);
    await openDialog(el);
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('Cookie preferences');
    expect(el.shadowRoot!.activeElement !== null, 'focus inside the dialog').to.equal(true);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('says how many services are on when they differ from their purpose’s switch', async () => {
    const store = await freshPageStore(CONFIG);
    store.update({ youtube: true }); // "Always allow" on a YouTube gate: video stays off
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    const video = switchFor(el, 'video');
    expect(video.checked).to.equal(false);
    const described = video.getAttribute('aria-describedby')!.split(' ');
    expect(described).to.have.length(2);
    const note = el.shadowRoot!.getElementById(described[1])!;
    expect(note.textContent!.trim()).to.equal('Services on: 1 of 2');
    // Switching the purpose on carries its services: nothing mixed is left to say.
    video.click();
    await el.updateComplete;
    expect(video.getAttribute('aria-describedby')!.split(' ')).to.have.length(1);
    expectSameNode(el.shadowRoot!.querySelector('.services-on'), null, 'found');
  });

  it('says why a required purpose has no choice after the site’s own description too', async () => {
    await freshPageStore({
      categories: [
        {
          id: 'necessary',
          label: 'Essential',
          description: 'Sign-in and security.',
        },
        { id: 'analytics' },
      ],
    });
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    const necessary = switchFor(el, 'necessary');
    const reason = el.shadowRoot!.getElementById(necessary.getAttribute('aria-describedby')!)!;
    expect(reason.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Sign-in and security. No consent is needed for these: the site cannot work without them.',
    );
  });

  it('shows a purpose that stores nothing on the device without a switch, and says why', async () => {
    const store = await freshPageStore({
      categories: [
        { id: 'analytics' },
        {
          id: 'monitoring',
          label: 'Security monitoring',
          description: 'Server logs and Datadog.',
          deviceAccess: false,
          services: [{ id: 'datadog', label: 'Datadog' }],
        },
      ],
    });
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    const section = el.shadowRoot!.querySelector<HTMLElement>(
      'section[aria-labelledby="c-monitoring-label"]',
    )!;
    expect(section.querySelectorAll('input').length).to.equal(0, 'no switch, nor for its service');
    expect(section.textContent).not.to.contain('Always on');
    expect(section.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Server logs and Datadog. Nothing is stored on or read from your device for these: no consent is needed.',
    );
    await expect(el).to.be.accessible();
    // Saving records no choice for it; it stays in force.
    partOf(el, 'save-button').click();
    expect(store.state.categories.monitoring).to.equal(true);
    expect(store.state.decided).to.equal(true);
  });

  it('lists every purpose with its own switch; necessary always on, with why', async () => {
    await freshPageStore(CONFIG);
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    const ids = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')].map(
      (i) => i.dataset.id,
    );
    expect(ids).to.deep.equal(['necessary', 'analytics', 'marketing', 'video', 'youtube', 'vimeo']);
    const necessary = switchFor(el, 'necessary');
    expect(necessary.checked).to.equal(true);
    expect(necessary.disabled).to.equal(true);
    const reason = el.shadowRoot!.getElementById(necessary.getAttribute('aria-describedby')!)!;
    expect(reason.textContent).to.contain('No consent is needed for these');
    for (const id of ['analytics', 'marketing', 'video', 'youtube', 'vimeo']) {
      expect(switchFor(el, id).checked, `${id} is not pre-ticked`).to.equal(false);
      expect(switchFor(el, id).type).to.equal('checkbox');
    }
    expect(el.shadowRoot!.textContent).to.contain('Audience measurement');
    expect(el.shadowRoot!.textContent).to.contain('Privacy policy of YouTube');
  });

  it('renders past a configuration field that throws when read (E63), in its built-in words', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(String(args[0]));
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    addEventListener('unhandledrejection', onRejection);
    try {
      await freshPageStore({
        categories: [
          {
            id: 'analytics',
            label: {
              get en() {
                throw new Error('boom');
              },
            },
            cookies: [
              {
                get name() {
                  throw new Error('boom');
                },
              },
            ],
          },
        ],
      });
      const el = await fixture<ConsentPreferences>(
        html`<consent-preferences></consent-preferences>`,
      );
      await openDialog(el);
      await nextFrame();
      expect(switchFor(el, 'analytics')).to.not.equal(null);
      expect(el.shadowRoot!.textContent).to.contain('Audience measurement');
      expect(errors.some((e) => e.startsWith('consent-elements E63'))).to.equal(true);
      expect(rejections).to.deep.equal([]);
    } finally {
      console.error = original;
      removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('shows the cookie table of each purpose', async () => {
    await freshPageStore(CONFIG);
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    const tables = el.shadowRoot!.querySelectorAll('table');
    expect(tables).to.have.length(2);
    const cells = [...tables[1].querySelectorAll('tbody td')].map((td) => td.textContent!.trim());
    expect(cells).to.deep.equal(['_ga', 'Google', 'Counts visits', '13 months']);
    const headers = [...tables[1].querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Name', 'Provider', 'Purpose', 'Expiry']);
    tables[1].closest('details')!.open = true;
    await expect(el).to.be.accessible();
    // A tab stop only while it scrolls sideways.
    const wrap = tables[1].parentElement!;
    await nextFrame();
    expect(wrap.hasAttribute('tabindex')).to.equal(false);
    tables[1].style.minWidth = '2000px';
    wrap.style.width = '300px';
    await waitUntil(
      () => wrap.getAttribute('tabindex') === '0',
      'the scrolling table is focusable',
    );
    await expect(el).to.be.accessible();
  });

  it('adds a Type column where a purpose keeps local storage or IndexedDB entries too', async () => {
    await freshPageStore({
      categories: [
        {
          id: 'preferences',
          cookies: [
            { name: 'theme', expiry: '1 year' },
            { name: 'reading_path', expiry: 'Persistent', type: 'localStorage' },
          ],
        },
      ],
    });
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    const tables = el.shadowRoot!.querySelectorAll('table');
    expect(tables).to.have.length(1);
    const table = tables[0];
    const headers = [...table.querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Name', 'Provider', 'Purpose', 'Expiry', 'Type']);
    const types = [...table.querySelectorAll('tbody tr')].map((tr) =>
      tr.lastElementChild!.textContent!.trim(),
    );
    expect(types).to.deep.equal(['Cookie', 'Local storage']);
    table.closest('details')!.open = true;
    await expect(el).to.be.accessible();
  });

  it('writes "label: value" the way the language does (French: a space before the colon)', async () => {
    await freshPageStore(CONFIG);
    const holder = await fixture(
      html`<div lang="fr"><consent-preferences></consent-preferences></div>`,
    );
    const el = holder.querySelector('consent-preferences')!;
    await openDialog(el);
    await waitUntil(
      () => el.shadowRoot!.querySelector('td[data-label="Nom\u202f:"]'),
      'French label',
    );
    const region = el.shadowRoot!.querySelectorAll('.table-wrap')[1];
    expect(region.getAttribute('aria-label')).to.match(/^\S[^:]*\u202f: /);
  });

  it('shows the stored state on open, and saves exactly what it shows', async () => {
    const store = await freshPageStore(CONFIG);
    store.update({ marketing: true, youtube: true });
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    expect(switchFor(el, 'marketing').checked).to.equal(true);
    expect(switchFor(el, 'youtube').checked).to.equal(true);
    expect(switchFor(el, 'vimeo').checked).to.equal(false);
    for (const id of ['analytics', 'marketing', 'video', 'vimeo']) {
      // video carries both services along; then vimeo goes off on its own.
      switchFor(el, id).click();
      await el.updateComplete;
    }
    expect(switchFor(el, 'youtube').checked).to.equal(true);
    partOf(el, 'save-button').click();
    expect(store.state.method).to.equal('custom');
    expect(store.state.categories).to.deep.equal({
      necessary: true,
      analytics: true,
      marketing: false,
      video: true,
    });
    expect(store.state.services).to.deep.equal({ youtube: true, vimeo: false });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Your choices have been saved.');
  });

  it('follows a decision made elsewhere while open (another tab, a gate, the API)', async () => {
    const store = await freshPageStore(CONFIG);
    store.rejectAll();
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    switchFor(el, 'analytics').click();
    await el.updateComplete;
    expect(switchFor(el, 'analytics').checked).to.equal(true);
    store.update({ marketing: true });
    await el.updateComplete;
    expect(switchFor(el, 'marketing').checked).to.equal(true);
    expect(switchFor(el, 'analytics').checked).to.equal(false);
    partOf(el, 'save-button').click();
    expect(store.state.categories.marketing).to.equal(true);
    expect(store.state.categories.analytics).to.equal(false);
  });

  it('shows the stored state when opened by its open attribute too', async () => {
    const store = await freshPageStore(CONFIG);
    store.update({ analytics: true });
    const el = await fixture<ConsentPreferences>(
      html`<consent-preferences open></consent-preferences>`,
    );
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    expect(switchFor(el, 'analytics').checked).to.equal(true);
    partOf(el, 'save-button').click();
    expect(store.granted('analytics')).to.equal(true);
  });

  it('Esc closes without saving and gives focus back to the opener', async () => {
    const store = await freshPageStore(CONFIG);
    const holder = await fixture(
      html`<div>
        <button id="opener">Cookie settings</button>
        <consent-preferences></consent-preferences>
      </div>`,
    );
    const el = holder.querySelector('consent-preferences')!;
    const opener = holder.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    await openDialog(el);
    switchFor(el, 'analytics').focus();
    await sendKeys({ press: ' ' });
    expect(switchFor(el, 'analytics').checked).to.equal(true);
    const closed = oneEvent(dialogOf(el), 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(store.state.decided).to.equal(false);
    expect(store.granted('analytics')).to.equal(false);
    expectSameNode(document.activeElement, opener, 'focus');
  });

  it('is usable by keyboard alone: Tab stays inside, Space toggles, Enter saves', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    // showModal() puts focus on the first control, the close button.
    const start = el.shadowRoot!.activeElement as HTMLElement;
    expectSameNode(start, partOf(el, 'close-button'), 'focus on opening');
    const name = (node: HTMLElement) =>
      node.dataset.id ?? node.getAttribute('part') ?? node.tagName;
    const seen = new Set<string>([name(start)]);
    let presses = 0;
    const tab = async () => {
      await sendKeys({ press: 'Tab' });
      presses += 1;
      // Past the last control, focus may visit the browser's own UI, never the page.
      if (document.activeElement === document.body || document.activeElement === null) return null;
      expectSameNode(document.activeElement, el, 'focus stays in the dialog');
      return el.shadowRoot!.activeElement as HTMLElement;
    };
    // Tab by Tab to the last control (engines differ in the stops on the way: Firefox
    // also stops on the scrolling area), switching analytics on with Space.
    const last = partOf(el, 'accept-button');
    for (let active: HTMLElement | null = start; active !== last;) {
      expect(presses, 'Tab presses before the last control').to.be.below(40);
      active = await tab();
      if (!active) continue;
      seen.add(name(active));
      if (active.dataset.id === 'analytics' && !switchFor(el, 'analytics').checked) {
        // ' ' is Space (puppeteer's BiDi keyboard does not know the name "Space").
        await sendKeys({ press: ' ' });
      }
    }
    // And past the end: the browser's own UI, or back into the dialog.
    await tab();
    await tab();
    expect([...seen]).to.include.members(['close-button', 'analytics', 'button save-button']);
    expect(switchFor(el, 'analytics').checked).to.equal(true);
    partOf(el, 'save-button').focus();
    await sendKeys({ press: 'Enter' });
    expect(store.granted('analytics')).to.equal(true);
    expect(store.granted('marketing')).to.equal(false);
  });

  it('Accept all and Reject all decide and close', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    partOf(el, 'accept-button').click();
    expect(store.state.method).to.equal('accept-all');
    await el.updateComplete;
    expect(el.open).to.equal(false);
    await openDialog(el);
    expect(switchFor(el, 'marketing').checked).to.equal(true);
    partOf(el, 'reject-button').click();
    expect(store.state.method).to.equal('reject-all');
    expect(store.granted('marketing')).to.equal(false);
  });

  it('opens from consent.openPreferences(id), focusing that purpose', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    store.openPreferences('marketing');
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expectSameNode(el.shadowRoot!.activeElement, switchFor(el, 'marketing'), 'focus');
  });

  it('opens from any [data-consent-open] element, by click or keyboard', async () => {
    await freshPageStore(CONFIG);
    const holder = await fixture(
      html`<div>
        <a href="#" data-consent-open>Cookie preferences</a>
        <span tabindex="0" role="button" data-consent-open="video">Video settings</span>
        <consent-preferences></consent-preferences>
      </div>`,
    );
    const el = holder.querySelector('consent-preferences')!;
    const link = holder.querySelector('a')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(location.hash).to.equal('');
    el.close();
    await el.updateComplete;
    await waitUntil(() => document.activeElement === link, 'focus back on the link');
    holder.querySelector<HTMLElement>('span')!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expectSameNode(el.shadowRoot!.activeElement, switchFor(el, 'video'), 'focus');
  });

  it('is created when the page has none', async () => {
    const store = await freshPageStore(CONFIG);
    expectSameNode(document.querySelector('consent-preferences'), null, 'found');
    store.openPreferences();
    const el = document.querySelector('consent-preferences')!;
    await el.updateComplete;
    expect(el.open).to.equal(true);
  });

  it('says that a Global Privacy Control signal was honoured, and offers no Accept all', async () => {
    setGpc(true);
    const store = await freshPageStore(CONFIG);
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    expect(el.shadowRoot!.textContent).to.contain('Global Privacy Control signal was honoured');
    expectSameNode(el.shadowRoot!.querySelector('[part~="accept-button"]'), null, 'found');
    await expect(el).to.be.accessible();
    // A purpose switched on here, the visitor's own per-purpose action, is granted.
    switchFor(el, 'analytics').click();
    await el.updateComplete;
    partOf(el, 'save-button').click();
    expect(store.granted('analytics')).to.equal(true);
  });

  it('shows configuration text literally, never as markup', async () => {
    await freshPageStore({
      categories: [
        {
          id: 'analytics',
          label: '<img src=x onerror="window.__pwned=1">Stats',
          description: '<b>bold</b>',
        },
      ],
    });
    const el = await fixture<ConsentPreferences>(html`<consent-preferences></consent-preferences>`);
    await openDialog(el);
    expectSameNode(el.shadowRoot!.querySelector('img, b'), null, 'found');
    expect(el.shadowRoot!.textContent).to.contain('<img src=x onerror="window.__pwned=1">Stats');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('renders in French and German, with per-locale configuration texts', async () => {
    await freshPageStore(CONFIG);
    const el = await fixture<ConsentPreferences>(
      html`<consent-preferences lang="fr"></consent-preferences>`,
    );
    await openDialog(el);
    await waitUntil(
      () => partOf(el, 'reject-button').textContent!.trim() === 'Tout refuser',
      'French texts',
    );
    expect(el.shadowRoot!.textContent).to.contain('Compte les visites');
    el.setAttribute('lang', 'de');
    await waitUntil(
      () => partOf(el, 'reject-button').textContent!.trim() === 'Alle ablehnen',
      'German texts',
    );
    await expect(el).to.be.accessible();
  });
});
