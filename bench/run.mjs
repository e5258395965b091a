// Benchmark (not a test): sizes of dist/, time from navigation to the headline compared with a
// plain static page of the same words, and the time from a toggle to the updated headline.
// Run with `bash bench/run.sh` (builds first). Prints one report; budgets are marked MISS.
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { dist as builtDist, launch, root, serveDist } from '../tests/e2e/harness.mjs';

// The site measured: this checkout's build, or another (BENCH_DIST=path), e.g. an older version's.
const dist = process.env.BENCH_DIST ?? builtDist;

const RUNS = 15;
const TOGGLES = 200;
const BUDGET = { wasmGzip: 200 * 1024, distGzip: 350 * 1024, toggleP95: 8, frameRatio: 1.25 };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const verdict = (ok) => (ok ? 'ok' : 'MISS');

async function files(directory) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

async function sizes() {
  let raw = 0;
  let gzip = 0;
  let wasmRaw = 0;
  let wasmGzip = 0;
  let chunkGzip = 0;
  let runsGzip = 0;
  let contentGzip = 0;
  let plainGzip = 0;
  let pagesGzip = 0;
  let previewRaw = 0;
  for (const file of await files(dist)) {
    if (file.endsWith('cornered-classroom.html')) continue;
    const body = await readFile(file);
    const zipped = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += zipped;
    // The main module, which every page starts with; the content pages' chunk apart (scripts/build.mjs, splitWasm).
    if (file.endsWith('_bg.wasm')) {
      wasmRaw += body.length;
      wasmGzip += zipped;
    } else if (file.endsWith('-runs-reader.wasm')) runsGzip += zipped;
    else if (file.endsWith('-plain-pages.wasm')) plainGzip += zipped;
    else if (file.endsWith('.wasm')) chunkGzip += zipped;
    // Each page's file, with the page rendered in both languages (scripts/build.mjs, writePages).
    if (file.endsWith('index.html')) pagesGzip += zipped;
    if (file.endsWith('preview.png')) previewRaw += body.length;
    if (/content-[0-9a-f]{16}\.postcard$/.test(file)) contentGzip += zipped;
  }
  return { raw, gzip, wasmRaw, wasmGzip, chunkGzip, runsGzip, contentGzip, plainGzip, pagesGzip, previewRaw };
}

/**
 * What a reader of one page downloads, gzip as served: the page's file and everything the page
 * fetches until it has settled (no offline cache; the service worker's own copies not counted).
 */
async function pageTransfers(browser, origin) {
  const transfers = [];
  for (const route of LIGHTHOUSE_ROUTES) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${origin}/${route}`, { waitUntil: 'load' });
    await page.waitForFunction(() => !document.getElementById('boot'));
    await page.waitForTimeout(1000);
    const bytes = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .reduce((sum, e) => sum + (e.encodedBodySize ?? 0), 0));
    transfers.push({ route: route || '(home)', bytes });
    await context.close();
  }
  return transfers;
}

/** A copy of dist/ plus static.html: the app's rendered words as plain HTML, same stylesheet. */
async function siteWithStaticTwin(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/explore/`);
  await page.getByTestId('headline').waitFor();
  const body = await page.evaluate(() => document.body.innerHTML);
  const css = await page.evaluate(() => new URL(document.querySelector('link[rel=stylesheet]').href).pathname);
  await page.close();
  const site = join(root, 'bench/out/site');
  await rm(site, { recursive: true, force: true });
  await mkdir(site, { recursive: true });
  await cp(dist, site, { recursive: true });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>static twin</title><link rel="stylesheet" href="${css}"></head><body>${body.replace(/<script[\s\S]*?<\/script>/g, '')}</body></html>`;
  await writeFile(join(site, 'static.html'), html);
  return site;
}

async function loadTimes(browser, url, { waitFor }) {
  const headline = [];
  const paint = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    if (waitFor) await page.getByTestId('headline').waitFor();
    await page.waitForTimeout(50);
    const marks = await page.evaluate(() => ({
      headline: performance.getEntriesByName('headline-visible')[0]?.startTime ?? null,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    if (marks.headline !== null) headline.push(marks.headline);
    if (marks.fcp !== null) paint.push(marks.fcp);
    await context.close();
  }
  return { headline, paint };
}

async function toggleTimes(browser, origin) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${origin}/explore/?scenario=blackmail&goal=explicit-america&urgency=replacement&variant=default&model=claude-opus-4`);
  await page.getByTestId('headline').waitFor();
  await page.waitForFunction(() => !document.getElementById('boot'));
  const result = await page.evaluate(async (count) => {
    // Alternate between controls so that every input really changes the headline.
    const labels = ['scenario-leaking', 'urgency-none', 'scenario-murder', 'goal-none', 'scenario-blackmail',
      'urgency-restriction', 'goal-explicit-america', 'urgency-replacement'];
    // The next painted frame after a click: a frame callback asked for before the click runs in
    // the first frame drawn after it, and a task queued there runs once that frame is painted
    // (and before any task the page queues in the same frame).
    const nextFrame = (start) => new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    const dom = [];
    const frame = [];
    const zeroWork = [];
    let unchanged = 0;
    // Both clicks at the same point of the frame (just after one is painted), so that the time to
    // the next frame differs only by the work the click causes.
    const frameStart = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    for (let i = 0; i < count; i += 1) {
      // The same measure for a click nothing answers (on the page's heading), in the same run.
      await frameStart();
      const idleStart = performance.now();
      const idle = nextFrame(idleStart);
      document.querySelector('main h1').click();
      zeroWork.push(await idle);

      const headline = document.querySelector('[data-testid=headline]');
      const before = headline.textContent;
      await frameStart();
      const start = performance.now();
      let domDone = null;
      const observer = new MutationObserver(() => {
        if (domDone === null && headline.textContent !== before) domDone = performance.now() - start;
      });
      observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
      const painted = nextFrame(start);
      document.getElementById(labels[i % labels.length]).click();
      const frameDone = await painted;
      observer.disconnect();
      if (domDone === null) unchanged += 1;
      else { dom.push(domDone); frame.push(frameDone); }
      // Let the address follow (50 ms later, hooks/address_after_frame.rs) before the next click.
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    return { dom, frame, zeroWork, unchanged };
  }, TOGGLES);
  await page.close();
  return result;
}

