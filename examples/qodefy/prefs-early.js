// Runs in <head>, before the page is painted: applies the display settings a visitor
// asked Qodefy to remember (§4 of the cookie policy), so the page does not flash in the
// wrong theme or text size. It only reads, and only under a consent that stands: these
// cookies (12 months) may outlive the choice that allowed them (6 months), or a policy
// revision may have voided it. site.js writes them after consent, and the consent store
// deletes them (clearCookies) when "Functional, preference and personalization" is
// withdrawn, and on the first page load without that consent.
(function () {
  // The policy revision of consent.js; raise both together.
  var REVISION = 2;
  var root = document.documentElement;
  var jar = {};
  document.cookie.split(';').forEach(function (pair) {
    var at = pair.indexOf('=');
    if (at > 0) jar[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  });
  // The consent cookie's format (README, "Persistence and proof"): revision r, decision
  // time t (ms), category grants c. Expiry: its own lifetime, 182 days.
  var consent = /(?:^|&)r=(\d+)&t=(\d+)&.*&c=([^&]*)/.exec(jar.qodefy_consent || '');
  var allowed =
    consent &&
    Number(consent[1]) >= REVISION &&
    Number(consent[2]) > Date.now() - 182 * 86400000 &&
    consent[3].split('|').indexOf('preferences:1') >= 0;
  if (!allowed) return;
  if (/^(light|dark)$/.test(jar.qdf_display || '')) root.dataset.theme = jar.qdf_display;
  if (jar.qdf_ui === 'compact') root.dataset.density = 'compact';
  (jar.qdf_a11y || '').split('.').forEach(function (option) {
    if (option === 'large') root.dataset.text = 'large';
    if (option === 'underline') root.dataset.underline = '';
    if (option === 'still') root.dataset.motion = 'reduce';
  });
  if (/^en-(GB|US)$/.test(jar.qdf_lang || '')) root.lang = jar.qdf_lang;
})();
