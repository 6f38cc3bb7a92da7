/* global window, document */
// `npm run bench`: bytes, time to banner and scale of consent-elements, side by side
// with vanilla-cookieconsent 3. Builds first (`npm run build`), then measures whatever
// the build produced, with playwright-core and the machine's Chromium, on pages served
// from 127.0.0.1 by a small static server in this file. Method: bench/README.md.
//
// Environment (all optional):
//   BENCH_RUNS=15        time-to-banner runs of each library (after one warm-up pair)
//   BENCH_GATE_RUNS=5    most runs of each 1000-gate measurement (with and without
//                        CPU throttling); see BENCH_GATE_BUDGET
//   BENCH_GATE_BUDGET=30 seconds after which a gate measurement takes no further run
//                        (it always takes one): a slow acceptAll() must not make the
//                        bench run for half an hour
//   BENCH_GATES=1000     gates on the scale page
//   BENCH_THROTTLE=4     CPU throttling rate of the time-to-banner runs
//   BENCH_SKIP_BUILD=1   measure the dist/ already there (for working on the bench)
//   BENCH_NO_README=1    do not rewrite the table in bench/README.md
//   CHROME_PATH          Chromium (default /usr/bin/chromium)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = path.join(ROOT, 'bench');
const PAGES = path.join(BENCH, 'pages');
const PEER_DIST = path.join(ROOT, 'node_modules/vanilla-cookieconsent/dist');
const PEER_VERSION = JSON.parse(
  readFileSync(path.join(ROOT, 'node_modules/vanilla-cookieconsent/package.json'), 'utf8'),
).version;

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const RUNS = env('BENCH_RUNS', 15);
const GATE_RUNS = env('BENCH_GATE_RUNS', 5);
const GATE_BUDGET = env('BENCH_GATE_BUDGET', 30) * 1000;
const GATES = env('BENCH_GATES', 1000);
const THROTTLE = env('BENCH_THROTTLE', 4);
const HEAP_RUNS = 3;

const started = Date.now();
const loadBefore = os.loadavg();
const log = (...args) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...args);

// ---- build, and a snapshot of what it produced ----

if (!process.env.BENCH_SKIP_BUILD) {
  log('npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('bench: `npm run build` failed; nothing measured.');
    process.exit(1);
  }
}
// Served from a copy, so that a rebuild during the run cannot change what is measured.
const DIST = mkdtempSync(path.join(os.tmpdir(), 'bench-dist-'));
cpSync(path.join(ROOT, 'dist'), DIST, { recursive: true });
process.on('exit', () => rmSync(DIST, { recursive: true, force: true }));

// ---- the static server ----

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const MOUNTS = [
  ['/dist/', DIST],
  ['/peer/', PEER_DIST],
  ['/bench/pages/', PAGES],
];
const PROBE = readFileSync(path.join(PAGES, 'probe.js'), 'utf8');
/**
 * The chunks the entry fetches for the banner (README, "Loading", "Preloading"), read from
 * the entry the build wrote (rollup.config.mjs, parallelChunks), so that the list cannot
 * fall behind the build.
 */
const BANNER_CHUNKS = (() => {
  const entry = readFileSync(path.join(DIST, 'consent-elements.js'), 'utf8');
  const list = /"consent-banner":\(\)=>Promise\.all\(\[([^\]]*)\]\)/.exec(entry)?.[1] ?? '';
  const chunks = [...list.matchAll(/import\("\.\/(chunks\/[\w.-]+\.js)"\)/g)].map((m) => m[1]);
  if (!chunks.includes('chunks/consent-banner.js')) {
    console.error("bench: the entry's imports of the banner's chunks were not found.");
    process.exit(1);
  }
  return chunks;
})();
const CONTENT = readFileSync(path.join(PAGES, 'content.html'), 'utf8');

/** The file a URL path names, inside one of the mounts, or undefined. */
function fileFor(pathname) {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.resolve(dir, decodeURIComponent(pathname.slice(prefix.length)));
    return file.startsWith(dir + path.sep) ? file : undefined;
  }
  return undefined;
}

