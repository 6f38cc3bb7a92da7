// Ailabrix's interface languages (en, it, es, de, fr): the language switcher, and the
// translation of the pages' own texts. The consent elements need nothing from here:
// they follow <html lang> on their own, and the configuration's texts are maps of the
// same five languages (consent.js).
//
// The choice is kept in localStorage under "ailabrix_lang", a strictly necessary entry
// of the cookie policy (§03), written only when the visitor picks a language.
//
// Markup:
//   data-i18n="key"             the element's text; "{name}" in a text places the child
//                               element marked data-slot="name" (a link, a code name)
//   data-i18n-attr="attr:key"   attributes, separated by ";" (aria-label, title, content)
//   data-language-switcher      the <select> of languages
//   data-gpc-status             a line that says whether the browser sends GPC now
import { LANGUAGES, TEXTS } from './texts.js';

const KEY = 'ailabrix_lang';
const slotsOf = new WeakMap();

/** The stored language, if the visitor chose one; storage may be unavailable. */
function storedLanguage() {
  try {
    const value = localStorage.getItem(KEY);
    return LANGUAGES.includes(value) ? value : null;
  } catch {
    return null;
  }
}

/** The visitor's choice, else the first of the browser's languages we have, else English. */
function initialLanguage() {
  const stored = storedLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(primary)) return primary;
  }
  return 'en';
}

function text(key, lang) {
  const entry = TEXTS[key];
  if (!entry || typeof entry[lang] !== 'string') {
    console.error(`[i18n] no "${lang}" text for "${key}"`);
    return entry?.en ?? '';
  }
  return entry[lang];
}

/** Writes a text into an element, keeping its slotted children (links, code) in place. */
function fill(element, value) {
  let slots = slotsOf.get(element);
  if (!slots) {
    slots = new Map();
    for (const child of element.querySelectorAll('[data-slot]')) {
      slots.set(child.dataset.slot, child);
    }
    slotsOf.set(element, slots);
  }
  if (!slots.size) {
    element.textContent = value;
    return;
  }
  const nodes = value
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? slots.get(part) : document.createTextNode(part)))
    .filter(Boolean);
  element.replaceChildren(...nodes);
}

/** Shows the page in a language: <html lang>, every text, every translated attribute. */
export function translate(lang) {
  document.documentElement.lang = lang;
  const gpc = document.querySelector('[data-gpc-status]');
  if (gpc) gpc.dataset.i18n = navigator.globalPrivacyControl === true ? 's07.gpcOn' : 's07.gpcOff';
  for (const element of document.querySelectorAll('[data-i18n]')) {
    fill(element, text(element.dataset.i18n, lang));
  }
  for (const element of document.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((s) => s.trim());
      element.setAttribute(attribute, text(key, lang));
    }
  }
  for (const select of document.querySelectorAll('[data-language-switcher]')) {
    select.value = lang;
  }
}

/** The visitor picks a language: shown at once, and remembered (ailabrix_lang). */
export function choose(lang) {
  if (!LANGUAGES.includes(lang)) return;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Storage refused: the language applies to this page only.
  }
  translate(lang);
}

for (const select of document.querySelectorAll('[data-language-switcher]')) {
  select.addEventListener('change', () => choose(select.value));
}
translate(initialLanguage());
