// Qodefy's own page features, on both pages. What they store follows the cookie policy:
//
// - Display settings (§4: language, interface preferences, accessibility options,
//   display choices) always apply to the page, but are remembered (qdf_lang, qdf_ui,
//   qdf_a11y, qdf_display cookies, 12 months) only while "Functional, preference and
//   personalization" (`preferences`) is allowed.
// - The case-study filter (§4: continuity settings) is remembered in qdf_continuity
//   (30 days) under the same condition.
// - The reading path (§4: personalization, "remembered reading paths") is kept in
//   localStorage (qdf_reading_path) only under the same condition, and removed when it
//   is withdrawn (the consent store deletes the cookies through `clearCookies`;
//   localStorage is the site's job).
// - §9 "You may also delete previously stored cookies": the cookie policy's withdraw
//   button forgets the decision and deletes what the optional purposes stored.
import { consent } from '../../dist/consent-elements.js';

const root = document.documentElement;
const YEAR = 365 * 86400;
const MONTH = 30 * 86400;
const PATH_KEY = 'qdf_reading_path';
const PATH_DAYS = 182;

const allowed = () => consent.granted('preferences');

function setCookie(name, value, maxAge) {
  document.cookie = `${name}=${value}; Max-Age=${maxAge}; Path=/; SameSite=Lax`;
}
function dropCookie(name) {
  document.cookie = `${name}=; Max-Age=0; Path=/; SameSite=Lax`;
}

// ---------------------------------------------------------------- display settings

const DEFAULTS = { theme: 'system', density: 'comfortable', lang: 'en', a11y: [] };
const settingsForm = document.getElementById('display-form');

/** The settings the page shows now, read from <html>. */
function current() {
  const a11y = [];
  if (root.dataset.text === 'large') a11y.push('large');
  if ('underline' in root.dataset) a11y.push('underline');
  if (root.dataset.motion === 'reduce') a11y.push('still');
  return {
    theme: root.dataset.theme ?? 'system',
    density: root.dataset.density ?? 'comfortable',
    lang: root.lang || 'en',
    a11y,
  };
}

function apply(settings) {
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  if (settings.density === 'compact') root.dataset.density = 'compact';
  else delete root.dataset.density;
  if (settings.a11y.includes('large')) root.dataset.text = 'large';
  else delete root.dataset.text;
  if (settings.a11y.includes('underline')) root.dataset.underline = '';
  else delete root.dataset.underline;
  if (settings.a11y.includes('still')) root.dataset.motion = 'reduce';
  else delete root.dataset.motion;
  root.lang = settings.lang;
  formatDates();
  showSettings(settings);
}

/** Writes each setting that differs from the default; deletes the others. */
function remember(settings) {
  if (!allowed()) return;
  const pairs = [
    ['qdf_display', settings.theme, DEFAULTS.theme],
    ['qdf_ui', settings.density, DEFAULTS.density],
    ['qdf_lang', settings.lang, DEFAULTS.lang],
    ['qdf_a11y', settings.a11y.join('.'), ''],
  ];
  for (const [name, value, fallback] of pairs) {
    if (value && value !== fallback) setCookie(name, value, YEAR);
    else dropCookie(name);
  }
}

function showSettings(settings) {
  if (!settingsForm) return;
  for (const input of settingsForm.querySelectorAll('input')) {
    if (input.name === 'a11y') input.checked = settings.a11y.includes(input.value);
    else input.checked = settings[input.name] === input.value;
  }
}

function settingsNote() {
  const note = document.getElementById('display-note');
  if (!note) return;
  note.textContent = allowed()
    ? 'Remembered on this browser for 12 months (functional cookies allowed).'
    : 'These settings apply to this visit only. To keep them, allow “Functional, preference and personalization” in Cookie settings.';
  document.getElementById('display-allow')?.toggleAttribute('hidden', allowed());
}

settingsForm?.addEventListener('change', () => {
  const data = new FormData(settingsForm);
  const settings = {
    theme: data.get('theme') ?? DEFAULTS.theme,
    density: data.get('density') ?? DEFAULTS.density,
    lang: data.get('lang') ?? DEFAULTS.lang,
    a11y: data.getAll('a11y'),
  };
  apply(settings);
  remember(settings);
});
document.getElementById('display-reset')?.addEventListener('click', () => {
  apply(DEFAULTS);
  remember(DEFAULTS);
});

// Close the settings panel with Escape, back to its summary.
const settingsPanel = document.getElementById('display-settings');
settingsPanel?.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && settingsPanel.open) {
    settingsPanel.open = false;
    settingsPanel.querySelector('summary').focus();
  }
});

/** Dates follow the English variant chosen: 1 December 2026 (UK) or December 1, 2026 (US). */
function formatDates() {
  const locale = root.lang === 'en-US' ? 'en-US' : 'en-GB';
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  for (const time of document.querySelectorAll('time[data-format]')) {
    time.textContent = format.format(new Date(time.dateTime));
  }
}

// ----------------------------------------------------- case-study filter (continuity)

const filter = document.getElementById('work-filter');

function showWork(kind) {
  for (const card of document.querySelectorAll('#work-list > li')) {
    card.hidden = kind !== 'all' && card.dataset.kind !== kind;
  }
  const count = document.querySelectorAll('#work-list > li:not([hidden])').length;
  const status = document.getElementById('work-count');
  if (status) status.textContent = `${count} case ${count === 1 ? 'study' : 'studies'} shown.`;
  for (const input of filter?.querySelectorAll('input') ?? []) input.checked = input.value === kind;
}

