// Runs in <head>, before the page is painted: applies the display settings a visitor
// asked Qodefy to remember (§4 of the cookie policy), so the page does not flash in the
// wrong theme or text size. It only reads. These cookies exist only while
// "Functional, preference and personalization" is allowed: site.js writes them after
// consent, and the consent store deletes them (clearCookies) when it is withdrawn.
(function () {
  var root = document.documentElement;
  var jar = {};
  document.cookie.split(';').forEach(function (pair) {
    var at = pair.indexOf('=');
    if (at > 0) jar[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  });
  if (/^(light|dark)$/.test(jar.qdf_display || '')) root.dataset.theme = jar.qdf_display;
  if (jar.qdf_ui === 'compact') root.dataset.density = 'compact';
  (jar.qdf_a11y || '').split('.').forEach(function (option) {
    if (option === 'large') root.dataset.text = 'large';
    if (option === 'underline') root.dataset.underline = '';
    if (option === 'still') root.dataset.motion = 'reduce';
  });
  if (/^en-(GB|US)$/.test(jar.qdf_lang || '')) root.lang = jar.qdf_lang;
})();
