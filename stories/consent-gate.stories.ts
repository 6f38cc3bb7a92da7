import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { LOCALES as SHIPPED } from '../src/localization/languages.js';
import type { ConsentConfig } from '../src/store/types.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  colorControls,
  cssVars,
  demoConfig,
  demoPage,
  langArgType,
  localeOf,
  longConfig,
  narrowViewport,
  type PageNote,
} from './support.js';

/*
 * No story loads third-party content on its own: every gate stays a placeholder until
 * the viewer clicks "Load once" or "Always allow" (which then does contact the
 * provider, as on a real site). The "Loaded" story loads a local stand-in page.
 */

interface GateArgs {
  lang?: string;
  category: string;
  service?: string;
  src?: string;
  title?: string;
  /** Loads only when the visitor asks, even once allowed. */
  onRequest?: boolean;
  /** Reflects whether the content is live: read-only here. */
  loaded?: boolean;
  onConsentGateLoad?: (event: Event) => void;
  [cssProperty: `--${string}`]: unknown;
}

type Story = StoryObj<GateArgs>;

const YOUTUBE = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ';
const VIMEO = 'https://vimeo.com/76979871';

// The embed codes the providers hand out, as the gate's <template> (never instantiated
// before consent). Chat widgets use placeholder account ids.
const GOOGLE_MAPS = html`<template
  ><iframe
    src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2625.0!2d2.2945!3d48.8584!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2sEiffel%20Tower!5e0!3m2!1sen!2sfr!4v1700000000000"
    width="600"
    height="450"
    style="border:0"
    allowfullscreen
    loading="lazy"
    referrerpolicy="no-referrer-when-downgrade"
  ></iframe
></template>`;

const OPENSTREETMAP = html`<template
  ><iframe
    src="https://www.openstreetmap.org/export/embed.html?bbox=2.2880%2C48.8550%2C2.3010%2C48.8620&amp;layer=mapnik&amp;marker=48.8584%2C2.2945"
    width="600"
    height="400"
    style="border:0"
  ></iframe
></template>`;

const CRISP = html`<template
  ><script>
    window.$crisp = [];
    window.CRISP_WEBSITE_ID = '00000000-0000-0000-0000-000000000000';
  </script>
  <script src="https://client.crisp.chat/l.js" async></script
></template>`;

const INTERCOM = html`<template
  ><script>
    window.intercomSettings = { api_base: 'https://api-iam.intercom.io', app_id: 'demo0000' };
  </script>
  <script src="https://widget.intercom.io/widget/demo0000" async></script
></template>`;

const TAWK = html`<template
  ><script>
    window.Tawk_API = window.Tawk_API || {};
    window.Tawk_LoadStart = new Date();
  </script>
  <script src="https://embed.tawk.to/000000000000000000000000/default" async></script
></template>`;

// Payment forms, as the providers hand them out, with placeholder ids.
const STRIPE = html`<template
  ><script src="https://js.stripe.com/v3/buy-button.js" async></script>
  <stripe-buy-button
    buy-button-id="buy_btn_000000000000000000000000"
    publishable-key="pk_test_000000000000000000000000"
  ></stripe-buy-button
></template>`;

const PAYPAL = html`<template
  ><div id="paypal-buttons"></div>
  <script
    src="https://www.paypal.com/sdk/js?client-id=test&amp;currency=EUR&amp;components=buttons"
    onload="paypal.Buttons().render('#paypal-buttons')"
  ></script
></template>`;

/** A generic embed with no preset, and a poster image hosted by the site. */
const GENERIC_WITH_POSTER = html`<img slot="placeholder" src="./poster.svg" alt="" /><template
    ><iframe
      src="https://player.example.org/embed/bakers-at-work"
      width="1280"
      height="720"
      allow="fullscreen"
    ></iframe
  ></template>`;

/** A same-origin page standing in for a provider's player. */
const STAND_IN = html`<template
  ><iframe src="./stand-in.html" width="640" height="360"></iframe
></template>`;

