#!/usr/bin/env node
// `make bench`: sizes and timings of the release site (dist/) against a bare
// Yew 0.23 page built the same way in the same run (benches/baseline), so the figures are
// also ratios, which survive a noisy machine. Prints a table and writes JSON.
// A benchmark, not a test: it never fails on timings (only when something is broken).
// `make size-check`: the byte gates (each page's total, each calculator page's critical
// path); fails the run when a page is over one.
//
//   node benches/bench.js --app dist --baseline target/bench/baseline-dist --out target/bench/bench.json
//        [--only first,phone,keys,batch,batch-keys,slow-line]      (`make bench`; default all)
//   node benches/bench.js --size-check --app dist --page-ceiling BYTES --critical-path BYTES
//        [--sizes target/bench/sizes.json]                          (`make size-check`)
//
// Environment: BENCH_LOADS (desktop cold loads of each site, default 100, at least 20),
// BENCH_PHONE_LOADS (cold loads of each site on the phone profile, default 15, at least 15),
// BENCH_KEYS (measured keystrokes, default 200), BENCH_BATCH_RUNS (default 5),
// BENCH_SLOW_LOADS (slow-line loads, default 10), CHROMIUM_PATH (default /usr/bin/chromium).
//
// What is counted as the page's bytes: index.html and every file of the site whose name
// appears in index.html or in a file already counted (the stylesheet, Trunk's loader, the
// wasm-bindgen glue it imports, the wasm the loader names, the figures module's glue and
// wasm the page names in its module script or links). Files in the site that the
// page never loads (embed.js and embed-example.html are for host pages) are listed apart.
// A calculator page's critical path: its index.html and the figures module's two files
// (the `figures-` glue and wasm the page names, see criticalPath), which put the first figures
// on screen before the app's own wasm has arrived.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const os = require('os');
const net = require('net');
const http = require('http');
const { spawn, execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');

// The goals (docs/performance.md, "The budgets"): reported as met / not met, never a
// failure. The byte gates that fail `make size-check` are the Makefile's
// PAGE_CEILING_GZIP and CRITICAL_PATH_GZIP, given as --page-ceiling and --critical-path.
const GOALS = {
  pageGzip: 100_000, // bytes a page loads, gzip -9
  criticalPathGzip: 25_000, // a calculator page's index.html + the figures module, gzip -9
  firstResultRatio: 1.3, // desktop: app median / baseline median
  phoneFirstResultRatio: 0.6, // phone profile: app median / baseline median
  keyMedian: 4, // ms
  keyP95: 16, // ms
  batch: 300, // ms
};

// The links whose first result is timed, and the unit price each must show (the page is
// broken if the first figure on screen is another one).
const APP_FIRST_URL = '/?budget=1202550&target=17&approach=course';
const APP_FIRST_UNIT_PRICE = '70.738';
const APP_PHONE_URL = '/?budget=5649208&target=230&approach=network';
const APP_PHONE_UNIT_PRICE = '24.561';
const APP_KEYS_URL = '/?budget=1000000&target=17';
const APP_BATCH_URL = '/batch/?view=batch';
const BATCH_ROWS = 5000;
// Keystrokes measured in the batch text area, with the app and without.
const BATCH_KEYS = 40;

const { CHROMIUM_LAUNCH } = require('../tests/e2e/chromium');

// ---- arguments ------------------------------------------------------------------------

// The sections of `make bench`, in the order they run; --only picks some (the sizes are
// always reported).
const SECTIONS = ['first', 'phone', 'keys', 'batch', 'batch-keys', 'slow-line'];

// Where `make size-check` keeps its figures, for the next run's delta.
const SIZES_FILE = path.join(ROOT, 'target/bench/sizes.json');

function parseArgs(argv) {
  const args = {
    app: 'dist',
    baseline: null,
    out: null,
    sizeCheck: false,
    pageCeiling: null,
    calculatorCeiling: null,
    criticalPath: null,
    sizes: SIZES_FILE,
    only: SECTIONS,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      i += 1;
      return argv[i];
    };
    if (a === '--app') args.app = next();
    else if (a === '--baseline') args.baseline = next();
    else if (a === '--out') args.out = next();
    // The gates, in bytes gzip -9 (the Makefile's PAGE_CEILING_GZIP, CRITICAL_PATH_GZIP).
    else if (a === '--page-ceiling') args.pageCeiling = Number(next());
    else if (a === '--calculator-ceiling') args.calculatorCeiling = Number(next());
    else if (a === '--critical-path') args.criticalPath = Number(next());
    else if (a === '--sizes') args.sizes = path.resolve(next());
    else if (a === '--only') {
      args.only = next().split(',').filter(Boolean);
      const unknown = args.only.filter((x) => !SECTIONS.includes(x));
      if (unknown.length || !args.only.length) throw new Error(`--only takes some of ${SECTIONS.join(',')}`);
    } else if (a === '--size-check') args.sizeCheck = true;
    else throw new Error(`unknown argument: ${a}`);
  }
  return args;
}

