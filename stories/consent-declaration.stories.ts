import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { ConsentConfig } from '../src/store/types.js';
import { colorControls, cssVars, demoPage, langArgType, localeOf, type Locale } from './support.js';

interface DeclarationArgs {
  lang?: string;
  /** `summary`, `purposes`, `record`, space-separated. */
  show: string;
  /** Purpose ids, space-separated; empty shows every purpose. */
  categories?: string;
  headingLevel?: number;
  [cssProperty: `--${string}`]: string | number | undefined;
}

type Story = StoryObj<DeclarationArgs>;

// ---- the configuration a cookie policy page declares ----

/**
 * One text in the example page's five languages and in Arabic (the right-to-left
 * story): a cookie policy shows the site's own words, so they are translated too. In
 * another language the element shows the English, marked with its `lang`.
 */
type Text = Record<Locale | 'ar', string>;
function t6(en: string, fr: string, de: string, it: string, es: string, ar: string): Text {
  return { en, fr, de, it, es, ar };
}

const months = (n: number) =>
  t6(
    `${n} months`,
    `${n} mois`,
    `${n} Monate`,
    `${n} mesi`,
    `${n} meses`,
    n <= 10 ? `${n} أشهر` : `${n} شهرًا`,
  );

const SITE = t6(
  'Example Bakery',
  'Boulangerie Exemple',
  'Beispiel-Bäckerei',
  'Panetteria Esempio',
  'Panadería Ejemplo',
  'مخبز المثال',
);
const END_OF_VISIT = t6(
  'End of visit',
  'Fin de la visite',
  'Ende des Besuchs',
  'Fine della visita',
  'Fin de la visita',
  'نهاية الزيارة',
);
const UNTIL_CLEARED = t6(
  'Until you clear it',
  'Jusqu’à ce que vous l’effaciez',
  'Bis Sie sie löschen',
  'Finché non la cancelli',
  'Hasta que la borres',
  'حتى تحذفها',
);
const THIRTY_MINUTES = t6(
  '30 minutes',
  '30 minutes',
  '30 Minuten',
  '30 minuti',
  '30 minutos',
  '30 دقيقة',
);
const EU_FRANCE = t6(
  'EU (France)',
  'UE (France)',
  'EU (Frankreich)',
  'UE (Francia)',
  'UE (Francia)',
  'الاتحاد الأوروبي (فرنسا)',
);
const USA_DPF = t6(
  'USA (EU–US Data Privacy Framework)',
  'États-Unis (cadre de protection des données UE–États-Unis)',
  'USA (EU-US Data Privacy Framework)',
  'USA (EU-US Data Privacy Framework)',
  'EE. UU. (Marco de Privacidad de Datos UE-EE. UU.)',
  'الولايات المتحدة (إطار خصوصية البيانات بين الاتحاد الأوروبي والولايات المتحدة)',
);
const USA_SCC = t6(
  'USA (standard contractual clauses)',
  'États-Unis (clauses contractuelles types)',
  'USA (Standardvertragsklauseln)',
  'USA (clausole contrattuali standard)',
  'EE. UU. (cláusulas contractuales tipo)',
  'الولايات المتحدة (البنود التعاقدية القياسية)',
);
const GOOGLE_PRIVACY = 'https://policies.google.com/privacy';

/**
 * A bakery's cookie policy: built-in and own purposes, every legal-basis keyword and
 * one basis in the site's own words, retention periods, services with provider,
 * endpoint, country and policy, and rows of every storage type (cookie, local storage,
 * session storage, IndexedDB). `security` stores nothing on the device
 * (`deviceAccess: false`); `orders` is required (a contract).
 */
