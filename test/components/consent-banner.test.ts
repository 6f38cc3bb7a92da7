import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia, setViewport } from '../engine.js';
import { defineElements } from '../../src/elements.js';
import type { ConsentBanner } from '../../src/components/consent-banner/consent-banner.js';
import {
  addToBody,
  captureConsole,
  expectSameNode,
  freshPageStore,
  resetEnvironment,
  port,
} from '../helpers.js';

defineElements();

const CONFIG = { categories: [{ id: 'analytics' }, { id: 'marketing' }] };

function part(el: HTMLElement, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}

async function banner(template = html`<consent-banner></consent-banner>`): Promise<ConsentBanner> {
  const el = await fixture<ConsentBanner>(template);
  await el.updateComplete;
  return el;
}

describe('<consent-banner>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.documentElement.lang = 'en';
    await resetEnvironment();
  });

  it('shows on a first visit, as a labelled region, accessible in light and dark', async () => {
    await freshPageStore(CONFIG);
    const el = await banner();
    expect(el.matches(':state(shown)')).to.equal(true);
    const region = part(el, 'banner');
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-labelledby')).to.equal('title');
    expect(part(el, 'title').textContent!.trim()).to.equal('Cookies and your privacy');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('follows the visitor’s colour scheme, unless the page sets --consent-color-scheme', async () => {
    await freshPageStore(CONFIG);
    const el = await banner();
    const surface = () => getComputedStyle(part(el, 'banner')).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface()).to.equal('rgb(30, 31, 36)');
    el.style.setProperty('--consent-color-scheme', 'light');
    expect(surface()).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    el.style.setProperty('--consent-color-scheme', 'dark');
    expect(surface()).to.equal('rgb(30, 31, 36)');
  });

  it('is hidden once a decision exists and comes back after withdraw()', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await banner();
    part(el, 'reject-button').click();
    await el.updateComplete;
    expect(el.matches(':state(shown)')).to.equal(false);
    expectSameNode(el.shadowRoot!.querySelector('[part~="banner"]'), null, 'found');
    store.withdraw();
    await el.updateComplete;
    expect(el.matches(':state(shown)')).to.equal(true);
  });

  it('is hidden for a returning visitor, and back after a revision bump', async () => {
    const first = await freshPageStore(CONFIG);
    first.acceptAll();
    const store = await freshPageStore(CONFIG);
    const el = await banner();
    expect(el.matches(':state(shown)')).to.equal(false);
    store.configure({ revision: 2 });
    await el.updateComplete;
    expect(el.matches(':state(shown)')).to.equal(true);
  });

  it('Accept all grants, Reject all refuses, Customize opens the dialog', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await banner();
    part(el, 'accept-button').click();
    expect(store.state.method).to.equal('accept-all');
    expect(store.granted('analytics')).to.equal(true);
    store.withdraw();
    await el.updateComplete;
    part(el, 'reject-button').click();
    expect(store.state.method).to.equal('reject-all');
    expect(store.granted('analytics')).to.equal(false);
    store.withdraw();
    await el.updateComplete;
    part(el, 'customize-button').click();
    await waitUntil(
      () => document.querySelector<HTMLElement & { open: boolean }>('consent-preferences')?.open,
      'the dialog opens',
    );
    expect(store.state.decided).to.equal(false);
  });

  it('gives the three buttons equal prominence', async () => {
    await freshPageStore(CONFIG);
    const el = await banner();
    const looks = ['accept-button', 'reject-button', 'customize-button'].map((name) => {
      const button = part(el, name);
      const style = getComputedStyle(button);
      const box = button.getBoundingClientRect();
      return {
        tag: button.tagName,
        height: Math.round(box.height),
        fontSize: style.fontSize,
        fontWeight: style.fontWeight,
        color: style.color,
        background: style.backgroundColor,
        border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
        padding: style.padding,
      };
    });
    expect(looks[1]).to.deep.equal(looks[0]);
    expect(looks[2]).to.deep.equal(looks[0]);
    const [accept, reject] = ['accept-button', 'reject-button'].map((n) =>
      Math.round(part(el, n).getBoundingClientRect().width),
    );
    expect(Math.abs(accept - reject)).to.be.at.most(1);
  });

  it('once answered, warns when the page offers no [data-consent-open] to change the choice', async () => {
    const warnings = captureConsole('warn');
    const store = await freshPageStore(CONFIG);
    const el = await banner();
    part(el, 'reject-button').click();
    await el.updateComplete;
    const reopen = () => warnings.filter((w) => w.includes('[data-consent-open]'));
    expect(reopen()).to.have.length(1);
    store.withdraw();
    await el.updateComplete;
    store.acceptAll();
    await el.updateComplete;
    expect(reopen()).to.have.length(1); // once per banner
    await fixture(html`<div><a href="#" data-consent-open>Cookie preferences</a></div>`);
    await banner();
    expect(reopen()).to.have.length(1); // a page with the link: no warning
  });

  it('finds a [data-consent-open] inside a component’s shadow root', async () => {
    const warnings = captureConsole('warn');
    const store = await freshPageStore(CONFIG);
    const footer = (await fixture(html`<div></div>`)) as HTMLElement;
    footer.attachShadow({ mode: 'open' }).innerHTML =
      '<a href="#prefs" data-consent-open>Cookie preferences</a>';
    const el = await banner();
    part(el, 'reject-button').click();
    await el.updateComplete;
    expect(store.state.decided).to.equal(true);
    expect(warnings.filter((w) => w.includes('[data-consent-open]'))).to.deep.equal([]);
  });

  it('after Customize and Save, focus goes back to where it was before the banner', async () => {
    const store = await freshPageStore(CONFIG);
    await fixture(html`<div><button id="before">Before</button></div>`);
    const el = await banner();
    document.getElementById('before')!.focus();
    part(el, 'customize-button').focus();
    await sendKeys({ press: 'Enter' });
    const dialog = document.querySelector('consent-preferences')!;
    await waitUntil(() => dialog.open, 'the dialog opened');
    await dialog.updateComplete;
    dialog.shadowRoot!.querySelector<HTMLElement>('[part~="save-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog.open, 'the dialog closed');
    expect(store.state.decided).to.equal(true);
    await waitUntil(() => document.activeElement?.id === 'before', 'focus back on "Before"');
  });

  it('with nowhere to go back to, gives focus to the page’s first control, scrolling nothing', async () => {
    const store = await freshPageStore(CONFIG);
    const page = await fixture(
      html`<div>
        <button id="first">First</button>
        <div style="height: 3000px"></div>
        <a href="#prefs" data-consent-open>Cookie preferences</a>
      </div>`,
    );
    scrollTo(0, 1000);
    const el = await banner();
    part(el, 'reject-button').focus(); // focus came from nowhere (a mouse click)
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(store.state.decided).to.equal(true);
    expectSameNode(document.activeElement, page.querySelector('#first'), 'focus');
    expect(scrollY).to.equal(1000);
    scrollTo(0, 0);
  });

  it('"Continue without accepting" records a refusal', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await banner(html`<consent-banner dismissible></consent-banner>`);
    const close = part(el, 'close-button');
    expect(close.textContent!.trim()).to.equal('Continue without accepting');
    close.click();
    expect(store.state.decided).to.equal(true);
    expect(store.state.method).to.equal('reject-all');
    expect(store.granted('analytics')).to.equal(false);
  });

  it('puts "Continue without accepting" beside the title, next in focus order', async () => {
    await freshPageStore(CONFIG);
    const el = await banner(
      html`<consent-banner modal dismissible
        >We use cookies. <a href="#policy">Privacy policy</a></consent-banner
      >`,
    );
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'title'), 'title focused');
    await sendKeys({ press: 'Tab' });
    expectSameNode(el.shadowRoot!.activeElement, part(el, 'close-button'), 'focus');
    await sendKeys({ press: 'Tab' });
    expectSameNode(document.activeElement, el.querySelector('a'), 'focus'); // the message's link
    await sendKeys({ press: 'Tab' });
    expectSameNode(el.shadowRoot!.activeElement, part(el, 'accept-button'), 'focus');
    // Shown beside the title, above the message: visual order is focus order.
    const box = (name: string) => part(el, name).getBoundingClientRect();
    expect(box('close-button').left).to.be.above(box('title').left);
    expect(box('close-button').top).to.be.below(box('message').top);
  });

  it('shows the author title and message from its slots', async () => {
    await freshPageStore(CONFIG);
    const el = await banner(
      html`<consent-banner>
        <span slot="title">Our cookies</span>
        We use cookies. <a href="/privacy">Privacy policy</a>
      </consent-banner>`,
    );
    const title = part(el, 'title').querySelector('slot')!;
    expect(title.assignedNodes()[0].textContent).to.equal('Our cookies');
    await expect(el).to.be.accessible();
  });

  it('keeps its default message when only whitespace sits between its tags', async () => {
    await freshPageStore(CONFIG);
    const el = await banner(html`<consent-banner> </consent-banner>`);
    expect(part(el, 'message').textContent).to.contain('We use cookies');
  });

  it('reaches and activates Reject all by keyboard', async () => {
    const store = await freshPageStore(CONFIG);
    await fixture(
      html`<div>
        <button id="before">Before</button>
        <consent-banner></consent-banner>
      </div>`,
    );
    document.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' }); // Accept all
    await sendKeys({ press: 'Tab' }); // Reject all
    const banner = document.querySelector('consent-banner')!;
    expect(banner.shadowRoot!.activeElement?.getAttribute('part')).to.equal('button reject-button');
    await sendKeys({ press: 'Enter' });
    expect(store.state.method).to.equal('reject-all');
    // The banner went away with focus in it: focus went back where it came from.
    await waitUntil(() => document.activeElement?.id === 'before', 'focus returned');
  });

  it('keeps the page scroll padding in step with its height, and restores it', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await banner();
    const box = part(el, 'banner');
    await waitUntil(() => document.documentElement.style.scrollPaddingBottom !== '');
    expect(document.documentElement.style.scrollPaddingBottom).to.equal(
      `${Math.ceil(box.getBoundingClientRect().height) + 8}px`,
    );
    store.rejectAll();
    await el.updateComplete;
    expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
    expect(document.documentElement.style.paddingBottom).to.equal('');
  });

  it('keeps the scroll padding in step when it makes the page scroll, without a ResizeObserver loop', async () => {
    // A page a little shorter than the viewport: the padding makes it scroll, and a
    // scrollbar that takes room (Firefox's; WebKit's when styled) narrows the banner.
    addToBody(
      `<style>html::-webkit-scrollbar { width: 15px; background: #eee }</style>
       <div style="height: ${innerHeight - 100}px"></div>`,
    );
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    addEventListener('error', onError);
    try {
      await freshPageStore(CONFIG);
      const el = await banner();
      const box = part(el, 'banner');
      const expected = () => `${Math.ceil(box.getBoundingClientRect().height) + 8}px`;
      await waitUntil(
        () => document.documentElement.style.scrollPaddingBottom === expected(),
        'the scroll padding follows the banner',
      );
      expect(document.documentElement.scrollHeight).to.be.greaterThan(innerHeight);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
    }
  });

  it('as a modal dialog blocks the page; Esc grants nothing and leaves the question', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await banner(html`<consent-banner modal></consent-banner>`);
    const dialog = part(el, 'banner') as HTMLDialogElement;
    expect(dialog.tagName).to.equal('DIALOG');
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => part(el, 'banner').tagName === 'SECTION', 'shown as a region');
    // Focus stays with the question: on the region's title, not dropped to the page.
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'title'), 'focus on title');
    expect(el.matches(':state(shown)')).to.equal(true);
    expect(store.state.decided).to.equal(false);
    expect(store.granted('analytics')).to.equal(false);
  });

  it('writes no attribute of its own on its host (server-rendered markup stays as sent)', async () => {
    await freshPageStore(CONFIG);
    const el = await banner();
    expect(el.getAttributeNames()).to.deep.equal([]);
    expect(el.position).to.equal('bottom');
    expect(part(el, 'banner').classList.contains('bottom')).to.equal(true);
  });

  it('position="center" is always modal; other positions reflect', async () => {
    await freshPageStore(CONFIG);
    const el = await banner(html`<consent-banner position="center"></consent-banner>`);
    expect(part(el, 'banner').tagName).to.equal('DIALOG');
    el.position = 'top';
    await el.updateComplete;
    expect(el.getAttribute('position')).to.equal('top');
    expect(part(el, 'banner').tagName).to.equal('SECTION');
  });

  it('reflows at 320 px: no horizontal overflow, every button inside the viewport', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await freshPageStore(CONFIG);
      const el = await banner();
      const box = part(el, 'banner');
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      for (const name of ['accept-button', 'reject-button', 'customize-button']) {
        const rect = part(el, name).getBoundingClientRect();
        expect(rect.left).to.be.at.least(0);
        expect(rect.right).to.be.at.most(320);
        expect(rect.height).to.be.at.least(24);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks French and German, following its lang, its ancestors and <html lang>', async () => {
    await freshPageStore(CONFIG);
    // Until its language's texts are there, the banner waits (no English first).
    const label = (el: Element, name: string) =>
      el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent!.trim();
    const fr = await banner(html`<consent-banner lang="fr"></consent-banner>`);
    expect(label(fr, 'reject-button')).to.not.equal('Reject all');
    await waitUntil(() => label(fr, 'reject-button') === 'Tout refuser');
    expect(part(fr, 'banner').getAttribute('lang')).to.equal('fr');
    const holder = await fixture(html`<div lang="de-AT"><consent-banner></consent-banner></div>`);
    const de = holder.querySelector('consent-banner')!;
    await waitUntil(() => label(de, 'accept-button') === 'Alle akzeptieren');
    const plain = await banner();
    document.documentElement.lang = 'fr';
    await waitUntil(() => label(plain, 'accept-button') === 'Tout accepter');
    document.documentElement.lang = 'xx';
    await waitUntil(() => label(plain, 'accept-button') === 'Accept all');
  });

  it('reports the texts it shows for the receipt', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await banner();
    const texts = [
      'Cookies and your privacy',
      part(el, 'message').textContent!.trim(),
      'Accept all',
      'Reject all',
      'Customize',
    ];
    // Another element reported its texts since the banner rendered (a gate's "Always allow").
    port(store).setShownTexts('en', ['a gate placeholder']);
    part(el, 'accept-button').click();
    const [receipt] = await store.history();
    expect(texts[1]).to.contain('We use cookies');
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(texts.join('\n')),
    );
    const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    expect(receipt.textHash).to.equal(`sha256:${hex}`);
  });

  it('throws nothing and shows nothing optional as granted with a broken configuration', async () => {
    captureConsole('error');
    const store = await freshPageStore({ revision: 'two', categories: 'all' });
    const el = await banner();
    expect(el.matches(':state(shown)')).to.equal(true);
    expect(store.granted('analytics')).to.equal(false);
  });
});
