// The demo page's script: binds the buttons to the store's public API and redraws the
// state, the cookies and the receipts. The library is served as TypeScript and
// compiled on the fly by the dev server (`npm start`).
import { consent } from '/src/index.ts';

// Handy in the browser console.
window.consent = consent;

const $ = (id) => document.getElementById(id);

function renderState() {
  $('state').textContent = JSON.stringify(consent.state, null, 2);
  renderChoices();
  renderCookies();
}

/** One checkbox per category; required ones are shown on and cannot be changed. */
function renderChoices() {
  const list = $('choice-list');
  const { categories } = consent.state;
  for (const [id, on] of Object.entries(categories)) {
    let input = list.querySelector(`input[name="${CSS.escape(id)}"]`);
    if (!input) {
      const label = document.createElement('label');
      input = document.createElement('input');
      input.type = 'checkbox';
      input.name = id;
      input.disabled = id === 'necessary';
      label.append(input, ` ${id}`);
      if (input.disabled) label.append(' (always on)');
      list.append(label);
    }
    input.checked = on;
  }
}

function renderCookies() {
  const list = $('cookies');
  const names = document.cookie
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean);
  list.replaceChildren(
    ...(names.length ? names : ['(none)']).map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }),
  );
}

async function showHistory() {
  const receipts = await consent.history();
  $('history-count').textContent =
    receipts.length === 1
      ? '1 receipt, newest first.'
      : `${receipts.length} receipts, newest first.`;
  $('history').hidden = receipts.length === 0;
  $('history').textContent = JSON.stringify(receipts, null, 2);
}

const actions = {
  acceptAll: () => consent.acceptAll(),
  rejectAll: () => consent.rejectAll(),
  withdraw: () => consent.withdraw(),
  openPreferences: () => consent.openPreferences(),
  history: () => showHistory(),
};

document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (button) actions[button.dataset.action]();
});

$('choices').addEventListener('submit', (event) => {
  event.preventDefault();
  const choices = {};
  for (const input of event.currentTarget.querySelectorAll('input[type="checkbox"]')) {
    if (!input.disabled) choices[input.name] = input.checked;
  }
  consent.update(choices);
});

document.addEventListener('consent-change', (event) => {
  const { method, changed } = event.detail;
  $('last-change').textContent =
    `Last change: ${method}` + (changed.length ? ` (changed: ${changed.join(', ')})` : '');
  renderState();
  // Keep the receipts in step once they are on show. The store writes the receipt of
  // a decision only after this event has been dispatched, so ask for the history a
  // task later, or it would not include this decision yet.
  if (!$('history').hidden) setTimeout(showHistory);
});
document.addEventListener('demo-cookies', renderCookies);

consent.ready.then(renderState);