// Every route at its default view (issue 15 asks for each): one run stands for the eight runs'
// pages, which share their code and differ only in their texts.
const LIGHTHOUSE_ROUTES = ['', 'explore/', 'story/', 'transcripts/', 'transcripts/blackmail-harmful/', 'myths/',
  'classroom/', 'classroom/handout/', 'sources/', 'since/', 'your-runs/'];
// Links a reader shares beyond the routes' default views: a later story step, a file of its own,
// and an explorer condition, where the file shows only the page's frame and the app draws the
// view (so it measures the app itself). Reported beside the routes, not against their goal.
const SHARED_VIEWS = ['story/2/', 'explore/?scenario=murder'];
// Lighthouse's performance score moves by a few points between identical runs (its simulated
// throttling scales the main-thread work it observes), so each route runs three times and the
// report gives the median run (by performance) and the range.
const LIGHTHOUSE_RUNS = 3;

/** Lighthouse (mobile, its default) for each route: performance, accessibility, best practices, SEO. */
async function lighthouse(origin, routes) {
  const scores = [];
  for (const route of routes) {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) runs.push(await lighthouseRun(origin, route));
    runs.sort((a, b) => a.performance - b.performance);
    const median = runs[Math.floor(runs.length / 2)];
    scores.push({ ...median, range: `${runs[0].performance}–${runs[runs.length - 1].performance}` });
  }
  return scores;
}