/** Bench pages get the probe inlined at the top of <head>, the shared content, and n gates. */
function template(html, url) {
  const n = Math.max(0, Math.min(Number(url.searchParams.get('n') ?? 0), 100_000));
  const content = url.searchParams.get('content') ?? 'src';
  const gate = (i) =>
    content === 'control'
      ? `<div class="gate"></div>`
      : content === 'template'
        ? `<consent-gate category="video" title="Video ${i + 1}"><template><p>Embedded content ${i + 1}</p></template></consent-gate>`
        : `<consent-gate category="video" src="/bench/pages/embed.html?i=${i}" title="Video ${i + 1}"></consent-gate>`;
  const gates = Array.from({ length: n }, (_, i) => gate(i)).join('\n');
  // `?preload`: what a server that reads the consent cookie sends a visitor without a
  // decision (README, "Loading"): the banner's chunks, preloaded with the entry.
  const preload = url.searchParams.has('preload')
    ? BANNER_CHUNKS.map((file) => `<link rel="modulepreload" href="/dist/${file}" />`).join('')
    : '';
  return html
    .replace('<!-- bench:probe -->', () => `<script>${PROBE}</script>`)
    .replace('<!-- bench:preload -->', () => preload)
    .replace('<!-- bench:content -->', () => CONTENT)
    .replace('<!-- bench:gates -->', () => gates);
}

const compressions = new Map();
/** A file's body compressed (cached: brotli at quality 11 takes a while). */
function compressed(body, encoding) {
  const key = `${encoding}:${body.toString('latin1')}`;
  let out = compressions.get(key);
  if (!out) {
    out =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
    compressions.set(key, out);
  }
  return out;
}

function startServer() {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const file = fileFor(url.pathname);
    let body;
    try {
      body = file && readFileSync(file);
    } catch {
      body = undefined;
    }
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (file.startsWith(PAGES) && file.endsWith('.html')) {
      body = Buffer.from(template(body.toString('utf8'), url));
    }
    // Scripts and styles compressed as a production server sends them (brotli where the
    // browser takes it, else gzip), so that a throttled network carries real sizes;
    // nothing cached.
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (/\.(m?js|css)$/.test(file)) {
      const accepted = String(request.headers['accept-encoding'] ?? '');
      const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : '';
      if (encoding) {
        body = compressed(body, encoding);
        headers['content-encoding'] = encoding;
      }
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

// ---- statistics ----

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
function stats(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return {
    n: v.length,
    median: quantile(v, 0.5),
    min: Math.min(...v),
    p25: quantile(v, 0.25),
    p75: quantile(v, 0.75),
    max: Math.max(...v),
  };
}
/** Total blocking time: the part over 50 ms of each long task that starts before `end`. */
const tbt = (tasks, end) =>
  sum(tasks.filter(([start]) => start < end).map(([, duration]) => Math.max(0, duration - 50)));

// ---- measurements ----

/**
 * A slow mobile connection (about 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up),
 * emulated through the DevTools protocol: only there do an extra chunk's round trip and
 * the bytes show.
 */
const SLOW = { latency: 150, download: 1.6e6 / 8, upload: 750e3 / 8 };

async function newPage(browser, throttle, { context: shared, network = false } = {}) {
  const context = shared ?? (await browser.newContext({ viewport: { width: 1280, height: 720 } }));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW.latency,
      downloadThroughput: SLOW.download,
      uploadThroughput: SLOW.upload,
    });
  }
  const notes = { fetched: [], errors: [] };
  page.on('response', (response) =>
    notes.fetched.push({ path: new URL(response.url()).pathname, status: response.status() }),
  );
  page.on('pageerror', (error) => notes.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') notes.errors.push(message.text());
  });
  return { context, page, cdp, notes };
}

/** Where each library's "Reject all" is, for a returning visitor's first visit. */
const REJECT = {
  ours: 'consent-banner [part~="reject-button"]',
  peer: '#cc-main [data-role="necessary"]',
};

/**
 * One visit of a banner page: a first visit, or with `returning` the next page of a
 * visitor who has refused (decided on a first page, unmeasured). `network` throttles it
 * to a slow mobile connection; `query` adds page options (`n=3`: three gates; `preload`);
 * `screenshot` also saves /tmp/bench-<kind>*.png.
 */
