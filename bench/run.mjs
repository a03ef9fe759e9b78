#!/usr/bin/env node
/**
 * The benchmark (`npm run bench`, issues 6 and 12): P1–P5 measured side by side in one run, in
 * headless Chromium and in Node, printed as a table of medians and ratios against the targets,
 * and written with the machine to `bench/RESULTS.md`. Method: `bench/README.md`.
 *
 * Never a timed assertion: this script exits 0 whether targets are met or not (1 only when it
 * cannot run at all). A measure that cannot be taken (an element missing, no Chromium) reads
 * "n/a" with the reason.
 *
 * Options: `--only P1,P4` runs some measures; `--quick` takes fewer samples (a smoke run, not
 * for RESULTS.md: like `--only`, it writes `bench/.build/RESULTS.partial.md` instead of `bench/RESULTS.md`).
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BASELINE_PAGE, DASHBOARD_PAGE, PROBE, writeBaselineSpecs } from './p1.mjs';
import { measureP3Pages, writeP3Pages } from './p3.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = join(ROOT, 'bench', '.build');
const DIST = join(ROOT, 'dist');
const SELF = fileURLToPath(import.meta.url);

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const onlyArg = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : '';
const ONLY = new Set(
  onlyArg
    .split(',')
    .filter(Boolean)
    .map((s) => s.trim().toUpperCase()),
);
const wanted = (id) => ONLY.size === 0 || ONLY.has(id);

/** Samples per measure (the issue's N), and the targets. */
const N = {
  p1: QUICK ? 2 : 7,
  p2: QUICK ? 5 : 30,
  p2Warmup: 2,
  p4Small: QUICK ? 2 : 5,
  p4Large: QUICK ? 1 : 3,
  p5: QUICK ? 3 : 9,
};
const TARGETS = {
  p1Ratio: 0.6,
  p2Ms: 16,
  p3FirstKb: 25,
  p3PageKb: 200,
  p4Ratio: 2,
  p4LargeMs: 4000,
  p5Ms: 100,
};
const ROWS_SMALL = 100_000;
const ROWS_LARGE = 1_000_000;

// ---------------------------------------------------------------------------------------------
// Small helpers

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quantile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
};
const ms = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 2 : 1)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const reason = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
const log = (...parts) => console.log(...parts);

/** mulberry32: a small seeded PRNG, so the generated rows are the same in every run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Node measures (P4, P5). They run in a child process with --expose-gc, one at a time, so that
// a collection between samples is forced and the browser's memory does not weigh on them.

const MUNICIPALITIES = [
  'Delft',
  'Den Haag',
  'Leidschendam-Voorburg',
  'Midden-Delfland',
  'Pijnacker-Nootdorp',
  'Rijswijk',
  'Voorschoten',
  'Wassenaar',
  'Westland',
  'Zoetermeer',
];
/** Rough shares of the region's indications (Den Haag is about half). */
const MUNICIPALITY_WEIGHTS = [0.08, 0.46, 0.06, 0.02, 0.04, 0.05, 0.02, 0.02, 0.09, 0.16];
const ROUTES = ['ots_prevented', 'ots_ended_early', 'ots_required', 'ots_collaboration'];

const pad2 = (n) => (n < 10 ? `0${n}` : String(n));

/**
 * `count` validated `UsageRow`s as `parseUsage` returns them: ten municipalities, 12 quarters
 * (2023-Q1..2025-Q4), products 1 / 2a / 2b, hours (some over the 25-hour cap, some missing),
 * case ids with repeat indications, routes, and running indications without an end date.
 */
