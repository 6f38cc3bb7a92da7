// The demo shop page: the language and theme switchers, the analytics status, and the
// developer panel. The library is served as TypeScript and compiled on the fly by the
// dev server (`npm start`).
import { consent } from '/src/index.ts';
import { LANGUAGES, t, translatePage } from './i18n.js';
import { startDevPanel } from './dev-panel.js';
import { startElementLanguage } from './element-language.js';

// Handy in the browser console.
window.consent = consent;

const root = document.documentElement;
const languageSelect = document.getElementById('language');
const themeSelect = document.getElementById('theme');
const THEMES = { default: 'Default', dark: 'Dark', forest: 'Forest', contrast: 'High contrast' };

// ---- remembered choices: only with the "preferences" purpose ----

const YEAR = 365 * 86400;

/** Writes a "preferences" cookie, if that purpose is granted (else nothing is stored). */
function remember(name, value) {
  if (!consent.granted('preferences')) return;
  document.cookie = `${name}=${value}; Max-Age=${YEAR}; Path=/; SameSite=Lax`;
}

function currentTheme() {
  return root.dataset.theme ?? 'default';
}

// ---- language ----

/** Sets <html lang>: the elements follow it on their own; the page translates itself. */
function setLanguage(lang) {
  root.lang = lang;
  languageSelect.value = lang;
  translatePage(lang);
}

languageSelect.addEventListener('change', () => {
  setLanguage(languageSelect.value);
  remember('alp_lang', languageSelect.value);
});

// ---- theme ----

/** The blocks of themes.css, by theme name, to show the CSS in use. */
const themeCss = fetch(new URL('./themes.css', import.meta.url))
  .then((response) => response.text())
  .then((text) => {
    const blocks = {};
    for (const [, name, css] of text.matchAll(/\/\* theme: (\w+) \*\/\n([\s\S]*?)\/\* end \*\//g)) {
      blocks[name] = css.trim();
    }
    return blocks;
  })
  .catch(() => ({}));

function setTheme(name) {
  if (name === 'default') delete root.dataset.theme;
  else root.dataset.theme = name;
  themeSelect.value = name;
  document.getElementById('theme-name').textContent = THEMES[name];
  void themeCss.then((blocks) => {
    if (currentTheme() === name) document.getElementById('theme-css').textContent = blocks[name];
  });
}

themeSelect.addEventListener('change', () => {
  setTheme(themeSelect.value);
  remember('alp_theme', themeSelect.value);
});

// ---- the blocked analytics script's visible status ----

const analyticsStatus = document.getElementById('analytics-status');
let analyticsRan = false;

function showAnalytics(state) {
  analyticsStatus.dataset.state = state;
  analyticsStatus.textContent = t(root.lang, `analytics.${state}`);
}

// The script itself writes "Analytics is running"; this puts it in the page's language.
document.addEventListener('demo-analytics', () => {
  analyticsRan = true;
  showAnalytics('running');
});

document.addEventListener('consent-change', ({ detail }) => {
  const { categories } = detail.state;
  // A script that has run cannot be unloaded: withdrawal deletes its cookies (see
  // clearCookies in the configuration) and it stops at the next page load.
  if (analyticsRan) showAnalytics(categories.analytics ? 'running' : 'stopped');
  // A chat widget that has loaded stays on the page: Crisp's own command hides it when
  // the chat is refused (the gate has removed its snippet, clearCookies its cookie).
  if (detail.changed.includes('crisp') && !detail.state.services.crisp) {
    window.$crisp?.push(['do', 'chat:hide']);
  }
  // Once "preferences" is granted, the choices made so far are remembered too.
  if (detail.changed.includes('preferences') && categories.preferences) {
    remember('alp_lang', root.lang);
    remember('alp_theme', currentTheme());
  }
});

// ---- start ----

const lang = LANGUAGES.includes(root.lang) ? root.lang : 'en';
setLanguage(lang);
setTheme(root.dataset.theme in THEMES ? root.dataset.theme : 'default');
startDevPanel(consent);
startElementLanguage();