const policyConfig: ConsentConfig = {
  revision: 1,
  categories: [
    {
      // No legalBasis: a required purpose's default, "exempt", shown translated.
      id: 'necessary',
      retention: t6(
        'Up to 6 months',
        'Jusqu’à 6 mois',
        'Bis zu 6 Monate',
        'Fino a 6 mesi',
        'Hasta 6 meses',
        'حتى 6 أشهر',
      ),
      cookies: [
        {
          name: 'consent',
          provider: SITE,
          purpose: t6(
            'Keeps your consent choices',
            'Conserve vos choix de consentement',
            'Speichert Ihre Einwilligungsentscheidungen',
            'Conserva le tue scelte sul consenso',
            'Guarda tus decisiones de consentimiento',
            'يحفظ اختياراتك بشأن الموافقة',
          ),
          expiry: months(6),
        },
        {
          name: 'session',
          provider: SITE,
          purpose: t6(
            'Keeps you signed in',
            'Maintient votre connexion',
            'Hält Sie angemeldet',
            'Mantiene l’accesso',
            'Mantiene tu sesión iniciada',
            'يبقيك مسجّل الدخول',
          ),
          expiry: END_OF_VISIT,
          type: 'cookie',
        },
        {
          name: 'basket',
          provider: SITE,
          purpose: t6(
            'Keeps your basket',
            'Conserve votre panier',
            'Speichert Ihren Warenkorb',
            'Conserva il carrello',
            'Guarda tu cesta',
            'يحفظ سلة مشترياتك',
          ),
          expiry: t6('7 days', '7 jours', '7 Tage', '7 giorni', '7 días', '7 أيام'),
          type: 'localStorage',
        },
        {
          name: 'checkout-step',
          provider: SITE,
          purpose: t6(
            'Remembers your step in the checkout',
            'Retient votre étape de commande',
            'Merkt sich Ihren Schritt an der Kasse',
            'Ricorda il passaggio del checkout',
            'Recuerda tu paso en el pago',
            'يتذكر خطوتك في إتمام الطلب',
          ),
          expiry: END_OF_VISIT,
          type: 'sessionStorage',
        },
      ],
    },
    {
      id: 'preferences',
      legalBasis: 'consent',
      retention: months(12),
      cookies: [
        {
          name: 'theme',
          provider: SITE,
          purpose: t6(
            'Remembers light or dark mode',
            'Retient le mode clair ou sombre',
            'Merkt sich den hellen oder dunklen Modus',
            'Ricorda la modalità chiara o scura',
            'Recuerda el modo claro u oscuro',
            'يتذكر الوضع الفاتح أو الداكن',
          ),
          expiry: UNTIL_CLEARED,
          type: 'localStorage',
        },
        {
          name: 'bakery-offline',
          provider: SITE,
          purpose: t6(
            'Shows your recent orders offline',
            'Affiche vos commandes récentes hors ligne',
            'Zeigt Ihre letzten Bestellungen offline an',
            'Mostra i tuoi ordini recenti offline',
            'Muestra tus pedidos recientes sin conexión',
            'يعرض طلباتك الأخيرة دون اتصال',
          ),
          expiry: months(12),
          type: 'indexedDB',
        },
      ],
    },
    {
      id: 'analytics',
      // The site's own words, rather than a keyword.
      legalBasis: t6(
        'Consent (GDPR, Art. 6(1)(a))',
        'Consentement (RGPD, art. 6, paragraphe 1, a)',
        'Einwilligung (DSGVO, Art. 6 Abs. 1 lit. a)',
        'Consenso (GDPR, art. 6, par. 1, lett. a)',
        'Consentimiento (RGPD, art. 6.1.a)',
        'الموافقة (المادة 6، الفقرة 1، البند أ من اللائحة العامة لحماية البيانات)',
      ),
      retention: months(13),
      services: [
        {
          id: 'matomo',
          label: 'Matomo',
          provider: SITE,
          description: t6(
            'Audience measurement hosted by this site.',
            'Mesure d’audience hébergée par ce site.',
            'Reichweitenmessung, von dieser Website selbst betrieben.',
            'Misurazione del pubblico ospitata da questo sito.',
            'Medición de audiencia alojada por este sitio.',
            'قياس الجمهور مستضاف على هذا الموقع.',
          ),
          endpoint: 'stats.example-bakery.eu',
          country: EU_FRANCE,
          privacyPolicy: 'https://matomo.org/privacy-policy/',
          cookies: [
            {
              name: '_pk_id.*',
              provider: SITE,
              purpose: t6(
                'Tells visits apart',
                'Distingue les visites',
                'Unterscheidet Besuche',
                'Distingue le visite',
                'Distingue las visitas',
                'يميّز بين الزيارات',
              ),
              expiry: months(13),
            },
            {
              name: '_pk_ses.*',
              provider: SITE,
              purpose: t6(
                'Groups one visit',
                'Regroupe une visite',
                'Fasst einen Besuch zusammen',
                'Raggruppa una visita',
                'Agrupa una visita',
                'يجمع صفحات الزيارة الواحدة',
              ),
              expiry: THIRTY_MINUTES,
            },
          ],
        },
      ],
    },
    {
      id: 'marketing',
      legalBasis: 'consent',
      retention: months(3),
      services: [
        {
          id: 'google-ads',
          label: 'Google Ads',
          provider: 'Google Ireland Limited',
          description: t6(
            'Measures which ads bring orders.',
            'Mesure quelles publicités amènent des commandes.',
            'Misst, welche Anzeigen zu Bestellungen führen.',
            'Misura quali annunci portano ordini.',
            'Mide qué anuncios generan pedidos.',
            'يقيس الإعلانات التي تجلب الطلبات.',
          ),
          endpoint: 'googleads.g.doubleclick.net',
          country: USA_DPF,
          privacyPolicy: GOOGLE_PRIVACY,
          cookies: [
            {
              name: '_gcl_au',
              provider: 'Google',
              purpose: t6(
                'Measures ad conversions',
                'Mesure les conversions publicitaires',
                'Misst Werbe-Conversions',
                'Misura le conversioni pubblicitarie',
                'Mide las conversiones publicitarias',
                'يقيس تحويلات الإعلانات',
              ),
              expiry: months(3),
            },
          ],
        },
        {
          id: 'meta-pixel',
          label: 'Meta Pixel',
          provider: 'Meta Platforms Ireland Limited',
          description: t6(
            'Shows our offers on Facebook and Instagram.',
            'Affiche nos offres sur Facebook et Instagram.',
            'Zeigt unsere Angebote auf Facebook und Instagram.',
            'Mostra le nostre offerte su Facebook e Instagram.',
            'Muestra nuestras ofertas en Facebook e Instagram.',
            'يعرض عروضنا على فيسبوك وإنستغرام.',
          ),
          endpoint: 'connect.facebook.net',
          country: USA_SCC,
          privacyPolicy: 'https://www.facebook.com/privacy/policy/',
          cookies: [
            {
              name: '_fbp',
              provider: 'Meta',
              purpose: t6(
                'Targets ads',
                'Cible les publicités',
                'Personalisiert Werbung',
                'Personalizza la pubblicità',
                'Personaliza la publicidad',
                'يستهدف الإعلانات',
              ),
              expiry: months(3),
            },
          ],
        },
      ],
    },
    {
      // No retention: the provider decides it (its row stays empty in the summary).
      id: 'video',
      services: [
        {
          id: 'youtube',
          label: 'YouTube',
          provider: 'Google Ireland Limited',
          description: t6(
            'Our baking videos.',
            'Nos vidéos de boulangerie.',
            'Unsere Backvideos.',
            'I nostri video di panificazione.',
            'Nuestros vídeos de panadería.',
            'مقاطع الفيديو الخاصة بالخَبز.',
          ),
          endpoint: 'www.youtube-nocookie.com',
          country: USA_DPF,
          privacyPolicy: GOOGLE_PRIVACY,
          cookies: [
            {
              name: 'yt-remote-device-id',
              provider: 'YouTube',
              purpose: t6(
                'Remembers the player’s settings',
                'Retient les réglages du lecteur',
                'Merkt sich die Einstellungen des Players',
                'Ricorda le impostazioni del player',
                'Recuerda los ajustes del reproductor',
                'يتذكر إعدادات المشغّل',
              ),
              expiry: UNTIL_CLEARED,
              type: 'localStorage',
            },
            {
              name: 'YtIdbMeta#databases',
              provider: 'YouTube',
              purpose: t6(
                'Caches the player’s data',
                'Met en cache les données du lecteur',
                'Speichert Daten des Players zwischen',
                'Memorizza i dati del player',
                'Guarda en caché los datos del reproductor',
                'يخزّن بيانات المشغّل مؤقتًا',
              ),
              expiry: UNTIL_CLEARED,
              type: 'indexedDB',
            },
          ],
        },
      ],
    },
    {
      id: 'security',
      deviceAccess: false,
      label: t6(
        'Security and server logs',
        'Sécurité et journaux du serveur',
        'Sicherheit und Serverprotokolle',
        'Sicurezza e log del server',
        'Seguridad y registros del servidor',
        'الأمان وسجلات الخادم',
      ),
      description: t6(
        'Protects the site against attacks and fraud with logs kept on our servers.',
        'Protège le site contre les attaques et la fraude grâce aux journaux conservés sur nos serveurs.',
        'Schützt die Website mit Protokollen auf unseren Servern vor Angriffen und Betrug.',
        'Protegge il sito da attacchi e frodi con log conservati sui nostri server.',
        'Protege el sitio contra ataques y fraudes con registros guardados en nuestros servidores.',
        'يحمي الموقع من الهجمات والاحتيال بسجلات محفوظة على خوادمنا.',
      ),
      legalBasis: 'legitimate-interest',
      retention: t6(
        'Server logs: 7 days',
        'Journaux du serveur : 7 jours',
        'Serverprotokolle: 7 Tage',
        'Log del server: 7 giorni',
        'Registros del servidor: 7 días',
        'سجلات الخادم: 7 أيام',
      ),
      services: [
        {
          id: 'ovhcloud',
          label: 'OVHcloud',
          provider: 'OVH SAS',
          description: t6(
            'Hosts this site and keeps its server logs (IP address, time, page).',
            'Héberge ce site et conserve ses journaux (adresse IP, heure, page).',
            'Hostet diese Website und speichert ihre Serverprotokolle (IP-Adresse, Zeit, Seite).',
            'Ospita questo sito e ne conserva i log (indirizzo IP, ora, pagina).',
            'Aloja este sitio y guarda sus registros (dirección IP, hora, página).',
            'يستضيف هذا الموقع ويحتفظ بسجلات خادمه (عنوان IP والوقت والصفحة).',
          ),
          country: EU_FRANCE,
          privacyPolicy: 'https://www.ovhcloud.com/en/terms-and-conditions/privacy-policy/',
        },
      ],
    },
    {
      id: 'orders',
      required: true,
      label: t6(
        'Online orders and payment',
        'Commandes en ligne et paiement',
        'Online-Bestellungen und Zahlung',
        'Ordini online e pagamento',
        'Pedidos en línea y pago',
        'الطلبات عبر الإنترنت والدفع',
      ),
      description: t6(
        'Needed to take and pay for the orders you place.',
        'Nécessaire pour prendre et encaisser les commandes que vous passez.',
        'Nötig, um Ihre Bestellungen anzunehmen und zu bezahlen.',
        'Necessario per ricevere e pagare gli ordini che effettui.',
        'Necesario para recibir y cobrar los pedidos que haces.',
        'ضروري لاستلام طلباتك ودفع ثمنها.',
      ),
      legalBasis: 'contract',
      retention: t6(
        'Invoices: 10 years (legal obligation)',
        'Factures : 10 ans (obligation légale)',
        'Rechnungen: 10 Jahre (gesetzliche Pflicht)',
        'Fatture: 10 anni (obbligo di legge)',
        'Facturas: 10 años (obligación legal)',
        'الفواتير: 10 سنوات (التزام قانوني)',
      ),
      services: [
        {
          id: 'stripe',
          label: 'Stripe',
          provider: 'Stripe Payments Europe, Limited',
          description: t6(
            'Takes card payments for online orders.',
            'Encaisse les paiements par carte des commandes en ligne.',
            'Wickelt Kartenzahlungen für Online-Bestellungen ab.',
            'Gestisce i pagamenti con carta degli ordini online.',
            'Procesa los pagos con tarjeta de los pedidos en línea.',
            'يعالج الدفع بالبطاقة للطلبات عبر الإنترنت.',
          ),
          endpoint: 'js.stripe.com',
          country: USA_SCC,
          privacyPolicy: 'https://stripe.com/privacy',
          cookies: [
            {
              name: '__stripe_mid',
              provider: 'Stripe',
              purpose: t6(
                'Prevents payment fraud',
                'Prévient la fraude au paiement',
                'Verhindert Zahlungsbetrug',
                'Previene le frodi nei pagamenti',
                'Previene el fraude en los pagos',
                'يمنع الاحتيال في الدفع',
              ),
              expiry: months(12),
            },
            {
              name: '__stripe_sid',
              provider: 'Stripe',
              purpose: t6(
                'Prevents payment fraud during this visit',
                'Prévient la fraude au paiement pendant cette visite',
                'Verhindert Zahlungsbetrug während dieses Besuchs',
                'Previene le frodi nei pagamenti durante questa visita',
                'Previene el fraude en los pagos durante esta visita',
                'يمنع الاحتيال في الدفع خلال هذه الزيارة',
              ),
              expiry: THIRTY_MINUTES,
            },
          ],
        },
      ],
    },
  ],
};

