/* global document */
// The pricing page's billing switch. The chosen period is remembered in the
// `ll_prefs` cookie only while "Functional preferences" is granted; withdrawing that
// purpose deletes the cookie (its `clearCookies` in the configuration).
import { consent } from '../../dist/consent-elements.js';

const COOKIE = 'll_prefs';
const THIRTEEN_MONTHS = 13 * 30 * 86400;

const radios = [...document.querySelectorAll('input[name="billing"]')];
const note = document.getElementById('billing-note');

function show(period) {
  for (const el of document.querySelectorAll('#plans [data-monthly]')) {
    el.textContent = el.dataset[period];
  }
  for (const radio of radios) radio.checked = radio.value === period;
}

function remembered() {
  const match = /(?:^|;\s*)ll_prefs=billing:(monthly|annual)/.exec(document.cookie);
  return match?.[1];
}

for (const radio of radios) {
  radio.addEventListener('change', () => {
    show(radio.value);
    if (consent.granted('preferences')) {
      document.cookie = `${COOKIE}=billing:${radio.value}; Max-Age=${THIRTEEN_MONTHS}; Path=/; SameSite=Lax`;
      note.textContent = 'We will remember this billing period on your next visit.';
    } else {
      note.textContent = '';
    }
  });
}

// A remembered period applies once preferences are granted (now, or when the visitor agrees).
consent.on('preferences', () => {
  const period = remembered();
  if (period) show(period);
});