async function bannerRun(
  browser,
  base,
  kind,
  { screenshot = false, network = false, query = '', returning = false } = {},
) {
  let shared;
  if (returning) {
    shared = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const first = await shared.newPage();
    await first.goto(`${base}/bench/pages/${kind}.html`);
    await first.locator(REJECT[kind]).click();
    await first.waitForTimeout(200);
    await first.close();
  }
  const { context, page, notes } = await newPage(browser, THROTTLE, { context: shared, network });
  try {
    const params = [query, returning && 'returning', screenshot && 'freeze'].filter(Boolean);
    await page.goto(
      `${base}/bench/pages/${kind}.html${params.length ? `?${params.join('&')}` : ''}`,
    );
    const r = await page.evaluate(() => window.__benchDone);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        responseEnd: nav.responseEnd,
        domInteractive: nav.domInteractive,
        domContentLoaded: nav.domContentLoadedEventStart,
        load: nav.loadEventStart,
        resources: performance.getEntriesByType('resource').map((e) => ({
          path: new URL(e.name).pathname,
          start: e.startTime,
          end: e.responseEnd,
        })),
      };
    });
    if (screenshot) {
      await page.screenshot({ path: `/tmp/bench-${kind}.png` });
      await page.evaluate(() => document.getAnimations().forEach((a) => a.play()));
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `/tmp/bench-${kind}-later.png` });
    }
    const end = returning ? r.load + 1000 : r.visible + 1000;
    return {
      kind,
      load: r.load,
      visible: r.visible,
      visibleFrameTime: r.visibleFrameTime,
      opacityAtVisible: r.opacityAtVisible,
      inserted: r.inserted,
      layout: r.layout,
      complete: r.complete,
      onScreenAtVisible: r.onScreenAtVisible,
      fcp: r.fcp,
      cls: r.cls,
      layoutShifts: r.shifts,
      longtasks: r.longtasks.filter(([start]) => start < end),
      longtaskCount: r.longtasks.filter(([start]) => start < end).length,
      tbt: tbt(r.longtasks, end),
      defined: r.defined,
      consentReady: r.consentReady,
      domContentLoaded: r.domContentLoaded,
      frames: r.frames,
      timedOut: r.timedOut,
      timing,
      fetched: notes.fetched,
      errors: notes.errors,
    };
  } finally {
    await context.close();
  }
}

/**
 * Loads the n-gate page (`content`: src, template or control), then times the trigger
 * (consent.acceptAll(), or for the control plain JS appending the iframes) until every
 * gate is live.
 */
async function gatesRun(browser, base, { content, throttle, rendered, heap = false }) {
  const { context, page, cdp, notes } = await newPage(browser, throttle);
  try {
    await page.goto(`${base}/bench/pages/gates.html?n=${GATES}&content=${content}`, {
      timeout: 120_000,
    });
    const startup = await page.evaluate(() => window.__gatesReady);
    const startupTasks = await page.evaluate(() => window.__bench.longtasks);
    await page.waitForTimeout(300);
    // The JS heap of the loaded page, before any consent (the GC also leaves the
    // acceptAll() below a clean heap).
    const heapUsed = heap ? await heapUsedAfterGc(cdp) : null;
    const accept = await page.evaluate(
      ([control, rendered]) =>
        control ? window.__benchControl({ rendered }) : window.__benchAccept({ rendered }),
      [content === 'control', rendered],
    );
    return {
      content,
      throttle,
      startup: {
        ...startup,
        longtaskCount: startupTasks.filter(([s]) => s < startup.frame).length,
        tbt: tbt(startupTasks, startup.frame),
        longtasks: startupTasks,
      },
      accept,
      heap: heapUsed,
      errors: notes.errors,
    };
  } finally {
    await context.close();
  }
}

/** Runs `once` at least once and at most `max` times, no more once `budget` ms have passed. */
async function budgeted(max, budget, once) {
  const t0 = Date.now();
  const runs = [];
  while (runs.length < max && (!runs.length || Date.now() - t0 < budget)) runs.push(await once());
  return runs;
}

/** JS heap in use after a forced garbage collection. */
async function heapUsedAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return { jsHeapUsed: m.JSHeapUsedSize, jsHeapTotal: m.JSHeapTotalSize, nodes: m.Nodes };
}

