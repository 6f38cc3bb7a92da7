// The developer panel: every public API call of the store on a button, the state
// redrawn on every consent-change, the cookies the page can see, the events, and the
// receipts.

const $ = (id) => document.getElementById(id);

/** Services by category, from the page's configuration (the store keeps its own copy private). */
function servicesByCategory() {
  const map = new Map();
  for (const script of document.querySelectorAll('script[data-consent-config]')) {
    try {
      for (const category of JSON.parse(script.textContent).categories ?? []) {
        map.set(
          category.id,
          (category.services ?? []).map((service) => service.id),
        );
      }
    } catch {
      // The store reports invalid configuration itself.
    }
  }
  return map;
}

function checkbox(id, checked, disabled) {
  const item = document.createElement('li');
  const label = document.createElement('label');
  const input = document.createElement('input');
  const name = document.createElement('code');
  input.type = 'checkbox';
  input.name = id;
  input.checked = checked;
  input.disabled = disabled;
  name.textContent = id;
  label.append(input, name);
  if (disabled) label.append(' (required)');
  item.append(label);
  return item;
}

export function startDevPanel(consent) {
  const services = servicesByCategory();
  const panel = $('dev-panel');

  /** One checkbox per category, its services nested under it. */
  function renderChoices() {
    const { categories, services: granted } = consent.state;
    const listed = new Set();
    const items = Object.entries(categories).map(([id, on]) => {
      const item = checkbox(id, on, id === 'necessary');
      const own = (services.get(id) ?? []).filter((service) => service in granted);
      if (own.length) {
        const list = document.createElement('ul');
        for (const service of own) {
          listed.add(service);
          list.append(checkbox(service, granted[service], false));
        }
        item.append(list);
      }
      return item;
    });
    // Services discovered on the page but not configured.
    for (const [id, on] of Object.entries(granted)) {
      if (!listed.has(id)) items.push(checkbox(id, on, false));
    }
    $('choice-list').replaceChildren(...items);
  }

  function renderCookies() {
    const pairs = document.cookie
      .split(';')
      .map((pair) => pair.trim())
      .filter(Boolean);
    $('cookies').replaceChildren(
      ...(pairs.length ? pairs : ['(none)']).map((text) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      }),
    );
  }

  function render() {
    $('state').textContent = JSON.stringify(consent.state, null, 2);
    renderChoices();
    renderCookies();
  }

  function log(text) {
    const item = document.createElement('li');
    const time = new Date().toLocaleTimeString('en-GB');
    item.textContent = `${time} ${text}`;
    $('events').prepend(item);
    while ($('events').children.length > 30) $('events').lastElementChild.remove();
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
    openVideo: () => consent.openPreferences('video'),
    history: () => showHistory(),
  };

  panel.addEventListener('click', (event) => {
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

  document.addEventListener('consent-ready', () => log('consent-ready'));
  document.addEventListener('consent-change', (event) => {
    const { method, changed } = event.detail;
    const what = changed.length ? changed.join(', ') : 'no grant changed';
    $('last-change').textContent = `Last change: ${method} (${what}).`;
    log(`consent-change ${method}: ${what}`);
    render();
    // The receipt of a decision is queued before this event, so history() includes it.
    if (!$('history').hidden) void showHistory();
  });
  document.addEventListener('consent-gate-load', (event) => {
    const { category, service } = event.detail;
    log(`consent-gate-load ${service ?? category}`);
  });
  document.addEventListener('demo-analytics', () => {
    log('the analytics script ran');
    renderCookies();
  });

  // Third parties (the chat) set cookies of their own: keep the list current while open.
  setInterval(() => panel.open && renderCookies(), 1000);

  void consent.ready.then(render);
}
