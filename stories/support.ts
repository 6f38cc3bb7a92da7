/**
 * Shared by the stories: the example page around the elements, the configurations
 * they show, and small helpers for args and play functions. Nothing here is part of
 * the library.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pageStore } from '../src/page-store.js';
import type { ConsentConfig, LocalizedText } from '../src/store/types.js';
import { LOCALES as SHIPPED } from '../src/localization/languages.js';

/** The languages of the example page around the elements (the elements speak all of SHIPPED). */
export type Locale = 'en' | 'fr' | 'de' | 'it' | 'es';
export const LOCALES: Locale[] = ['en', 'fr', 'de', 'it', 'es'];

/** The `locale` global of a story context, as a supported locale. */
export function localeOf(globals: Record<string, unknown>): Locale {
  const value = String(globals.locale ?? 'en');
  return (LOCALES as string[]).includes(value) ? (value as Locale) : 'en';
}

/** One text in the five locales, in LOCALES order. */
function t5(en: string, fr: string, de: string, it: string, es: string): Record<Locale, string> {
  return { en, fr, de, it, es };
}

// ---- the example page ----

const PAGE = {
  brand: t5(
    'Example Bakery',
    'Boulangerie Exemple',
    'Beispiel-Bäckerei',
    'Panetteria Esempio',
    'Panadería Ejemplo',
  ),
  heading: t5(
    'Fresh bread, every morning',
    'Du pain frais, chaque matin',
    'Frisches Brot, jeden Morgen',
    'Pane fresco, ogni mattina',
    'Pan fresco, cada mañana',
  ),
  intro: t5(
    'This page stands in for a real site around the consent elements; it is not part of the library.',
    'Cette page tient lieu de vrai site autour des éléments de consentement ; elle ne fait pas partie de la bibliothèque.',
    'Diese Seite steht für eine echte Website rund um die Consent-Elemente; sie gehört nicht zur Bibliothek.',
    'Questa pagina sostituisce un sito reale attorno agli elementi di consenso; non fa parte della libreria.',
    'Esta página sustituye a un sitio real alrededor de los elementos de consentimiento; no forma parte de la biblioteca.',
  ),
  more: t5(
    'Sourdough, rye and seasonal pastries are baked on site from six in the morning. Order online and collect your bread on the way to work.',
    'Levain, seigle et viennoiseries de saison sont cuits sur place dès six heures. Commandez en ligne et retirez votre pain en allant au travail.',
    'Sauerteig-, Roggenbrot und Gebäck der Saison backen wir ab sechs Uhr vor Ort. Bestellen Sie online und holen Sie Ihr Brot auf dem Weg zur Arbeit ab.',
    'Lievito madre, segale e dolci di stagione sono sfornati sul posto dalle sei del mattino. Ordina online e ritira il pane andando al lavoro.',
    'Masa madre, centeno y bollería de temporada se hornean aquí desde las seis de la mañana. Pide en línea y recoge tu pan de camino al trabajo.',
  ),
  preferences: t5(
    'Cookie preferences',
    'Préférences de cookies',
    'Cookie-Einstellungen',
    'Preferenze sui cookie',
    'Preferencias de cookies',
  ),
  decided: t5(
    'You have already decided, so the banner stays hidden. You can change your choice at any time:',
    'Vous avez déjà choisi : le bandeau reste masqué. Vous pouvez modifier votre choix à tout moment :',
    'Sie haben bereits entschieden, daher bleibt das Banner ausgeblendet. Sie können Ihre Wahl jederzeit ändern:',
    'Hai già scelto, quindi il banner resta nascosto. Puoi cambiare la tua scelta in qualsiasi momento:',
    'Ya has decidido, así que el banner permanece oculto. Puedes cambiar tu elección en cualquier momento:',
  ),
  gpc: t5(
    'Your browser sends a Global Privacy Control signal. It was honoured as a refusal of every optional purpose, so no banner is shown. You can still choose purpose by purpose:',
    'Votre navigateur envoie un signal Global Privacy Control. Il a été respecté comme un refus de toutes les finalités facultatives : aucun bandeau n’est affiché. Vous pouvez toujours choisir finalité par finalité :',
    'Ihr Browser sendet ein Global-Privacy-Control-Signal. Es wurde als Ablehnung aller optionalen Zwecke beachtet, daher erscheint kein Banner. Sie können trotzdem Zweck für Zweck wählen:',
    'Il tuo browser invia un segnale Global Privacy Control. È stato rispettato come rifiuto di tutte le finalità facoltative, quindi non compare alcun banner. Puoi comunque scegliere finalità per finalità:',
    'Tu navegador envía una señal Global Privacy Control. Se ha respetado como un rechazo de todas las finalidades opcionales, por lo que no aparece ningún banner. Aun así puedes elegir finalidad por finalidad:',
  ),
};