filter?.addEventListener('change', (event) => {
  const kind = event.target.value;
  showWork(kind);
  if (!allowed()) return;
  if (kind === 'all') dropCookie('qdf_continuity');
  else setCookie('qdf_continuity', kind, MONTH);
});

function rememberedWork() {
  return /(?:^|;\s*)qdf_continuity=([a-z-]+)/.exec(document.cookie)?.[1];
}

// ------------------------------------------------------ reading path (personalization)

function readingPath() {
  try {
    const list = JSON.parse(localStorage.getItem(PATH_KEY) ?? '[]');
    const since = Date.now() - PATH_DAYS * 86400_000;
    return Array.isArray(list) ? list.filter((entry) => entry.at > since) : [];
  } catch {
    return [];
  }
}

function record(article) {
  if (!allowed()) return;
  const path = readingPath().filter((entry) => entry.id !== article.dataset.id);
  path.push({ id: article.dataset.id, topic: article.dataset.topic, at: Date.now() });
  localStorage.setItem(PATH_KEY, JSON.stringify(path));
  showPath();
}

function forgetPath() {
  try {
    localStorage.removeItem(PATH_KEY);
  } catch {
    // storage unavailable: nothing kept
  }
}

const insights = document.getElementById('insight-list');

/** Topics already read come first (content prioritization), unread before read. */
function prioritize() {
  if (!insights) return;
  const path = readingPath();
  if (!path.length) return;
  const read = new Set(path.map((entry) => entry.id));
  const topics = new Set(path.map((entry) => entry.topic));
  const score = (li) => {
    const article = li.querySelector('article');
    return (topics.has(article.dataset.topic) ? 0 : 2) + (read.has(article.dataset.id) ? 1 : 0);
  };
  const items = [...insights.children];
  items
    .map((li, index) => [score(li), index, li])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .forEach(([, , li]) => insights.append(li));
}

function showPath() {
  const box = document.getElementById('reading-path');
  if (!box) return;
  const on = allowed();
  box.querySelector('[data-path="off"]').hidden = on;
  const onPart = box.querySelector('[data-path="on"]');
  onPart.hidden = !on;
  if (!on) return;
  const path = readingPath();
  const read = new Set(path.map((entry) => entry.id));
  const articles = [...document.querySelectorAll('#insight-list article')];
  const topics = new Set(path.map((entry) => entry.topic));
  const next =
    articles.find((a) => !read.has(a.dataset.id) && topics.has(a.dataset.topic)) ??
    articles.find((a) => !read.has(a.dataset.id));
  const summary = onPart.querySelector('[data-path-summary]');
  const link = onPart.querySelector('[data-path-next]');
  summary.textContent = path.length
    ? `You have read ${path.length} of ${articles.length} insights.`
    : 'Open an insight: we will suggest the next one from the topics you read.';
  if (next && path.length) {
    link.hidden = false;
    link.href = `#${next.id}`;
    link.textContent = `Next for you: ${next.querySelector('h3').textContent}`;
  } else {
    link.hidden = true;
  }
  onPart.querySelector('[data-path-clear]').hidden = !path.length;
}

insights?.addEventListener('click', (event) => {
  const button = event.target.closest('button[aria-controls]');
  if (!button) return;
  const body = document.getElementById(button.getAttribute('aria-controls'));
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  button.textContent = open ? 'Close' : 'Read';
  body.hidden = !open;
  if (open) record(button.closest('article'));
});
document.querySelector('[data-path-clear]')?.addEventListener('click', () => {
  forgetPath();
  showPath();
});
document.querySelector('[data-path-next]')?.addEventListener('click', (event) => {
  const article = document.querySelector(event.currentTarget.getAttribute('href'));
  const button = article?.querySelector('button[aria-controls]');
  if (button && button.getAttribute('aria-expanded') !== 'true') button.click();
  button?.focus();
});

// ------------------------------------------------ §9 withdraw and delete (policy page)

const withdraw = document.getElementById('withdraw');
withdraw?.addEventListener('click', async () => {
  await consent.withdraw();
  forgetPath();
  document.getElementById('withdraw-status').textContent =
    'Your consent is withdrawn and the cookies of the optional categories are deleted. Reload the page to stop scripts already running.';
});

// ------------------------------------------------------------------ consent follows

function fromConsent() {
  settingsNote();
  if (allowed()) {
    const kind = rememberedWork();
    if (kind && filter) showWork(kind);
  } else {
    // Nothing optional is remembered: a stale setting read before the store decided
    // (a decision made under an earlier policy revision) gives way to the defaults.
    const settings = current();
    if (JSON.stringify(settings) !== JSON.stringify(DEFAULTS) && !touched) apply(DEFAULTS);
    forgetPath();
  }
  showPath();
}

// The visitor's own changes in this visit are never undone by the store.
let touched = false;
settingsForm?.addEventListener('change', () => (touched = true), { capture: true });

formatDates();
showSettings(current());
if (filter) showWork('all');

await consent.ready;
prioritize();
fromConsent();
document.addEventListener('consent-change', (event) => {
  const { changed, state } = event.detail;
  if (!changed.includes('preferences') && state.decided) {
    settingsNote();
    return;
  }
  // Allowed now: keep what the visitor set during this visit.
  if (allowed()) remember(current());
  fromConsent();
});

// Let the page know the scripts are wired (used by the browser tests).
window.qodefyReady = true;