function gate(args: GateArgs, content: TemplateResult | typeof nothing = nothing) {
  return html`<consent-gate
    lang=${ifDefined(args.lang || undefined)}
    category=${args.category}
    service=${ifDefined(args.service || undefined)}
    src=${ifDefined(args.src || undefined)}
    title=${ifDefined(args.title || undefined)}
    ?on-request=${args.onRequest}
    style=${styleMap(cssVars(args) as Record<string, string>)}
    @consent-gate-load=${args.onConsentGateLoad}
    >${content}</consent-gate
  >`;
}

function page(context: StoryContext<GateArgs>, body: TemplateResult, note?: PageNote) {
  return html`${demoPage(localeOf(context.globals), { note, body })}
    <consent-preferences></consent-preferences>`;
}

function section(heading: string, body: TemplateResult) {
  return html`<section class="demo-gates" aria-label=${heading}>${body}</section>`;
}

/** One gate of each kind: video, map, chat. */
function gallery() {
  return html`<div class="demo-gates">
    ${gate({ category: 'video', src: YOUTUBE, title: 'Big Buck Bunny' })}
    ${gate({ category: 'maps', title: 'How to find us' }, OPENSTREETMAP)}
    <div>${gate({ category: 'chat' }, CRISP)}</div>
  </div>`;
}

/**
 * The demo site, plus a support chat and payment forms the visitor requests (a
 * required purpose: exempt from consent), and a payment purpose that needs consent.
 */
const onRequestConfig: ConsentConfig = {
  ...demoConfig,
  categories: [
    ...(demoConfig.categories ?? []),
    {
      id: 'support',
      required: true,
      legalBasis: 'contract',
      label: {
        en: 'Support and payment',
        fr: 'Assistance et paiement',
        de: 'Support und Zahlung',
        it: 'Assistenza e pagamento',
        es: 'Asistencia y pago',
      },
      description: {
        en: 'The support chat and the payment forms, loaded only when you ask for them.',
        fr: 'Le chat d’assistance et les formulaires de paiement, chargés seulement à votre demande.',
        de: 'Der Support-Chat und die Zahlungsformulare, nur auf Ihre Anfrage geladen.',
        it: 'La chat di assistenza e i moduli di pagamento, caricati solo su tua richiesta.',
        es: 'El chat de asistencia y los formularios de pago, cargados solo cuando los pides.',
      },
      services: [
        { id: 'crisp', label: 'Crisp', privacyPolicy: 'https://crisp.chat/en/privacy/' },
        { id: 'stripe', label: 'Stripe', privacyPolicy: 'https://stripe.com/privacy' },
        {
          id: 'paypal',
          label: 'PayPal',
          privacyPolicy: 'https://www.paypal.com/webapps/mpp/ua/privacy-full',
        },
      ],
    },
    {
      id: 'payments',
      label: {
        en: 'Express checkout',
        fr: 'Paiement express',
        de: 'Express-Kasse',
        it: 'Pagamento rapido',
        es: 'Pago exprés',
      },
      description: {
        en: 'One-click payment buttons whose providers also use your data for their own purposes.',
        fr: 'Des boutons de paiement en un clic dont les fournisseurs utilisent aussi vos données à leurs propres fins.',
        de: 'Zahlungsknöpfe mit einem Klick, deren Anbieter Ihre Daten auch für eigene Zwecke nutzen.',
        it: 'Pulsanti di pagamento con un clic i cui fornitori usano i tuoi dati anche per scopi propri.',
        es: 'Botones de pago con un clic cuyos proveedores también usan tus datos para sus propios fines.',
      },
    },
  ],
};

