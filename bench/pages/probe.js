/* global document, window, requestAnimationFrame, getComputedStyle, customElements, location, ShadowRoot, innerWidth, innerHeight, addEventListener */
// The benchmark's in-page probe. bench/run.mjs inlines this file as the first script
// of every bench page's <head> (it replaces the `<!-- bench:probe -->` marker), so it
// runs before anything else on the page and costs both libraries the same.
//
// It records, in `window.__bench` (and resolves `window.__benchDone` with it):
// - long tasks, layout shifts (without recent input) and first contentful paint, from
//   PerformanceObservers registered here, at the top of <head>;
// - with <html data-bench="ours|peer">: a requestAnimationFrame loop that checks, every
//   frame, the state of the banner and notes `performance.now()` of the first frame in
//   which the banner is
//     inserted: its box exists in the DOM (ours: the shadow root's [part~="banner"];
//               peer: `#cc-main .cm`);
//     layout:   that box has a non-zero size and the host is not hidden;
//     visible:  also `visibility: visible`, a computed opacity (the box and its
//               ancestors, through shadow roots) above 0, and some of the box inside
//               the viewport — the metric reported as "time to banner visible";
//     complete: opacity ≥ 0.99 and at least 99 % of the box inside the viewport (the
//               peer slides its bar in from below the viewport).
//   The loop stops at `complete`; the run ends one second after `visible` (the window
//   of long tasks and layout shifts), or after 20 s.
// With `?returning` (a visitor who has decided: no banner), the run ends one second
// after the load event instead.
// With `?freeze` in the page's URL, every animation is paused in the frame where the
// banner is first visible, so that a screenshot shows that frame's state.
(() => {
  const kind = document.documentElement.dataset.bench || 'none';
  const freeze = new URLSearchParams(location.search).has('freeze');
  const r = {
    kind,
    frames: 0,
    longtasks: [],
    cls: 0,
    shifts: 0,
    fcp: null,
    inserted: null,
    layout: null,
    visible: null,
    visibleFrameTime: null,
    complete: null,
    opacityAtVisible: null,
    onScreenAtVisible: null,
    defined: null,
    consentReady: null,
    domContentLoaded: null,
    load: null,
    timedOut: false,
    frozen: false,
  };
  window.__bench = r;
  let finish;
  window.__benchDone = new Promise((resolve) => (finish = resolve));

  const observe = (type, callback) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({
        type,
        buffered: true,
      });
    } catch {
      // An entry type this browser does not support: the metric stays empty.
    }
  };
  observe('longtask', (e) => r.longtasks.push([e.startTime, e.duration]));
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    r.cls += e.value;
    r.shifts += 1;
  });
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') r.fcp = e.startTime;
  });
  document.addEventListener('DOMContentLoaded', () => (r.domContentLoaded = performance.now()));
  document.addEventListener('consent-ready', () => (r.consentReady = performance.now()));
  if (kind === 'ours') {
    customElements.whenDefined('consent-banner').then(() => (r.defined = performance.now()));
  }

  const box = () => {
    if (kind === 'ours') {
      const host = document.querySelector('consent-banner');
      const el = host?.shadowRoot?.querySelector('[part~="banner"]');
      return el ? { host, el } : null;
    }
    const el = document.querySelector('#cc-main .cm');
    return el ? { host: document.getElementById('cc-main'), el } : null;
  };

  const opacity = (el) => {
    let value = 1;
    for (let node = el; node;) {
      if (node.nodeType === 1) value *= Number(getComputedStyle(node).opacity);
      node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
    }
    return value;
  };

  /** [level, opacity, on-screen fraction]: 0 absent, 1 inserted, 2 laid out, 3 visible, 4 complete. */
  const level = () => {
    const found = box();
    if (!found) return [0];
    const { host, el } = found;
    if (!host || host.hidden || getComputedStyle(host).display === 'none') return [1];
    const rect = el.getBoundingClientRect();
    if (!rect.width || !rect.height) return [1];
    if (getComputedStyle(el).visibility !== 'visible') return [2];
    const o = opacity(el);
    const w = Math.min(rect.right, innerWidth) - Math.max(rect.left, 0);
    const h = Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0);
    const onScreen = w > 0 && h > 0 ? (w * h) / (rect.width * rect.height) : 0;
    if (!(o > 0) || !(onScreen > 0)) return [2];
    return [o >= 0.99 && onScreen >= 0.99 ? 4 : 3, o, onScreen];
  };

  const end = () => {
    r.timedOut = r.visible === null;
    finish(r);
  };
  const frame = (frameTime) => {
    r.frames += 1;
    const now = performance.now();
    const [seen, o, onScreen] = level();
    if (seen >= 1 && r.inserted === null) r.inserted = now;
    if (seen >= 2 && r.layout === null) r.layout = now;
    if (seen >= 3 && r.visible === null) {
      r.visible = now;
      r.visibleFrameTime = frameTime;
      r.opacityAtVisible = o;
      r.onScreenAtVisible = onScreen;
      setTimeout(end, 1000);
      if (freeze) {
        for (const animation of document.getAnimations()) animation.pause();
        r.frozen = true;
        return;
      }
    }
    if (seen >= 4) {
      r.complete = now;
      return;
    }
    if (now > 20000) {
      end();
      return;
    }
    requestAnimationFrame(frame);
  };
  // A returning visitor sees no banner: the run ends one second after the load event.
  const returning = new URLSearchParams(location.search).has('returning');
  addEventListener('load', () => {
    r.load = performance.now();
    if (returning) setTimeout(() => finish(r), 1000);
  });
  if (returning) return;
  if (kind === 'ours' || kind === 'peer') requestAnimationFrame(frame);
  else finish(r);
})();
