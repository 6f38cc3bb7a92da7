import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../engine.js';
import { defineElements } from '../../src/elements.js';
import type { ConsentGate } from '../../src/components/consent-gate/consent-gate.js';
import {
  cookieValue,
  expectSameNode,
  freshPageStore,
  nextTask,
  resetEnvironment,
} from '../helpers.js';

defineElements();

/** A site whose support chat and payment are services the visitor requests (exempt). */
const CONFIG = {
  categories: [
    { id: 'video', services: [{ id: 'youtube', label: 'YouTube' }] },
    {
      id: 'support',
      required: true,
      label: 'Support and payment',
      description: 'The chat and the payment form, loaded when you ask for them.',
      services: [
        { id: 'crisp', label: 'Crisp', privacyPolicy: 'https://crisp.chat/en/privacy/' },
        { id: 'stripe', label: 'Stripe', privacyPolicy: 'https://stripe.com/privacy' },
      ],
    },
    { id: 'payments', label: 'Payments', description: 'Paying by card.' },
  ],
};

const part = (el: ConsentGate, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: HTMLElement | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

async function gate(template: ReturnType<typeof html>): Promise<ConsentGate> {
  const el = await fixture<ConsentGate>(template);
  await el.updateComplete;
  return el;
}

const content = html`<template><div id="live" tabindex="-1">live content</div></template>`;

describe('<consent-gate on-request>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await resetEnvironment();
  });

  it('in a granted purpose, waits for the visitor: one button, then loads on click, storing nothing', async () => {
    const store = await freshPageStore(CONFIG);
    store.acceptAll();
    const cookie = cookieValue();
    const el = await gate(
      html`<consent-gate on-request category="video" service="youtube" title="Demo">
        ${content}
      </consent-gate>`,
    );
    await nextTask();
    await el.updateComplete;
    expect(el.loaded).to.equal(false, 'granted, yet not loaded before the visitor asks');
    expect(text(part(el, 'load-button'))).to.equal('Load');
    expect(part(el, 'load-button')!.getAttribute('aria-label')).to.equal('Load: Demo (YouTube)');
    expectSameNode(part(el, 'allow-button'), null, 'allow button');
    await expect(el).to.be.accessible();
    part(el, 'load-button')!.click();
    await waitUntil(() => el.loaded, 'loads on request');
    expect(el.querySelectorAll('#live').length).to.equal(1);
    expect(cookieValue()).to.equal(cookie, 'nothing stored');
    expect(el.hasAttribute('on-request')).to.equal(true);
  });

  it('in a required purpose, the request is enough: a chat launcher, by keyboard, nothing stored', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await gate(
      html`<consent-gate on-request category="support" service="crisp">${content}</consent-gate>`,
    );
    expect(el.matches(':state(compact)')).to.equal(true);
    expect(store.state.decided).to.equal(false);
    const button = part(el, 'load-button')!;
    expect(text(button)).to.equal('Chat with us');
    expect(text(part(el, 'message'))).to.contain('Crisp');
    expectSameNode(part(el, 'allow-button'), null, 'allow button');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.loaded, 'loads on the key press');
    expect(cookieValue()).to.equal(undefined, 'the request stores nothing');
    expect(store.state.decided).to.equal(false, 'and answers no question');
  });

  it('a payment button looks like one, says what it loads, and links the provider’s policy', async () => {
    await freshPageStore(CONFIG);
    const el = await gate(
      html`<consent-gate on-request category="support" service="stripe">${content}</consent-gate>`,
    );
    expect(el.matches(':state(compact)')).to.equal(true);
    expect(text(part(el, 'load-button'))).to.equal('Pay with Stripe');
    expect(text(part(el, 'message'))).to.contain(
      'Opens the secure payment form of Stripe, which sets the cookies the payment needs.',
    );
    expect(part(el, 'policy-link')!.getAttribute('href')).to.equal('https://stripe.com/privacy');
    // Not a box of a video's shape.
    expect(getComputedStyle(el).aspectRatio).to.equal('auto');
    expect(el.getBoundingClientRect().height).to.be.lessThan(200);
    await expect(el).to.be.accessible();
    part(el, 'load-button')!.click();
    await waitUntil(() => el.loaded);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(text(status as HTMLElement)).to.equal('Payment form of Stripe loaded.');
  });

  it('before consent in a purpose that needs it, offers "Load once" and "Always allow"; allowing loads this gate only', async () => {
    const store = await freshPageStore(CONFIG);
    const holder = await fixture(
      html`<div>
        <consent-gate on-request category="payments" service="paypal" id="a"
          >${content}</consent-gate
        >
        <consent-gate on-request category="payments" service="paypal" id="b"
          >${content}</consent-gate
        >
      </div>`,
    );
    const [a, b] = [...holder.querySelectorAll<ConsentGate>('consent-gate')];
    await a.updateComplete;
    expect(text(part(a, 'load-button'))).to.equal('Pay with PayPal');
    expect(part(a, 'allow-button')).to.not.equal(null);
    part(a, 'allow-button')!.click();
    await waitUntil(() => a.loaded, 'the gate asked loads');
    expect(store.granted('paypal')).to.equal(true);
    await nextTask();
    await b.updateComplete;
    expect(b.loaded).to.equal(false, 'the other waits to be asked');
    expectSameNode(part(b, 'allow-button'), null, 'allow button, once allowed');
    // Withdrawing removes what was loaded.
    store.withdraw();
    await waitUntil(() => !a.loaded, 'unloaded on withdrawal');
  });

  it('reflects category, service and on-request set as properties', async () => {
    await freshPageStore(CONFIG);
    const el = document.createElement('consent-gate') as ConsentGate;
    el.category = 'video';
    el.service = 'youtube';
    el.onRequest = true;
    document.body.append(el);
    await el.updateComplete;
    expect(el.getAttribute('category')).to.equal('video');
    expect(el.getAttribute('service')).to.equal('youtube');
    expect(el.hasAttribute('on-request')).to.equal(true);
    expect(document.querySelectorAll('consent-gate[category="video"]').length).to.equal(1);
    el.remove();
  });
});