/** The JS heap of a page once it has settled. */
async function heapRun(browser, base, pagePath, wait) {
  const { context, page, cdp, notes } = await newPage(browser, 1);
  try {
    await page.goto(`${base}/bench/pages/${pagePath}`, { timeout: 120_000 });
    await page.evaluate(wait);
    await page.waitForTimeout(300);
    return { ...(await heapUsedAfterGc(cdp)), errors: notes.errors };
  } finally {
    await context.close();
  }
}

// ---- bytes ----

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 11,
        [zlib.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** The JS and CSS a first visit fetched (library files only: pages and config excluded). */
function bytesOf(fetchedPaths) {
  const files = [...new Set(fetchedPaths)]
    .filter((p) => p.startsWith('/dist/') || p.startsWith('/peer/'))
    .sort();
  const out = {
    js: { raw: 0, gzip: 0, brotli: 0 },
    css: { raw: 0, gzip: 0, brotli: 0 },
    files: [],
  };
  for (const p of files) {
    const size = sizes(readFileSync(fileFor(p)));
    const type = p.endsWith('.css') ? 'css' : 'js';
    for (const k of ['raw', 'gzip', 'brotli']) out[type][k] += size[k];
    out.files.push({ path: p, type, ...size });
  }
  out.total = Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, out.js[k] + out.css[k]]));
  return out;
}

// ---- the run ----

const { server, base } = await startServer();
const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  headless: true,
  args: CHROME_ARGS,
});
const chromiumVersion = browser.version();
log(`Chromium ${chromiumVersion}, serving ${base}`);