// ---- the cookie policy page ----

/** The page's own words around the declaration (the example page speaks five languages). */
const POLICY: Record<
  'title' | 'cookies' | 'summary' | 'details' | 'consent',
  Record<Locale, string>
> = {
  title: {
    en: 'Cookie policy',
    fr: 'Politique de cookies',
    de: 'Cookie-Richtlinie',
    it: 'Informativa sui cookie',
    es: 'Política de cookies',
  },
  cookies: {
    en: 'Cookies and similar technologies',
    fr: 'Cookies et technologies similaires',
    de: 'Cookies und ähnliche Technologien',
    it: 'Cookie e tecnologie simili',
    es: 'Cookies y tecnologías similares',
  },
  summary: {
    en: 'Summary',
    fr: 'Résumé',
    de: 'Übersicht',
    it: 'Riepilogo',
    es: 'Resumen',
  },
  details: {
    en: 'Each purpose in detail',
    fr: 'Chaque finalité en détail',
    de: 'Jeder Zweck im Einzelnen',
    it: 'Ogni finalità in dettaglio',
    es: 'Cada finalidad en detalle',
  },
  consent: {
    en: 'Your choices',
    fr: 'Vos choix',
    de: 'Ihre Entscheidungen',
    it: 'Le tue scelte',
    es: 'Tus decisiones',
  },
};

