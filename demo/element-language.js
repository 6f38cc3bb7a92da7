// Demo tool: the elements' own language. The shop page speaks five languages; the
// elements ship 39. Choosing one here sets `lang` on every consent element (an element's
// own `lang` wins over the page's), so each language, right-to-left ones included, can be
// seen without translating the shop.

const SHIPPED = [
  'ar',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'ga',
  'gl',
  'he',
  'hr',
  'hu',
  'is',
  'it',
  'ja',
  'lb',
  'lt',
  'lv',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
  'zh',
];

const ELEMENTS = 'consent-banner, consent-preferences, consent-gate, consent-declaration';

export function startElementLanguage() {
  const select = document.getElementById('element-language');
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  for (const lang of SHIPPED) {
    const option = document.createElement('option');
    option.value = lang;
    option.textContent = `${names.of(lang)} (${lang})`;
    select.append(option);
  }
  select.addEventListener('change', () => {
    for (const element of document.querySelectorAll(ELEMENTS)) {
      if (select.value) element.setAttribute('lang', select.value);
      else element.removeAttribute('lang');
    }
  });
}
