import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { BannerPosition } from '../src/components/consent-banner/consent-banner.js';
import {
  LONG_BANNER_TITLE,
  colorControls,
  cssVars,
  demoConfig,
  demoPage,
  langArgType,
  localeOf,
  longBannerMessage,
  longConfig,
  narrowViewport,
  type PageNote,
} from './support.js';

interface BannerArgs {
  lang?: string;
  position: BannerPosition;
  modal: boolean;
  dismissible: boolean;
  /** Slot `title`, as text. */
  title?: string;
  /** The default slot, as text. */
  message?: string;
  [cssProperty: `--${string}`]: string | undefined;
}

type Story = StoryObj<BannerArgs>;

/**
 * The banner, with no whitespace between its tags: a whitespace text node is slotted
 * content too, and would replace the default message (see the report on the issue).
 */
function banner(args: BannerArgs, content: unknown = nothing) {
  const title = args.title ? html`<span slot="title">${args.title}</span>` : nothing;
  const message = args.message ? html`<p style="margin: 0">${args.message}</p>` : nothing;
  return html`<consent-banner
    lang=${ifDefined(args.lang || undefined)}
    position=${args.position}
    ?modal=${args.modal}
    ?dismissible=${args.dismissible}
    style=${styleMap(cssVars(args))}
    >${title}${message}${content}</consent-banner
  >`;
}

/** The page, the banner, and the dialog its "Customize" button opens. */
function renderBanner(args: BannerArgs, { globals }: StoryContext<BannerArgs>, note?: PageNote) {
  return html`${demoPage(localeOf(globals), { note })} ${banner(args)}
    <consent-preferences></consent-preferences>`;
}

const meta = {
  title: 'Elements/consent-banner',
  component: 'consent-banner',
  render: (args, context) => renderBanner(args, context),
  args: { position: 'bottom', modal: false, dismissible: false },
  argTypes: {
    lang: langArgType,
    position: {
      control: 'inline-radio',
      options: ['bottom', 'top', 'center', 'bottom-start', 'bottom-end'],
    },
    title: { control: 'text', table: { category: 'slots' } },
    message: {
      control: 'text',
      description:
        'The default slot: what is collected, by whom, and a link to the privacy policy.',
      table: { category: 'slots' },
    },
    ...colorControls([
      '--consent-banner-bg',
      '--consent-banner-text',
      '--consent-color-surface',
      '--consent-color-text',
      '--consent-color-accent',
      '--consent-color-on-accent',
      '--consent-color-border',
      '--consent-color-focus',
    ]),
  },
  parameters: { consent: { config: demoConfig } },
} satisfies Meta<BannerArgs>;

export default meta;

/** A first visit: no decision yet, so the banner shows at the bottom. */
export const FirstVisit: Story = {};

export const Top: Story = { args: { position: 'top' } };

/** Centred: always modal (a `<dialog>` with a backdrop). */
export const Center: Story = { args: { position: 'center' } };

export const BottomStart: Story = { args: { position: 'bottom-start' } };

export const BottomEnd: Story = { args: { position: 'bottom-end' } };

/** `modal`: blocks the page until the visitor chooses (Esc leaves it as a plain region). */
export const Modal: Story = { args: { modal: true } };

/** `dismissible`: adds "Continue without accepting", which records a refusal. */
export const Dismissible: Story = { args: { dismissible: true } };

/**
 * A returning visitor who refused: the banner stays hidden. The page's
 * `[data-consent-open]` link reopens the preference dialog.
 */
export const Decided: Story = {
  parameters: { consent: { decided: 'reject-all' } },
  render: (args, context) => renderBanner(args, context, 'decided'),
};

/**
 * The browser sends Global Privacy Control: it is honoured as a refusal, so no banner
 * shows; the preference dialog says so and still allows per-purpose choices.
 */
export const GpcHonoured: Story = {
  name: 'GPC honoured',
  parameters: { consent: { gpc: true } },
  render: (args, context) => renderBanner(args, context, 'gpc'),
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const French: Story = { globals: { locale: 'fr' } };
export const German: Story = { globals: { locale: 'de' } };
export const Italian: Story = { globals: { locale: 'it' } };
export const Spanish: Story = { globals: { locale: 'es' } };
/** Right to left: the buttons, the dismiss control and the text mirror. */
export const Arabic: Story = { globals: { locale: 'ar' }, args: { dismissible: true } };
export const Hebrew: Story = { globals: { locale: 'he' } };
export const Polish: Story = { globals: { locale: 'pl' } };
export const Greek: Story = { globals: { locale: 'el' } };

/** 320 px wide: the viewport global, and a 320 px frame for when the viewport is wider. */
export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  globals: narrowViewport,
  render: (args, { globals }) =>
    html`<div class="narrow-frame">${demoPage(localeOf(globals))} ${banner(args)}</div>
      <consent-preferences></consent-preferences>`,
};

/** A long heading and message in the slots, and long texts in the dialog. */
export const LongTexts: Story = {
  parameters: { consent: { config: longConfig } },
  render: (args, { globals }) =>
    html`${demoPage(localeOf(globals))}
      ${banner(args, html`<span slot="title">${LONG_BANNER_TITLE}</span>${longBannerMessage}`)}
      <consent-preferences></consent-preferences>`,
};

/** Long texts at 320 px: the banner scrolls inside itself, every button stays reachable. */
export const LongTextsNarrow: Story = {
  name: 'Long texts (320 px)',
  parameters: { consent: { config: longConfig } },
  globals: narrowViewport,
  render: (args, { globals }) =>
    html`<div class="narrow-frame">
        ${demoPage(localeOf(globals))}
        ${banner(args, html`<span slot="title">${LONG_BANNER_TITLE}</span>${longBannerMessage}`)}
      </div>
      <consent-preferences></consent-preferences>`,
};

/** Themed through the public custom properties (try the colour controls). */
export const CustomProperties: Story = {
  args: {
    '--consent-color-accent': '#6b2f8a',
    '--consent-color-focus': '#6b2f8a',
    '--consent-banner-bg': '#fbf7f2',
    '--consent-color-border': '#8a6f5a',
  },
};
