// Ailabrix's consent configuration, shared by every page (index.html, cookie-policy.html):
// the banner, the preference dialog, the gates and the cookie policy's tables
// (<consent-declaration>) all read this one source, so they can never disagree.
// Every text a visitor reads is a map of the five interface languages of the site
// (en, it, es, de, fr): the elements pick the one of <html lang> and follow its changes.
import { consent } from '../../dist/consent-elements.js';

/** A name that reads the same in every language (a brand, a product). */
const same = (text) => ({ en: text, it: text, es: text, de: text, fr: text });

consent.configure({
  // §09: a new category asks again by itself (the library re-asks for a purpose added
  // to this list); raise the revision only when the policy changes materially.
  revision: 1,
  // §02: "The choice is stored in a first-party cookie named ailabrix_cc for 6 months."
  cookie: { name: 'ailabrix_cc' },
  expiresAfterDays: 182,
  // §03 lists "these four entries": no receipt of each decision is kept in the
  // browser's IndexedDB besides the cookie (the cookie holds the consent id and date).
  keepReceipts: false,
  // The proof of each decision (GDPR 7(1)) is kept on Ailabrix's server instead: the
  // receipt (consent id, time, revision, action, purposes, GPC flag, hash of the texts
  // shown) is posted here, and nothing more is stored in the browser.
  receiptEndpoint: 'api/consent-receipts',
  // §07: a Global Privacy Control signal is a refusal of every non-essential cookie,
  // whatever was clicked before ("deny" is also the library's default). Do Not Track is
  // not read at all.
  gpc: 'deny',
  categories: [
    {
      // §03 — Strictly necessary cookies: always on, exempt from consent.
      id: 'necessary',
      label: {
        en: 'Strictly necessary',
        it: 'Strettamente necessari',
        es: 'Estrictamente necesarias',
        de: 'Unbedingt erforderlich',
        fr: 'Strictement nécessaires',
      },
      description: {
        en: 'What the site needs to work: your session, the protection of forms, your cookie choice and your interface language.',
        it: 'Ciò che serve al funzionamento del sito: la sessione, la protezione dei moduli, la Sua scelta sui cookie e la lingua dell’interfaccia.',
        es: 'Lo que el sitio necesita para funcionar: su sesión, la protección de los formularios, su elección sobre cookies y el idioma de la interfaz.',
        de: 'Was die Website zum Funktionieren braucht: Ihre Sitzung, den Schutz von Formularen, Ihre Cookie-Entscheidung und die Sprache der Oberfläche.',
        fr: 'Ce dont le site a besoin pour fonctionner : votre session, la protection des formulaires, votre choix en matière de cookies et la langue de l’interface.',
      },
      // §02: Art. 5(3) ePrivacy and Recital 66.
      legalBasis: {
        en: 'Exempt from consent (Art. 5(3) ePrivacy Directive, Recital 66)',
        it: 'Esenti dal consenso (art. 5, par. 3, direttiva ePrivacy, considerando 66)',
        es: 'Exentas de consentimiento (art. 5.3 de la Directiva sobre privacidad electrónica, considerando 66)',
        de: 'Von der Einwilligung ausgenommen (Art. 5 Abs. 3 ePrivacy-Richtlinie, Erwägungsgrund 66)',
        fr: 'Exemptés de consentement (art. 5, paragraphe 3, de la directive ePrivacy, considérant 66)',
      },
      cookies: [
        {
          name: 'session',
          provider: same('ailabrix.com'),
          purpose: {
            en: 'Server-side Flask session reference (login state, CSRF, language).',
            it: 'Riferimento alla sessione Flask lato server (stato di accesso, CSRF, lingua).',
            es: 'Referencia a la sesión Flask del servidor (estado de inicio de sesión, CSRF, idioma).',
            de: 'Verweis auf die serverseitige Flask-Sitzung (Anmeldestatus, CSRF, Sprache).',
            fr: 'Référence à la session Flask côté serveur (état de connexion, CSRF, langue).',
          },
          expiry: { en: 'Session', it: 'Sessione', es: 'Sesión', de: 'Sitzung', fr: 'Session' },
          type: 'cookie',
        },
        {
          name: 'csrf_token',
          provider: same('ailabrix.com'),
          purpose: {
            en: 'Cross-Site Request Forgery protection on every form (Flask-WTF).',
            it: 'Protezione da Cross-Site Request Forgery su ogni modulo (Flask-WTF).',
            es: 'Protección contra la falsificación de peticiones en sitios cruzados (CSRF) en cada formulario (Flask-WTF).',
            de: 'Schutz vor Cross-Site-Request-Forgery bei jedem Formular (Flask-WTF).',
            fr: 'Protection contre la falsification de requêtes intersites (CSRF) sur chaque formulaire (Flask-WTF).',
          },
          expiry: { en: '1 hour', it: '1 ora', es: '1 hora', de: '1 Stunde', fr: '1 heure' },
          type: 'cookie',
        },
        {
          name: 'ailabrix_cc',
          provider: same('ailabrix.com'),
          purpose: {
            en: 'Stores your cookie consent choice (per category).',
            it: 'Memorizza la Sua scelta sul consenso ai cookie (per categoria).',
            es: 'Guarda su elección sobre el consentimiento de cookies (por categoría).',
            de: 'Speichert Ihre Entscheidung zur Cookie-Einwilligung (je Kategorie).',
            fr: 'Enregistre votre choix de consentement aux cookies (par catégorie).',
          },
          expiry: { en: '6 months', it: '6 mesi', es: '6 meses', de: '6 Monate', fr: '6 mois' },
          type: 'cookie',
        },
        {
          name: 'ailabrix_lang',
          provider: same('ailabrix.com'),
          purpose: {
            en: 'Remembers your preferred interface language (en / it / es / de / fr).',
            it: 'Ricorda la lingua dell’interfaccia che preferisce (en / it / es / de / fr).',
            es: 'Recuerda el idioma de la interfaz que prefiere (en / it / es / de / fr).',
            de: 'Speichert Ihre bevorzugte Sprache der Oberfläche (en / it / es / de / fr).',
            fr: 'Mémorise votre langue d’interface préférée (en / it / es / de / fr).',
          },
          expiry: {
            en: 'Persistent',
            it: 'Persistente',
            es: 'Persistente',
            de: 'Dauerhaft',
            fr: 'Persistant',
          },
          type: 'localStorage',
        },
      ],
    },
    {
      // §04 — Analytics & performance: optional, only with the visitor's opt-in. Each
      // provider is a service, and each has its own blocked script on the home page.
      id: 'analytics',
      label: {
        en: 'Analytics & performance',
        it: 'Analisi e prestazioni',
        es: 'Analítica y rendimiento',
        de: 'Analyse und Performance',
        fr: 'Analyse et performance',
      },
      description: {
        en: 'Cookieless page-view statistics and a Core Web Vitals beacon, which help us understand and speed up the site. Nothing is sent to these providers before you opt in.',
        it: 'Statistiche delle pagine viste senza cookie e un beacon dei Core Web Vitals, che ci aiutano a capire e a velocizzare il sito. Nulla viene inviato a questi fornitori prima del Suo consenso.',
        es: 'Estadísticas de páginas vistas sin cookies y una baliza de Core Web Vitals, que nos ayudan a entender y agilizar el sitio. No se envía nada a estos proveedores antes de que usted dé su consentimiento.',
        de: 'Cookielose Statistik der Seitenaufrufe und ein Core-Web-Vitals-Beacon, die uns helfen, die Website zu verstehen und schneller zu machen. Vor Ihrer Einwilligung wird diesen Anbietern nichts gesendet.',
        fr: 'Statistiques de pages vues sans cookie et balise Core Web Vitals, qui nous aident à comprendre et à accélérer le site. Rien n’est envoyé à ces prestataires avant votre accord.',
      },
      // §02: Art. 4(11) and Art. 7 GDPR.
      legalBasis: {
        en: 'Consent (Art. 4(11) and Art. 7 GDPR)',
        it: 'Consenso (art. 4, punto 11, e art. 7 GDPR)',
        es: 'Consentimiento (art. 4.11 y art. 7 RGPD)',
        de: 'Einwilligung (Art. 4 Nr. 11 und Art. 7 DSGVO)',
        fr: 'Consentement (art. 4, point 11, et art. 7 RGPD)',
      },
      services: [
        {
          id: 'mindys',
          label: same('Mindys'),
          provider: same('Mindys'),
          endpoint: 'statistics.mindys.ai',
          country: { en: 'EU', it: 'UE', es: 'UE', de: 'EU', fr: 'UE' },
          privacyPolicy: 'https://mindys.ai/privacy',
          description: {
            en: 'Privacy-friendly, cookieless page-view analytics (aggregate visitor counts, referrers, country at country level). No fingerprinting, no cross-site tracking.',
            it: 'Statistiche delle pagine viste rispettose della privacy e senza cookie (conteggi aggregati dei visitatori, siti di provenienza, paese a livello di paese). Nessun fingerprinting, nessun tracciamento tra siti.',
            es: 'Analítica de páginas vistas respetuosa con la privacidad y sin cookies (recuentos agregados de visitantes, sitios de procedencia, país a nivel de país). Sin huellas digitales (fingerprinting) ni seguimiento entre sitios.',
            de: 'Datenschutzfreundliche, cookielose Statistik der Seitenaufrufe (aggregierte Besucherzahlen, verweisende Seiten, Land auf Länderebene). Kein Fingerprinting, kein seitenübergreifendes Tracking.',
            fr: 'Statistiques de pages vues respectueuses de la vie privée et sans cookie (nombre agrégé de visiteurs, sites référents, pays au niveau du pays). Ni empreinte numérique (fingerprinting), ni suivi intersites.',
          },
        },
        {
          id: 'cloudflare-web-analytics',
          label: same('Cloudflare Web Analytics'),
          provider: same('Cloudflare'),
          endpoint: 'static.cloudflareinsights.com',
          country: {
            en: 'USA (SCCs)',
            it: 'USA (clausole contrattuali tipo)',
            es: 'EE. UU. (cláusulas contractuales tipo)',
            de: 'USA (Standardvertragsklauseln)',
            fr: 'États-Unis (clauses contractuelles types)',
          },
          privacyPolicy: 'https://www.cloudflare.com/privacypolicy/',
          description: {
            en: 'Cookieless Core Web Vitals beacon (page load, LCP, INP, CLS). Helps us keep the site fast. No identifiers stored on your device.',
            it: 'Beacon dei Core Web Vitals senza cookie (caricamento della pagina, LCP, INP, CLS). Ci aiuta a mantenere il sito veloce. Nessun identificativo salvato sul Suo dispositivo.',
            es: 'Baliza de Core Web Vitals sin cookies (carga de la página, LCP, INP, CLS). Nos ayuda a mantener el sitio rápido. No se guarda ningún identificador en su dispositivo.',
            de: 'Cookieloser Core-Web-Vitals-Beacon (Seitenladezeit, LCP, INP, CLS). Hilft uns, die Website schnell zu halten. Auf Ihrem Gerät werden keine Kennungen gespeichert.',
            fr: 'Balise Core Web Vitals sans cookie (chargement de la page, LCP, INP, CLS). Elle nous aide à garder le site rapide. Aucun identifiant n’est enregistré sur votre appareil.',
          },
        },
      ],
    },
    {
      // §05: "No video-embed cookies before consent (videos are click-to-load)." The
      // videos of the home page are <consent-gate>s: nothing of YouTube loads before the
      // visitor allows videos or loads one of them.
      id: 'video',
      label: {
        en: 'Embedded videos',
        it: 'Video incorporati',
        es: 'Vídeos insertados',
        de: 'Eingebettete Videos',
        fr: 'Vidéos intégrées',
      },
      description: {
        en: 'Our demos and talks are hosted on YouTube. They are click-to-load: nothing is loaded from YouTube, and no video-embed cookie is set, before you allow videos here or load one of them.',
        it: 'Le nostre demo e i nostri talk sono ospitati su YouTube. Si caricano al clic: nulla viene caricato da YouTube, e non viene impostato alcun cookie dei video incorporati, prima che Lei consenta i video qui o ne carichi uno.',
        es: 'Nuestras demos y charlas están alojadas en YouTube. Se cargan al hacer clic: no se carga nada de YouTube, ni se instala ninguna cookie de vídeos insertados, antes de que usted permita los vídeos aquí o cargue uno de ellos.',
        de: 'Unsere Demos und Vorträge liegen auf YouTube. Sie werden erst per Klick geladen: Bevor Sie Videos hier erlauben oder eines davon laden, wird nichts von YouTube geladen und kein Cookie eingebetteter Videos gesetzt.',
        fr: 'Nos démos et conférences sont hébergées sur YouTube. Elles se chargent au clic : rien n’est chargé depuis YouTube, et aucun cookie de vidéo intégrée n’est déposé, avant que vous n’autorisiez les vidéos ici ou n’en chargiez une.',
      },
      legalBasis: {
        en: 'Consent (Art. 4(11) and Art. 7 GDPR)',
        it: 'Consenso (art. 4, punto 11, e art. 7 GDPR)',
        es: 'Consentimiento (art. 4.11 y art. 7 RGPD)',
        de: 'Einwilligung (Art. 4 Nr. 11 und Art. 7 DSGVO)',
        fr: 'Consentement (art. 4, point 11, et art. 7 RGPD)',
      },
      services: [
        {
          id: 'youtube',
          label: same('YouTube'),
          provider: same('Google (YouTube)'),
          endpoint: 'www.youtube-nocookie.com',
          country: {
            en: 'USA (EU–US Data Privacy Framework)',
            it: 'USA (quadro UE-USA per la protezione dei dati)',
            es: 'EE. UU. (Marco de Privacidad de Datos UE-EE. UU.)',
            de: 'USA (EU-US-Datenschutzrahmen)',
            fr: 'États-Unis (cadre de protection des données UE–États-Unis)',
          },
          privacyPolicy: 'https://policies.google.com/privacy',
          description: {
            en: 'The YouTube player in its privacy-enhanced mode (youtube-nocookie.com), loaded only when you ask for a video.',
            it: 'Il lettore di YouTube in modalità di privacy avanzata (youtube-nocookie.com), caricato solo quando Lei richiede un video.',
            es: 'El reproductor de YouTube en su modo de privacidad mejorada (youtube-nocookie.com), que solo se carga cuando usted pide un vídeo.',
            de: 'Der YouTube-Player im erweiterten Datenschutzmodus (youtube-nocookie.com), der erst geladen wird, wenn Sie ein Video anfordern.',
            fr: 'Le lecteur YouTube en mode confidentialité avancée (youtube-nocookie.com), chargé uniquement lorsque vous demandez une vidéo.',
          },
        },
      ],
    },
  ],
  // The column headings of the policy's own tables (§03 "Expiration", §04 "Country").
  texts: {
    en: {
      'consent.prefs.cookieExpiry': 'Expiration',
      'consent.declaration.country': 'Country',
    },
  },
});