function envInt(name, dflt, min) {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}`);
  return n;
}

// ---- sizes ----------------------------------------------------------------------------

const KINDS = ['html', 'js', 'wasm', 'css'];

function kindOf(file) {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.wasm') return 'wasm';
  if (ext === '.css') return 'css';
  return 'other';
}

/**
 * The files the page loads: index.html and, transitively, every file named in a counted
 * file — in an html file only in a src or href attribute (the page's text, such as the
 * embed snippet that mentions embed.js, loads nothing); in js and css anywhere.
 */
function pageFiles(dir) {
  const all = fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  if (!all.includes('index.html')) throw new Error(`${dir}/index.html is missing (build the site first)`);
  const counted = new Set(['index.html']);
  const queue = ['index.html'];
  while (queue.length) {
    const file = queue.shift();
    if (!['html', 'js', 'css'].includes(kindOf(file))) continue;
    const content = fs.readFileSync(path.join(dir, file), 'utf8');
    const text =
      kindOf(file) === 'html'
        ? [...content.matchAll(/<[a-zA-Z][^<>]*>/g)]
            .flatMap((tag) => [...tag[0].matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]))
            // and what an inline script loads (Trunk's loader imports the app's js and wasm)
            .concat([...content.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]))
            .join('\n')
        : content;
    for (const other of all) {
      if (counted.has(other)) continue;
      // The name as a path segment: "./x.js", "x.js", 'x_bg.wasm', url(x.woff2) …
      const re = new RegExp(`(^|[^A-Za-z0-9_.-])${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_.-])`);
      if (re.test(text)) {
        counted.add(other);
        queue.push(other);
      }
    }
  }
  return { counted: [...counted].sort(), notLoaded: all.filter((f) => !counted.has(f)).sort() };
}

// The measures of a file's bytes: as it is, gzip -9 and brotli quality 11 (Node's zlib).
const ENCODINGS = ['raw', 'gzip', 'brotli'];
const none = () => ({ raw: 0, gzip: 0, brotli: 0 });
const bytesCache = new Map();

/** A file's bytes: raw, gzip -9, brotli 11 (memoised: brotli 11 of a wasm takes a while). */
function fileBytes(file) {
  if (!bytesCache.has(file)) {
    const data = fs.readFileSync(file);
    bytesCache.set(file, {
      raw: data.length,
      gzip: zlib.gzipSync(data, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(data, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }).length,
    });
  }
  return bytesCache.get(file);
}

/** Adds a file's raw, gzip and brotli bytes to a sum. */
function addBytes(sum, b) {
  for (const e of ENCODINGS) sum[e] += b[e];
}

/** What a page loads (pageFiles), in bytes raw, gzip -9 and brotli 11: by kind, by file, total. */
function measureSizes(dir) {
  const { counted, notLoaded } = pageFiles(dir);
  const byKind = {};
  for (const k of [...KINDS, 'other']) byKind[k] = { files: [], ...none() };
  const total = none();
  const files = {};
  for (const f of counted) {
    const b = fileBytes(path.join(dir, f));
    const k = kindOf(f);
    byKind[k].files.push(f);
    addBytes(byKind[k], b);
    addBytes(total, b);
    files[f] = { ...b };
  }
  if (!byKind.other.files.length) delete byKind.other;
  const excluded = {};
  for (const f of notLoaded) excluded[f] = fs.statSync(path.join(dir, f)).size;
  return { dir, byKind, total, files, notLoaded: excluded };
}

/**
 * A calculator page's critical path: its index.html and the figures module it names — its
 * `figures-*.js` (the glue, with the page script in it or imported by an inline module
 * script: named by a <link rel="modulepreload"> or by a <script type="module" src>) and
 * the `figures-*_bg.wasm` of its <link rel="preload"> — in bytes raw, gzip -9 and
 * brotli 11. `problem` says what is missing when the page has no working figures module
 * (then it shows no figure before the app's wasm has arrived: broken).
 */
function criticalPath(dir) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const tags = (name) => [...html.matchAll(new RegExp(`<${name}\\b[^<>]*>`, 'gi'))].map((m) => m[0]);
  const attr = (tag, a) => ((tag.match(new RegExp(`\\s${a}="([^"]*)"`, 'i')) || [])[1] || '').replace(/^\.\//, '');
  const figures = (suffix) => (f) => f.startsWith('figures-') && f.endsWith(suffix);
  const links = (rel) => tags('link').filter((l) => attr(l, 'rel').toLowerCase() === rel).map((l) => attr(l, 'href'));
  const moduleSrcs = tags('script').filter((t) => attr(t, 'type') === 'module').map((t) => attr(t, 'src')).filter(Boolean);
  const inlineModules = [...html.matchAll(/<script\b[^>]*\stype="module"[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  const glue = [...new Set([...links('modulepreload'), ...moduleSrcs].filter(figures('.js')))];
  const wasm = links('preload').filter(figures('_bg.wasm'));
  const count = (n) => (n ? `${n} (expected one)` : 'none');
  let problem = null;
  if (glue.length !== 1) problem = `figures-*.js in a <link rel="modulepreload"> or <script type="module" src>: ${count(glue.length)}`;
  else if (wasm.length !== 1) problem = `<link rel="preload"> of a figures-*_bg.wasm: ${count(wasm.length)}`;
  else if (!moduleSrcs.includes(glue[0]) && !inlineModules.some((m) => m.includes(`'./${glue[0]}'`) || m.includes(`"./${glue[0]}"`))) {
    problem = `./${glue[0]} is preloaded but no module script runs it`;
  } else {
    const missing = [glue[0], wasm[0]].filter((f) => !fs.existsSync(path.join(dir, f)));
    if (missing.length) problem = `${missing.join(' and ')} named by the page but not in ${dir}`;
  }
  if (problem) return { problem, files: {}, total: null };
  const files = {};
  const total = none();
  for (const f of ['index.html', glue[0], wasm[0]]) {
    files[f] = { ...fileBytes(path.join(dir, f)) };
    addBytes(total, files[f]);
  }
  return { problem: null, files, total };
}

/** Names, sizes and modification times of a site's files: to notice a rebuild during the run. */
function fingerprint(dir) {
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => {
      const st = fs.statSync(path.join(dir, f));
      return `${f}:${st.size}:${st.mtimeMs}`;
    })
    .join('\n');
}

// ---- statistics -----------------------------------------------------------------------

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile. */
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

function stats(xs) {
  return {
    n: xs.length,
    median: round2(median(xs)),
    p95: round2(percentile(xs, 95)),
    min: round2(Math.min(...xs)),
    max: round2(Math.max(...xs)),
  };
}

const round2 = (x) => Math.round(x * 100) / 100;

// ---- static servers -------------------------------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function get(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.setTimeout(2000, () => req.destroy(new Error('timeout')));
  });
}

const servers = [];

