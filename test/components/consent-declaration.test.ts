import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia, skipIn } from '../engine.js';
import { defineElements } from '../../src/elements.js';
import type { ConsentDeclaration } from '../../src/components/consent-declaration/consent-declaration.js';
import { cookieValue, freshPageStore, resetEnvironment } from '../helpers.js';

defineElements();

const CONFIG = {
  categories: [
    {
      id: 'necessary',
      retention: { en: 'The session, or 7 days', fr: 'La session, ou 7 jours' },
      cookies: [
        { name: 'session', provider: 'ailabrix.com', purpose: 'Login state', expiry: 'Session' },
        {
          name: 'ailabrix_lang',
          provider: 'ailabrix.com',
          purpose: 'Interface language',
          expiry: 'Persistent',
          type: 'localStorage',
        },
      ],
    },
    {
      id: 'analytics',
      label: { en: 'Analytics & performance', fr: 'Statistiques et performance' },
      description: 'Cookieless page views and Core Web Vitals.',
      legalBasis: 'consent',
      services: [
        {
          id: 'mindys',
          label: 'Mindys',
          provider: 'Mindys',
          description: 'Cookieless page-view analytics.',
          endpoint: 'statistics.mindys.ai',
          country: 'EU',
          privacyPolicy: 'https://mindys.ai/privacy',
        },
        {
          id: 'cloudflare',
          label: 'Cloudflare',
          provider: 'Cloudflare, Inc.',
          description: 'Core Web Vitals beacon.',
          endpoint: 'static.cloudflareinsights.com',
          country: { en: 'USA (SCCs)', fr: 'États-Unis (CCT)' },
        },
      ],
    },
    {
      id: 'monitoring',
      label: 'Security and infrastructure monitoring',
      description: 'Server logs <b>and</b> Datadog.',
      deviceAccess: false,
      legalBasis: 'legitimate-interest',
      retention: 'IP addresses: 3 days at most',
    },
    {
      id: 'functional',
      label: 'Functional cookies',
      description: 'Your interface settings.',
      legalBasis: { en: 'Consent, or legitimate interest where exempt', fr: 'Consentement' },
    },
  ],
};