function generateUsageRows(count, seed = 20261122) {
  const random = mulberry32(seed);
  const cumulative = [];
  MUNICIPALITY_WEIGHTS.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative[cumulative.length - 1];
  // Case ids: about 1.3 indications per family, per municipality.
  const casesPerMunicipality = MUNICIPALITIES.map((_, i) => Math.max(1, Math.round((count * MUNICIPALITY_WEIGHTS[i]) / total / 1.3)));
  const prefixes = MUNICIPALITIES.map((m) =>
    m
      .replace(/[^A-Z]/g, '')
      .padEnd(3, 'X')
      .slice(0, 3),
  );
  const rows = new Array(count);
  for (let i = 0; i < count; i++) {
    const r = random() * total;
    let m = 0;
    while (cumulative[m] < r) m++;
    const year = 2023 + Math.floor(random() * 3);
    const quarter = 1 + Math.floor(random() * 4);
    const month = (quarter - 1) * 3 + 1 + Math.floor(random() * 3);
    const day = 1 + Math.floor(random() * 28);
    const p = random();
    const product = p < 0.3 ? '1' : p < 0.75 ? '2a' : '2b';
    const capped = product !== '1';
    let end = null;
    if (random() < 0.85) {
      const endMonth = month + 1 + Math.floor(random() * 5);
      end = `${year + (endMonth > 12 ? 1 : 0)}-${pad2(((endMonth - 1) % 12) + 1)}-${pad2(day)}`;
    }
    const hoursUsed = capped && random() < 0.95 ? Math.round(random() * 60) / 2 : null;
    rows[i] = {
      municipality: MUNICIPALITIES[m],
      product,
      start: `${year}-${pad2(month)}-${pad2(day)}`,
      end,
      period: `${year}-Q${quarter}`,
      hoursAvailable: capped ? 25 : null,
      hoursUsed,
      ltExtraHours: capped && random() < 0.6 ? Math.round(random() * 40) / 2 : null,
      caseId: random() < 0.97 ? `${prefixes[m]}-${String(Math.floor(random() * casesPerMunicipality[m])).padStart(6, '0')}` : null,
      route: capped && random() < 0.9 ? ROUTES[Math.floor(random() * ROUTES.length)] : null,
    };
  }
  return rows;
}

const gc = () => globalThis.gc?.();

/** Time `fn` (which may return a promise, as `prepare` does) once, after a forced collection. */
async function timeOnceAsync(fn) {
  gc();
  const t0 = performance.now();
  const result = await fn();
  const elapsed = performance.now() - t0;
  if (result === undefined || result === null) throw new Error('measured function returned nothing');
  return elapsed;
}

/** Time `fn` once, after a forced collection. */
function timeOnce(fn) {
  gc();
  const t0 = performance.now();
  const result = fn();
  const elapsed = performance.now() - t0;
  if (result === undefined || result === null) throw new Error('measured function returned nothing');
  return elapsed;
}