function declaration(args: DeclarationArgs, overrides: Partial<DeclarationArgs> = {}) {
  const { lang, show, categories, headingLevel } = { ...args, ...overrides };
  return html`<consent-declaration
    lang=${ifDefined(lang || undefined)}
    show=${show}
    categories=${ifDefined(categories || undefined)}
    heading-level=${ifDefined(headingLevel)}
    style=${styleMap(cssVars(args))}
  ></consent-declaration>`;
}

/**
 * The policy page: its title, a section heading, and the declaration under it (whose
 * headings are one level below, `heading-level` 3 by default), then the dialog that
 * "Change your choices" opens.
 */
function policyPage({ globals }: StoryContext<DeclarationArgs>, body: TemplateResult) {
  const locale = localeOf(globals);
  return html`${demoPage(locale, { heading: POLICY.title[locale], body })}
    <consent-preferences></consent-preferences>`;
}

function underHeading(args: DeclarationArgs, context: StoryContext<DeclarationArgs>) {
  const locale = localeOf(context.globals);
  return policyPage(
    context,
    html`<h2>${POLICY.cookies[locale]}</h2>
      ${declaration(args)}`,
  );
}

const meta = {
  title: 'Elements/consent-declaration',
  component: 'consent-declaration',
  render: (args, context) => underHeading(args, context),
  args: { show: 'purposes record' },
  argTypes: {
    lang: langArgType,
    show: {
      control: 'text',
      description: 'What is shown, space-separated: `summary`, `purposes`, `record`.',
    },
    categories: {
      control: 'text',
      description: 'Purpose ids, space-separated, in that order (empty: every purpose).',
    },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    ...colorControls(['--consent-declaration-border', '--consent-declaration-header-bg']),
  },
  parameters: { consent: { config: policyConfig } },
} satisfies Meta<DeclarationArgs>;

