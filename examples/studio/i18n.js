/* global document */
// The studio's language switcher. It sets <html lang>, which the consent elements
// follow on their own (their texts, and the per-locale labels of the configuration);
// this file only translates the page's own texts. The chosen language is kept in
// localStorage ("studio-lang"), a strictly necessary entry listed in the cookie table.

const LANGS = ['en', 'fr', 'de', 'it', 'es'];
const KEY = 'studio-lang';

// One row per text: English, French, German, Italian, Spanish.
const TEXTS = {
  'meta.title': [
    'Atelier Marée — films and motion design, Marseille',
    'Atelier Marée — films et motion design, Marseille',
    'Atelier Marée — Filme und Motion Design, Marseille',
    'Atelier Marée — film e motion design, Marsiglia',
    'Atelier Marée — películas y motion design, Marsella',
  ],
  skip: [
    'Skip to content',
    'Aller au contenu',
    'Zum Inhalt',
    'Vai al contenuto',
    'Ir al contenido',
  ],
  'nav.label': ['Main', 'Principale', 'Hauptmenü', 'Principale', 'Principal'],
  'nav.work': ['Work', 'Réalisations', 'Arbeiten', 'Lavori', 'Trabajos'],
  'nav.studio': ['Studio', 'Le studio', 'Studio', 'Lo studio', 'El estudio'],
  'nav.privacy': ['Privacy', 'Confidentialité', 'Datenschutz', 'Privacy', 'Privacidad'],
  'nav.contact': ['Contact', 'Contact', 'Kontakt', 'Contatti', 'Contacto'],
  'lang.label': ['Language', 'Langue', 'Sprache', 'Lingua', 'Idioma'],
  'hero.title': [
    'Films and motion design for people with something to say.',
    'Films et motion design pour celles et ceux qui ont quelque chose à dire.',
    'Filme und Motion Design für alle, die etwas zu sagen haben.',
    'Film e motion design per chi ha qualcosa da dire.',
    'Películas y motion design para quien tiene algo que decir.',
  ],
  'hero.lede': [
    'A twelve-person studio on the Old Port of Marseille. Since 2011 we have made brand films, title sequences and animated explainers for museums, festivals and outdoor brands across Europe.',
    'Un studio de douze personnes sur le Vieux-Port de Marseille. Depuis 2011, nous réalisons films de marque, génériques et vidéos animées pour des musées, des festivals et des marques outdoor dans toute l’Europe.',
    'Ein zwölfköpfiges Studio am Alten Hafen von Marseille. Seit 2011 entstehen hier Markenfilme, Vorspanne und Erklärvideos für Museen, Festivals und Outdoor-Marken in ganz Europa.',
    'Uno studio di dodici persone sul Porto Vecchio di Marsiglia. Dal 2011 realizziamo film di marca, sigle e video animati per musei, festival e marchi outdoor in tutta Europa.',
    'Un estudio de doce personas en el Puerto Viejo de Marsella. Desde 2011 hacemos películas de marca, cabeceras y vídeos animados para museos, festivales y marcas outdoor de toda Europa.',
  ],
  'work.title': [
    'Selected work',
    'Réalisations choisies',
    'Ausgewählte Arbeiten',
    'Lavori scelti',
    'Trabajos seleccionados',
  ],
  'work.reel': [
    'Showreel 2025',
    'Bande démo 2025',
    'Showreel 2025',
    'Showreel 2025',
    'Showreel 2025',
  ],
  'work.reelCaption': [
    'Showreel 2025 — one minute forty of our favourite shots.',
    'Bande démo 2025 — une minute quarante de nos plans préférés.',
    'Showreel 2025 — eine Minute vierzig mit unseren Lieblingsaufnahmen.',
    'Showreel 2025 — un minuto e quaranta delle nostre inquadrature preferite.',
    'Showreel 2025 — un minuto y cuarenta de nuestros planos favoritos.',
  ],
  'work.tides': [
    'Tides, making of',
    'Marées, making of',
    'Gezeiten, Making-of',
    'Maree, making of',
    'Mareas, making of',
  ],
  'work.tidesCaption': [
    'Tides — how we built the title sequence of a maritime film festival.',
    'Marées — comment nous avons conçu le générique d’un festival de films maritimes.',
    'Gezeiten — wie der Vorspann eines Festivals für Meeresfilme entstand.',
    'Maree — come abbiamo creato la sigla di un festival del cinema di mare.',
    'Mareas — cómo creamos la cabecera de un festival de cine marítimo.',
  ],
  'studio.title': ['The studio', 'Le studio', 'Das Studio', 'Lo studio', 'El estudio'],
  'studio.text': [
    'We write, shoot, animate and grade in-house, and deliver in the five languages of this site. Small crews, one producer from brief to delivery, and no stock footage.',
    'Nous écrivons, tournons, animons et étalonnons en interne, et livrons dans les cinq langues de ce site. Des équipes réduites, une seule productrice du brief à la livraison, et aucune image d’archive.',
    'Wir schreiben, drehen, animieren und graden im eigenen Haus und liefern in den fünf Sprachen dieser Website. Kleine Teams, eine Produzentin vom Briefing bis zur Lieferung, kein Stockmaterial.',
    'Scriviamo, giriamo, animiamo e facciamo color grading internamente, e consegniamo nelle cinque lingue di questo sito. Troupe piccole, una sola producer dal brief alla consegna, niente immagini di repertorio.',
    'Escribimos, rodamos, animamos y etalonamos en casa, y entregamos en los cinco idiomas de este sitio. Equipos pequeños, una sola productora del briefing a la entrega y nada de imágenes de archivo.',
  ],
  'privacy.title': [
    'Your privacy',
    'Votre vie privée',
    'Ihre Privatsphäre',
    'La Sua privacy',
    'Su privacidad',
  ],
  'privacy.text': [
    'This site only sets what it needs to work: a session, a form token, your cookie choice and your language. Visit statistics and Core Web Vitals measurement set no cookie, yet they stay off until you switch them on. Videos load from YouTube or Vimeo only when you ask.',
    'Ce site n’enregistre que ce dont il a besoin pour fonctionner : une session, un jeton de formulaire, votre choix de cookies et votre langue. Les statistiques de visite et la mesure des Core Web Vitals ne déposent aucun cookie, mais restent désactivées tant que vous ne les activez pas. Les vidéos ne se chargent depuis YouTube ou Vimeo qu’à votre demande.',
    'Diese Website speichert nur, was sie zum Funktionieren braucht: eine Sitzung, ein Formular-Token, Ihre Cookie-Auswahl und Ihre Sprache. Besuchsstatistik und Core-Web-Vitals-Messung setzen kein Cookie, bleiben aber aus, bis Sie sie einschalten. Videos werden erst auf Ihren Wunsch von YouTube oder Vimeo geladen.',
    'Questo sito salva solo ciò che serve a farlo funzionare: una sessione, un token per i moduli, la Sua scelta sui cookie e la lingua. Le statistiche di visita e la misurazione dei Core Web Vitals non usano cookie, ma restano disattivate finché non le attiva. I video si caricano da YouTube o Vimeo solo se lo chiede.',
    'Este sitio solo guarda lo que necesita para funcionar: una sesión, un token de formulario, su elección de cookies y su idioma. Las estadísticas de visitas y la medición de Core Web Vitals no usan cookies, pero siguen desactivadas hasta que usted las active. Los vídeos se cargan desde YouTube o Vimeo solo cuando usted lo pide.',
  ],
  'privacy.gpc': [
    'Global Privacy Control: if your browser sends this signal, we take it as your refusal. Statistics stay off, and we do not show the cookie banner.',
    'Global Privacy Control : si votre navigateur envoie ce signal, nous le considérons comme un refus. Les statistiques restent désactivées et nous n’affichons pas le bandeau cookies.',
    'Global Privacy Control: Sendet Ihr Browser dieses Signal, werten wir es als Ablehnung. Die Statistik bleibt aus, und wir zeigen kein Cookie-Banner.',
    'Global Privacy Control: se il Suo browser invia questo segnale, lo consideriamo un rifiuto. Le statistiche restano disattivate e non mostriamo il banner dei cookie.',
    'Global Privacy Control: si su navegador envía esta señal, la tomamos como un rechazo. Las estadísticas siguen desactivadas y no mostramos el banner de cookies.',
  ],
  'contact.title': ['Contact', 'Contact', 'Kontakt', 'Contatti', 'Contacto'],
  'contact.text': [
    'Tell us about your project: hello@ateliermaree.example, +33 4 91 00 00 00. 12 quai de Rive-Neuve, 13007 Marseille.',
    'Parlez-nous de votre projet : hello@ateliermaree.example, +33 4 91 00 00 00. 12 quai de Rive-Neuve, 13007 Marseille.',
    'Erzählen Sie uns von Ihrem Projekt: hello@ateliermaree.example, +33 4 91 00 00 00. 12 quai de Rive-Neuve, 13007 Marseille.',
    'Ci parli del Suo progetto: hello@ateliermaree.example, +33 4 91 00 00 00. 12 quai de Rive-Neuve, 13007 Marsiglia.',
    'Cuéntenos su proyecto: hello@ateliermaree.example, +33 4 91 00 00 00. 12 quai de Rive-Neuve, 13007 Marsella.',
  ],
  'footer.prefs': [
    'Cookie preferences',
    'Préférences cookies',
    'Cookie-Einstellungen',
    'Preferenze sui cookie',
    'Preferencias de cookies',
  ],
  'banner.title': [
    'Before you watch',
    'Avant de regarder',
    'Bevor Sie zuschauen',
    'Prima di guardare',
    'Antes de ver',
  ],
  'banner.text': [
    'May we count your visit and measure how fast pages load? It is anonymous and sets no cookie. Videos from YouTube and Vimeo are a separate choice. Nothing is on unless you agree.',
    'Pouvons-nous compter votre visite et mesurer la vitesse de chargement des pages ? C’est anonyme et sans cookie. Les vidéos YouTube et Vimeo sont un choix à part. Rien n’est activé sans votre accord.',
    'Dürfen wir Ihren Besuch zählen und messen, wie schnell die Seiten laden? Das ist anonym und ohne Cookie. Videos von YouTube und Vimeo sind eine eigene Entscheidung. Ohne Ihre Zustimmung ist nichts aktiv.',
    'Possiamo contare la Sua visita e misurare la velocità di caricamento delle pagine? È anonimo e senza cookie. I video di YouTube e Vimeo sono una scelta a parte. Nulla è attivo senza il Suo consenso.',
    '¿Podemos contar su visita y medir la velocidad de carga de las páginas? Es anónimo y sin cookies. Los vídeos de YouTube y Vimeo son una elección aparte. Nada se activa sin su consentimiento.',
  ],
};

function apply(lang) {
  const i = LANGS.indexOf(lang);
  document.documentElement.lang = lang;
  document.title = TEXTS['meta.title'][i];
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.textContent = TEXTS[el.dataset.i18n][i];
  }
  for (const el of document.querySelectorAll('[data-i18n-title]')) {
    el.setAttribute('title', TEXTS[el.dataset.i18nTitle][i]);
  }
  for (const el of document.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', TEXTS[el.dataset.i18nLabel][i]);
  }
  for (const button of document.querySelectorAll('.lang-switch button')) {
    button.setAttribute('aria-pressed', String(button.lang === lang));
  }
}

function saved() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked: English it is
  }
}

for (const button of document.querySelectorAll('.lang-switch button')) {
  button.addEventListener('click', () => {
    apply(button.lang);
    try {
      localStorage.setItem(KEY, button.lang);
    } catch {
      // The language still applies to this page.
    }
  });
}

const initial = saved();
if (initial && initial !== 'en' && LANGS.includes(initial)) apply(initial);