export type PageNote = 'decided' | 'gpc';

/**
 * A small site: header, main content, and a footer link that reopens the preference
 * dialog (`data-consent-open`). `note` explains why no banner shows.
 */
export function demoPage(
  locale: Locale,
  options: { note?: PageNote; body?: TemplateResult | typeof nothing; heading?: string } = {},
): TemplateResult {
  const { note, body = nothing, heading = PAGE.heading[locale] } = options;
  const link = html`<a href="#cookie-preferences" data-consent-open
    >${PAGE.preferences[locale]}</a
  >`;
  return html`<div class="demo-page">
    <header><p class="brand">${PAGE.brand[locale]}</p></header>
    <main>
      <h1>${heading}</h1>
      ${note ? html`<p class="demo-note">${PAGE[note][locale]} ${link}</p>` : nothing}
      <p>${PAGE.intro[locale]}</p>
      ${body}
      <p>${PAGE.more[locale]}</p>
    </main>
    <footer>${link}</footer>
  </div>`;
}

// ---- configurations ----

const site = t5('This site', 'Ce site', 'Diese Website', 'Questo sito', 'Este sitio');
const months = (n: number) =>
  t5(`${n} months`, `${n} mois`, `${n} Monate`, `${n} mesi`, `${n} meses`);

/** Purposes with services and cookie tables, as a real site would configure them. */
export const demoConfig: ConsentConfig = {
  revision: 1,
  categories: [
    {
      id: 'necessary',
      cookies: [
        {
          name: 'consent',
          provider: site,
          purpose: t5(
            'Keeps your consent choices',
            'Conserve vos choix de consentement',
            'Speichert Ihre Einwilligungsentscheidungen',
            'Conserva le tue scelte sul consenso',
            'Guarda tus decisiones de consentimiento',
          ),
          expiry: months(6),
        },
        {
          name: 'session',
          provider: site,
          purpose: t5(
            'Keeps your basket',
            'Conserve votre panier',
            'Speichert Ihren Warenkorb',
            'Conserva il carrello',
            'Guarda tu cesta',
          ),
          expiry: t5(
            'End of visit',
            'Fin de la visite',
            'Ende des Besuchs',
            'Fine della visita',
            'Fin de la visita',
          ),
        },
      ],
    },
    {
      id: 'preferences',
      cookies: [
        {
          name: 'theme',
          provider: site,
          purpose: t5(
            'Remembers light or dark mode',
            'Retient le mode clair ou sombre',
            'Merkt sich den hellen oder dunklen Modus',
            'Ricorda la modalità chiara o scura',
            'Recuerda el modo claro u oscuro',
          ),
          expiry: months(12),
        },
      ],
    },
    {
      id: 'analytics',
      clearCookies: ['_pk_*'],
      services: [
        {
          id: 'matomo',
          label: 'Matomo',
          description: t5(
            'Audience measurement hosted by this site.',
            'Mesure d’audience hébergée par ce site.',
            'Reichweitenmessung, von dieser Website selbst betrieben.',
            'Misurazione del pubblico ospitata da questo sito.',
            'Medición de audiencia alojada por este sitio.',
          ),
          privacyPolicy: 'https://matomo.org/privacy-policy/',
          cookies: [
            {
              name: '_pk_id.*',
              provider: 'Matomo',
              purpose: t5(
                'Tells visits apart',
                'Distingue les visites',
                'Unterscheidet Besuche',
                'Distingue le visite',
                'Distingue las visitas',
              ),
              expiry: months(13),
            },
            {
              name: '_pk_ses.*',
              provider: 'Matomo',
              purpose: t5(
                'Groups one visit',
                'Regroupe une visite',
                'Fasst einen Besuch zusammen',
                'Raggruppa una visita',
                'Agrupa una visita',
              ),
              expiry: t5('30 minutes', '30 minutes', '30 Minuten', '30 minuti', '30 minutos'),
            },
          ],
        },
      ],
    },
    {
      id: 'marketing',
      services: [
        {
          id: 'google-ads',
          label: 'Google Ads',
          privacyPolicy: 'https://policies.google.com/privacy',
          cookies: [
            {
              name: '_gcl_au',
              provider: 'Google',
              purpose: t5(
                'Measures ad conversions',
                'Mesure les conversions publicitaires',
                'Misst Werbe-Conversions',
                'Misura le conversioni pubblicitarie',
                'Mide las conversiones publicitarias',
              ),
              expiry: months(3),
            },
          ],
        },
        {
          id: 'meta-pixel',
          label: 'Meta Pixel',
          privacyPolicy: 'https://www.facebook.com/privacy/policy/',
          cookies: [
            {
              name: '_fbp',
              provider: 'Meta',
              purpose: t5(
                'Targets ads',
                'Cible les publicités',
                'Personalisiert Werbung',
                'Personalizza la pubblicità',
                'Personaliza la publicidad',
              ),
              expiry: months(3),
            },
          ],
        },
      ],
    },
    {
      id: 'video',
      services: [
        { id: 'youtube', label: 'YouTube', privacyPolicy: 'https://policies.google.com/privacy' },
        { id: 'vimeo', label: 'Vimeo', privacyPolicy: 'https://vimeo.com/privacy' },
      ],
    },
    {
      id: 'maps',
      services: [
        {
          id: 'google-maps',
          label: 'Google Maps',
          privacyPolicy: 'https://policies.google.com/privacy',
        },
        {
          id: 'openstreetmap',
          label: 'OpenStreetMap',
          privacyPolicy: 'https://osmfoundation.org/wiki/Privacy_Policy',
        },
      ],
    },
  ],
};

