// The shop page's own texts in the five languages the elements ship. The elements
// translate themselves from <html lang>; the page translates its own text here, so
// that the whole page speaks the language it declares.

export const LANGUAGES = ['en', 'fr', 'de', 'it', 'es'];

const STRINGS = {
  en: {
    'meta.title': 'Alpenglow Outfitters: outdoor gear in Annecy',
    'banner.title': 'Cookies at Alpenglow',
    'banner.message':
      'We use cookies to run the shop and, if you agree, to count visits, play our videos, show the map, open the chat and measure our ads. You can change your mind at any time with “Cookie preferences” at the bottom of every page.',
    'banner.policy': 'Our privacy policy',
    skip: 'Skip to content',
    'nav.label': 'Main',
    'nav.shop': 'Shop',
    'nav.guides': 'Trail guides',
    'nav.visit': 'Visit us',
    'nav.help': 'Help',
    'settings.language': 'Language',
    'settings.theme': 'Theme',
    'theme.default': 'Default',
    'theme.dark': 'Dark',
    'theme.forest': 'Forest',
    'theme.contrast': 'High contrast',
    'hero.title': 'Gear for long days in the mountains',
    'hero.text':
      'Packs, shells and poles tested on the trails above Lake Annecy since 2009. Repairs, rentals and honest advice in our shop on rue Royale.',
    'hero.cta': 'See the new season',
    'shop.title': 'New this season',
    'product.pack':
      'A 38-litre pack with a ventilated back panel, for two to four days between huts.',
    'product.shell': 'A three-layer waterproof jacket that packs into its own pocket.',
    'product.poles': 'Folding carbon trekking poles, 390 g the pair, with cork grips.',
    'guides.title': 'Trail guides',
    'guides.text': 'Short films by our staff on packing, layering and walking safely in the Alps.',
    'video1.title': 'Packing a backpack for a hut-to-hut trek',
    'video1.caption': '12 minutes, with Léa from our rental desk.',
    'video2.title': 'Layering for changeable mountain weather',
    'video2.caption': '8 minutes, filmed on the Parmelan plateau.',
    'visit.title': 'Visit the shop',
    'visit.hoursTitle': 'Opening hours',
    'visit.hours': 'Tuesday to Saturday, 9:30 to 19:00.',
    'visit.summer': 'In July and August, also on Sunday mornings.',
    'map.title': 'Map of the shop, 12 rue Royale, Annecy',
    'help.title': 'Questions about sizes or repairs?',
    'help.text': 'Our gear experts answer in the chat from 9:00 to 18:00, Tuesday to Saturday.',
    'help.email': 'Or write to us:',
    'chat.title': 'Chat with our gear experts',
    'privacy.title': 'Your privacy',
    'privacy.text':
      'We only set the cookies the shop needs, unless you allow more. Videos, the map and the chat come from other companies: each waits for your permission before it loads.',
    'analytics.off': 'Audience measurement is off: the analytics script has not run.',
    'analytics.running': 'Analytics is running: the script set the cookies _ga and _ga_DEMO.',
    'analytics.stopped':
      'Analytics was withdrawn: its cookies were deleted. The script already started stops when you reload the page.',
    'analytics.change': 'Change this setting',
    'footer.tagline': 'Outdoor gear, repairs and rentals in Annecy.',
    'footer.privacy': 'Privacy policy',
    'footer.cookies': 'Cookie preferences',
    'footer.contact': 'Contact',
    'footer.fictional': 'A fictional shop: this page demonstrates consent-elements.',
  },
  fr: {
    'meta.title': 'Alpenglow Outfitters : équipement outdoor à Annecy',
    'banner.title': 'Les cookies chez Alpenglow',
    'banner.message':
      'Nous utilisons des cookies pour faire fonctionner la boutique et, si vous l’acceptez, pour compter les visites, lire nos vidéos, afficher la carte, ouvrir le chat et mesurer nos publicités. Vous pouvez changer d’avis à tout moment avec « Préférences en matière de cookies » en bas de chaque page.',
    'banner.policy': 'Notre politique de confidentialité',
    skip: 'Aller au contenu',
    'nav.label': 'Principale',
    'nav.shop': 'Boutique',
    'nav.guides': 'Guides de randonnée',
    'nav.visit': 'Nous rendre visite',
    'nav.help': 'Aide',
    'settings.language': 'Langue',
    'settings.theme': 'Thème',
    'theme.default': 'Par défaut',
    'theme.dark': 'Sombre',
    'theme.forest': 'Forêt',
    'theme.contrast': 'Contraste élevé',
    'hero.title': 'De l’équipement pour les longues journées en montagne',
    'hero.text':
      'Sacs, vestes et bâtons testés depuis 2009 sur les sentiers qui dominent le lac d’Annecy. Réparations, location et conseils honnêtes dans notre boutique de la rue Royale.',
    'hero.cta': 'Découvrir la nouvelle saison',
    'shop.title': 'Nouveautés de la saison',
    'product.pack':
      'Un sac de 38 litres au dos ventilé, pour deux à quatre jours de refuge en refuge.',
    'product.shell': 'Une veste imperméable trois couches qui se range dans sa propre poche.',
    'product.poles': 'Des bâtons de marche pliants en carbone, 390 g la paire, poignées en liège.',
    'guides.title': 'Guides de randonnée',
    'guides.text':
      'De courts films de notre équipe pour bien remplir son sac, s’habiller en couches et marcher en sécurité dans les Alpes.',
    'video1.title': 'Remplir son sac pour un trek de refuge en refuge',
    'video1.caption': '12 minutes, avec Léa de notre service location.',
    'video2.title': 'S’habiller en couches face à la météo changeante de la montagne',
    'video2.caption': '8 minutes, tourné sur le plateau du Parmelan.',
    'visit.title': 'Venir à la boutique',
    'visit.hoursTitle': 'Horaires d’ouverture',
    'visit.hours': 'Du mardi au samedi, de 9 h 30 à 19 h.',
    'visit.summer': 'En juillet et en août, aussi le dimanche matin.',
    'map.title': 'Plan d’accès à la boutique, 12 rue Royale, Annecy',
    'help.title': 'Une question de taille ou de réparation ?',
    'help.text': 'Nos spécialistes vous répondent dans le chat de 9 h à 18 h, du mardi au samedi.',
    'help.email': 'Ou écrivez-nous :',
    'chat.title': 'Discuter avec nos spécialistes',
    'privacy.title': 'Votre vie privée',
    'privacy.text':
      'Nous ne déposons que les cookies nécessaires à la boutique, sauf si vous en autorisez davantage. Les vidéos, la carte et le chat viennent d’autres entreprises : chacun attend votre autorisation avant de se charger.',
    'analytics.off': 'Mesure d’audience désactivée : le script d’analyse ne s’est pas exécuté.',
    'analytics.running':
      'La mesure d’audience est active : le script a déposé les cookies _ga et _ga_DEMO.',
    'analytics.stopped':
      'Mesure d’audience retirée : ses cookies ont été supprimés. Le script déjà lancé s’arrête quand vous rechargez la page.',
    'analytics.change': 'Modifier ce réglage',
    'footer.tagline': 'Équipement outdoor, réparation et location à Annecy.',
    'footer.privacy': 'Politique de confidentialité',
    'footer.cookies': 'Préférences en matière de cookies',
    'footer.contact': 'Contact',
    'footer.fictional': 'Une boutique fictive : cette page présente consent-elements.',
  },
  de: {
    'meta.title': 'Alpenglow Outfitters: Outdoor-Ausrüstung in Annecy',
    'banner.title': 'Cookies bei Alpenglow',
    'banner.message':
      'Wir verwenden Cookies, damit der Shop funktioniert, und – wenn Sie zustimmen – um Besuche zu zählen, unsere Videos abzuspielen, die Karte zu zeigen, den Chat zu öffnen und unsere Werbung zu messen. Sie können Ihre Entscheidung jederzeit über „Cookie-Einstellungen“ unten auf jeder Seite ändern.',
    'banner.policy': 'Unsere Datenschutzerklärung',
    skip: 'Zum Inhalt springen',
    'nav.label': 'Hauptmenü',
    'nav.shop': 'Shop',
    'nav.guides': 'Tourenvideos',
    'nav.visit': 'Besuchen Sie uns',
    'nav.help': 'Hilfe',
    'settings.language': 'Sprache',
    'settings.theme': 'Farbschema',
    'theme.default': 'Standard',
    'theme.dark': 'Dunkel',
    'theme.forest': 'Wald',
    'theme.contrast': 'Hoher Kontrast',
    'hero.title': 'Ausrüstung für lange Tage in den Bergen',
    'hero.text':
      'Rucksäcke, Jacken und Stöcke, seit 2009 auf den Wegen über dem Lac d’Annecy getestet. Reparatur, Verleih und ehrliche Beratung in unserem Laden in der Rue Royale.',
    'hero.cta': 'Die neue Saison ansehen',
    'shop.title': 'Neu in dieser Saison',
    'product.pack':
      'Ein 38-Liter-Rucksack mit belüftetem Rückenteil, für zwei bis vier Tage von Hütte zu Hütte.',
    'product.shell': 'Eine dreilagige Regenjacke, die in ihre eigene Tasche passt.',
    'product.poles': 'Faltbare Trekkingstöcke aus Carbon, 390 g das Paar, mit Korkgriffen.',
    'guides.title': 'Tourenvideos',
    'guides.text':
      'Kurzfilme unseres Teams über das Packen, das Zwiebelprinzip und sicheres Gehen in den Alpen.',
    'video1.title': 'Den Rucksack für eine Hüttentour packen',
    'video1.caption': '12 Minuten, mit Léa von unserem Verleih.',
    'video2.title': 'Das Zwiebelprinzip bei wechselhaftem Bergwetter',
    'video2.caption': '8 Minuten, gedreht auf dem Parmelan-Plateau.',
    'visit.title': 'Besuchen Sie den Laden',
    'visit.hoursTitle': 'Öffnungszeiten',
    'visit.hours': 'Dienstag bis Samstag, 9:30 bis 19:00 Uhr.',
    'visit.summer': 'Im Juli und August auch sonntagvormittags.',
    'map.title': 'Karte des Ladens, 12 rue Royale, Annecy',
    'help.title': 'Fragen zu Größen oder Reparaturen?',
    'help.text': 'Unsere Fachleute antworten im Chat von 9:00 bis 18:00 Uhr, Dienstag bis Samstag.',
    'help.email': 'Oder schreiben Sie uns:',
    'chat.title': 'Mit unseren Fachleuten chatten',
    'privacy.title': 'Ihre Privatsphäre',
    'privacy.text':
      'Wir setzen nur die Cookies, die der Shop braucht, es sei denn, Sie erlauben mehr. Videos, Karte und Chat stammen von anderen Unternehmen: Sie werden erst geladen, wenn Sie es erlauben.',
    'analytics.off': 'Reichweitenmessung aus: Das Analyse-Skript wurde nicht ausgeführt.',
    'analytics.running':
      'Die Reichweitenmessung läuft: Das Skript hat die Cookies _ga und _ga_DEMO gesetzt.',
    'analytics.stopped':
      'Reichweitenmessung widerrufen: Die zugehörigen Cookies wurden gelöscht. Das bereits gestartete Skript endet, wenn Sie die Seite neu laden.',
    'analytics.change': 'Diese Einstellung ändern',
    'footer.tagline': 'Outdoor-Ausrüstung, Reparatur und Verleih in Annecy.',
    'footer.privacy': 'Datenschutzerklärung',
    'footer.cookies': 'Cookie-Einstellungen',
    'footer.contact': 'Kontakt',
    'footer.fictional': 'Ein erfundener Shop: Diese Seite zeigt consent-elements.',
  },
  it: {
    'meta.title': 'Alpenglow Outfitters: attrezzatura outdoor ad Annecy',
    'banner.title': 'I cookie di Alpenglow',
    'banner.message':
      'Usiamo i cookie per far funzionare il negozio e, se lei è d’accordo, per contare le visite, riprodurre i nostri video, mostrare la mappa, aprire la chat e misurare le nostre pubblicità. Può cambiare idea in qualsiasi momento con «Preferenze sui cookie» in fondo a ogni pagina.',
    'banner.policy': 'La nostra informativa sulla privacy',
    skip: 'Vai al contenuto',
    'nav.label': 'Principale',
    'nav.shop': 'Negozio',
    'nav.guides': 'Guide ai sentieri',
    'nav.visit': 'Dove siamo',
    'nav.help': 'Assistenza',
    'settings.language': 'Lingua',
    'settings.theme': 'Tema',
    'theme.default': 'Predefinito',
    'theme.dark': 'Scuro',
    'theme.forest': 'Foresta',
    'theme.contrast': 'Contrasto elevato',
    'hero.title': 'Attrezzatura per lunghe giornate in montagna',
    'hero.text':
      'Zaini, giacche e bastoncini provati dal 2009 sui sentieri sopra il lago di Annecy. Riparazioni, noleggio e consigli onesti nel nostro negozio di rue Royale.',
    'hero.cta': 'Scopra la nuova stagione',
    'shop.title': 'Novità della stagione',
    'product.pack':
      'Uno zaino da 38 litri con schienale ventilato, per due-quattro giorni di rifugio in rifugio.',
    'product.shell': 'Una giacca impermeabile a tre strati che si ripone nella propria tasca.',
    'product.poles':
      'Bastoncini da trekking pieghevoli in carbonio, 390 g la coppia, impugnature in sughero.',
    'guides.title': 'Guide ai sentieri',
    'guides.text':
      'Brevi video del nostro staff su come preparare lo zaino, vestirsi a strati e camminare in sicurezza sulle Alpi.',
    'video1.title': 'Preparare lo zaino per un trekking di rifugio in rifugio',
    'video1.caption': '12 minuti, con Léa del nostro noleggio.',
    'video2.title': 'Vestirsi a strati con il meteo variabile di montagna',
    'video2.caption': '8 minuti, girato sull’altopiano del Parmelan.',
    'visit.title': 'Venga a trovarci',
    'visit.hoursTitle': 'Orari di apertura',
    'visit.hours': 'Da martedì a sabato, dalle 9:30 alle 19:00.',
    'visit.summer': 'A luglio e agosto, anche la domenica mattina.',
    'map.title': 'Mappa del negozio, 12 rue Royale, Annecy',
    'help.title': 'Domande su taglie o riparazioni?',
    'help.text': 'I nostri esperti rispondono in chat dalle 9:00 alle 18:00, da martedì a sabato.',
    'help.email': 'Oppure ci scriva:',
    'chat.title': 'Chatti con i nostri esperti',
    'privacy.title': 'La sua privacy',
    'privacy.text':
      'Impostiamo solo i cookie necessari al negozio, a meno che lei non ne consenta altri. Video, mappa e chat provengono da altre aziende: ognuno attende il suo permesso prima di caricarsi.',
    'analytics.off':
      'Misurazione del pubblico disattivata: lo script di analisi non è stato eseguito.',
    'analytics.running':
      'La misurazione del pubblico è attiva: lo script ha impostato i cookie _ga e _ga_DEMO.',
    'analytics.stopped':
      'Misurazione del pubblico revocata: i relativi cookie sono stati eliminati. Lo script già avviato si ferma quando ricarica la pagina.',
    'analytics.change': 'Modifica questa impostazione',
    'footer.tagline': 'Attrezzatura outdoor, riparazioni e noleggio ad Annecy.',
    'footer.privacy': 'Informativa sulla privacy',
    'footer.cookies': 'Preferenze sui cookie',
    'footer.contact': 'Contatti',
    'footer.fictional': 'Un negozio immaginario: questa pagina presenta consent-elements.',
  },
  es: {
    'meta.title': 'Alpenglow Outfitters: material de montaña en Annecy',
    'banner.title': 'Las cookies de Alpenglow',
    'banner.message':
      'Usamos cookies para que la tienda funcione y, si usted lo acepta, para contar las visitas, reproducir nuestros vídeos, mostrar el mapa, abrir el chat y medir nuestros anuncios. Puede cambiar de opinión en cualquier momento con «Preferencias de cookies», al pie de cada página.',
    'banner.policy': 'Nuestra política de privacidad',
    skip: 'Ir al contenido',
    'nav.label': 'Principal',
    'nav.shop': 'Tienda',
    'nav.guides': 'Guías de senderos',
    'nav.visit': 'Visítenos',
    'nav.help': 'Ayuda',
    'settings.language': 'Idioma',
    'settings.theme': 'Tema',
    'theme.default': 'Predeterminado',
    'theme.dark': 'Oscuro',
    'theme.forest': 'Bosque',
    'theme.contrast': 'Alto contraste',
    'hero.title': 'Material para largos días en la montaña',
    'hero.text':
      'Mochilas, chaquetas y bastones probados desde 2009 en los senderos sobre el lago de Annecy. Reparaciones, alquiler y consejos sinceros en nuestra tienda de la rue Royale.',
    'hero.cta': 'Ver la nueva temporada',
    'shop.title': 'Novedades de la temporada',
    'product.pack':
      'Una mochila de 38 litros con espalda ventilada, para dos a cuatro días de refugio en refugio.',
    'product.shell': 'Una chaqueta impermeable de tres capas que se guarda en su propio bolsillo.',
    'product.poles':
      'Bastones de trekking plegables de carbono, 390 g el par, con empuñaduras de corcho.',
    'guides.title': 'Guías de senderos',
    'guides.text':
      'Vídeos cortos de nuestro equipo sobre cómo preparar la mochila, vestirse por capas y caminar con seguridad en los Alpes.',
    'video1.title': 'Preparar la mochila para una travesía de refugio en refugio',
    'video1.caption': '12 minutos, con Léa, de nuestro servicio de alquiler.',
    'video2.title': 'Vestirse por capas ante el tiempo cambiante de la montaña',
    'video2.caption': '8 minutos, rodado en la meseta del Parmelan.',
    'visit.title': 'Visite la tienda',
    'visit.hoursTitle': 'Horario',
    'visit.hours': 'De martes a sábado, de 9:30 a 19:00.',
    'visit.summer': 'En julio y agosto, también los domingos por la mañana.',
    'map.title': 'Mapa de la tienda, 12 rue Royale, Annecy',
    'help.title': '¿Dudas sobre tallas o reparaciones?',
    'help.text': 'Nuestros especialistas responden en el chat de 9:00 a 18:00, de martes a sábado.',
    'help.email': 'O escríbanos:',
    'chat.title': 'Chatee con nuestros especialistas',
    'privacy.title': 'Su privacidad',
    'privacy.text':
      'Solo instalamos las cookies que la tienda necesita, salvo que usted permita más. Los vídeos, el mapa y el chat vienen de otras empresas: cada uno espera su permiso antes de cargarse.',
    'analytics.off':
      'Medición de audiencia desactivada: el script de analítica no se ha ejecutado.',
    'analytics.running':
      'La medición de audiencia está activa: el script ha instalado las cookies _ga y _ga_DEMO.',
    'analytics.stopped':
      'Medición de audiencia retirada: las cookies correspondientes se han borrado. El script ya iniciado se detiene al recargar la página.',
    'analytics.change': 'Cambiar este ajuste',
    'footer.tagline': 'Material de montaña, reparaciones y alquiler en Annecy.',
    'footer.privacy': 'Política de privacidad',
    'footer.cookies': 'Preferencias de cookies',
    'footer.contact': 'Contacto',
    'footer.fictional': 'Una tienda ficticia: esta página muestra consent-elements.',
  },
};

/** A page text in a language (English when missing). */
export function t(lang, key) {
  return STRINGS[lang]?.[key] ?? STRINGS.en[key] ?? key;
}

/**
 * Translates the page outside the demo tools: text of `[data-i18n]`, the `title` of
 * `[data-i18n-title]` (the gates name their content from it), the `aria-label` of
 * `[data-i18n-aria-label]`, prices, and the document title.
 */
export function translatePage(lang) {
  const root = document.body;
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(lang, element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-title]')) {
    element.setAttribute('title', t(lang, element.dataset.i18nTitle));
  }
  for (const element of root.querySelectorAll('[data-i18n-aria-label]')) {
    element.setAttribute('aria-label', t(lang, element.dataset.i18nAriaLabel));
  }
  const price = new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' });
  for (const element of root.querySelectorAll('[data-price]')) {
    element.textContent = price.format(Number(element.dataset.price));
  }
  const status = document.getElementById('analytics-status');
  status.textContent = t(lang, `analytics.${status.dataset.state}`);
  document.title = t(lang, 'meta.title');
}