const meta = {
  title: 'Elements/consent-gate',
  component: 'consent-gate',
  render: (args, context) => page(context, section('Video', gate(args))),
  args: { category: 'video', src: YOUTUBE, title: 'Big Buck Bunny' },
  argTypes: {
    lang: langArgType,
    category: {
      control: 'select',
      options: ['video', 'maps', 'chat', 'social', 'marketing', 'analytics'],
    },
    service: { control: 'text' },
    src: { control: 'text' },
    title: { control: 'text' },
    onRequest: { control: 'boolean' },
    // Reflects the gate's own state; setting it would show an empty gate.
    loaded: { control: false },
    ...colorControls(['--consent-gate-bg', '--consent-gate-text', '--consent-gate-panel-bg']),
  },
  parameters: { consent: { config: demoConfig } },
} satisfies Meta<GateArgs>;

export default meta;

/** `src` with a YouTube watch URL: loads the youtube-nocookie embed once allowed. */
export const YouTube: Story = { name: 'YouTube' };

export const Vimeo: Story = { args: { src: VIMEO, title: 'A short film' } };

export const GoogleMaps: Story = {
  name: 'Google Maps',
  args: { category: 'maps', src: undefined, title: 'How to find us' },
  render: (args, context) => page(context, section('Map', gate(args, GOOGLE_MAPS))),
};

export const OpenStreetMap: Story = {
  name: 'OpenStreetMap',
  args: { category: 'maps', src: undefined, title: 'How to find us' },
  render: (args, context) => page(context, section('Map', gate(args, OPENSTREETMAP))),
};

/** Chat gates are a small "Chat with us" button: the widget loads on the first click. */
export const Crisp: Story = {
  args: { category: 'chat', src: undefined, title: undefined },
  render: (args, context) => page(context, section('Chat', gate(args, CRISP))),
};

/** A chat launcher with the site's own visual (an avatar) in `slot="placeholder"`. */
export const CrispWithAvatar: Story = {
  args: { category: 'chat', src: undefined, title: undefined },
  render: (args, context) =>
    page(
      context,
      section(
        'Chat',
        gate(
          args,
          html`<img
              slot="placeholder"
              src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 48 48'%3E%3Ccircle cx='24' cy='24' r='24' fill='%230b57d0'/%3E%3Ccircle cx='24' cy='19' r='8' fill='white'/%3E%3Cpath d='M9 41a15 15 0 0 1 30 0' fill='white'/%3E%3C/svg%3E"
              alt=""
              width="48"
              height="48"
            />${CRISP}`,
        ),
      ),
    ),
};

export const Intercom: Story = {
  args: { category: 'chat', src: undefined, title: undefined },
  render: (args, context) => page(context, section('Chat', gate(args, INTERCOM))),
};

export const TawkTo: Story = {
  name: 'Tawk.to',
  args: { category: 'chat', src: undefined, title: undefined },
  render: (args, context) => page(context, section('Chat', gate(args, TAWK))),
};

/** A provider without a preset, with the site's own poster in `slot="placeholder"`. */
export const GenericWithPoster: Story = {
  args: { category: 'video', src: undefined, title: 'Our bakers at work' },
  render: (args, context) => page(context, section('Video', gate(args, GENERIC_WITH_POSTER))),
};

/**
 * `service` set: "Always allow" grants that service only. Allowing YouTube here leaves
 * the Vimeo gate closed (and the preference dialog shows YouTube on, Vimeo off).
 */
export const ServiceScoped: Story = {
  args: { service: 'youtube' },
  render: (args, context) =>
    page(
      context,
      section(
        'Videos',
        html`${gate(args)}
        ${gate({ category: 'video', service: 'vimeo', src: VIMEO, title: 'A short film' })}`,
      ),
    ),
};

/** Consent already stored for videos: the content is live at once (a local stand-in). */
export const Loaded: Story = {
  args: { src: undefined, title: 'Stand-in player' },
  parameters: { consent: { decided: { categories: { video: true } } } },
  render: (args, context) => page(context, section('Video', gate(args, STAND_IN))),
};