const root = (el: ConsentDeclaration) => el.shadowRoot!;
const texts = (el: ConsentDeclaration, selector: string) =>
  [...root(el).querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const section = (el: ConsentDeclaration, id: string) =>
  root(el).querySelector<HTMLElement>(`section[aria-labelledby="purpose-${id}"]`)!;
const facts = (scope: ParentNode) =>
  Object.fromEntries(
    [...scope.querySelectorAll('.facts > div')].map((d) => [
      d.querySelector('dt')!.textContent!.trim(),
      d.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]),
  );

async function declaration(template = html`<consent-declaration></consent-declaration>`) {
  const el = await fixture<ConsentDeclaration>(template);
  await el.updateComplete;
  return el;
}

describe('<consent-declaration>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
    document.documentElement.lang = 'en';
    await resetEnvironment();
  });

  it('renders every purpose from the configuration: facts, services and storage', async () => {
    await freshPageStore(CONFIG);
    const el = await declaration();
    expect(texts(el, '[part~="purpose-title"]')).to.deep.equal([
      'Strictly necessary',
      'Analytics & performance',
      'Security and infrastructure monitoring',
      'Functional cookies',
    ]);
    expect(facts(section(el, 'necessary'))).to.deep.equal({
      'Legal basis': 'Strictly necessary: exempt from consent',
      Retention: 'The session, or 7 days',
      'Your choice': 'Always on',
    });
    expect(facts(section(el, 'analytics'))).to.deep.equal({
      'Legal basis': 'Consent',
      'Your choice': 'Not chosen yet',
    });
    expect(facts(section(el, 'functional'))['Legal basis']).to.equal(
      'Consent, or legitimate interest where exempt',
    );
    // Storage: a real table, with its caption, column and row headers, the type translated.
    const storage = section(el, 'necessary').querySelector('table[part~="storage-table"]')!;
    expect(storage.querySelector('caption')!.textContent!.trim()).to.equal(
      'Cookies and storage used for Strictly necessary',
    );
    expect(texts(el, 'table[part~="storage-table"] thead th')).to.deep.equal([
      'Name',
      'Provider',
      'Purpose',
      'Expiry',
      'Type',
    ]);
    expect(
      [...storage.querySelectorAll('tbody th')].map((th) => th.getAttribute('scope')),
    ).to.deep.equal(['row', 'row']);
    expect(
      [...storage.querySelectorAll('tbody tr')].map((tr) =>
        tr.lastElementChild!.textContent!.trim(),
      ),
    ).to.deep.equal(['Cookie', 'Local storage']);
    // Services: only the columns some service fills.
    const services = section(el, 'analytics').querySelector('table[part~="services-table"]')!;
    expect(
      [...services.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    ).to.deep.equal([
      'Service',
      'Provider',
      'Purpose',
      'Endpoint',
      'Country or safeguard',
      'Privacy policy',
    ]);
    const cloudflare = [...services.querySelectorAll('tbody tr')][1];
    expect([...cloudflare.children].map((c) => c.textContent!.trim())).to.deep.equal([
      'Cloudflare',
      'Cloudflare, Inc.',
      'Core Web Vitals beacon.',
      'static.cloudflareinsights.com',
      'USA (SCCs)',
      '',
    ]);
    expect(services.querySelector('a')!.getAttribute('href')).to.equal('https://mindys.ai/privacy');
    // A purpose that stores nothing: said so, no consent to give.
    const monitoring = section(el, 'monitoring');
    expect(facts(monitoring)['Your choice']).to.equal('No consent needed');
    expect(facts(monitoring)['Legal basis']).to.equal('Legitimate interest');
    expect(monitoring.textContent).to.contain('Nothing is stored on your device for this purpose.');
    // Configuration text is text, never markup.
    expect(monitoring.querySelectorAll('b').length).to.equal(0);
    expect(monitoring.textContent).to.contain('Server logs <b>and</b> Datadog.');
  });

  it('shows the purposes named, in that order, a summary table, and the heading level asked', async () => {
    await freshPageStore(CONFIG);
    const el = await declaration(
      html`<consent-declaration
        categories="monitoring necessary"
        show="summary"
        heading-level="2"
      ></consent-declaration>`,
    );
    expect(root(el).querySelectorAll('[part~="purpose"]').length).to.equal(0);
    const table = root(el).querySelector('table[part~="summary-table"]')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal(
      'Purposes, legal bases and retention',
    );
    expect(texts(el, 'table[part~="summary-table"] thead th')).to.deep.equal([
      'Category',
      'Purpose',
      'Legal basis',
      'Retention',
      'Your choice',
    ]);
    expect(texts(el, 'table[part~="summary-table"] tbody th')).to.deep.equal([
      'Security and infrastructure monitoring',
      'Strictly necessary',
    ]);
    el.show = 'purposes';
    await el.updateComplete;
    expect(texts(el, 'h2[part~="purpose-title"]')).to.deep.equal([
      'Security and infrastructure monitoring',
      'Strictly necessary',
    ]);
    await expect(el).to.be.accessible();
  });

  it('follows the visitor’s choices, and shows their consent record and a button to change it', async () => {
    const store = await freshPageStore(CONFIG);
    const el = await declaration();
    expect(root(el).querySelector('[part~="record"]')!.textContent).to.contain(
      'You have not made a choice on this site yet.',
    );
    store.acceptAll();
    await el.updateComplete;
    expect(facts(section(el, 'analytics'))['Your choice']).to.equal('Allowed');
    const record = facts(root(el).querySelector('[part~="record"]')!);
    const id = /id=([a-z0-9]+)/.exec(cookieValue()!)![1];
    expect(record['Consent ID']).to.equal(id);
    expect(record['Date of your last choice']).to.match(/\d{4}/);
    store.update({ analytics: false });
    await el.updateComplete;
    expect(facts(section(el, 'analytics'))['Your choice']).to.equal('Refused');
    // By keyboard: the button opens the preferences.
    const button = root(el).querySelector<HTMLButtonElement>('[part~="change-button"]')!;
    expect(button.textContent!.trim()).to.equal('Change your choices');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => document.querySelector<HTMLElement & { open: boolean }>('consent-preferences')?.open,
      'the preferences open',
    );
  });

  it('lists every host a service contacts, and no Endpoint column where none is given', async () => {
    await freshPageStore({
      categories: [
        {
          id: 'marketing',
          services: [
            {
              id: 'linkedin',
              label: 'LinkedIn Insight Tag',
              endpoint: ['snap.licdn.com', 'px.ads.linkedin.com'],
            },
          ],
        },
        { id: 'analytics', services: [{ id: 'plausible', label: 'Plausible', country: 'EU' }] },
      ],
    });
    const el = await declaration();
    const table = (id: string) =>
      section(el, id).querySelector<HTMLTableElement>('table[part~="services-table"]')!;
    const hosts = [...table('marketing').querySelectorAll('.host')].map((n) => n.textContent);
    expect(hosts).to.deep.equal(['snap.licdn.com', 'px.ads.linkedin.com']);
    const headers = [...table('analytics').querySelectorAll('thead th')].map((th) =>
      th.textContent!.trim(),
    );
    expect(headers).to.deep.equal(['Service', 'Country or safeguard']);
  });

  it('on a narrow column, makes each row a card with its caption across the width', async () => {
    await freshPageStore(CONFIG);
    const holder = await fixture<HTMLElement>(
      html`<div style="width: 300px"><consent-declaration></consent-declaration></div>`,
    );
    const el = holder.querySelector<ConsentDeclaration>('consent-declaration')!;
    await el.updateComplete;
    const table = section(el, 'necessary').querySelector<HTMLElement>('table')!;
    const caption = table.querySelector('caption')!;
    expect(getComputedStyle(table).display).to.equal('block');
    expect(getComputedStyle(table.querySelector('thead')!).display).to.equal('none');
    // The caption spans the card's width, not a narrow column of a few words a line.
    expect(caption.getBoundingClientRect().width).to.be.closeTo(table.clientWidth, 1);
    expect(el.scrollWidth).to.be.at.most(300);
  });

  it('writes the record’s date the way the page’s language does', async () => {
    const store = await freshPageStore(CONFIG);
    store.acceptAll();
    const when = new Date(store.state.decidedAt!);
    const date = (lang: string) =>
      new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(when);
    const british = await declaration(
      html`<consent-declaration lang="en-GB" show="record"></consent-declaration>`,
    );
    const plain = await declaration(
      html`<consent-declaration lang="en" show="record"></consent-declaration>`,
    );
    const shown = (el: ConsentDeclaration) => root(el).querySelector('time')!.textContent!.trim();
    expect(shown(british)).to.equal(date('en-GB'));
    expect(shown(plain)).to.equal(date('en'));
    expect(shown(british)).not.to.equal(shown(plain));
  });

  it('is accessible in light and dark', async () => {
    await freshPageStore(CONFIG);
    const el = await declaration();
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('prints without its button', async function () {
    skipIn(this, 'webkit', 'WebKitGTK cannot emulate the print medium over WebDriver');
    await freshPageStore(CONFIG);
    const el = await declaration();
    await emulateMedia({ media: 'print' });
    const button = root(el).querySelector('[part~="change-button"]')!;
    expect(getComputedStyle(button).display).to.equal('none');
  });

  it('speaks the page’s language, with the configuration’s texts in it', async () => {
    await freshPageStore(CONFIG);
    document.documentElement.lang = 'fr';
    const el = await declaration(
      html`<consent-declaration categories="analytics"></consent-declaration>`,
    );
    await waitUntil(
      () => texts(el, '[part~="purpose-title"]')[0] === 'Statistiques et performance',
    );
    await waitUntil(() => facts(section(el, 'analytics'))['Base légale'] !== undefined, 'French');
    const cloudflare = [...section(el, 'analytics').querySelectorAll('tbody tr')][1];
    expect(cloudflare.textContent).to.contain('États-Unis (CCT)');
  });
});