async function lighthouseRun(origin, route) {
  const cli = join(root, 'bench/node_modules/.bin/lighthouse');
  const { stdout } = await promisify(execFile)(cli, [
    `${origin}/${route}`,
    '--output=json',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run',
  ], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(stdout);
  const score = (id) => Math.round(report.categories[id].score * 100);
  return { route, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
}

const browser = await launch();
const server = await serveDist(dist);
try {
  const size = await sizes();
  const site = await siteWithStaticTwin(browser, server.origin);
  const twin = await serveDist(site);
  const app = await loadTimes(browser, `${twin.origin}/explore/`, { waitFor: true });
  const plain = await loadTimes(browser, `${twin.origin}/static.html`, { waitFor: false });
  await twin.close();
  const transfers = await pageTransfers(browser, server.origin);
  const toggles = await toggleTimes(browser, server.origin);
  const scores = await lighthouse(server.origin, LIGHTHOUSE_ROUTES);
  const shared = await lighthouse(server.origin, SHARED_VIEWS);
  const oneFile = await stat(join(dist, 'cornered-classroom.html')).catch(() => null);

  const lines = [
    `Cornered benchmark, ${new Date().toISOString()}, Chromium headless on ${process.platform}`,
    '',
    'Size',
    `  dist/ raw            ${kb(size.raw)}`,
    `  dist/ gzip           ${kb(size.gzip)}   budget ${kb(BUDGET.distGzip)}  ${verdict(size.gzip <= BUDGET.distGzip)}`,
    `  wasm raw             ${kb(size.wasmRaw)}   (main module: what every page starts with)`,
    `  wasm gzip            ${kb(size.wasmGzip)}   budget ${kb(BUDGET.wasmGzip)}  ${verdict(size.wasmGzip <= BUDGET.wasmGzip)}`,
    `  wasm chunk gzip      ${kb(size.chunkGzip)}   (code of runs, story, myths, classroom and the chunks they share; fetched only by their pages: with the main module ${kb(size.wasmGzip + size.chunkGzip)})`,
    `  plain pages gzip     ${kb(size.plainGzip)}   (code of the home and sources pages; fetched only by them)`,
    `  pages' files gzip    ${kb(size.pagesGzip)}   (${'each page rendered in both languages, for the first paint and readers without scripts'})`,
    `  preview picture      ${kb(size.previewRaw)}   (preview.png, for link previews; counted above, never fetched by the page)`,
    `  runs reader gzip     ${kb(size.runsGzip)}   (your-runs/ and its parsers; fetched only by that page)`,
    `  content file gzip    ${kb(size.contentGzip)}   (texts of runs, story, myths, classroom; fetched only by their pages)`,
    '',
    'What a reader of one page downloads (gzip as served, the page opened directly, until it settles)',
    ...transfers.map((t) => `  ${t.route.padEnd(32)} ${kb(t.bytes)}`),
    '',
    `Navigation → headline visible (median of ${RUNS} loads, loopback, ms)`,
    `  explorer's file: FCP ${quantile(app.paint, 0.5).toFixed(1)}   (the headline is in the page's file; ratio to the static twin ${(quantile(app.paint, 0.5) / quantile(plain.paint, 0.5)).toFixed(2)}, budget ≤ 1.5)`,
    `  app started: mark    ${quantile(app.headline, 0.5).toFixed(1)}   (the app's own headline rendered, replacing the file's)`,
    `  static twin: FCP     ${quantile(plain.paint, 0.5).toFixed(1)}`,
    '',
    `Toggle → headline (${toggles.dom.length} of ${TOGGLES} toggles changed it, ms)`,
    `  DOM updated          p50 ${quantile(toggles.dom, 0.5).toFixed(2)}   p95 ${quantile(toggles.dom, 0.95).toFixed(2)}   budget p95 ≤ ${BUDGET.toggleP95}  ${verdict(quantile(toggles.dom, 0.95) <= BUDGET.toggleP95)}`,
    `  next painted frame   p50 ${quantile(toggles.frame, 0.5).toFixed(2)}   p95 ${quantile(toggles.frame, 0.95).toFixed(2)}   (${(quantile(toggles.frame, 0.95) / quantile(toggles.zeroWork, 0.95)).toFixed(2)}× the zero-work p95, budget ≤ ${BUDGET.frameRatio}×  ${verdict(quantile(toggles.frame, 0.95) <= BUDGET.frameRatio * quantile(toggles.zeroWork, 0.95))})`,
    `  zero-work frame      p50 ${quantile(toggles.zeroWork, 0.5).toFixed(2)}   p95 ${quantile(toggles.zeroWork, 0.95).toFixed(2)}   (a click nothing answers, same page and run)`,
    '',
    `Lighthouse 12, mobile, median of ${LIGHTHOUSE_RUNS} runs (performance / accessibility / best practices / SEO; performance range); goals ≥95 / 100 / ≥95 / ≥90`,
    ...scores.map((s) => {
      const ok = s.performance >= 95 && s.accessibility === 100 && s.bestPractices >= 95 && s.seo >= 90;
      return `  ${('/' + s.route).padEnd(34)} ${s.performance} / ${s.accessibility} / ${s.bestPractices} / ${s.seo}  (${s.range})  ${verdict(ok)}`;
    }),
    '  shared links: a story step (its own file), an explorer condition (the app draws the view):',
    ...shared.map((s) => `  ${('/' + s.route).padEnd(34)} ${s.performance} / ${s.accessibility} / ${s.bestPractices} / ${s.seo}  (${s.range})`),
    '',
    `One-file classroom edition: ${oneFile ? `${kb(oneFile.size)} raw, ${kb(gzipSync(await readFile(join(dist, 'cornered-classroom.html')), { level: 9 }).length)} gzip` : 'not built'} (a download, not counted in dist/ above)`,
  ];
  console.log(lines.join('\n'));
  await mkdir(join(root, 'bench/out'), { recursive: true });
  await writeFile(join(root, 'bench/out/report.txt'), `${lines.join('\n')}\n`);
} finally {
  await server.close();
  await browser.close();
}