/** The visitor refused everything: gates stay placeholders and can still be opened one by one. */
export const Decided: Story = {
  parameters: { consent: { decided: 'reject-all' } },
  render: (args, context) => page(context, section('Video', gate(args)), 'decided'),
};

/** Global Privacy Control honoured: a gate is still a per-purpose choice the visitor can make. */
export const GpcHonoured: Story = {
  name: 'GPC honoured',
  parameters: { consent: { gpc: true } },
  render: (args, context) => page(context, gallery(), 'gpc'),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args, context) => page(context, gallery()),
};

/** Every shipped language side by side (each gate in an element with its own `lang`). */
export const AllLocales: Story = {
  render: (args, context) =>
    page(
      context,
      html`<div class="demo-gates">
        ${SHIPPED.map((locale) => html`<div lang=${locale}>${gate(args)}</div>`)}
        <div>
          ${SHIPPED.map((locale) => html`<div lang=${locale}>${gate({ category: 'chat' }, CRISP)}</div>`)}
        </div>
      </div>`,
    ),
};

export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  globals: narrowViewport,
  render: (args, context) =>
    html`<div class="narrow-frame">${demoPage(localeOf(context.globals), { body: gallery() })}</div>
      <consent-preferences></consent-preferences>`,
};

/** A long title and a long purpose label (from the configuration). */
export const LongTexts: Story = {
  args: {
    title:
      'A twenty-minute walkthrough of our sourdough process, from the starter to the oven, with subtitles in five languages',
  },
  parameters: { consent: { config: longConfig } },
};

export const LongTextsNarrow: Story = {
  name: 'Long texts (320 px)',
  args: LongTexts.args,
  parameters: { consent: { config: longConfig } },
  globals: narrowViewport,
  render: (args, context) =>
    html`<div class="narrow-frame">
        ${demoPage(localeOf(context.globals), { body: section('Video', gate(args)) })}
      </div>
      <consent-preferences></consent-preferences>`,
};

/**
 * On request, in a required purpose (a support chat the visitor asks for, exempt from
 * consent): one "Chat with us" button. The click is the request; nothing is stored.
 */
export const OnRequestChat: Story = {
  name: 'On request: chat',
  args: {
    category: 'support',
    service: 'crisp',
    src: undefined,
    title: undefined,
    onRequest: true,
  },
  parameters: { consent: { config: onRequestConfig } },
  render: (args, context) => page(context, section('Chat', gate(args, CRISP))),
};

/** A payment form on request (the Stripe preset): "Pay with Stripe", no box of a video's shape. */
export const OnRequestStripe: Story = {
  name: 'On request: payment (Stripe)',
  args: { ...OnRequestChat.args, service: 'stripe' },
  parameters: { consent: { config: onRequestConfig } },
  render: (args, context) => page(context, section('Payment', gate(args, STRIPE))),
};

/** The PayPal preset, on request in the same exempt purpose. */
export const OnRequestPayPal: Story = {
  name: 'On request: payment (PayPal)',
  args: { ...OnRequestChat.args, service: 'paypal' },
  parameters: { consent: { config: onRequestConfig } },
  render: (args, context) => page(context, section('Payment', gate(args, PAYPAL))),
};

/**
 * On request in a purpose that needs consent, not given yet: the payment button loads
 * this gate once, "Always allow" grants the purpose (PayPal found by the embed's host).
 */
export const OnRequestBeforeConsent: Story = {
  name: 'On request: payment, before consent',
  args: { category: 'payments', src: undefined, title: undefined, onRequest: true },
  parameters: { consent: { config: onRequestConfig } },
  render: (args, context) => page(context, section('Payment', gate(args, PAYPAL))),
};

/**
 * On request, its purpose already allowed: a single "Load" button, and nothing loads
 * until the visitor presses it.
 */
export const OnRequestAllowed: Story = {
  name: 'On request: already allowed',
  args: { onRequest: true },
  parameters: { consent: { decided: { categories: { video: true } } } },
};