const LONG_WORD = 'Datenschutzgrundverordnungskonformitätsüberprüfungsverfahren';
const LONG_TEXT: LocalizedText =
  'We and our 143 partners store and read information on your device, such as unique identifiers, to measure how our pages perform, to understand which articles, recipes and offers interest you across our websites, newsletters and mobile applications, to develop and improve our products, and to show you advertising that is more relevant to you. ' +
  `Some partners rely on legitimate interest, which you can object to here (${LONG_WORD}).`;

/** Very long labels, descriptions, provider names and an unbreakable cookie name. */
export const longConfig: ConsentConfig = {
  revision: 1,
  categories: [
    {
      id: 'necessary',
      description: LONG_TEXT,
      cookies: [
        {
          name: 'a_very_long_session_cookie_name_without_any_break_opportunity_0123456789abcdef',
          provider:
            'Example Bakery International Holding Services GmbH & Co. KGaA, Zweigniederlassung Nord',
          purpose: LONG_TEXT,
          expiry: 'Until the end of the current browsing session, or 30 days at most',
        },
      ],
    },
    {
      id: 'analytics',
      label:
        'Audience measurement, performance statistics and product-improvement research across all of our websites and applications',
      description: LONG_TEXT,
      services: [
        {
          id: 'journey-analytics',
          label:
            'Enterprise Customer Journey Analytics and Experience Optimisation Platform (self-hosted edition)',
          description: LONG_TEXT,
          privacyPolicy: 'https://example.com/privacy',
        },
      ],
    },
    { id: 'marketing', label: `${LONG_WORD} und Werbepartnerschaften`, description: LONG_TEXT },
    {
      id: 'video',
      label: 'Videos and animated recipe walkthroughs from external hosting providers',
      description: LONG_TEXT,
    },
  ],
};

export const LONG_BANNER_TITLE =
  'We value your privacy, and we would like to explain in plain words how this website and its partners use cookies';

/** A long slotted banner message, with a link, as site authors write them. */
export const longBannerMessage = html`<p style="margin: 0 0 0.5em">
    ${LONG_TEXT} You can accept everything, refuse everything, or choose purpose by purpose;
    refusing is as easy as accepting and has no effect on what you can do on this site.
  </p>
  <p style="margin: 0">
    Your choice is kept for six months and you can change it at any time from the “Cookie
    preferences” link at the bottom of every page. Read our
    <a href="#privacy-policy">privacy policy and the full list of partners</a>.
  </p>`;

// ---- args ----

/** Args whose name is a custom property (`--consent-*`), as a style map. */
export function cssVars(args: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

/** Colour pickers for custom properties (the manifest documents them, without a control). */
export function colorControls(names: string[]): Record<string, { control: 'color' }> {
  return Object.fromEntries(names.map((name) => [name, { control: 'color' as const }]));
}

/** The `lang` attribute: empty inherits the story root's (the `locale` global). */
export const langArgType = {
  control: 'select' as const,
  options: ['', ...SHIPPED],
  labels: { '': '(inherit)' },
};

/** Story globals for a 320 px wide viewport (Storybook's "Small mobile", 320 × 568). */
export const narrowViewport = { viewport: { value: 'mobile1', isRotated: false } };

// ---- play ----

/**
 * Opens the story's `<consent-preferences>` once the store has loaded (so that it
 * shows the stored choices), optionally with every cookie table expanded.
 */
export function showPreferences(options: { expandCookieTables?: boolean; focusId?: string } = {}) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await pageStore().ready;
    const dialog = canvasElement.querySelector('consent-preferences');
    if (!dialog) throw new Error('the story has no <consent-preferences>');
    dialog.show(options.focusId);
    await dialog.updateComplete;
    if (options.expandCookieTables) {
      for (const details of dialog.shadowRoot!.querySelectorAll('details')) details.open = true;
    }
  };
}