export default meta;

/**
 * A section per purpose (legal basis, retention, the visitor's choice, services, cookies
 * and storage), then the visitor's consent record: no choice made yet.
 */
export const Default: Story = {};

/** The summary table first, one row per purpose. */
export const WithSummary: Story = { args: { show: 'summary purposes record' } };

/** Only the purposes named, in that order. */
export const FilteredCategories: Story = { args: { categories: 'analytics marketing' } };

/**
 * The README's layout: the page's own `<h2>` sections, each with a declaration showing
 * one part, its headings at `heading-level="3"`.
 */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: { headingLevel: 3 },
  render: (args, context) => {
    const locale = localeOf(context.globals);
    return policyPage(
      context,
      html`<h2>${POLICY.summary[locale]}</h2>
        ${declaration(args, { show: 'summary' })}
        <h2>${POLICY.details[locale]}</h2>
        ${declaration(args, { show: 'purposes' })}
        <h2>${POLICY.consent[locale]}</h2>
        ${declaration(args, { show: 'record' })}`,
    );
  },
};

/** A returning visitor: their choice per purpose, their consent id and the date of their choice. */
export const ReturningVisitor: Story = {
  args: { show: 'summary record' },
  parameters: {
    consent: {
      decided: {
        categories: { preferences: true, analytics: true, marketing: false, video: false },
      },
    },
  },
};

