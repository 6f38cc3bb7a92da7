import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { UiElement, h, setText } from '../../src/components/element.js';
import { captureConsole, resetEnvironment } from '../helpers.js';

/** A tiny element on the base: counts its updates, renders its `label` attribute. */
class Counter extends UiElement {
  static override styles = ':host { display: block; }';
  static override observedAttributes = ['label'];
  static override properties = ['label'];
  updates = 0;
  failing = false;

  get label(): string {
    return this.getAttribute('label') ?? '';
  }

  set label(value: string) {
    this.setAttribute('label', value);
  }

  protected update(): void {
    this.updates++;
    if (this.failing) throw new Error('boom');
    const text = this.renderRoot.firstChild ?? this.renderRoot.appendChild(h('p'));
    setText(text, this.label);
  }
}
customElements.define('test-counter', Counter);

describe('UiElement (the base of the banner and the gate)', () => {
  afterEach(resetEnvironment);

  it('renders once per task however many changes, and updateComplete waits for it', async () => {
    const el = document.createElement('test-counter') as Counter;
    document.body.append(el);
    el.label = 'a';
    el.label = 'b';
    el.requestUpdate();
    expect(await el.updateComplete).to.equal(true);
    expect(el.updates).to.equal(1);
    expect(el.renderRoot.textContent).to.equal('b');
    el.remove();
  });

  it('does not render while disconnected, and renders when connected', async () => {
    const el = document.createElement('test-counter') as Counter;
    el.label = 'x';
    await el.updateComplete;
    expect(el.updates).to.equal(0);
    document.body.append(el);
    await el.updateComplete;
    expect(el.updates).to.equal(1);
    el.remove();
  });

  it('drives Lit controllers: connected, updated and disconnected with the host', async () => {
    const calls: string[] = [];
    const controller: ReactiveController = {
      hostConnected: () => calls.push('connected'),
      hostUpdate: () => calls.push('update'),
      hostDisconnected: () => calls.push('disconnected'),
    };
    const el = document.createElement('test-counter') as Counter;
    el.addController(controller);
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    expect(calls).to.deep.equal(['connected', 'update', 'disconnected']);
  });

  it('adopts its style sheet, shared by every element of the class, then its own (empty)', async () => {
    const [a, b] = [0, 1].map(() => document.createElement('test-counter') as Counter);
    const [sheet, own] = a.renderRoot.adoptedStyleSheets;
    expect(a.renderRoot.adoptedStyleSheets).to.have.length(2);
    expect(sheet).to.equal(b.renderRoot.adoptedStyleSheets[0]);
    expect(own.cssRules.length).to.equal(0);
    expect(own).to.equal(b.renderRoot.adoptedStyleSheets[1]);
    document.body.append(a);
    expect(getComputedStyle(a).display).to.equal('block');
    a.remove();
  });

  it('reports a render that throws, naming the element, and keeps the page going', async () => {
    const errors = captureConsole('error');
    const el = document.createElement('test-counter') as Counter;
    el.failing = true;
    document.body.append(el);
    expect(await el.updateComplete).to.equal(true);
    expect(errors.join()).to.match(/E58.*test-counter/);
    el.remove();
  });

  it('h() sets attributes and listeners, skips false and undefined, appends text', () => {
    let clicked = 0;
    const button = h(
      'button',
      { part: 'a', hidden: false, title: undefined, autofocus: true, onclick: () => clicked++ },
      'Go',
      false,
    );
    expect(button.outerHTML).to.equal('<button part="a" autofocus="">Go</button>');
    button.click();
    expect(clicked).to.equal(1);
  });
});