/** `prepare` from dist/core.js; when core does not export it, from src/data/prepare.ts bundled by esbuild. */
async function loadPrepare() {
  const core = await import(pathToFileURL(join(DIST, 'core.js')).href);
  if (typeof core.prepare === 'function') return { prepare: core.prepare, from: 'dist/core.js' };
  const esbuild = await import('esbuild');
  const outfile = join(BUILD, 'prepare.mjs');
  await esbuild.build({
    entryPoints: [join(ROOT, 'src', 'data', 'prepare.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  const module = await import(pathToFileURL(outfile).href);
  return { prepare: module.prepare, from: 'src/data/prepare.ts (bundled with esbuild: dist/core.js does not export prepare)' };
}

async function childP4() {
  const aq = await import('arquero');
  const { prepare, from } = await loadPrepare();
  const arqueroBaseline = (rows) =>
    aq
      .from(rows)
      .groupby('municipality', 'period', 'product')
      .rollup({ n: aq.op.count(), h: aq.op.sum('hoursUsed') });
  const out = { from, sizes: [] };
  for (const [count, runs] of [
    [ROWS_SMALL, N.p4Small],
    [ROWS_LARGE, N.p4Large],
  ]) {
    const rows = generateUsageRows(count);
    // One untimed call of each warms up the JIT and checks that both work on these rows.
    const bundle = await prepare({ usage: rows });
    if (!bundle?.usage?.length) throw new Error('prepare returned no usage cells');
    const groups = arqueroBaseline(rows).numRows();
    const prepareMs = [];
    const arqueroMs = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, alternating which goes first.
      const pair = [
        async () => prepareMs.push(await timeOnceAsync(() => prepare({ usage: rows }))),
        async () => arqueroMs.push(timeOnce(() => arqueroBaseline(rows))),
      ];
      if (i % 2) pair.reverse();
      for (const run of pair) await run();
    }
    out.sizes.push({ count, runs, groups, cells: bundle.usage.length, prepareMs, arqueroMs });
  }
  return out;
}

async function childP5() {
  const core = await import(pathToFileURL(join(DIST, 'core.js')).href);
  if (typeof core.monteCarlo !== 'function') throw new Error('dist/core.js does not export monteCarlo');
  const model = JSON.parse(readFileSync(join(ROOT, 'data', 'business-case.haaglanden.json'), 'utf8'));
  const runs = 10_000;
  const check = core.monteCarlo(model, { runs });
  const samples = [];
  for (let i = 0; i < N.p5; i++) samples.push(timeOnce(() => core.monteCarlo(model, { runs })));
  return { runs, samples, keys: Object.keys(check) };
}

/** Run a Node measure in a child process and return its JSON result. */
function runChild(name) {
  const child = spawnSync(process.execPath, ['--expose-gc', SELF, '--child', name, ...(QUICK ? ['--quick'] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 16 * 1024 * 1024,
    timeout: 4 * 60 * 1000,
  });
  const lines = (child.stdout ?? '').trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  let parsed;
  try {
    parsed = JSON.parse(last);
  } catch {
    const stderr = (child.stderr ?? '').trim().split('\n').filter(Boolean);
    throw new Error(child.error ? reason(child.error) : (stderr.find((l) => /Error/.test(l)) ?? stderr.pop() ?? `child exited with ${child.status}`));
  }
  if (parsed.error) throw new Error(parsed.error);
  return parsed.result;
}

// ---------------------------------------------------------------------------------------------
// P3, static: the first chunk and the pages as scripts/check-size.mjs adds them up from the
// build's chunk report (the browser measure counts the responses of real page loads).

async function measureP3Static() {
  if (!existsSync(join(DIST, 'mbc-dashboard.chunks.json'))) throw new Error('dist/mbc-dashboard.chunks.json is missing (rollup writes it)');
  const { pages } = await import(pathToFileURL(join(ROOT, 'scripts', 'check-size.mjs')).href);
  return pages(DIST);
}

// ---------------------------------------------------------------------------------------------
// Browser measures (P1, P2)

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

async function launchChromium() {
  const executablePath = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  if (!executablePath) throw new Error('no Chromium found: install chromium or set CHROME_PATH');
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Serves the repository root (the demo server) on a free port. */
async function startServer() {
  const { createDemoServer } = await import(pathToFileURL(join(ROOT, 'demo', 'serve.mjs')).href);
  const demo = createDemoServer();
  const handler = demo.listeners('request')[0];
  const server = createServer(handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** P2: the business case alone, from the Haaglanden model, through the drop-in. */
const BUSINESS_CASE_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>P2 mbc-business-case</title>
<script>${PROBE}</script>
<script type="module" src="/dist/cdn/mbc-dashboard.js"></script>
</head><body style="margin: 0; inline-size: 1200px">
<mbc-business-case src="/data/business-case.haaglanden.json"></mbc-business-case>
</body></html>`;

async function buildBrowserFiles() {
  mkdirSync(BUILD, { recursive: true });
  writeFileSync(join(BUILD, 'p1-dashboard.html'), DASHBOARD_PAGE);
  writeFileSync(join(BUILD, 'p1-vega-embed.html'), BASELINE_PAGE);
  writeFileSync(join(BUILD, 'p2-business-case.html'), BUSINESS_CASE_PAGE);
  writeP3Pages(BUILD);
  const esbuild = await import('esbuild');
  await esbuild.build({
    stdin: { contents: "export { default } from 'vega-embed';", resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outfile: join(BUILD, 'vega-embed.js'),
    logLevel: 'silent',
  });
}

/** Open `path` in a fresh browser context (empty cache), wait for `__bench.done`, return it. */
async function timePage(browser, origin, path, timeout = 60_000) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(reason(error)));
    await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
    try {
      await page.waitForFunction(() => window.__bench.done !== null || window.__bench.errors.length > 0, { timeout, polling: 100 });
    } catch {
      throw new Error(`not drawn within ${timeout / 1000} s${pageErrors.length ? `: ${pageErrors[0]}` : ''}`);
    }
    const { done, errors, counts, vegaLoaded } = await page.evaluate(() => ({
      done: window.__bench.done,
      errors: window.__bench.errors,
      counts: window.__bench.counts(),
      // When the file holding vega-embed had arrived (the drop-in's chunk or the baseline bundle).
      // When the Vega code had arrived: the trimmed runtime chunk, or the baseline's vega-embed bundle.
      vegaLoaded:
        performance.getEntriesByType('resource').find((e) => /\/(vega-runtime-[^/]*|vega-embed)\.js$/.test(new URL(e.name).pathname))?.responseEnd ?? null,
    }));
    if (done === null) throw new Error(errors[0] ?? pageErrors[0] ?? 'not drawn');
    return { ms: done, counts, vegaLoaded, page, context };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function measureP1(browser, origin) {
  // The four charts the dashboard draws, as Vega-Lite specs with their data, at the widths they
  // were drawn at (bench/p1.mjs), for the baseline.
  const first = await timePage(browser, origin, '/bench/.build/p1-dashboard.html');
  const charts = await writeBaselineSpecs(first.page, ROOT, BUILD);
  await first.context.close();
  const dashboard = [];
  const baseline = [];
  const marks = { dashboard: first.counts, baseline: null };
  const vegaLoaded = { dashboard: [], baseline: [] };
  for (let i = 0; i < N.p1; i++) {
    const order = i % 2 ? ['baseline', 'dashboard'] : ['dashboard', 'baseline'];
    for (const which of order) {
      const run = await timePage(browser, origin, which === 'dashboard' ? '/bench/.build/p1-dashboard.html' : '/bench/.build/p1-vega-embed.html');
      await run.context.close();
      (which === 'dashboard' ? dashboard : baseline).push(run.ms);
      marks[which] ??= run.counts;
      if (run.vegaLoaded !== null) vegaLoaded[which].push(run.vegaLoaded);
    }
  }
  return { dashboard, baseline, marks, vegaLoaded, headings: charts.map((c) => c.heading), widths: charts.map((c) => c.width) };
}

/**
 * P2 in the page: for each move, set a what-if slider to a new value and dispatch `input`
 * (what a drag does); the time runs until `mbc-computed` has fired and every chart whose
 * `chart` property that recomputation replaced has fired `mbc-chart-rendered` (its new SVG is
 * in the DOM). When no chart changed, until two animation frames after `mbc-computed`. Between
 * moves, the slider settles (the view's 300 ms debounce) and the heavier analyses that follow
 * are left to finish, so that each move starts from a quiet page.
 */
async function p2InPage({ moves, warmup }) {
  const el = document.querySelector('mbc-business-case');
  const root = el.shadowRoot;
  const details = root.querySelector('details.whatif, [part="whatif"] details');
  if (details) details.open = true;
  const sliders = [...root.querySelectorAll('input[type="range"]')];
  const charts = () => [...root.querySelectorAll('mbc-chart')];
  const sleep = (t) => new Promise((resolve) => setTimeout(resolve, t));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  let lastRendered = performance.now();
  const rendered = [];
  el.addEventListener('mbc-chart-rendered', (event) => {
    lastRendered = performance.now();
    rendered.push({ chart: event.composedPath()[0], at: lastRendered });
  });
  const quiet = async (since) => {
    const limit = performance.now() + 5000;
    while (performance.now() < limit && (performance.now() - since < 700 || performance.now() - lastRendered < 300)) await sleep(50);
  };
  const fractions = [0.3, 0.7, 0.45, 0.6, 0.2, 0.8];
  const results = [];
  for (let i = 0; i < moves + warmup; i++) {
    const slider = sliders[i % sliders.length];
    const min = Number(slider.min);
    const max = Number(slider.max);
    const step = Number(slider.step) > 0 ? Number(slider.step) : (max - min) / 100;
    let k = Math.floor(i / sliders.length);
    let value;
    do {
      value = min + Math.round(((max - min) * fractions[k++ % fractions.length]) / step) * step;
    } while (String(value) === slider.value && k < 20);
    const before = new Map(charts().map((c) => [c, c.chart]));
    rendered.length = 0;
    const computed = new Promise((resolve) => el.addEventListener('mbc-computed', () => resolve(performance.now()), { once: true }));
    slider.value = String(value);
    const t0 = performance.now();
    slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const tComputed = await Promise.race([computed, sleep(3000).then(() => null)]);
    if (tComputed === null) throw new Error(`no mbc-computed within 3 s after moving slider "${slider.dataset.parameter ?? slider.id}"`);
    const changed = charts().filter((c) => (before.has(c) ? before.get(c) !== c.chart : true));
    let end;
    if (changed.length === 0) {
      await frame();
      await frame();
      end = performance.now();
    } else {
      const limit = performance.now() + 5000;
      while (!changed.every((c) => rendered.some((r) => r.chart === c)) && performance.now() < limit) await sleep(1);
      const times = changed.map((c) => rendered.find((r) => r.chart === c)?.at);
      if (times.some((t) => t === undefined))
        throw new Error(`${changed.length - times.filter(Boolean).length} of ${changed.length} charts not redrawn within 5 s`);
      end = Math.max(...times);
    }
    if (i >= warmup) results.push({ total: end - t0, computed: tComputed - t0, charts: changed.length });
    await quiet(end);
  }
  return { results, sliders: sliders.length };
}

async function measureP2(browser, origin) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(reason(error)));
    await page.goto(`${origin}/bench/.build/p2-business-case.html`, { waitUntil: 'domcontentloaded' });
    // Wait for the element to be defined and drawn (every chart in its shadow root has marks),
    // or to show an alert.
    const isReady = () => {
      const el = document.querySelector('mbc-business-case');
      if (!customElements.get('mbc-business-case') || !el?.shadowRoot) return false;
      const charts = [...el.shadowRoot.querySelectorAll('mbc-chart')];
      const sliders = el.shadowRoot.querySelectorAll('input[type="range"]').length;
      return charts.length > 0 && sliders > 0 && charts.every((c) => c.shadowRoot && window.__bench.marks(c.shadowRoot) > 0);
    };
    await page
      .waitForFunction(`(${isReady})() || Boolean(document.querySelector('mbc-business-case')?.shadowRoot?.querySelector('[role="alert"]'))`, {
        timeout: 30_000,
        polling: 100,
      })
      .catch(() => undefined);
    const ready = await page.evaluate(isReady);
    if (!ready) {
      const state = await page.evaluate(() => {
        const el = document.querySelector('mbc-business-case');
        if (!customElements.get('mbc-business-case')) return '<mbc-business-case> is not defined by dist/cdn/mbc-dashboard.js';
        if (!el) return 'no <mbc-business-case> in the page';
        const root = el.shadowRoot;
        if (!root) return '<mbc-business-case> has no shadow root';
        if (root.querySelector('[role="alert"]'))
          return `<mbc-business-case> shows an alert: ${root.querySelector('[role="alert"]').textContent.replace(/\s+/g, ' ').trim().slice(0, 200)}`;
        if (!root.querySelector('input[type="range"]')) return '<mbc-business-case> has no what-if slider (input type="range")';
        return '<mbc-business-case> charts not drawn within 30 s';
      });
      throw new Error(pageErrors.length ? `${state} (${pageErrors[0]})` : state);
    }
    // Let the initial analyses (sensitivity, Monte Carlo) finish before the first move.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return await page.evaluate(p2InPage, { moves: N.p2, warmup: N.p2Warmup });
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Build, machine, report

function ensureBuild() {
  const needed = ['cdn/mbc-dashboard.js', 'mbc-dashboard.chunks.json', 'core.js'].map((f) => join(DIST, f));
  if (needed.every((f) => existsSync(f))) return false;
  log('dist/ is incomplete: running npm run build …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  return true;
}

function gitDescribe() {
  const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown';
  // This script's own output does not count as a change.
  const status = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)bench/RESULTS.md', ':(exclude)bench/.build');
  const dirty = status.stdout.trim() ? ' (with uncommitted changes)' : '';
  return head.stdout.trim() + dirty;
}

function machine(chromium) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', '),
    commit: gitDescribe(),
  };
}

/** One line of the table. `met` is true, false, or null (n/a). */
const row = (id, measure, result, ratio, target, met, note = '') => ({ id, measure, result, ratio, target, met, note });
const naRow = (id, measure, target, why) => row(id, measure, 'n/a', '', target, null, why);
const mark = (met) => (met === null ? 'n/a' : met ? '✓' : '✗');

function printTable(rows) {
  const head = ['', 'measure', 'median', 'ratio', 'target', 'met'];
  const body = rows.map((r) => [r.id, r.measure, r.result, r.ratio, r.target, mark(r.met)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log('');
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  body.forEach((b) => console.log(line(b)));
  const notes = rows.filter((r) => r.note);
  if (notes.length) {
    console.log('');
    notes.forEach((r) => console.log(`${r.id} ${r.measure}: ${r.note}`));
  }
  console.log('');
}

const NOTES_START = '<!-- lead-notes:start -->';
const NOTES_END = '<!-- lead-notes:end -->';

function writeResults(file, rows, info, details, blockers) {
  let leadNotes = `_Placeholder for the lead: for each ✗ above, what stands in the way and what was tried. This block is kept when the script rewrites the file._`;
  if (existsSync(file)) {
    const old = readFileSync(file, 'utf8');
    const a = old.indexOf(NOTES_START);
    const b = old.indexOf(NOTES_END);
    if (a >= 0 && b > a) leadNotes = old.slice(a + NOTES_START.length, b).trim();
  }
  // Tag names in backticks, or Markdown renders them as (unknown) HTML elements.
  const md = (s) => String(s).replace(/(?<!`)<(mbc-[a-z-]+)>(?!`)/g, '`<$1>`');
  const esc = (s) => md(s).replace(/\|/g, '\\|');
  const table = [
    '| | measure | median | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.id} | ${esc(r.measure)} | ${esc(r.result)} | ${esc(r.ratio)} | ${esc(r.target)} | ${mark(r.met)} |`),
  ];
  const missed = rows.filter((r) => r.met === false);
  const unavailable = rows.filter((r) => r.met === null);
  const text = [
    '# Benchmark results',
    '',
    `Written by \`node bench/run.mjs\` (\`npm run bench\`) on ${info.date}${QUICK ? ' — **quick run: too few samples to quote**' : ''}. Method: [README.md](README.md). Medians of runs measured side by side in this one run; ratios are of those medians.`,
    '',
    ...table,
    '',
    '## Machine',
    '',
    `- CPU: ${info.cpu}, ${info.cores} cores`,
    `- Memory: ${info.memory}`,
    `- OS: ${info.os}`,
    `- Node: ${info.node}`,
    `- Chromium: ${info.chromium ? `${info.chromium} (headless)` : 'not run'}`,
    `- Date: ${info.date}`,
    `- Load average at the end of the run (1, 5, 15 min): ${info.load}; other work on the machine slows both sides of a ratio, but not always equally`,
    `- Commit: ${info.commit}`,
    '',
    '## Details',
    '',
    ...details.map((d) => `- ${d}`),
    '',
    '## Targets not met',
    '',
    ...(missed.length || unavailable.length
      ? [
          ...missed.map(
            (r) =>
              `- **${r.id} ${md(r.measure)}** (${r.result}${r.ratio ? `, ratio ${r.ratio}` : ''}; target ${r.target}). What stands in the way: ${blockers[r.id] ?? '(see below)'}`,
          ),
          ...unavailable.map((r) => `- **${r.id} ${md(r.measure)}**: not measured: ${md(r.note)}`),
        ]
      : ['All targets met in this run.']),
    '',
    '### What was tried',
    '',
    NOTES_START,
    leadNotes,
    NOTES_END,
    '',
  ].join('\n');
  writeFileSync(file, text);
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const started = performance.now();
  const built = ensureBuild();
  mkdirSync(BUILD, { recursive: true });
  const rows = [];
  const details = [];
  const blockers = {};
  if (built) details.push('dist/ was built by this run (`npm run build`).');

  // P3 — the first chunk from the build (the browser measure of the pages follows with P1).
  let p3Static = null;
  if (wanted('P3')) {
    log('P3 first chunk …');
    try {
      p3Static = await measureP3Static();
      const first = p3Static.find((p) => p.name === 'first chunk');
      rows.push(row('P3', 'first chunk (gzip -9)', kb(first.size), '', `≤ ${TARGETS.p3FirstKb} KB`, first.size <= TARGETS.p3FirstKb * 1024));
      details.push(`P3 first chunk: ${first.files.join(' + ')} (from dist/mbc-dashboard.chunks.json, as scripts/check-size.mjs counts it).`);
      blockers.P3 = 'see the largest files in the details.';
    } catch (error) {
      rows.push(naRow('P3', 'first chunk (gzip -9)', `≤ ${TARGETS.p3FirstKb} KB`, reason(error)));
    }
  }

  // P5 — Monte Carlo (Node).
  if (wanted('P5')) {
    log(`P5 Monte Carlo, ${N.p5} runs …`);
    try {
      const p5 = runChild('p5');
      const m = median(p5.samples);
      rows.push(row('P5', `monteCarlo ${p5.runs.toLocaleString('en')} runs, Haaglanden`, ms(m), '', `≤ ${TARGETS.p5Ms} ms`, m <= TARGETS.p5Ms));
      details.push(
        `P5: \`monteCarlo(model, {runs: 10000})\` from dist/core.js in Node, one warm-up call, then ${p5.samples.length} samples: ${p5.samples.map((s) => s.toFixed(1)).join(', ')} ms.`,
      );
      blockers.P5 = 'the model is evaluated once per run; see the profile of src/model/monte-carlo.ts.';
    } catch (error) {
      rows.push(naRow('P5', 'monteCarlo 10,000 runs', `≤ ${TARGETS.p5Ms} ms`, reason(error)));
    }
  }

  // P4 — prepare vs arquero (Node).
  if (wanted('P4')) {
    log(`P4 prepare on ${ROWS_SMALL.toLocaleString('en')} and ${ROWS_LARGE.toLocaleString('en')} rows …`);
    try {
      const p4 = runChild('p4');
      for (const size of p4.sizes) {
        const p = median(size.prepareMs);
        const a = median(size.arqueroMs);
        const ratio = p / a;
        const label = size.count >= 1e6 ? '1M' : `${size.count / 1000}k`;
        rows.push(
          row(
            'P4',
            `prepare ${label} rows vs arquero groupby().rollup()`,
            `${ms(p)} vs ${ms(a)}`,
            `${ratio.toFixed(2)}×`,
            `≤ ${TARGETS.p4Ratio}×`,
            ratio <= TARGETS.p4Ratio,
          ),
        );
        if (size.count === ROWS_LARGE) rows.push(row('P4', 'prepare 1M rows, time', ms(p), '', `< ${TARGETS.p4LargeMs / 1000} s`, p < TARGETS.p4LargeMs));
        details.push(
          `P4 ${label}: prepare ${size.prepareMs.map((v) => v.toFixed(0)).join(', ')} ms; arquero ${size.arqueroMs.map((v) => v.toFixed(0)).join(', ')} ms (${size.groups} groups; the bundle has ${size.cells} usage cells).`,
        );
      }
      details.push(`P4: prepare from ${p4.from}; rows generated with a seeded PRNG (mulberry32, seed 20261122).`);
      blockers.P4 =
        'prepare does the same groupby/rollup and then one more pass per group (families, over-cap, routes, hours bins, medians) and disclosure control.';
    } catch (error) {
      rows.push(naRow('P4', 'prepare vs arquero', `≤ ${TARGETS.p4Ratio}×, < 4 s at 1M`, reason(error)));
    }
  }

  // P1, P2 — Chromium.
  let chromium = null;
  if (wanted('P1') || wanted('P2') || wanted('P3')) {
    let browser;
    let server;
    try {
      await buildBrowserFiles();
      browser = await launchChromium();
      chromium = `Chromium ${(await browser.version()).replace(/^(Headless)?Chrome\//, '')}`;
      const served = await startServer();
      server = served.server;
      if (wanted('P1')) {
        log(`P1 first render, ${N.p1} runs each …`);
        try {
          const p1 = await measureP1(browser, served.origin);
          const d = median(p1.dashboard);
          const b = median(p1.baseline);
          const ratio = d / b;
          rows.push(
            row(
              'P1',
              'first 4 charts of the default page: <mbc-dashboard> vs vega-embed',
              `${ms(d)} vs ${ms(b)}`,
              ratio.toFixed(2),
              `≤ ${TARGETS.p1Ratio}`,
              ratio <= TARGETS.p1Ratio,
            ),
          );
          const arrived = (list) => (list.length ? ms(median(list)) : 'n/a');
          details.push(
            `P1: the default page (the overview) of \`<mbc-dashboard src="/data/manifest.json">\`; its four charts: ${p1.headings.map((h, i) => `“${h}” (${p1.widths[i]} px)`).join(', ')}. Data marks drawn: dashboard ${p1.marks.dashboard.join(' / ')}, vega-embed ${p1.marks.baseline.join(' / ')}. Dashboard ${p1.dashboard.map((v) => v.toFixed(0)).join(', ')} ms; vega-embed ${p1.baseline.map((v) => v.toFixed(0)).join(', ')} ms. The Vega code (the trimmed runtime; the vega-embed bundle) had arrived at a median ${arrived(p1.vegaLoaded.dashboard)} (dashboard) and ${arrived(p1.vegaLoaded.baseline)} (vega-embed).`,
          );
          blockers.P1 = `the dashboard page loads the data (manifest, a 380 KB bundle and the model), validates and computes the business case and parses four Vega specs with the CSP-safe interpreter; the baseline has its four specs with their data in one file. The trimmed runtime had arrived at ${arrived(p1.vegaLoaded.dashboard)}.`;
        } catch (error) {
          rows.push(naRow('P1', 'first 4 charts vs vega-embed', `≤ ${TARGETS.p1Ratio}`, reason(error)));
        }
      }
      if (wanted('P2')) {
        log(`P2 what-if update, ${N.p2} moves …`);
        try {
          const p2 = await measureP2(browser, served.origin);
          const totals = p2.results.map((r) => r.total);
          const m = median(totals);
          rows.push(row('P2', 'what-if slider → charts redrawn', ms(m), '', `≤ ${TARGETS.p2Ms} ms`, m <= TARGETS.p2Ms));
          details.push(
            `P2: ${totals.length} moves over ${p2.sliders} sliders (after ${N.p2Warmup} warm-up moves): median ${ms(m)}, p90 ${ms(quantile(totals, 0.9))}; to \`mbc-computed\` median ${ms(median(p2.results.map((r) => r.computed)))}; charts redrawn per move: ${[...new Set(p2.results.map((r) => r.charts))].join(' or ')}.`,
          );
          blockers.P2 = `the recomputation reaches \`mbc-computed\` in ${ms(median(p2.results.map((r) => r.computed)))}; the rest is Vega running the swapped data and signals of each changed chart.`;
        } catch (error) {
          rows.push(naRow('P2', 'what-if slider → charts redrawn', `≤ ${TARGETS.p2Ms} ms`, reason(error)));
        }
      }
      if (wanted('P3')) {
        log('P3 JavaScript the pages load …');
        try {
          const p3 = await measureP3Pages(browser, served.origin);
          const listFiles = (files) =>
            files
              .slice(0, 4)
              .map((f) => `${f.url.replace(/^\/dist\//, '')} ${kb(f.bytes)}`)
              .join(', ');
          rows.push(
            row(
              'P3',
              'all JS the default dashboard page loads (gzip -9, from responses)',
              kb(p3.dashboard.bytes),
              '',
              `≤ ${TARGETS.p3PageKb} KB`,
              p3.dashboard.bytes <= TARGETS.p3PageKb * 1024,
            ),
          );
          details.push(
            `P3 default page: ${p3.dashboard.files.length} JavaScript responses, ${kb(p3.dashboard.bytes)}; largest ${listFiles(p3.dashboard.files)}.`,
          );
          const worst = Object.entries(p3.views).sort((a, b) => b[1].bytes - a[1].bytes)[0];
          rows.push(
            row(
              'P3',
              `all JS of a single view page, the largest (${worst[0]})`,
              kb(worst[1].bytes),
              '',
              `≤ ${TARGETS.p3PageKb} KB`,
              worst[1].bytes <= TARGETS.p3PageKb * 1024,
            ),
          );
          details.push(
            `P3 view pages (a view alone, every chart drawn): ${Object.entries(p3.views)
              .map(([tag, v]) => `${tag} ${kb(v.bytes)} in ${v.files.length} files`)
              .join('; ')}.`,
          );
          if (p3Static)
            details.push(
              `P3 from the chunk report (scripts/check-size.mjs, the budgets of \`npm test\`): ${p3Static.map((p) => `${p.name} ${kb(p.size)}`).join('; ')}.`,
            );
          blockers.P3 = `the trimmed Vega runtime is ${kb(p3.dashboard.files[0]?.bytes ?? 0)} of it (see the largest files in the details).`;
        } catch (error) {
          rows.push(naRow('P3', 'all JS the pages load', `≤ ${TARGETS.p3PageKb} KB`, reason(error)));
        }
      }
    } catch (error) {
      if (wanted('P1')) rows.push(naRow('P1', 'first 4 charts vs vega-embed', `≤ ${TARGETS.p1Ratio}`, reason(error)));
      if (wanted('P2')) rows.push(naRow('P2', 'what-if slider → charts redrawn', `≤ ${TARGETS.p2Ms} ms`, reason(error)));
    } finally {
      await browser?.close();
      server?.close();
    }
  }

  // P6 — prepare at national scale in the SQL engines (bench/p6-engines.mjs). Last: the
  // browser measures above run on a machine that nothing else of this run keeps busy.
  if (wanted('P6')) {
    try {
      const { measureP6 } = await import('./p6-engines.mjs');
      const p6 = await measureP6({ quick: QUICK, log });
      rows.push(...p6.rows);
      details.push(...p6.details);
      Object.assign(blockers, p6.blockers);
    } catch (error) {
      rows.push(naRow('P6', 'prepare 1M / 10M rows in DuckDB', '≤ 10 s at 10M', reason(error)));
    }
  }

  const order = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'];
  rows.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  details.sort((a, b) => order.indexOf(a.slice(0, 2)) - order.indexOf(b.slice(0, 2)));
  const info = machine(chromium);
  printTable(rows);
  const file = QUICK || ONLY.size ? join(BUILD, 'RESULTS.partial.md') : join(ROOT, 'bench', 'RESULTS.md');
  writeResults(file, rows, info, details, blockers);
  console.log(`${info.cpu}, ${info.cores} cores, ${info.memory}, Node ${info.node}, ${info.chromium ?? 'Chromium not run'}`);
  console.log(`Written to ${file.slice(ROOT.length)} in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

if (args[0] === '--child') {
  const measures = { p4: childP4, p5: childP5 };
  try {
    const result = await measures[args[1]]();
    process.stdout.write(`\n${JSON.stringify({ result })}\n`);
  } catch (error) {
    process.stdout.write(`\n${JSON.stringify({ error: reason(error) })}\n`);
  }
} else {
  try {
    await main();
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
}
