import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { display } from '../../src/store/display.js';
import { englishText } from '../../src/localization/english.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { emulateMedia } from '../engine.js';
import { defineElements } from '../../src/elements.js';
import type { ConsentGate } from '../../src/components/consent-gate/consent-gate.js';
import {
  captureConsole,
  cookieValue,
  expectSameNode,
  freshPageStore,
  resetEnvironment,
  port,
} from '../helpers.js';

defineElements();

const CONFIG = {
  categories: [
    {
      id: 'video',
      services: [
        { id: 'youtube', label: 'YouTube' },
        { id: 'vimeo', label: 'Vimeo' },
      ],
    },
    { id: 'maps' },
  ],
};

const part = (el: ConsentGate, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** Waits for a gate's content: its code is fetched when it first loads (./content.ts). */
const loaded = (...gates: ConsentGate[]) =>
  waitUntil(() => gates.every((g) => g.loaded), 'the content loads');

/** Time for a gate that should stay closed to load if it wrongly did (its code is here: see `before`). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

async function gate(template: ReturnType<typeof html>): Promise<ConsentGate> {
  const el = await fixture<ConsentGate>(template);
  await el.updateComplete;
  return el;
}

const templateGate = (category = 'video', service?: string) => html`
  <consent-gate category=${category} service=${service ?? ''} title="Launch video">
    <template><iframe src="/test/fixtures/embed.html" width="640" height="360"></iframe></template>
  </consent-gate>
`;

describe('<consent-gate>', () => {
  // The code that builds content, fetched by the first gate that loads: here once, so
  // that a gate that wrongly loads does so within `settle()`.
  before(() => import('../../src/components/consent-gate/content.js'));

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await resetEnvironment();
  });

  it('shows an accessible placeholder and no content before consent', async () => {
    await freshPageStore(CONFIG);
    const el = await gate(templateGate('video', 'youtube'));
    expect(el.loaded).to.equal(false);
    expectSameNode(el.querySelector('iframe'), null, 'found');
    const message = part(el, 'message').textContent!.replace(/\s+/g, ' ').trim();
    expect(message).to.contain('Launch video');
    expect(message).to.contain('YouTube');
    expect(message).to.contain('Videos');
    expect(part(el, 'load-button').getAttribute('aria-label')).to.equal(
      'Load once: Launch video (YouTube)',
    );
    expect(part(el, 'allow-button').getAttribute('aria-label')).to.equal(
      'Always allow YouTube: Launch video',
    );
    expect(part(el, 'policy-link').getAttribute('href')).to.equal(
      'https://policies.google.com/privacy',
    );
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('never loads for an id named like a member of every object', async () => {
    captureConsole('warn');
    const store = await freshPageStore(CONFIG);
    const holder = await fixture(
      html`<div>
        ${templateGate('__proto__')}${templateGate('constructor')}${templateGate('video', 'toString')}
      </div>`,
    );
    const gates = [...holder.querySelectorAll('consent-gate')];
    store.rejectAll();
    // Time for a granted gate to load (it loads when near the screen, within a frame).
    await settle();
    expect(gates.map((g) => g.loaded)).to.deep.equal([false, false, false]);
    expectSameNode(holder.querySelector('iframe'), null, 'found');
    // The preference dialog still opens with them referenced.
    store.openPreferences();
    const dialog = document.querySelector('consent-preferences')!;
    await waitUntil(() => dialog.open, 'the dialog opened');
  });

  it('"Load once" loads this gate only and stores nothing', async () => {
    const store = await freshPageStore(CONFIG);
    const holder = await fixture(html`<div>${templateGate()}${templateGate()}</div>`);
    const [first, second] = holder.querySelectorAll('consent-gate');
    await first.updateComplete;
    const loadEvent = oneEvent(first, 'consent-gate-load');
    part(first, 'load-button').click();
    const event = await loadEvent;
    expect(event.detail).to.deep.equal({ category: 'video', service: '' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(first.loaded).to.equal(true);
    expect(first.hasAttribute('loaded')).to.equal(true);
    expect(first.querySelector('iframe')!.getAttribute('title')).to.equal('Launch video');
    expect(second.loaded).to.equal(false);
    expect(store.granted('video')).to.equal(false);
    expect(store.state.decided).to.equal(false);
    expect(cookieValue()).to.equal(undefined);
  });

  it('"Always allow" grants the category, and every gate of it loads', async () => {
    const store = await freshPageStore(CONFIG);
    const holder = await fixture(
      html`<div>${templateGate()}${templateGate()}${templateGate('maps')}</div>`,
    );
    const [a, b, map] = holder.querySelectorAll('consent-gate');
    await a.updateComplete;
    part(a, 'allow-button').click();
    expect(store.granted('video')).to.equal(true);
    expect(store.granted('maps')).to.equal(false);
    expect(store.state.method).to.equal('gate');
    expect(store.state.decided).to.equal(false); // the banner still asks about the rest
    await loaded(a, b);
    expect([a.loaded, b.loaded, map.loaded]).to.deep.equal([true, true, false]);
  });

  it('with service, "Always allow" grants only that service', async () => {
    const store = await freshPageStore(CONFIG);
    const holder = await fixture(
      html`<div>${templateGate('video', 'youtube')}${templateGate('video', 'vimeo')}</div>`,
    );
    const [youtube, vimeo] = holder.querySelectorAll('consent-gate');
    await youtube.updateComplete;
    part(youtube, 'allow-button').click();
    expect(store.granted('youtube')).to.equal(true);
    expect(store.granted('vimeo')).to.equal(false);
    expect(store.granted('video')).to.equal(false);
    await loaded(youtube);
    expect([youtube.loaded, vimeo.loaded]).to.deep.equal([true, false]);
  });

  it('loads at once when consent arrives from elsewhere, and unloads on withdrawal', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await gate(templateGate('video', 'youtube'));
    store.update({ video: true });
    await loaded(el);
    expect(el.querySelectorAll('iframe')).to.have.length(1);
    store.withdraw();
    expect(el.loaded).to.equal(false);
    expectSameNode(el.querySelector('iframe'), null, 'found');
    await el.updateComplete;
    expect(part(el, 'placeholder').hidden).to.equal(false);
  });

  it('runs no script of its template when consent is withdrawn while the scripts’ code loads', async () => {
    const store = await freshPageStore(CONFIG);
    const win = window as { __gateScript?: number };
    const el = await gate(
      html`<consent-gate category="maps">
        <template
          ><script>
            window.__gateScript = (window.__gateScript ?? 0) + 1;
          </script></template
        >
      </consent-gate>`,
    );
    store.update({ maps: true });
    store.withdraw();
    store.update({ maps: true });
    await waitUntil(() => el.loaded, 'loads once granted again');
    // A few more turns for a second, stale load to show up if there were one.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__gateScript).to.equal(1, 'the script ran once');
    expect(el.querySelectorAll('script')).to.have.length(1);
    store.withdraw();
    expect(el.loaded).to.equal(false);
    delete win.__gateScript;
  });

  it('far off screen, goes live as it comes within a screen of the viewport', async () => {
    const store = await freshPageStore(CONFIG);
    const holder = await fixture(
      html`<div>
        <div style="height: ${innerHeight * 4}px"></div>
        ${templateGate()}
      </div>`,
    );
    const el = holder.querySelector('consent-gate')!;
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    store.update({ video: true });
    await settle();
    expect(el.loaded).to.equal(false);
    el.scrollIntoView();
    await waitUntil(() => el.loaded, 'loaded once near the screen');
    window.scrollTo(0, 0);
  });

  it('loads at once on a page where consent is already stored', async () => {
    const first = await freshPageStore(CONFIG);
    first.acceptAll();
    await freshPageStore(CONFIG);
    const el = await gate(templateGate());
    await waitUntil(() => el.loaded, 'loaded from the stored decision');
  });

  it('opened by a stored consent, waits until no task is queued (a framework hydrating)', async () => {
    const first = await freshPageStore(CONFIG);
    first.acceptAll();
    await freshPageStore(CONFIG);
    // A chain of tasks for 300 ms, as React's scheduler posts while it hydrates.
    const channel = new MessageChannel();
    const end = performance.now() + 300;
    const seen: boolean[] = [];
    const made: ConsentGate[] = [];
    const chain = new Promise<void>((resolve) => {
      channel.port1.onmessage = () => {
        for (const el of made) seen.push(el.loaded || !!el.querySelector('iframe'));
        if (performance.now() < end) channel.port2.postMessage(0);
        else resolve();
      };
    });
    channel.port2.postMessage(0);
    const el = await gate(templateGate());
    made.push(el);
    await chain;
    channel.port1.close();
    await waitUntil(() => el.loaded, 'loaded once the page is idle');
    expect(seen.length).to.be.greaterThan(10);
    // Safari has no requestIdleCallback: there the gate waits for the next timer only.
    if ('requestIdleCallback' in window) expect(seen).not.to.include(true);
  });

  it('reserves the content’s space, so loading shifts nothing', async () => {
    await freshPageStore(CONFIG);
    const holder = await fixture(html`<div style="width: 640px">${templateGate()}</div>`);
    const el = holder.querySelector('consent-gate')!;
    await el.updateComplete;
    const before = el.getBoundingClientRect();
    expect(Math.round(before.height)).to.equal(360);
    part(el, 'load-button').click();
    await loaded(el);
    await el.updateComplete;
    const after = el.getBoundingClientRect();
    expect(after.height).to.equal(before.height);
    expect(Math.round(el.querySelector('iframe')!.getBoundingClientRect().height)).to.equal(360);
  });

  it('after a keyboard activation, focus moves to the content', async () => {
    await freshPageStore(CONFIG);
    const el = await gate(templateGate());
    part(el, 'load-button').focus();
    await sendKeys({ press: 'Enter' });
    await loaded(el);
    await el.updateComplete;
    const frame = el.querySelector('iframe');
    expect(frame, 'content loaded').to.not.equal(null);
    expect(document.activeElement?.tagName).to.equal('IFRAME');
    expect(document.activeElement === frame).to.equal(true);
  });

  it('after a mouse click, focus moves to the content too (the button disappears)', async () => {
    await freshPageStore(CONFIG);
    const el = await gate(templateGate());
    const button = part(el, 'load-button');
    const box = button.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await loaded(el);
    await el.updateComplete;
    expectSameNode(document.activeElement, el.querySelector('iframe'), 'focus');
  });

  it('without a category: reported (E47); no "Always allow" (it could decide nothing), "Load once" still loads it', async () => {
    const errors = captureConsole('error');
    const store = await freshPageStore(CONFIG);
    const el = await gate(
      html`<consent-gate title="Launch video">
        <template><iframe src="/test/fixtures/embed.html"></iframe></template>
      </consent-gate>`,
    );
    expect(errors.filter((e) => e.includes('E47'))).to.have.length(1);
    expectSameNode(el.shadowRoot!.querySelector('[part~="allow-button"]'), null, 'Always allow');
    expect(part(el, 'load-button').textContent!.trim()).to.equal('Load once');
    // No purpose to name, and no empty "()" in its place.
    expect(part(el, 'message').textContent).to.equal(
      'Launch video is provided by localhost. Loading it lets localhost set cookies and collect data about your visit.',
    );
    part(el, 'load-button').click();
    await loaded(el);
    expect(store.state.decided).to.equal(false);
    expect(await store.history()).to.deep.equal([]);
  });

  it('focus moves to the first focusable element however deep it sits in the content', async () => {
    await freshPageStore(CONFIG);
    const el = await gate(
      html`<consent-gate category="maps" title="Find us">
        <template
          ><div class="map-widget">
            <link rel="stylesheet" href="data:text/css," />
            <p>Map of our office</p>
            <input type="hidden" name="key" value="x" />
            <div>
              <label>Address <input type="search" /></label><button>Go</button>
            </div>
          </div></template
        >
      </consent-gate>`,
    );
    part(el, 'load-button').focus();
    await sendKeys({ press: 'Enter' });
    await loaded(el);
    await el.updateComplete;
    expectSameNode(document.activeElement, el.querySelector('input[type="search"]'), 'focus');
  });

  it('without focusable content, focus goes to the gate itself', async () => {
    await freshPageStore(CONFIG);
    const el = await gate(
      html`<consent-gate category="video" title="Note">
        <template><p>Loaded text</p></template>
      </consent-gate>`,
    );
    part(el, 'load-button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expectSameNode(document.activeElement, el, 'focus');
    expect(el.tabIndex).to.equal(-1);
  });

  it('records the placeholder’s texts in the receipt of "Always allow"', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await gate(templateGate('video', 'youtube'));
    part(el, 'allow-button').click();
    const [receipt] = await store.history();
    expect(receipt.method).to.equal('gate');
    const texts = [
      part(el, 'message').textContent!.trim().replace(/\s+/g, ' '),
      part(el, 'load-button').textContent!.trim(),
      part(el, 'allow-button').textContent!.trim(),
    ];
    const bytes = new TextEncoder().encode(texts.join('\n'));
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    expect(receipt.textHash).to.equal(`sha256:${hex}`);
  });

  it('uses the privacy-friendly embed of the presets for src, keeping the author’s parameters', async () => {
    await freshPageStore(CONFIG);
    for (const [src, provider, embed] of [
      [
        'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
        'YouTube',
        'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42',
      ],
      [
        'https://youtu.be/dQw4w9WgXcQ?t=1m30s',
        'YouTube',
        'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90',
      ],
      [
        'https://www.youtube.com/embed/dQw4w9WgXcQ?list=PL1&autoplay=1&si=tracker',
        'YouTube',
        'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?list=PL1&autoplay=1',
      ],
      ['https://vimeo.com/76979871', 'Vimeo', 'https://player.vimeo.com/video/76979871?dnt=1'],
      [
        'https://player.vimeo.com/video/76979871?h=abc12&dnt=0&autoplay=1',
        'Vimeo',
        'https://player.vimeo.com/video/76979871?dnt=1&h=abc12&autoplay=1',
      ],
    ]) {
      const el = await gate(
        html`<consent-gate category="video" src=${src} title="Clip"></consent-gate>`,
      );
      expect(part(el, 'message').textContent, src).to.contain(provider);
      part(el, 'load-button').click();
      await loaded(el);
      expect(el.shadowRoot!.querySelector('iframe')!.src, src).to.equal(embed);
    }
  });

  it('names an unknown provider by the embed’s host, and warns that its policy is unknown', async () => {
    const warnings = captureConsole('warn');
    await freshPageStore(CONFIG);
    const el = await gate(
      html`<consent-gate category="social" title="Post">
        <template><iframe src="https://www.example-social.net/embed/1"></iframe></template>
      </consent-gate>`,
    );
    expect(part(el, 'message').textContent).to.contain('example-social.net');
    expectSameNode(el.shadowRoot!.querySelector('[part~="policy-link"]'), null, 'found');
    const policy = warnings.filter((w) => w.includes('privacy policy is not known'));
    expect(policy).to.have.length(1);
    expect(policy[0]).to.contain('example-social.net');
    // A preset knows its provider's policy: no warning.
    await gate(templateGate('video', 'youtube'));
    expect(warnings.filter((w) => w.includes('privacy policy is not known'))).to.have.length(1);
  });

  it("reserves its content's shape without writing on its host (server-rendered markup stays as sent)", async () => {
    await freshPageStore(CONFIG);
    const sized = await gate(templateGate());
    const url = await gate(
      html`<consent-gate
        category="maps"
        src="https://www.google.com/maps/embed?pb=1"
      ></consent-gate>`,
    );
    const chat = await gate(
      html`<consent-gate category="chat" src="https://embed.tawk.to/1/default"></consent-gate>`,
    );
    expect(getComputedStyle(sized).aspectRatio).to.equal('640 / 360');
    expect(getComputedStyle(url).aspectRatio).to.equal('16 / 9');
    expect(chat.matches(':state(compact)')).to.equal(true);
    expect(getComputedStyle(chat).display).to.equal('inline-grid');
    expect(sized.getAttributeNames().sort()).to.deep.equal(['category', 'service', 'title']);
    expect(url.getAttributeNames().sort()).to.deep.equal(['category', 'src']);
    expect(chat.getAttributeNames().sort()).to.deep.equal(['category', 'src']);
  });

  it('loads the src iframe in its shadow root and a template’s content as its children', async () => {
    await freshPageStore(CONFIG);
    const url = await gate(
      html`<consent-gate
        category="maps"
        src="https://www.google.com/maps/embed?pb=1"
      ></consent-gate>`,
    );
    const templated = await gate(templateGate());
    part(url, 'load-button').click();
    part(templated, 'load-button').click();
    await waitUntil(() => url.loaded && templated.loaded, 'both loaded');
    // Nothing a framework rendered changes: no child, and the attribute that reflects.
    expect(url.childNodes.length).to.equal(0);
    expect(url.getAttributeNames().sort()).to.deep.equal(['category', 'loaded', 'src']);
    const frame = part(url, 'content');
    expect(frame.tagName).to.equal('IFRAME');
    const box = url.getBoundingClientRect();
    expect(frame.getBoundingClientRect().height).to.equal(box.height);
    expect(templated.querySelector(':scope > iframe')?.tagName).to.equal('IFRAME');
  });

  it('registers its purpose and service for zero configuration', async () => {
    const store = await freshPageStore();
    await gate(
      html`<consent-gate category="video" service="youtube" title="x">
        <template><iframe src="/test/fixtures/embed.html"></iframe></template>
      </consent-gate>`,
    );
    expect(store.state.categories).to.have.property('video', false);
    expect(store.state.services).to.have.property('youtube', false);
    expect(englishText(port(store).registry, 'youtube', 'label')).to.equal('YouTube');
    expect(display(port(store).registry.service('youtube')!).privacyPolicy).to.equal(
      'https://policies.google.com/privacy',
    );
  });

  it('lets the placeholder slot replace the visual', async () => {
    await freshPageStore(CONFIG);
    const el = await gate(
      html`<consent-gate category="video" title="Tour">
        <img slot="placeholder" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" />
        <template><iframe src="/test/fixtures/embed.html"></iframe></template>
      </consent-gate>`,
    );
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="placeholder"]')!;
    expect(slot.assignedElements()[0].tagName).to.equal('IMG');
    await expect(el).to.be.accessible();
  });

  it('shows a compact launcher for chat and runs the widget script on click', async () => {
    await freshPageStore();
    const el = await gate(
      html`<consent-gate category="chat" service="crisp">
        <template
          ><script>
            window.__chatLoaded = (window.__chatLoaded ?? 0) + 1;
          </script></template
        >
      </consent-gate>`,
    );
    expect(el.matches(':state(compact)')).to.equal(true);
    expect(part(el, 'load-button').textContent!.trim()).to.equal('Chat with us');
    expect(part(el, 'load-button').getAttribute('aria-label')).to.equal('Chat with us (Crisp)');
    expect(part(el, 'message').textContent).to.contain('Loads Crisp, which sets cookies.');
    await expect(el).to.be.accessible();
    expect((window as { __chatLoaded?: number }).__chatLoaded).to.equal(undefined);
    const before = el.getBoundingClientRect();
    part(el, 'load-button').click();
    // The widget's script runs once the code that turns scripts live has arrived.
    await waitUntil(() => el.loaded, 'loads on the click');
    expect((window as { __chatLoaded?: number }).__chatLoaded).to.equal(1);
    expect((window as { $crisp?: unknown[][] }).$crisp).to.deep.include(['do', 'chat:open']);
    // The launcher went: a status line says what happened, and has focus.
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('Crisp chat loaded.');
    await waitUntil(() => el.shadowRoot!.activeElement === status, 'focus on the status line');
    // In the launcher's place, which keeps its size (hidden and inert): nothing below moves.
    const after = el.getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    expect(getComputedStyle(part(el, 'placeholder')).visibility).to.equal('hidden');
    expect(part(el, 'placeholder').inert).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a chat launcher’s placeholder visual', async () => {
    await freshPageStore();
    const el = await gate(
      html`<consent-gate category="chat" service="crisp">
        <img
          slot="placeholder"
          src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'/%3E"
          alt=""
          width="40"
          height="40"
        />
        <template><p>chat</p></template>
      </consent-gate>`,
    );
    const image = el.querySelector('img')!;
    expect(
      image.assignedSlot?.closest('[part~="placeholder"]') != null,
      'in the placeholder',
    ).to.equal(true);
    expect(image.getBoundingClientRect().height).to.be.above(0);
  });

  it('speaks French', async () => {
    await freshPageStore(CONFIG);
    const el = await gate(html`<div lang="fr">${templateGate('video', 'youtube')}</div>`);
    const inner = el.querySelector('consent-gate')!;
    await waitUntil(
      () => part(inner, 'load-button')?.textContent!.trim() === 'Charger une seule fois',
      'French',
    );
    await expect(inner).to.be.accessible();
  });

  it('without a category, names no purpose in any script: no empty full-width parentheses in Japanese', async () => {
    await freshPageStore(CONFIG);
    const holder = await gate(
      html`<div lang="ja">
        <consent-gate
          ><template><iframe src="/test/fixtures/embed.html"></iframe></template
        ></consent-gate>
      </div>`,
    );
    const el = holder.querySelector('consent-gate')!;
    await waitUntil(() => part(el, 'message')?.textContent!.startsWith('埋め込み'), 'Japanese');
    expect(part(el, 'message').textContent).to.equal(
      '埋め込みコンテンツはlocalhostが提供しています。読み込むと、localhostがCookieを設定し、お客様の訪問に関するデータを収集できるようになります。',
    );
  });

  it('leaves focus where the visitor moved it while the content’s code arrived', async () => {
    await freshPageStore(CONFIG);
    const holder = await fixture(
      html`<div><button id="elsewhere">Elsewhere</button>${templateGate()}</div>`,
    );
    const el = holder.querySelector('consent-gate')!;
    await el.updateComplete;
    part(el, 'load-button').focus();
    part(el, 'load-button').click();
    // Before the content arrives (a microtask at the earliest), the visitor moves on.
    holder.querySelector<HTMLButtonElement>('#elsewhere')!.focus();
    await loaded(el);
    await el.updateComplete;
    expectSameNode(document.activeElement, holder.querySelector('#elsewhere'), 'focus');
  });

  it('taken out of the page while its content’s code arrives, loads nothing; back, it loads if allowed', async () => {
    const store = await freshPageStore(CONFIG);
    const holder = await fixture(html`<div>${templateGate()}</div>`);
    const el = holder.querySelector('consent-gate')!;
    await el.updateComplete;
    store.update({ video: true });
    el.remove();
    await settle();
    expect(el.loaded).to.equal(false);
    expectSameNode(el.querySelector('iframe'), null, 'found');
    // Withdrawn while it was out: back on the page, it stays a placeholder.
    store.update({ video: false });
    holder.append(el);
    await settle();
    expect(el.loaded).to.equal(false);
    store.update({ video: true });
    await loaded(el);
  });

  it('stays closed, saying why, without a category', async () => {
    const errors = captureConsole('error');
    const store = await freshPageStore(CONFIG);
    const el = await gate(
      html`<consent-gate
        ><template><iframe src="/test/fixtures/embed.html"></iframe></template
      ></consent-gate>`,
    );
    expect(errors.join()).to.contain('needs a category');
    // No purpose: no consent opens it.
    store.acceptAll();
    await settle();
    expect(el.loaded).to.equal(false);
    expectSameNode(el.querySelector('iframe'), null, 'found');
  });

  it('takes properties set before its code was defined, and reflects them', async () => {
    await freshPageStore(CONFIG);
    // A framework may create the element and set properties before the library defines it.
    const el = document.createElement('early-consent-gate') as ConsentGate;
    el.category = 'video';
    el.service = 'vimeo';
    el.onRequest = true;
    el.title = 'Launch video';
    const Gate = customElements.get('consent-gate') as typeof ConsentGate;
    customElements.define('early-consent-gate', class extends Gate {});
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.getAttribute('category')).to.equal('video');
      expect(el.getAttribute('service')).to.equal('vimeo');
      expect(el.hasAttribute('on-request')).to.equal(true);
      expect(part(el, 'load-button').getAttribute('aria-label')).to.contain('Launch video');
      el.service = null;
      expect(el.hasAttribute('service')).to.equal(false);
    } finally {
      el.remove();
    }
  });
});
