// The home page's own features, each in the cookie category the Cookie Policy gives it.
//
// - Demo sign-in (strictly necessary, §4.1 and §5): `strackr_session` for the session,
//   `strackr_auth` for 7 days only when "Keep me signed in" is ticked, and the
//   `strackr_token` security token in sessionStorage. Logging out deletes all three.
// - Pricing settings (functional cookies, §4.2): the currency and billing period are
//   remembered in `strackr_prefs` for 13 months, only while functional cookies are
//   allowed. Withdrawing them deletes the cookie (`clearCookies` in consent.js).
import { consent } from '../../dist/consent-elements.js';

const DAY = 86400;
const cookie = (name) =>
  document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1);
const setCookie = (name, value, maxAge) =>
  (document.cookie = `${name}=${value}; Path=/; SameSite=Lax${maxAge ? `; Max-Age=${maxAge}` : ''}`);
const deleteCookie = (name) => (document.cookie = `${name}=; Path=/; Max-Age=0`);

// ---- Demo sign-in -------------------------------------------------------------------

const login = document.getElementById('login');
const form = document.getElementById('login-form');
const openButton = document.getElementById('login-open');
const logoutButton = document.getElementById('logout');
const signedIn = document.getElementById('signed-in');
const signedInName = document.getElementById('signed-in-name');

function showAccount() {
  const user = cookie('strackr_auth') ?? cookie('strackr_session');
  const email = user ? decodeURIComponent(user.split('.')[0]) : '';
  signedIn.hidden = !user;
  logoutButton.hidden = !user;
  openButton.hidden = !!user;
  signedInName.textContent = email;
}

const randomId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

openButton.addEventListener('click', () => login.showModal());
document.getElementById('login-cancel').addEventListener('click', () => login.close());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const email = encodeURIComponent(form.elements.email.value.trim());
  const value = `${email}.${randomId()}`;
  // Session cookie: no Max-Age, gone when the browser closes.
  setCookie('strackr_session', value);
  // "Keep me signed in": 7 days at most (§5).
  if (form.elements.remember.checked) setCookie('strackr_auth', value, 7 * DAY);
  sessionStorage.setItem('strackr_token', randomId());
  login.close();
  form.reset();
  showAccount();
  logoutButton.focus();
});
logoutButton.addEventListener('click', () => {
  // "Automatically deleted upon logout" (§5).
  deleteCookie('strackr_session');
  deleteCookie('strackr_auth');
  sessionStorage.removeItem('strackr_token');
  showAccount();
  openButton.focus();
});
showAccount();

// ---- Pricing settings (functional cookies) ---------------------------------------------

const RATES = { EUR: { sign: '€', rate: 1 }, USD: { sign: '$', rate: 1.1 } };
const note = document.getElementById('prefs-note');
const radios = (name) => [...document.querySelectorAll(`input[name="${name}"]`)];
const picked = (name) => radios(name).find((radio) => radio.checked).value;

function render() {
  const { sign, rate } = RATES[picked('currency')];
  const annual = picked('billing') === 'annual';
  for (const amount of document.querySelectorAll('#plans .amount[data-base]')) {
    const monthly = Number(amount.dataset.base) * rate * (annual ? 0.8 : 1);
    amount.textContent = `${sign}${Math.round(monthly)}`;
    amount.nextElementSibling.textContent = annual ? 'per month, billed yearly' : 'per month';
  }
}

function apply(settings) {
  for (const [name, value] of Object.entries(settings)) {
    for (const radio of radios(name)) radio.checked = radio.value === value;
  }
  render();
}

for (const radio of [...radios('currency'), ...radios('billing')]) {
  radio.addEventListener('change', () => {
    render();
    if (consent.granted('preferences')) {
      // 13 months (§5): 395 days.
      setCookie(
        'strackr_prefs',
        `currency:${picked('currency')}|billing:${picked('billing')}`,
        395 * DAY,
      );
      note.textContent = 'We will remember these settings on your next visit.';
    } else {
      note.textContent = '';
    }
  });
}

// Remembered settings apply once functional cookies are allowed (now, or when allowed).
consent.on('preferences', () => {
  const saved = /^currency:(EUR|USD)\|billing:(monthly|annual)$/.exec(
    cookie('strackr_prefs') ?? '',
  );
  if (saved) apply({ currency: saved[1], billing: saved[2] });
});
