import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { ConsentConfig } from '../src/store/types.js';
import {
  colorControls,
  cssVars,
  demoConfig,
  demoPage,
  langArgType,
  localeOf,
  longConfig,
  narrowViewport,
  showPreferences,
  type PageNote,
} from './support.js';

interface PreferencesArgs {
  lang?: string;
  open: boolean;
  [cssProperty: `--${string}`]: string | boolean | undefined;
}

type Story = StoryObj<PreferencesArgs>;

/**
 * The page (its footer link opens the dialog) and the dialog. The banner is left out:
 * these stories are about the second layer.
 */
function renderPreferences(
  args: PreferencesArgs,
  { globals }: StoryContext<PreferencesArgs>,
  note?: PageNote,
) {
  return html`${demoPage(localeOf(globals), { note })}
    <consent-preferences
      lang=${ifDefined(args.lang || undefined)}
      ?open=${args.open}
      style=${styleMap(cssVars(args))}
    ></consent-preferences>`;
}

// Most stories open the dialog with `show()` once the store has loaded, as "Customize"
// or a `[data-consent-open]` link would.
const open = showPreferences();
const openWithTables = showPreferences({ expandCookieTables: true });

/**
 * The demo site, plus a purpose that stores and reads nothing on the device
 * (`deviceAccess: false`: server logs and monitoring), right after `necessary`.
 */
const serverSideConfig: ConsentConfig = {
  ...demoConfig,
  categories: [
    ...(demoConfig.categories ?? []).slice(0, 1),
    {
      id: 'security',
      deviceAccess: false,
      label: {
        en: 'Security and server logs',
        fr: 'Sécurité et journaux du serveur',
        de: 'Sicherheit und Serverprotokolle',
        it: 'Sicurezza e log del server',
        es: 'Seguridad y registros del servidor',
      },
      description: {
        en: 'Protects the site against attacks and fraud with logs kept on our servers.',
        fr: 'Protège le site contre les attaques et la fraude grâce aux journaux conservés sur nos serveurs.',
        de: 'Schützt die Website mit Protokollen auf unseren Servern vor Angriffen und Betrug.',
        it: 'Protegge il sito da attacchi e frodi con log conservati sui nostri server.',
        es: 'Protege el sitio contra ataques y fraudes con registros guardados en nuestros servidores.',
      },
      services: [
        {
          id: 'ovhcloud',
          label: 'OVHcloud',
          description: {
            en: 'Hosts this site and keeps its server logs (IP address, time, page).',
            fr: 'Héberge ce site et conserve ses journaux (adresse IP, heure, page).',
            de: 'Hostet diese Website und speichert ihre Serverprotokolle (IP-Adresse, Zeit, Seite).',
            it: 'Ospita questo sito e ne conserva i log (indirizzo IP, ora, pagina).',
            es: 'Aloja este sitio y guarda sus registros (dirección IP, hora, página).',
          },
          privacyPolicy: 'https://www.ovhcloud.com/en/terms-and-conditions/privacy-policy/',
        },
        {
          id: 'sentry',
          label: 'Sentry',
          description: {
            en: 'Error reports sent by our servers, never by your browser.',
            fr: 'Rapports d’erreurs envoyés par nos serveurs, jamais par votre navigateur.',
            de: 'Fehlerberichte, die unsere Server senden, nie Ihr Browser.',
            it: 'Segnalazioni di errori inviate dai nostri server, mai dal tuo browser.',
            es: 'Informes de errores enviados por nuestros servidores, nunca por tu navegador.',
          },
          privacyPolicy: 'https://sentry.io/privacy/',
        },
      ],
    },
    ...(demoConfig.categories ?? []).slice(1),
  ],
};

const meta = {
  title: 'Elements/consent-preferences',
  component: 'consent-preferences',
  render: (args, context) => renderPreferences(args, context),
  args: { open: false },
  argTypes: {
    lang: langArgType,
    ...colorControls(['--consent-dialog-bg', '--consent-dialog-text']),
  },
  parameters: { consent: { config: demoConfig } },
} satisfies Meta<PreferencesArgs>;

export default meta;

/** A first visit: every optional purpose off, services listed under their purpose. */
export const FirstVisit: Story = { play: open };

/** Every cookie table expanded. */
export const CookieTables: Story = { play: openWithTables };

/**
 * A returning visitor's stored choices: analytics on, video on for YouTube only (the
 * video purpose's switch is off, and "Services on: 1 of 2" says the rest).
 */
export const StoredChoices: Story = {
  parameters: {
    consent: {
      decided: { categories: { analytics: true, video: false }, services: { youtube: true } },
    },
  },
  play: open,
};

/** Opened from a `data-consent-open="video"` link: focus goes to that purpose's switch. */
export const FocusOnPurpose: Story = { play: showPreferences({ focusId: 'video' }) };

/**
 * Closed, after a decision: the page's `[data-consent-open]` link opens it (click
 * "Cookie preferences").
 */
export const Decided: Story = {
  parameters: { consent: { decided: 'reject-all' } },
  render: (args, context) => renderPreferences(args, context, 'decided'),
};

/** Global Privacy Control honoured: the dialog says so, and offers no "Accept all". */
export const GpcHonoured: Story = {
  name: 'GPC honoured',
  parameters: { consent: { gpc: true } },
  render: (args, context) => renderPreferences(args, context, 'gpc'),
  play: open,
};

export const Dark: Story = { globals: { theme: 'dark' }, play: openWithTables };

export const French: Story = { globals: { locale: 'fr' }, play: openWithTables };
/** Right to left: the close button, the switches and the cookie tables mirror. */
export const Arabic: Story = { globals: { locale: 'ar' }, play: openWithTables };
export const German: Story = { globals: { locale: 'de' }, play: openWithTables };
export const Italian: Story = { globals: { locale: 'it' }, play: openWithTables };
export const Spanish: Story = { globals: { locale: 'es' }, play: openWithTables };

/** 320 px wide (the dialog is in the top layer: only the viewport sizes it). */
export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  globals: narrowViewport,
  play: openWithTables,
};

/** Very long labels, descriptions, provider names and an unbreakable cookie name. */
export const LongTexts: Story = {
  parameters: { consent: { config: longConfig } },
  play: openWithTables,
};

export const LongTextsNarrow: Story = {
  name: 'Long texts (320 px)',
  parameters: { consent: { config: longConfig } },
  globals: narrowViewport,
  play: openWithTables,
};

/**
 * A purpose that stores nothing on the device (`deviceAccess: false`): no switch, a
 * sentence saying why no consent is needed, and its services listed without switches.
 */
export const NoDeviceAccess: Story = {
  name: 'No device access (server-side purpose)',
  parameters: { consent: { config: serverSideConfig } },
  play: open,
};