/** In a 300 px wide column, each table row becomes a small card of labelled lines. */
export const NarrowContainer: Story = {
  name: 'Narrow container (300 px)',
  args: { show: 'summary purposes record' },
  render: (args, context) => {
    const locale = localeOf(context.globals);
    return policyPage(
      context,
      html`<h2>${POLICY.cookies[locale]}</h2>
        <div style="inline-size: 300px; outline: 1px dashed currentColor">
          ${declaration(args)}
        </div>`,
    );
  },
};

/** It takes the page's text colour: rules and header tints follow it. */
export const Dark: Story = {
  args: { show: 'summary purposes record' },
  globals: { theme: 'dark' },
};

export const French: Story = {
  args: { show: 'summary purposes record' },
  globals: { locale: 'fr' },
};

/** Right to left: columns, facts and cards mirror; cookie names and endpoints stay left to right. */
export const Arabic: Story = {
  args: { show: 'summary purposes record' },
  globals: { locale: 'ar' },
};

/**
 * No purposes configured (and no gate or blocked script referencing one): only
 * `necessary`, with its built-in texts and nothing declared under it, and no record yet.
 */
export const NoPurposesConfigured: Story = {
  args: { show: 'summary purposes record' },
  // Storybook merges parameters deeply but replaces arrays: this empties the meta's list.
  parameters: { consent: { config: { categories: [] } } },
};
