import { expect } from '@open-wc/testing';
import { content } from '../../src/components/consent-gate/content.js';
import { liveScript } from '../../src/integrations/live-script.js';

/** The code that builds a gate's content (src/components/consent-gate/content.ts). */

const templateOf = (markup: string) => {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template;
};

const source = (overrides: Partial<Parameters<typeof content>[0]> = {}) => ({
  template: null,
  url: undefined,
  provider: undefined,
  title: 'Clip',
  ...overrides,
});

describe('gate content', () => {
  afterEach(() => {
    delete (window as { $crisp?: unknown }).$crisp;
  });

  it('an src becomes one iframe, at the preset’s privacy-friendlier embed, named by the title', async () => {
    const built = await content(
      source({ url: new URL('https://youtu.be/dQw4w9WgXcQ?t=90'), provider: 'youtube' }),
    );
    const frames = built!.nodes.querySelectorAll('iframe');
    expect(frames).to.have.length(1);
    expect(frames[0].src).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90');
    expect(frames[0].title).to.equal('Clip');
    expect(frames[0].getAttribute('part')).to.equal('content');
    expect(frames[0].getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(built!.open).to.equal(undefined);
  });

  it('keeps the URL as given without a preset, and for ids named like members of every object', async () => {
    for (const provider of [undefined, 'google-maps', 'toString', 'constructor', '__proto__']) {
      const built = await content(
        source({ url: new URL('https://example.com/embed?x=1'), provider }),
      );
      expect(built!.nodes.querySelector('iframe')!.src, String(provider)).to.equal(
        'https://example.com/embed?x=1',
      );
      expect(built!.open, String(provider)).to.equal(undefined);
    }
  });

  it('without a template or a URL, builds nothing', async () => {
    expect(await content(source())).to.equal(undefined);
  });

  it('clones the template, names its frames that have no title, and keeps the others’', async () => {
    const template = templateOf(
      '<iframe src="/test/fixtures/embed.html"></iframe><iframe title="Own" src="/test/fixtures/embed.html"></iframe><p>Note</p>',
    );
    const built = await content(source({ template }));
    const frames = built!.nodes.querySelectorAll('iframe');
    expect([...frames].map((frame) => frame.title)).to.deep.equal(['Clip', 'Own']);
    expect(template.content.querySelectorAll('iframe')[0].hasAttribute('title')).to.equal(false);
  });

  it('makes a template’s scripts live with the code it is given; without that code, builds nothing', async () => {
    const template = templateOf('<script>window.contentRan = 1;</script>');
    const built = await content(source({ template, scripts: Promise.resolve({ liveScript }) }));
    const script = built!.nodes.querySelector('script')!;
    expect(script).to.not.equal(null);
    expect(script.textContent).to.equal('window.contentRan = 1;');
    // Not the template's own clone, which innerHTML marked as already run.
    expect(template.content.contains(script)).to.equal(false);
    expect(await content(source({ template, scripts: Promise.resolve(undefined) }))).to.equal(
      undefined,
    );
  });

  it('a chat preset opens its chat once its script has loaded, or at once without one', async () => {
    const win = window as { $crisp?: unknown[][] };
    const withScript = await content(
      source({
        template: templateOf('<script src="/test/fixtures/slow.js"></script>'),
        provider: 'crisp',
        scripts: Promise.resolve({ liveScript }),
      }),
    );
    const live = [...withScript!.nodes.childNodes];
    withScript!.open!(live);
    expect(win.$crisp).to.equal(undefined, 'not before the script has loaded');
    live[0].dispatchEvent(new Event('load'));
    expect(win.$crisp).to.deep.equal([['do', 'chat:open']]);

    delete win.$crisp;
    const without = await content(
      source({ template: templateOf('<p>Chat</p>'), provider: 'crisp' }),
    );
    without!.open!([...without!.nodes.childNodes]);
    expect(win.$crisp).to.deep.equal([['do', 'chat:open']]);
  });
});