try {
  log(`time to banner: a warm-up pair, then ${RUNS} runs of each, alternating, ${THROTTLE}× CPU`);
  const warmup = [];
  const banner = { ours: [], peer: [] };
  for (const kind of ['ours', 'peer']) warmup.push(await bannerRun(browser, base, kind));
  for (let i = 0; i < RUNS; i++) {
    for (const kind of ['ours', 'peer']) banner[kind].push(await bannerRun(browser, base, kind));
  }
  // The same first visit on a slow network, a page with gates, with the banner's chunks
  // preloaded, and a returning visitor: each alternating between the libraries that have it.
  const VARIANTS = {
    slow: { kinds: ['ours', 'peer'], options: { network: true } },
    preloadSlow: { kinds: ['ours'], options: { network: true, query: 'preload' } },
    gates: { kinds: ['ours'], options: { query: 'n=3' } },
    gatesSlow: { kinds: ['ours'], options: { network: true, query: 'n=3' } },
    returning: { kinds: ['ours', 'peer'], options: { returning: true } },
    returningSlow: { kinds: ['ours', 'peer'], options: { returning: true, network: true } },
  };
  const variants = {};
  for (const [name, { kinds, options }] of Object.entries(VARIANTS)) {
    log(`${name}: ${RUNS} runs of ${kinds.join(' and ')}`);
    variants[name] = Object.fromEntries(kinds.map((kind) => [kind, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const kind of kinds) {
        variants[name][kind].push(await bannerRun(browser, base, kind, options));
      }
    }
  }
  log('screenshots at the measured frame: /tmp/bench-{ours,peer}.png (and -later.png)');
  const shots = {};
  for (const kind of ['ours', 'peer']) {
    shots[kind] = await bannerRun(browser, base, kind, { screenshot: true });
  }

  const gates = {};
  const measure = async (name, max, options, budget = GATE_BUDGET) => {
    log(`${GATES} gates, ${name}: up to ${max} runs`);
    gates[name] = await budgeted(max, budget, () => gatesRun(browser, base, options));
  };
  await measure('src', GATE_RUNS, { content: 'src', throttle: 1, rendered: false, heap: true });
  await measure('srcThrottled', GATE_RUNS, { content: 'src', throttle: THROTTLE, rendered: false });
  await measure('template', GATE_RUNS, { content: 'template', throttle: 1, rendered: true });
  await measure('templateThrottled', Math.min(GATE_RUNS, 3), {
    content: 'template',
    throttle: THROTTLE,
    rendered: true,
  });
  await measure(
    'control',
    3,
    { content: 'control', throttle: 1, rendered: false },
    GATE_BUDGET / 4,
  );

  log(`JS heap after a forced GC: ${HEAP_RUNS} runs of each small page`);
  const heap = { gates: gates.src.map((r) => r.heap), empty: [], ours: [], peer: [] };
  const gatesReady = () => window.__gatesReady;
  const bannerDone = () => window.__benchDone;
  for (let i = 0; i < HEAP_RUNS; i++) {
    heap.empty.push(await heapRun(browser, base, 'gates.html?n=0', gatesReady));
    heap.ours.push(await heapRun(browser, base, 'ours.html', bannerDone));
    heap.peer.push(await heapRun(browser, base, 'peer.html', bannerDone));
  }

  // ---- summary ----

  const all = (kind) => [...warmup.filter((r) => r.kind === kind), ...banner[kind]];
  const paths = (kind) => all(kind).flatMap((r) => r.fetched.map((f) => f.path));
  const bytes = { ours: bytesOf(paths('ours')), peer: bytesOf(paths('peer')) };
  // Locale modules: dist/locales/* after the build change, dist/chunks/<locale>-* before.
  const fetchedLocales = [
    ...new Set(paths('ours').filter((p) => /\/locales?\/|\/chunks\/(fr|de|it|es)-/.test(p))),
  ];
  const variantRuns = Object.values(variants).flatMap((v) => Object.values(v).flat());
  const failed = [...all('ours'), ...all('peer')].flatMap((r) =>
    r.fetched.filter((f) => f.status >= 400).map((f) => `${r.kind}: ${f.status} ${f.path}`),
  );
  const errors = [
    ...new Set(
      [
        ...all('ours'),
        ...all('peer'),
        ...variantRuns,
        ...Object.values(gates).flat(),
        ...Object.values(heap).flat(),
      ].flatMap((r) => r.errors ?? []),
    ),
  ];
  const timedOut = [...banner.ours, ...banner.peer, ...variantRuns].filter(
    (r) => r.timedOut,
  ).length;

  const metric = (kind, key) => stats(banner[kind].map((r) => r[key]));
  const summary = {};
  for (const kind of ['ours', 'peer']) {
    summary[kind] = {
      visible: metric(kind, 'visible'),
      inserted: metric(kind, 'inserted'),
      layout: metric(kind, 'layout'),
      complete: metric(kind, 'complete'),
      fcp: metric(kind, 'fcp'),
      domContentLoaded: metric(kind, 'domContentLoaded'),
      longtaskCount: metric(kind, 'longtaskCount'),
      tbt: metric(kind, 'tbt'),
      cls: metric(kind, 'cls'),
      heap: stats(heap[kind].map((h) => h.jsHeapUsed)),
    };
  }
  Object.assign(summary.ours, {
    bundleResponseEnd: stats(
      banner.ours.map((r) => r.timing.resources.find((x) => x.path.startsWith('/dist/'))?.end),
    ),
    defined: metric('ours', 'defined'),
    consentReady: metric('ours', 'consentReady'),
  });
  summary.variants = Object.fromEntries(
    Object.entries(variants).map(([name, byKind]) => [
      name,
      Object.fromEntries(
        Object.entries(byKind).map(([kind, runs]) => [
          kind,
          {
            visible: stats(runs.map((r) => r.visible)),
            load: stats(runs.map((r) => r.load)),
            tbt: stats(runs.map((r) => r.tbt)),
            bytes: bytesOf(runs.flatMap((r) => r.fetched.map((f) => f.path))).total,
          },
        ]),
      ),
    ]),
  );
  summary.peer.scriptResponseEnd = stats(
    banner.peer.map((r) => r.timing.resources.find((x) => x.path.endsWith('.umd.js'))?.end),
  );
  summary.gates = Object.fromEntries(
    Object.entries(gates).map(([name, runs]) => [
      name,
      {
        runs: runs.length,
        sync: stats(runs.map((r) => r.accept.sync)),
        liveFrame: stats(runs.map((r) => r.accept.liveFrame)),
        afterFrame: stats(runs.map((r) => r.accept.afterFrame)),
        startupReady: stats(runs.map((r) => r.startup.ready)),
        startupRendered: stats(runs.map((r) => r.startup.rendered)),
        startupTbt: stats(runs.map((r) => r.startup.tbt)),
        // Gates on or near the screen go live at once, the others as they come near.
        allLive: runs.every((r) => r.accept.live === r.accept.n),
        nearGates: runs[0]?.accept.n,
      },
    ]),
  );
  summary.heap = {
    gates: stats(heap.gates.map((h) => h.jsHeapUsed)),
    empty: stats(heap.empty.map((h) => h.jsHeapUsed)),
  };

  // ---- the table ----

  const kB = (b) => `${(b / 1000).toFixed(1)} kB`;
  const MB = (b) => `${(b / 1e6).toFixed(2)} MB`;
  const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(x < 100 ? 1 : 0)} ms` : '—');
  const ratio = (a, b) => (Number.isFinite(a / b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '—');
  const spread = (s) =>
    [s.min, s.p25, s.p75, s.max].map((x) => (Number.isFinite(x) ? x.toFixed(0) : '—')).join(' / ');
  const runsNote = (name) =>
    summary.gates[name].runs < GATE_RUNS && name.startsWith('src')
      ? ` (${summary.gates[name].runs} run${summary.gates[name].runs > 1 ? 's' : ''}: time budget)`
      : '';
  const rows = [];
  const row = (name, ours, peer = '', r = '') => rows.push([name, ours, peer, r]);
  const bold = (cells) => cells.map((c) => (c ? `**${c}**` : c));
  for (const k of ['raw', 'gzip', 'brotli']) {
    row(
      `JS, ${k}`,
      kB(bytes.ours.js[k]),
      kB(bytes.peer.js[k]),
      ratio(bytes.ours.js[k], bytes.peer.js[k]),
    );
  }
  for (const k of ['raw', 'gzip', 'brotli'])
    row(`CSS, ${k}`, '0 (inside the JS)', kB(bytes.peer.css[k]));
  for (const k of ['raw', 'gzip', 'brotli']) {
    const [name, ...cells] = bold([
      `JS + CSS, ${k}`,
      kB(bytes.ours.total[k]),
      kB(bytes.peer.total[k]),
      ratio(bytes.ours.total[k], bytes.peer.total[k]),
    ]);
    row(name, ...cells);
  }
  const o = summary.ours;
  const p = summary.peer;
  const timeRow = (name, key, strong = false) => {
    const cells = [name, ms(o[key].median), ms(p[key].median), ratio(o[key].median, p[key].median)];
    row(...(strong ? bold(cells) : cells));
  };
  timeRow(`Time to banner visible, median (${THROTTLE}× CPU)`, 'visible', true);
  row('↳ min / p25 / p75 / max (ms)', spread(o.visible), spread(p.visible));
  timeRow('Time to banner fully shown (opaque, all on screen), median', 'complete');
  timeRow('Time to banner in the DOM with a size (not yet shown), median', 'layout');
  timeRow('First contentful paint, median', 'fcp');
  row(
    'Long tasks until banner visible + 1 s, median count',
    String(o.longtaskCount.median),
    String(p.longtaskCount.median),
  );
  timeRow('Total blocking time until banner visible + 1 s, median', 'tbt');
  row('Cumulative layout shift, median', o.cls.median.toFixed(3), p.cls.median.toFixed(3));
  row(
    'JS heap after GC, banner page, median',
    MB(o.heap.median),
    MB(p.heap.median),
    ratio(o.heap.median, p.heap.median),
  );
  const v = summary.variants;
  const net = `${SLOW.latency} ms round trip, ${SLOW.download / 125_000} Mbit/s down`;
  row(
    ...bold([
      `Time to banner visible, slow network (${net}) and ${THROTTLE}× CPU, median`,
      ms(v.slow.ours.visible.median),
      ms(v.slow.peer.visible.median),
      ratio(v.slow.ours.visible.median, v.slow.peer.visible.median),
    ]),
  );
  row('↳ min / p25 / p75 / max (ms)', spread(v.slow.ours.visible), spread(v.slow.peer.visible));
  row(
    '↳ ours with the banner’s chunks preloaded (`modulepreload`, sent by a server that reads the consent cookie)',
    ms(v.preloadSlow.ours.visible.median),
    ms(v.slow.peer.visible.median),
    ratio(v.preloadSlow.ours.visible.median, v.slow.peer.visible.median),
  );
  row(
    'Total blocking time until banner visible + 1 s, slow network, median',
    ms(v.slow.ours.tbt.median),
    ms(v.slow.peer.tbt.median),
  );
  row(
    'First visit of a page with 3 gates: time to banner visible, median (localhost; slow network)',
    `${ms(v.gates.ours.visible.median)}; ${ms(v.gatesSlow.ours.visible.median)}`,
    'n/a',
  );
  row(
    ...bold([
      'Returning visitor (decided): JS + CSS fetched, brotli',
      kB(v.returning.ours.bytes.brotli),
      kB(v.returning.peer.bytes.brotli),
      ratio(v.returning.ours.bytes.brotli, v.returning.peer.bytes.brotli),
    ]),
  );
  row(
    'Returning visitor: load event, median (localhost; slow network)',
    `${ms(v.returning.ours.load.median)}; ${ms(v.returningSlow.ours.load.median)}`,
    `${ms(v.returning.peer.load.median)}; ${ms(v.returningSlow.peer.load.median)}`,
  );
  row(
    'Returning visitor: total blocking time until load + 1 s, median (localhost; slow network)',
    `${ms(v.returning.ours.tbt.median)}; ${ms(v.returningSlow.ours.tbt.median)}`,
    `${ms(v.returning.peer.tbt.median)}; ${ms(v.returningSlow.peer.tbt.median)}`,
  );
  const g = summary.gates;
  row(
    `\`acceptAll()\` with ${GATES} \`src\` gates: the call itself${runsNote('src')}`,
    ms(g.src.sync.median),
    'n/a',
  );
  row(
    ...bold([
      `acceptAll() on a ${GATES}-gate page → the ${g.src.nearGates ?? '?'} gates on or near the screen live (frame), median${runsNote('src')}`,
      ms(g.src.liveFrame.median),
      'n/a',
    ]),
  );
  row(
    `↳ with ${THROTTLE}× CPU: the call / gates live${runsNote('srcThrottled')}`,
    `${ms(g.srcThrottled.sync.median)} / ${ms(g.srcThrottled.liveFrame.median)}`,
    'n/a',
  );
  row(
    `↳ without iframes (\`<template>\` of text): call / live / frame rendered (no throttling; ${THROTTLE}×)`,
    `${ms(g.template.sync.median)} / ${ms(g.template.liveFrame.median)} / ${ms(g.template.afterFrame.median)}; ` +
      `${ms(g.templateThrottled.sync.median)} / ${ms(g.templateThrottled.liveFrame.median)} / ${ms(g.templateThrottled.afterFrame.median)}`,
    'n/a',
  );
  row(
    `↳ control, no library: plain JS appends ${GATES} iframes (call / frame)`,
    `${ms(g.control.sync.median)} / ${ms(g.control.liveFrame.median)}`,
    'n/a',
  );
  row(
    `${GATES}-gate page: navigation → every placeholder rendered, median (no throttling; ${THROTTLE}×)`,
    `${ms(g.src.startupRendered.median)}; ${ms(g.srcThrottled.startupRendered.median)}`,
    'n/a',
  );
  row(`JS heap after GC, ${GATES}-gate page, median`, MB(summary.heap.gates.median), 'n/a');
  row('JS heap after GC, empty page with the bundle, median', MB(summary.heap.empty.median), 'n/a');

  const header =
    `| Metric | consent-elements | vanilla-cookieconsent ${PEER_VERSION} | ours / peer |\n` +
    '|---|--:|--:|--:|\n';
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const date = new Date().toISOString();
  const gateRuns = Object.entries(summary.gates)
    .map(([name, s]) => `${name} ${s.runs}`)
    .join(', ');
  const caption =
    `Chromium ${chromiumVersion}, ${cpu} (${os.cpus().length} cores), ${date.slice(0, 10)}. ` +
    `${RUNS} first visits of each banner page (fresh context, alternating, after a warm-up pair, ` +
    `${THROTTLE}× CPU throttling), and as many of each variant: a slow network (Chromium's network emulation: ${SLOW.latency} ms latency per request, ${SLOW.download / 125_000} Mbit/s down, ${SLOW.upload / 125_000} Mbit/s up), a page with 3 gates, the banner's chunks preloaded, and a returning visitor (a refusal made on a first page, then a second page measured until its load event + 1 s). Scripts and styles are served compressed (brotli, else gzip). ` +
    `${GATES}-gate runs: ${gateRuns}; JS heap: the ${GATES}-gate page in each \`src\` run, before acceptAll(); the other pages ${HEAP_RUNS} runs each. ` +
    `Bytes: the files a first visit of the English page fetched — ours: ` +
    `${bytes.ours.files.map((f) => f.path.slice(1)).join(', ')} (locale modules fetched: ` +
    `${fetchedLocales.length ? fetchedLocales.join(', ') : 'none'}; no CSS file, the styles are ` +
    `constructable stylesheets inside the JS); peer: ${bytes.peer.files.map((f) => path.basename(f.path)).join(', ')}. ` +
    `A returning visitor's page fetches — ours: ${
      variants.returning.ours[0]?.fetched
        .map((f) => f.path)
        .filter((p) => p.startsWith('/dist/'))
        .join(', ') || '—'
    }.`;
  const table = await prettier.format(
    header + rows.map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n',
    { ...(await prettier.resolveConfig(path.join(BENCH, 'README.md'))), parser: 'markdown' },
  );

  console.log(`\n${table}\n${caption}\n`);
  if (timedOut) console.log(`WARNING: ${timedOut} banner run(s) showed no banner within 20 s.`);
  if (failed.length) console.log(`WARNING: failed requests: ${[...new Set(failed)].join(', ')}`);
  if (errors.length) console.log(`WARNING: page errors:\n  ${errors.join('\n  ')}`);
  if (Math.max(loadBefore[0], os.loadavg()[0]) > os.cpus().length) {
    const load = [loadBefore[0], os.loadavg()[0]].map((x) => x.toFixed(1)).join(' → ');
    console.log(`WARNING: the machine was busy (1-minute load average ${load}): times are noisy.`);
  }
  for (const [name, s] of Object.entries(summary.gates)) {
    if (!s.allLive) console.log(`WARNING: ${name}: not every gate went live in every run.`);
  }

  // ---- results.json and the README ----

  const version = (pkg) =>
    JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  const results = {
    date,
    chromium: chromiumVersion,
    playwrightCore: version('playwright-core'),
    peer: `vanilla-cookieconsent ${PEER_VERSION}`,
    node: process.version,
    cpu: { model: cpu, cores: os.cpus().length },
    settings: {
      runs: RUNS,
      warmupRuns: 1,
      gateRunsMax: GATE_RUNS,
      gateBudgetSeconds: GATE_BUDGET / 1000,
      gates: GATES,
      heapRuns: HEAP_RUNS,
      cpuThrottling: THROTTLE,
      viewport: '1280×720',
      chromeArgs: CHROME_ARGS,
      tbtWindow: 'navigation start → banner visible + 1000 ms',
    },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    loadAverage: { before: loadBefore, after: os.loadavg() },
    bytes,
    fetchedLocales,
    dist: readdirSync(DIST, { recursive: true }).map(String).sort(),
    summary,
    table,
    caption,
    warnings: { timedOut, failed, errors },
    samples: { banner, warmup, variants, screenshots: shots, gates, heap },
  };
  writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  log('wrote bench/results.json');

  if (!process.env.BENCH_NO_README) {
    const readme = path.join(BENCH, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const [open, close] = ['<!-- bench:table:start -->', '<!-- bench:table:end -->'];
    const from = text.indexOf(open);
    const to = text.indexOf(close);
    if (from >= 0 && to > from) {
      const updated = `${text.slice(0, from + open.length)}\n\n${caption}\n\n${table}\n${text.slice(to)}`;
      const options = { ...(await prettier.resolveConfig(readme)), filepath: readme };
      writeFileSync(readme, await prettier.format(updated, options));
      log('updated the table in bench/README.md');
    }
  }
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