/** Serves a directory with tests/e2e/serve.py on a free port; resolves to its base URL. */
async function serve(dir) {
  const port = await freePort();
  const child = spawn('python3', [path.join(ROOT, 'tests/e2e/serve.py'), '--port', String(port), '--dir', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  servers.push(child);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve.py for ${dir} exited with ${child.exitCode}`);
    try {
      if ((await get(`${base}/`)) === 200) return base;
    } catch (_) {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`serve.py for ${dir} did not answer on ${base}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopServers() {
  for (const child of servers) {
    // Once only: a second signal during the server's shutdown makes Python print a traceback.
    if (!child.stopping && child.exitCode === null && child.signalCode === null) {
      child.stopping = true;
      child.kill('SIGTERM');
    }
  }
}

// ---- browser measurements -------------------------------------------------------------

/**
 * A new context: no shared cache, cookies or storage; the HTTP cache is also switched off.
 * `options`: more of Playwright's context options (the phone's screen).
 */
async function freshPage(browser, errors, options = {}) {
  const context = await browser.newContext({ locale: 'da-DK', serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, cdp };
}

// Runs in the page before any of its own scripts (Playwright's addInitScript: CDP's
// addScriptToEvaluateOnNewDocument, which a CSP of script-src 'self' does not block). Takes
// performance.now() — ms since the navigation started (the document's time origin) — the
// first time the condition holds, checked on every DOM mutation (a MutationObserver callback
// runs as a microtask right after the mutating task, so this is the moment the DOM holds the
// result, before paint), and reports it through a CDP binding (a native function on window)
// as JSON: { what: 'result', t, text }. With `appStarted` (the app's page only) it also
// reports { what: 'app', t } when #app loses its `data-prerendered` attribute: the app's
// wasm has started and taken the pre-rendered view over. (A page whose #app never had the
// attribute — builds before the figures module, for a link with a query — counts from the
// app's first element in #app.)
function firstResultProbe({ kind, appStarted }) {
  const el = () =>
    document.querySelector(kind === 'app' ? '[data-testid="unit-price"]' : '[data-testid="baseline"]');
  const holds = kind === 'app' ? () => /\d/.test((el() && el().textContent) || '') : () => !!el();
  let prerendered = false;
  const started = () => {
    const app = document.getElementById('app');
    if (!app) return false;
    if (app.hasAttribute('data-prerendered')) {
      prerendered = true;
      return false;
    }
    return prerendered || !!app.firstElementChild;
  };
  const report = (what) =>
    window.__benchFirst(JSON.stringify({ what, t: performance.now(), text: what === 'result' ? el().textContent : null }));
  let seen = false;
  let seenStart = !appStarted;
  const obs = new MutationObserver(() => {
    if (!seen && holds()) {
      seen = true;
      report('result');
    }
    if (!seenStart && started()) {
      seenStart = true;
      report('app');
    }
    if (seen && seenStart) obs.disconnect();
  });
  obs.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(appStarted ? { attributes: true, attributeFilter: ['data-prerendered'] } : {}),
  });
}

/**
 * One load of `url` in `page`, timed by firstResultProbe: resolves to { result, text, app }
 * (ms since navigation start; `app` only with `appStarted`) once all are reported.
 */
async function probeLoad(page, cdp, url, kind, { appStarted = false, timeoutMs = 30_000 } = {}) {
  // Node waits for the page's report instead of asking the page: nothing of Playwright's
  // runs in the page while it loads. (Polling with page.waitForFunction had Playwright
  // compile its injected script in the page at the first poll, ~10 ms on the page's main
  // thread in the middle of every load, the baseline's and the app's alike.)
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__benchFirst' });
  const out = {};
  const reported = new Promise((resolve) => {
    cdp.on('Runtime.bindingCalled', (e) => {
      if (e.name !== '__benchFirst') return;
      const r = JSON.parse(e.payload);
      if (r.what === 'result') Object.assign(out, { result: r.t, text: r.text });
      else out.app = r.t;
      if ('result' in out && (!appStarted || 'app' in out)) resolve(out);
    });
  });
  await page.addInitScript(firstResultProbe, { kind, appStarted });
  await page.goto(url, { waitUntil: 'commit' });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no first result${appStarted ? ' or no app start' : ''} from ${url} in ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([reported, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Fails when the app's first unit price is not the link's (`expected`, e.g. "24.561"). */
function checkUnitPrice(url, r, expected) {
  if (!(r.text || '').includes(expected)) {
    throw new Error(`the first unit price on ${url} read ${JSON.stringify(r.text)}, expected ${expected} kr.`);
  }
}

// Desktop: ms from navigation start to the first result in the DOM, one cold load (a new
// context, no cache) at the machine's own speed, no throttling.
async function coldLoad(browser, base, kind, errors) {
  const { context, page, cdp } = await freshPage(browser, errors);
  try {
    const url = base + (kind === 'app' ? APP_FIRST_URL : '/');
    const r = await probeLoad(page, cdp, url, kind);
    if (kind === 'app') checkUnitPrice(url, r, APP_FIRST_UNIT_PRICE);
    return r.result;
  } finally {
    await context.close();
  }
}

// The line of Lighthouse's mobile profile ("slow 4G": 150 ms latency, 1,6 Mbit/s down,
// 750 kbit/s up), for CDP's Network.emulateNetworkConditions (bytes per second). The
// phone profile and the slow line both use it.
const SLOW_LINE = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

// Lighthouse's mobile profile: its line, a CPU 4× slower than the machine's
// (Emulation.setCPUThrottlingRate), and its phone's screen (412 × 823 CSS px at 1,75
// device pixels per px, a mobile viewport with touch: Playwright's context options).
const PHONE = {
  cpuSlowdown: 4,
  line: SLOW_LINE,
  screen: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};

// Phone: one cold load (new context, cache off) on the phone profile, the throttling set on
// the context's CDP session before the navigation. The app: ms from navigation start to
// the link's unit price in the DOM (written by the figures module, or by the app when it
// comes first), and to the app's start (#app no longer pre-rendered); the baseline: to its
// line.
async function phoneLoad(browser, base, kind, errors) {
  const { context, page, cdp } = await freshPage(browser, errors, PHONE.screen);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await cdp.send('Network.emulateNetworkConditions', PHONE.line);
    const url = base + (kind === 'app' ? APP_PHONE_URL : '/');
    const r = await probeLoad(page, cdp, url, kind, { appStarted: kind === 'app', timeoutMs: 90_000 });
    if (kind === 'app') checkUnitPrice(url, r, APP_PHONE_UNIT_PRICE);
    return r;
  } finally {
    await context.close();
  }
}

// The phone section: `loads` cold loads each of the app's shared link and of the baseline
// on the phone profile, after one warm-up load each, interleaved ABBA as on the desktop.
async function phone(browser, appBase, baseBase, loads, errors) {
  await phoneLoad(browser, appBase, 'app', errors);
  await phoneLoad(browser, baseBase, 'baseline', errors);
  const app = [];
  const baseline = [];
  for (let i = 0; i < loads; i += 1) {
    const order = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    for (const kind of order) (kind === 'app' ? app : baseline).push(await phoneLoad(browser, kind === 'app' ? appBase : baseBase, kind, errors));
  }
  return { app, baseline };
}

// First paint on a slow line: the calculator with its default view pre-rendered into
// index.html (the release site) against the same site with that markup taken out (the app
// then draws everything once its wasm has arrived). Bare URL, cold loads, throttled by CDP.

// In the page (init script): when the calculator form is first in the DOM, pre-rendered or
// the app's (`form`), and when the app's own form is (`app`), ms since navigation start.
function paintProbe() {
  window.__benchPaint = { form: null, app: null };
  const check = () => {
    const b = window.__benchPaint;
    if (b.form === null && document.querySelector('[name="budget"]')) b.form = performance.now();
    if (b.app === null && document.querySelector('#app:not([data-prerendered]) [name="budget"]')) b.app = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * A copy of the site with the pre-rendered markup taken out of index.html: the app's root
 * as Trunk writes it, `<div id="app"></div>` (the view is written into the root itself,
 * marked data-prerendered; builds before the figures module kept it in a
 * `<noscript id="prerendered">`, emptied here likewise).
 */
function withoutPrerender(appDir, outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.cpSync(appDir, outDir, { recursive: true });
  const file = path.join(outDir, 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  let bare = html.replace(/<noscript id="prerendered">[\s\S]*?<\/noscript>/, '<noscript id="prerendered"></noscript>');
  const open = bare.indexOf('<div id="app" data-prerendered="">');
  if (open >= 0) {
    // The root's own </div>: the first one at which the <div>s opened since are all closed.
    const tags = /<div\b|<\/div>/g;
    tags.lastIndex = open + 4;
    let depth = 1;
    let m;
    while (depth > 0 && (m = tags.exec(bare))) depth += m[0] === '</div>' ? -1 : 1;
    if (depth > 0) throw new Error(`${file}: the app's root is not closed`);
    bare = `${bare.slice(0, open)}<div id="app"></div>${bare.slice(m.index + m[0].length)}`;
  }
  if (bare === html) throw new Error(`${file} has no pre-rendered view`);
  fs.writeFileSync(file, bare);
  return outDir;
}

// Slow line: one cold load of the bare URL on SLOW_LINE: first contentful paint, the form
// on screen, the app's form (paintProbe).
async function slowLoad(browser, base, errors) {
  const { context, page, cdp } = await freshPage(browser, errors);
  try {
    await cdp.send('Network.emulateNetworkConditions', SLOW_LINE);
    await page.addInitScript(paintProbe);
    await page.goto(`${base}/`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => window.__benchPaint.app !== null && performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      { polling: 50, timeout: 60_000 },
    );
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: fcp ? fcp.startTime : NaN, form: window.__benchPaint.form, app: window.__benchPaint.app };
    });
  } finally {
    await context.close();
  }
}

// The slow line section: `loads` loads each of the site with and without its pre-rendered
// view, after one warm-up each, alternating; medians of each measure.
async function slowLine(browser, withBase, withoutBase, loads, errors) {
  await slowLoad(browser, withBase, errors);
  await slowLoad(browser, withoutBase, errors);
  const runs = { with: [], without: [] };
  for (let i = 0; i < loads; i += 1) {
    const order = i % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
    for (const kind of order) runs[kind].push(await slowLoad(browser, kind === 'with' ? withBase : withoutBase, errors));
  }
  const pick = (kind, key) => stats(runs[kind].map((r) => r[key]));
  const out = {};
  for (const kind of ['with', 'without']) out[kind] = { fcp: pick(kind, 'fcp'), form: pick(kind, 'form'), app: pick(kind, 'app') };
  return out;
}

// The desktop first result: `loads` cold loads each of the app's link and of the
// baseline (coldLoad), interleaved ABBA after one warm-up each.
async function firstResult(browser, appBase, baseBase, loads, errors) {
  // One warm-up load of each (server threads, OS file cache, browser processes), not counted.
  await coldLoad(browser, appBase, 'app', errors);
  await coldLoad(browser, baseBase, 'baseline', errors);
  const app = [];
  const baseline = [];
  for (let i = 0; i < loads; i += 1) {
    // Interleaved, in the order ABBA ABBA … so both sites share the machine's noise and
    // neither always goes first.
    const order = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    for (const kind of order) {
      const t = await coldLoad(browser, kind === 'app' ? appBase : baseBase, kind, errors);
      (kind === 'app' ? app : baseline).push(t);
    }
  }
  return { app, baseline };
}

// Keystroke latency, measured in the page. Playwright's page.keyboard.press sends real key
// events (CDP Input.dispatchKeyEvent: keydown, the text insertion with its input event,
// keyup), as a person's keyboard does. Capture listeners on window — they run before the
// app's own listeners — timestamp the keydown and the input event with performance.now();
// a MutationObserver on the document timestamps the first mutation after which the text of
// [data-testid=unit-price] differs from before. Latency = that moment − the input event
// (also kept: − the keydown). Keys alternate between appending "7" and Backspace at the end
// of the budget field, so the value goes 1000000 → 10000007 → 1000000 …, always valid,
// and each keystroke changes the unit price. Node waits for each keystroke's record before
// sending the next, so keystrokes never overlap.
function keystrokeProbe() {
  const unitPrice = () => {
    const el = document.querySelector('[data-testid="unit-price"]');
    return el ? el.textContent : null;
  };
  const state = { pending: null, last: unitPrice(), records: [], waiter: null };
  window.__benchKeys = state;
  addEventListener(
    'keydown',
    (e) => {
      if (e.target && e.target.name === 'budget') {
        state.pending = { keydown: performance.now(), input: null };
        state.last = unitPrice();
      }
    },
    true,
  );
  addEventListener(
    'input',
    (e) => {
      if (state.pending && e.target && e.target.name === 'budget') state.pending.input = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    const now = performance.now();
    const p = state.pending;
    if (!p || p.input === null) return;
    if (unitPrice() === state.last) return;
    state.records.push({ input: now - p.input, keydown: now - p.keydown });
    state.pending = null;
    if (state.waiter) state.waiter();
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

// Keystroke → unit price: `count` keys (after 20 warm-up ones) in one page, as
// keystrokeProbe times them; ms from the input event and from the keydown.
async function keystrokes(browser, appBase, count, errors) {
  const warmup = 20;
  const { context, page } = await freshPage(browser, errors);
  try {
    await page.goto(appBase + APP_KEYS_URL);
    const field = page.locator('[name="budget"]');
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="unit-price"]')?.textContent || ''));
    await field.click();
    await page.keyboard.press('End');
    await page.evaluate(keystrokeProbe);
    for (let i = 0; i < warmup + count; i += 1) {
      await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace');
      // Resolves once the page has recorded keystroke i (or fails after 5 s).
      await page.evaluate(
        (n) =>
          new Promise((resolve, reject) => {
            const s = window.__benchKeys;
            if (s.records.length > n) return resolve();
            const timer = setTimeout(() => reject(new Error(`keystroke ${n}: the unit price did not change`)), 5000);
            s.waiter = () => {
              if (s.records.length > n) {
                clearTimeout(timer);
                s.waiter = null;
                resolve();
              }
            };
            return undefined;
          }),
        i,
      );
    }
    const value = await field.inputValue();
    if (value !== '1000000') throw new Error(`budget field ends as ${JSON.stringify(value)}, expected 1000000`);
    const records = (await page.evaluate(() => window.__benchKeys.records)).slice(warmup);
    return { input: records.map((r) => r.input), keydown: records.map((r) => r.keydown) };
  } finally {
    await context.close();
  }
}

/** 5.000 valid rows, `Projekt N;1.234.567;17;netværk`, with varied (deterministic) numbers. */
function batchText(rows) {
  const approaches = ['netværk', 'forløb', 'hybrid'];
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const lines = [];
  for (let i = 1; i <= rows; i += 1) {
    const budget = 100_000 + Math.floor(rnd() * 9_900_000);
    const target = 1 + Math.floor(rnd() * 200);
    const danish = String(budget).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    lines.push(`Projekt ${i};${danish};${target};${approaches[i % 3]}`);
  }
  return lines.join('\n');
}

// Sets the text area's value and dispatches one input event (as a paste does), then times,
// in the page, until the table is there: the first [data-testid=batch-row] present and
// [data-testid=summary-applications] reading 5.000 (checked on every DOM mutation).
// `dom` is that moment; `frame` is after the next animation frame has run and yielded
// (roughly: the table laid out and painted). Both from just before the value is set.
function batchPaste(text) {
  return new Promise((resolve, reject) => {
    const area = document.querySelector('textarea[name="batch"]');
    if (!area) return reject(new Error('no textarea[name=batch]'));
    const done = () =>
      !!document.querySelector('[data-testid="batch-row"]') &&
      (document.querySelector('[data-testid="summary-applications"]')?.textContent || '').trim() === '5.000';
    let t0 = 0;
    let dom = null;
    const timer = setTimeout(() => reject(new Error('the batch table did not appear within 30 s')), 30_000);
    const obs = new MutationObserver(() => {
      if (dom !== null || !done()) return;
      dom = performance.now() - t0;
      obs.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve({
            dom,
            frame: performance.now() - t0,
            rows: document.querySelectorAll('[data-testid="batch-row"]').length,
            fatal: !!document.querySelector('[data-testid="batch-fatal"]'),
          });
        }, 0),
      );
    });
    obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    t0 = performance.now();
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    return undefined;
  });
}

// The batch check: `runs` pastes of BATCH_ROWS rows, each in a fresh page, timed by
// batchPaste (to the table in the DOM, to the next frame).
async function batch(browser, appBase, runs, errors) {
  const text = batchText(BATCH_ROWS);
  const out = [];
  for (let i = 0; i < runs; i += 1) {
    const { context, page } = await freshPage(browser, errors);
    try {
      await page.goto(appBase + APP_BATCH_URL);
      await page.locator('textarea[name="batch"]').waitFor({ state: 'visible' });
      const r = await page.evaluate(batchPaste, text);
      if (r.fatal) throw new Error('the batch was refused (batch-fatal)');
      out.push(r);
    } finally {
      await context.close();
    }
  }
  return { bytes: Buffer.byteLength(text), runs: out };
}

// A keystroke at the end of a 5.000-row batch (batchText) in the batch page's text area,
// against the same keystroke in the same text area on a page without the app (the bare
// <textarea> with the same attributes, given the same text): real key presses
// (page.keyboard.press, alternately "x" and Backspace at the end), in-page from the keydown
// (capture listener) to after the next animation frame has run and yielded, so the time
// includes the app's own input handling and any re-render it does in that frame. The
// check itself runs once typing pauses and is not in this figure (it is the point).
function textareaKeyProbe() {
  const state = { pending: null, records: [], waiter: null };
  window.__benchAreaKeys = state;
  addEventListener(
    'keydown',
    (e) => {
      if (e.target && e.target.name !== 'batch') return;
      const t0 = performance.now();
      state.pending = t0;
      requestAnimationFrame(() =>
        setTimeout(() => {
          state.records.push(performance.now() - t0);
          if (state.waiter) state.waiter();
        }, 0),
      );
    },
    true,
  );
}

// `count` keys (after 10 warm-up ones) at the end of the page's batch text area, each
// timed by textareaKeyProbe from the keydown to after the next frame.
async function areaKeystrokes(page, count) {
  const warmup = 10;
  const area = page.locator('textarea[name="batch"]');
  await area.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.evaluate(textareaKeyProbe);
  for (let i = 0; i < warmup + count; i += 1) {
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    await page.evaluate(
      (n) =>
        new Promise((resolve, reject) => {
          const s = window.__benchAreaKeys;
          if (s.records.length > n) return resolve();
          const timer = setTimeout(() => reject(new Error(`text area keystroke ${n} not recorded`)), 10_000);
          s.waiter = () => {
            if (s.records.length > n) {
              clearTimeout(timer);
              s.waiter = null;
              resolve();
            }
          };
          return undefined;
        }),
      i,
    );
  }
  return (await page.evaluate(() => window.__benchAreaKeys.records)).slice(warmup);
}

// A key in a 5.000-row text area: on the batch page with the app, and on a page with only
// the same text area (areaKeystrokes in each).
async function batchKeystrokes(browser, appBase, count, errors) {
  const text = batchText(BATCH_ROWS);
  const app = await freshPage(browser, errors);
  let withApp;
  try {
    await app.page.goto(appBase + APP_BATCH_URL);
    await app.page.locator('textarea[name="batch"]').waitFor({ state: 'visible' });
    const r = await app.page.evaluate(batchPaste, text);
    if (r.fatal) throw new Error('the batch was refused (batch-fatal)');
    withApp = await areaKeystrokes(app.page, count);
  } finally {
    await app.context.close();
  }
  const bare = await freshPage(browser, errors);
  let withoutApp;
  try {
    await bare.page.setContent(
      '<!doctype html><textarea name="batch" rows="10" spellcheck="false" style="width:40rem"></textarea>',
    );
    await bare.page.evaluate((t) => {
      document.querySelector('textarea').value = t;
    }, text);
    withoutApp = await areaKeystrokes(bare.page, count);
  } finally {
    await bare.context.close();
  }
  return { app: withApp, bare: withoutApp };
}

// ---- machine --------------------------------------------------------------------------

function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch (_) {
    return null;
  }
}

/** What the figures were measured on: CPU, Chromium, the Rust toolchains, Node, the OS. */
function machine(browserVersion) {
  let cpu = null;
  try {
    const m = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    cpu = m ? m[1].trim() : null;
  } catch (_) {
    /* not Linux */
  }
  return {
    nproc: Number(sh('nproc', [])) || os.cpus().length,
    cpu,
    chromium: browserVersion,
    rustc: sh('rustc', ['--version']),
    // The toolchain that builds the wasm (the Makefile's WASM_TOOLCHAIN), when given.
    wasmRustc: process.env.WASM_TOOLCHAIN ? sh('rustc', [`+${process.env.WASM_TOOLCHAIN}`, '--version']) : null,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

// ---- output ---------------------------------------------------------------------------

const pad = (s, n) => String(s).padStart(n);
const padEnd = (s, n) => String(s).padEnd(n);
const ms = (x) => `${x.toFixed(1)} ms`;
// A goal is met or not (never a failure); a gate passes or fails `make size-check`.
const goal = (ok) => (ok ? 'met' : 'not met');
const gate = (ok) => (ok ? 'OK' : 'FAILED');
const signed = (n) => (n > 0 ? `+${n}` : n < 0 ? `-${-n}` : '±0');

/** How a gzip figure stands against its gate (when given) and its goal: "gzip ≤ 110000: OK; goal ≤ 100000: met". */
function limitsNote(gzip, limits) {
  const parts = [];
  if (limits.gate) parts.push(`gzip ≤ ${limits.gate}: ${gate(gzip <= limits.gate)}`);
  if (limits.goal) parts.push(`goal ≤ ${limits.goal}: ${goal(gzip <= limits.goal)}`);
  return parts.length ? `  ${parts.join('; ')}` : '';
}

/**
 * A page's bytes, raw, gzip -9 and brotli 11, by kind and in total, beside the baseline's
 * when given (with the ratios); the total's gzip against `limits` ({ gate, goal }).
 */
function sizeTable(app, base, limits) {
  const lines = [];
  lines.push(
    `${padEnd('bytes', 14)}${pad('app raw', 10)}${pad('app gzip', 10)}${pad('app br', 10)}` +
      (base ? `${pad('base raw', 10)}${pad('base gzip', 11)}${pad('base br', 10)}${pad('ratio gzip', 12)}${pad('ratio br', 10)}` : ''),
  );
  const kinds = [...KINDS, ...(app.byKind.other || (base && base.byKind.other) ? ['other'] : [])];
  const ratio = (x, y) => (y ? `${(x / y).toFixed(2)}×` : '–');
  const row = (label, a, b, extra = '') => {
    lines.push(
      `${padEnd(label, 14)}${pad(a.raw, 10)}${pad(a.gzip, 10)}${pad(a.brotli, 10)}` +
        (b ? `${pad(b.raw, 10)}${pad(b.gzip, 11)}${pad(b.brotli, 10)}${pad(ratio(a.gzip, b.gzip), 12)}${pad(ratio(a.brotli, b.brotli), 10)}` : '') +
        extra,
    );
  };
  const empty = { files: [], ...none() };
  for (const k of kinds) {
    const a = app.byKind[k] || empty;
    const b = base ? base.byKind[k] || empty : null;
    row(`${k} (${a.files.length}${b ? `/${b.files.length}` : ''})`, a, b);
  }
  row('total', app.total, base ? base.total : null, limitsNote(app.total.gzip, limits));
  return lines;
}

/** The critical path's line: its files and its bytes raw, gzip -9 and brotli 11 against `limits`. */
function criticalPathLine(cp, limits) {
  const t = cp.total;
  return (
    `${padEnd('critical path', 14)}${pad(t.raw, 10)}${pad(t.gzip, 10)}${pad(t.brotli, 10)}` +
    `${limitsNote(t.gzip, limits)}  (${Object.keys(cp.files).join(' + ')})`
  );
}

/** The timings of the sections that ran: app against baseline where there is one, goals as met / not met. */
function timingTable(r) {
  const lines = [];
  const fmt = (x) => (x === null || x === undefined ? '' : ms(x));
  const line = (label, a, b, ratio, note = '') =>
    lines.push(
      `${padEnd(label, 46)}${pad(fmt(a), 11)}${pad(fmt(b), 11)}${pad(ratio === null ? '' : `${ratio.toFixed(2)}×`, 8)}` +
        (note ? `  ${note}` : ''),
    );
  lines.push(`${padEnd('timing', 46)}${pad('app', 11)}${pad('baseline', 11)}${pad('ratio', 8)}  goal`);
  const firstResult = (f, label, goalRatio) => {
    line(`${label}, median (n=${f.app.n}/${f.baseline.n})`, f.app.median, f.baseline.median, f.ratioOfMedians,
      `≤ ${goalRatio}× baseline: ${goal(f.ratioOfMedians <= goalRatio)}`);
    line(`${label}, p95`, f.app.p95, f.baseline.p95, f.app.p95 / f.baseline.p95);
    line(`${label}, median of paired ratios`, null, null, f.medianPairRatio, '(load i of each, run back to back)');
  };
  if (r.firstResult) firstResult(r.firstResult, 'first result (desktop)', GOALS.firstResultRatio);
  if (r.phone) {
    const ph = r.phone;
    lines.push('');
    lines.push(
      `phone: Lighthouse's mobile profile (CPU ${PHONE.cpuSlowdown}× slower, ${PHONE.line.downloadThroughput * 8 / 1e6} Mbit/s, ` +
        `${PHONE.line.latency} ms, ${PHONE.screen.viewport.width}×${PHONE.screen.viewport.height} px), cold loads of ${APP_PHONE_URL}`,
    );
    firstResult(ph.firstResult, '  first figure', GOALS.phoneFirstResultRatio);
    line(`  app started (#app taken over), median`, ph.appStarted.median, null, null);
    line(`  app started, p95`, ph.appStarted.p95, null, null);
    line(`  app started − first figure, median`, ph.figuresLead.median, null, null, '(the time the figures module fills)');
    lines.push('');
  }
  if (r.keystroke) {
    const k = r.keystroke.input;
    line(`keystroke → unit price, median (n=${k.n})`, k.median, null, null, `≤ ${GOALS.keyMedian} ms: ${goal(k.median <= GOALS.keyMedian)}`);
    line('keystroke → unit price, p95', k.p95, null, null, `≤ ${GOALS.keyP95} ms: ${goal(k.p95 <= GOALS.keyP95)}`);
  }
  if (r.batch) {
    const b = r.batch;
    line(`batch 5.000 rows → table, median (n=${b.dom.n})`, b.dom.median, null, null, `≤ ${GOALS.batch} ms: ${goal(b.dom.median <= GOALS.batch)}`);
    line('batch 5.000 rows → next frame, median', b.frame.median, null, null);
  }
  if (r.batchKeystroke) {
    const bk = r.batchKeystroke;
    line(`key in 5.000-row text area, median (n=${bk.app.n})`, bk.app.median, bk.bare.median, bk.app.median / bk.bare.median, '(app / text area alone)');
    line('key in 5.000-row text area, p95', bk.app.p95, bk.bare.p95, bk.app.p95 / bk.bare.p95);
  }
  if (r.slowLine) {
    const sl = r.slowLine;
    lines.push('');
    lines.push(
      `${padEnd(`slow line (1,6 Mbit/s, 150 ms), median (n=${sl.with.fcp.n})`, 46)}${pad('with', 11)}${pad('without', 11)}${pad('ratio', 8)}  (pre-rendered view)`,
    );
    for (const [key, label] of [['fcp', 'first contentful paint'], ['form', 'calculator form on screen'], ['app', 'app ready (wasm mounted)']]) {
      line(`  ${label}`, sl.with[key].median, sl.without[key].median, sl.with[key].median / sl.without[key].median);
    }
  }
  return lines;
}

/** First-result figures of paired loads: each site's statistics, the ratio of medians, the median of the paired ratios. */
function firstResultFigures(app, baseline) {
  return {
    app: stats(app),
    baseline: stats(baseline),
    ratioOfMedians: round2(median(app) / median(baseline)),
    // Load i of the app and load i of the baseline ran next to each other (ABBA), so
    // their ratio shares the machine's load at that moment; the median of these ratios
    // moves less between runs than the ratio of the two medians.
    medianPairRatio: round2(median(app.map((a, i) => a / baseline[i]))),
    samples: { app: app.map(round2), baseline: baseline.map(round2) },
  };
}

// ---- main -----------------------------------------------------------------------------

/** The site's pages, each a folder with its own wasm: the calculator and the batch check, Danish and English. */
function sitePages(appDir) {
  const pages = [
    { name: 'calculator', label: 'calculator page (index.html)', dir: appDir },
    { name: 'batch', label: 'batch page (batch/index.html)', dir: path.join(appDir, 'batch'), batch: true },
    { name: 'English calculator', label: 'English calculator page (en/index.html)', dir: path.join(appDir, 'en') },
    { name: 'English batch', label: 'English batch page (en/batch/index.html)', dir: path.join(appDir, 'en', 'batch'), batch: true },
  ];
  for (const p of pages) {
    if (!fs.existsSync(path.join(p.dir, 'index.html'))) throw new Error(`${p.dir}/index.html is missing (build the site first)`);
  }
  return pages;
}

/** The differences, per page, between this size check's figures and the previous one's. */
function sizeDeltas(previous, current) {
  const lines = [];
  if (!previous) return [`no previous ${path.relative(process.cwd(), current.file)}: no deltas this time`];
  lines.push(`since the previous size check (${previous.date}, ${previous.app}):`);
  for (const [name, now] of Object.entries(current.pages)) {
    const was = previous.pages && previous.pages[name];
    if (!was) {
      lines.push(`  ${padEnd(name, 20)} new page`);
      continue;
    }
    // "120858 (+12)": the figure now and its difference; "–" when one of the two runs has none.
    const d = (a, b, e) => `${a ? pad(a[e], 6) : pad('–', 6)} (${a && b ? signed(a[e] - b[e]) : '–'})`;
    let line = `  ${padEnd(name, 20)} total gzip ${d(now.total, was.total, 'gzip')}, brotli ${d(now.total, was.total, 'brotli')}`;
    if (now.criticalPath || was.criticalPath) {
      line += `;  critical path gzip ${d(now.criticalPath, was.criticalPath, 'gzip')}, brotli ${d(now.criticalPath, was.criticalPath, 'brotli')}`;
    }
    lines.push(line);
  }
  return lines;
}

// `make size-check`: each page's total and each calculator page's critical path, gzip -9
// against its gate (fails the run) and its goal (reported), brotli 11 beside; the
// difference from the previous run; the figures written to args.sizes for the next run.
async function sizeCheck(args) {
  // The calculator pages' own ceiling, when given (see the Makefile's CALCULATOR_CEILING_GZIP).
  if (args.calculatorCeiling === null) args.calculatorCeiling = args.pageCeiling;
  for (const [flag, v] of [['--page-ceiling', args.pageCeiling], ['--calculator-ceiling', args.calculatorCeiling], ['--critical-path', args.criticalPath]]) {
    if (!Number.isFinite(v) || v <= 0) throw new Error(`${flag} needs a number of bytes`);
  }
  const appDir = path.resolve(args.app);
  const current = { file: args.sizes, date: new Date().toISOString(), app: appDir, pages: {} };
  const failures = [];
  // Each page on its own: a page loads only its own files.
  for (const p of sitePages(appDir)) {
    const page = `the ${p.name} page (${path.relative(process.cwd(), path.join(p.dir, 'index.html'))})`;
    const sizes = measureSizes(p.dir);
    console.log(p.label);
    const [ceiling, ceilingName] = p.batch ? [args.pageCeiling, 'PAGE_CEILING_GZIP'] : [args.calculatorCeiling, 'CALCULATOR_CEILING_GZIP'];
    for (const line of sizeTable(sizes, null, { gate: ceiling, goal: GOALS.pageGzip })) console.log(line);
    const { gzip } = sizes.total;
    if (gzip > ceiling) {
      failures.push(
        `${page} loads ${gzip} bytes gzip (-9), ${gzip - ceiling} over the ceiling of ${ceiling} ` +
          `(${ceilingName}). Find what is heavy with twiggy and cut it.`,
      );
    }
    let cp = null;
    if (!p.batch) {
      cp = criticalPath(p.dir);
      if (cp.problem) {
        failures.push(`${page} has no figures module on its critical path (${cp.problem}): it shows no figure before the app's wasm has arrived.`);
        console.log(`${padEnd('critical path', 14)}no figures module: ${cp.problem}`);
      } else {
        console.log(criticalPathLine(cp, { gate: args.criticalPath, goal: GOALS.criticalPathGzip }));
        const uncounted = Object.keys(cp.files).filter((f) => !sizes.files[f]);
        if (uncounted.length) failures.push(`${page}: ${uncounted.join(', ')} not counted in the page's total (bench.js pageFiles)`);
        const c = cp.total.gzip;
        if (c > args.criticalPath) {
          failures.push(
            `${page}: its critical path (${Object.keys(cp.files).join(' + ')}) is ${c} bytes gzip (-9), ` +
              `${c - args.criticalPath} over the gate of ${args.criticalPath} (CRITICAL_PATH_GZIP).`,
          );
        }
      }
    }
    current.pages[p.name] = {
      dir: path.relative(appDir, p.dir) || '.',
      total: sizes.total,
      criticalPath: cp && cp.total,
      files: sizes.files,
      criticalPathFiles: cp ? cp.files : null,
    };
    console.log('');
  }

  let previous = null;
  try {
    previous = JSON.parse(fs.readFileSync(args.sizes, 'utf8'));
  } catch (e) {
    if (e.code !== 'ENOENT') console.log(`(${args.sizes} unreadable, no deltas: ${e.message})`);
  }
  for (const line of sizeDeltas(previous, current)) console.log(line);
  fs.mkdirSync(path.dirname(args.sizes), { recursive: true });
  const { file, ...saved } = current;
  fs.writeFileSync(args.sizes, `${JSON.stringify(saved, null, 2)}\n`);
  console.log(`(written to ${path.relative(process.cwd(), args.sizes)})`);

  if (failures.length) {
    for (const f of failures) console.error(`size-check: FAILED — ${f}`);
    process.exitCode = 1;
  } else {
    console.log(
      `size-check: OK — every batch page ≤ ${args.pageCeiling} bytes gzip (-9), every calculator page ≤ ${args.calculatorCeiling}, its critical path ≤ ${args.criticalPath}`,
    );
  }
}

// `make bench`: the sizes, then the sections picked by --only (all by default), each
// measured against the baseline where it has one; prints a table and writes args.out.
async function bench(args) {
  const started = Date.now();
  if (!args.baseline || !args.out) throw new Error('--baseline and --out are needed');
  const run = (section) => args.only.includes(section);
  const loads = envInt('BENCH_LOADS', 100, 20);
  const phoneLoads = envInt('BENCH_PHONE_LOADS', 15, 15);
  const keys = envInt('BENCH_KEYS', 200, 200);
  const batchRuns = envInt('BENCH_BATCH_RUNS', 5, 1);
  const slowLoads = envInt('BENCH_SLOW_LOADS', 10, 5);
  const appDir = path.resolve(args.app);
  const baseDir = path.resolve(args.baseline);

  const before = { app: fingerprint(appDir), baseline: fingerprint(baseDir) };
  const [, batchPage, english, englishBatch] = sitePages(appDir);
  const sizes = {
    app: measureSizes(appDir),
    batchPage: measureSizes(batchPage.dir),
    english: measureSizes(english.dir),
    englishBatch: measureSizes(englishBatch.dir),
    baseline: measureSizes(baseDir),
  };
  const critical = { app: criticalPath(appDir), english: criticalPath(english.dir) };

  const { chromium } = require('@playwright/test');
  const appBase = await serve(appDir);
  const baseBase = await serve(baseDir);
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
  const browserVersion = browser.version();
  const errors = [];
  const m = {};
  const changed = () =>
    [['app', appDir], ['baseline', baseDir]].filter(([name, dir]) => fingerprint(dir) !== before[name]).map(([, dir]) => dir);
  const rebuilt = (dirs) =>
    new Error(`${dirs.join(' and ')} changed while the bench ran (another build?): its figures mix two builds; run it again`);
  try {
    if (run('first')) {
      process.stderr.write(`bench: ${loads} cold loads each of app and baseline …\n`);
      m.first = await firstResult(browser, appBase, baseBase, loads, errors);
    }
    if (run('phone')) {
      process.stderr.write(`bench: ${phoneLoads} cold loads each of app and baseline on the phone profile …\n`);
      m.phone = await phone(browser, appBase, baseBase, phoneLoads, errors);
    }
    if (run('keys')) {
      process.stderr.write(`bench: ${keys} keystrokes …\n`);
      m.keys = await keystrokes(browser, appBase, keys, errors);
    }
    if (run('batch')) {
      process.stderr.write(`bench: ${batchRuns} batch pastes of ${BATCH_ROWS} rows …\n`);
      m.batch = await batch(browser, appBase, batchRuns, errors);
    }
    if (run('batch-keys')) {
      process.stderr.write(`bench: keystrokes at the end of ${BATCH_ROWS} rows in the batch text area, with and without the app …\n`);
      m.batchKeys = await batchKeystrokes(browser, appBase, BATCH_KEYS, errors);
    }
    if (run('slow-line')) {
      process.stderr.write(`bench: ${slowLoads} slow-line loads each with and without the pre-rendered view …\n`);
      const bareDir = withoutPrerender(appDir, path.join(path.dirname(path.resolve(args.out)), 'no-prerender-dist'));
      const bareBase = await serve(bareDir);
      m.slowLine = await slowLine(browser, appBase, bareBase, slowLoads, errors);
    }
  } catch (e) {
    if (changed().length) throw rebuilt(changed());
    if (errors.length) e.message += `\npage errors: ${errors.slice(0, 5).join('; ')}`;
    throw e;
  } finally {
    await browser.close();
  }
  if (changed().length) throw rebuilt(changed());

  const result = {
    date: new Date().toISOString(),
    app: appDir,
    machine: machine(browserVersion),
    sections: args.only,
    method: {
      sizes: 'files the page loads (index.html and every file named in a counted file, the figures module\'s glue and wasm included); gzip = Node zlib gzipSync level 9, brotli = brotliCompressSync quality 11; app = the calculator page (dist/), batchPage = the batch check (dist/batch/, its own wasm), english/englishBatch = the same in English (dist/en/, dist/en/batch/); criticalPath = a calculator page\'s index.html + the figures-*.js of its module script or modulepreload + the figures-*_bg.wasm of its preload',
      firstResult:
        'desktop; cold load (new browser context, HTTP cache disabled, server sends no-store); performance.now() since navigation start when the DOM first holds the result (MutationObserver from an init script, reported through a CDP binding: nothing from Playwright is evaluated in the page during the load); app: ' +
        `${APP_FIRST_URL} until [data-testid=unit-price] holds a digit (checked to read ${APP_FIRST_UNIT_PRICE}); baseline: / until [data-testid=baseline] exists; loads interleaved ABBA after one warm-up each`,
      phone: `as firstResult, on Lighthouse's mobile profile set on each context's CDP session before the navigation: Emulation.setCPUThrottlingRate ${PHONE.cpuSlowdown}, Network.emulateNetworkConditions ${JSON.stringify(PHONE.line)} (bytes/s), cache disabled, screen ${JSON.stringify(PHONE.screen)}; app: ${APP_PHONE_URL} until the unit price holds a digit (checked to read ${APP_PHONE_UNIT_PRICE}); appStarted: until #app has no data-prerendered (the app's wasm has taken the view over); figuresLead = appStarted − first figure, per load`,
      slowLine: `bare URL / on a line throttled by CDP to ${SLOW_LINE.downloadThroughput * 8 / 1e6} Mbit/s down, ${SLOW_LINE.latency} ms latency; cold loads interleaved after one warm-up each; with = the release site, without = a copy with the pre-rendered markup taken out of index.html; fcp = first-contentful-paint, form = [name=budget] first in the DOM, app = the wasm app's form in the DOM (pre-rendered view replaced); ms since navigation start`,
      keystroke: `${APP_KEYS_URL}; page.keyboard.press alternately "7" and Backspace at the end of the budget field; in-page from the input event (capture listener) to the first DOM mutation that changes [data-testid=unit-price]; 20 warm-up keystrokes not counted`,
      batchKeystroke: `${APP_BATCH_URL} with ${BATCH_ROWS} rows pasted, against a page with only the same <textarea> holding the same text; page.keyboard.press alternately "x" and Backspace at the end of the text; in-page from the keydown (capture listener) to after the next animation frame; ${BATCH_KEYS} keystrokes after 10 warm-up ones`,
      batch: `${APP_BATCH_URL}; ${BATCH_ROWS} valid rows set as the textarea value + one input event; until the first [data-testid=batch-row] is present and [data-testid=summary-applications] reads 5.000 (dom), and after the next animation frame (frame); fresh context each run`,
    },
    goals: GOALS,
    sizes: {
      app: sizes.app,
      batchPage: sizes.batchPage,
      english: sizes.english,
      englishBatch: sizes.englishBatch,
      baseline: sizes.baseline,
      criticalPath: {
        app: critical.app.problem ? { problem: critical.app.problem } : critical.app,
        english: critical.english.problem ? { problem: critical.english.problem } : critical.english,
      },
      ratio: {
        raw: round2(sizes.app.total.raw / sizes.baseline.total.raw),
        gzip: round2(sizes.app.total.gzip / sizes.baseline.total.gzip),
        brotli: round2(sizes.app.total.brotli / sizes.baseline.total.brotli),
      },
    },
    pageErrors: errors,
    seconds: 0,
  };
  if (m.first) result.firstResult = firstResultFigures(m.first.app, m.first.baseline);
  if (m.phone) {
    const app = m.phone.app;
    result.phone = {
      url: APP_PHONE_URL,
      profile: PHONE,
      firstResult: firstResultFigures(app.map((r) => r.result), m.phone.baseline.map((r) => r.result)),
      appStarted: stats(app.map((r) => r.app)),
      figuresLead: stats(app.map((r) => r.app - r.result)),
      samples: { appStarted: app.map((r) => round2(r.app)) },
    };
  }
  if (m.keys) result.keystroke = { input: stats(m.keys.input), keydown: stats(m.keys.keydown) };
  if (m.batchKeys) result.batchKeystroke = { app: stats(m.batchKeys.app), bare: stats(m.batchKeys.bare) };
  if (m.batch) {
    result.batch = {
      rows: BATCH_ROWS,
      textBytes: m.batch.bytes,
      rowsRendered: m.batch.runs[0].rows,
      dom: stats(m.batch.runs.map((r) => r.dom)),
      frame: stats(m.batch.runs.map((r) => r.frame)),
      samples: m.batch.runs.map((r) => ({ dom: round2(r.dom), frame: round2(r.frame) })),
    };
  }
  if (m.slowLine) result.slowLine = m.slowLine;
  // Each goal: met or not (never a failure here).
  const pages = { app: sizes.app, batchPage: sizes.batchPage, english: sizes.english, englishBatch: sizes.englishBatch };
  result.met = {};
  for (const [name, s] of Object.entries(pages)) result.met[`pageGzip.${name}`] = s.total.gzip <= GOALS.pageGzip;
  for (const [name, cp] of Object.entries(critical)) result.met[`criticalPathGzip.${name}`] = !cp.problem && cp.total.gzip <= GOALS.criticalPathGzip;
  if (result.firstResult) result.met.firstResultRatio = result.firstResult.ratioOfMedians <= GOALS.firstResultRatio;
  if (result.phone) result.met.phoneFirstResultRatio = result.phone.firstResult.ratioOfMedians <= GOALS.phoneFirstResultRatio;
  if (result.keystroke) {
    result.met.keyMedian = result.keystroke.input.median <= GOALS.keyMedian;
    result.met.keyP95 = result.keystroke.input.p95 <= GOALS.keyP95;
  }
  if (result.batch) result.met.batch = result.batch.dom.median <= GOALS.batch;
  result.seconds = Math.round((Date.now() - started) / 1000);

  const mc = result.machine;
  const lines = [];
  const pageGoal = { goal: GOALS.pageGzip };
  const cpLine = (cp) =>
    cp.problem ? `${padEnd('critical path', 14)}no figures module: ${cp.problem}` : criticalPathLine(cp, { goal: GOALS.criticalPathGzip });
  lines.push(`puljeberegner bench — ${result.date} — ${appDir}`);
  lines.push(`${mc.nproc} × ${mc.cpu || 'unknown CPU'}, Chromium ${mc.chromium}, ${mc.rustc || 'rustc ?'}${mc.wasmRustc ? ` (wasm: ${mc.wasmRustc})` : ''}, Node ${mc.node}`);
  lines.push('');
  lines.push('calculator page (index.html):');
  lines.push(...sizeTable(sizes.app, sizes.baseline, pageGoal));
  lines.push(cpLine(critical.app));
  const skipped = Object.entries(sizes.app.notLoaded);
  if (skipped.length) {
    lines.push(`(not loaded by the page, not counted: ${skipped.map(([f, n]) => `${f} ${n}`).join(', ')}; the batch/ and en/ folders are the other pages)`);
  }
  lines.push('');
  lines.push('batch page (batch/index.html, its own wasm):');
  lines.push(...sizeTable(sizes.batchPage, sizes.baseline, pageGoal));
  lines.push('');
  lines.push('English pages (gzip / brotli):');
  lines.push(
    `  calculator (en/) ${sizes.english.total.gzip} / ${sizes.english.total.brotli} (wasm ${sizes.english.byKind.wasm.gzip} / ${sizes.english.byKind.wasm.brotli}), ` +
      `batch (en/batch/) ${sizes.englishBatch.total.gzip} / ${sizes.englishBatch.total.brotli} (wasm ${sizes.englishBatch.byKind.wasm.gzip} / ${sizes.englishBatch.byKind.wasm.brotli})`,
  );
  lines.push(`  ${cpLine(critical.english)}`);
  lines.push('');
  lines.push(...timingTable(result));
  const notes = [];
  if (result.keystroke) notes.push(`keydown → unit price: median ${ms(result.keystroke.keydown.median)}, p95 ${ms(result.keystroke.keydown.p95)}`);
  if (result.batch) notes.push(`batch rows rendered: ${result.batch.rowsRendered}`);
  notes.push('goals are informational, timings never fail');
  lines.push(`(${notes.join('; ')})`);
  if (errors.length) lines.push(`page errors during the bench: ${errors.length} (see JSON)`);
  console.log(lines.join('\n'));

  const out = path.resolve(args.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  result.table = lines;
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), out)} (${result.seconds} s)`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  process.on('exit', stopServers);
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      stopServers();
      process.exit(130);
    });
  }
  try {
    if (args.sizeCheck) await sizeCheck(args);
    else await bench(args);
  } finally {
    stopServers();
  }
}

main().catch((e) => {
  console.error(`bench: ${e && e.stack ? e.stack : e}`);
  stopServers();
  process.exit(1);
});
