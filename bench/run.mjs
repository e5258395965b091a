// Benchmark (not a test): sizes of dist/, time from navigation to the headline compared with a
// plain static page of the same words, and the time from a toggle to the updated headline.
// Run with `bash bench/run.sh` (builds first). Prints one report; budgets are marked MISS.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { dist as builtDist, launch, root, serveDist } from '../tests/e2e/harness.mjs';
import { kb, lighthouseRun, loadTimes, medianRun, pageTransfers, quantile, siteWithStaticTwin, sizes, toggleTimes } from './measure.mjs';

// The site measured: this checkout's build, or another (BENCH_DIST=path), e.g. an older version's.
const dist = process.env.BENCH_DIST ?? builtDist;

const RUNS = 15;
const TOGGLES = 200;
const BUDGET = { wasmGzip: 200 * 1024, distGzip: 350 * 1024, toggleP95: 8, frameRatio: 1.25 };
const verdict = (ok) => (ok ? 'ok' : 'MISS');

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
    for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) runs.push(await lighthouseRun(`${origin}/${route}`));
    scores.push({ route, ...medianRun(runs), machines: runs.map((run) => run.machine) });
  }
  return scores;
}

/**
 * A route's Lighthouse scores, their range, and the total blocking time of the median run: on
 * this site the other metrics of the performance score stay near 1, and the blocking time alone
 * moves it (session 22's runs on /myths/, /transcripts/ and /sources/).
 */
const lighthouseLine = (s) => `${('/' + s.route).padEnd(34)} ${s.performance} / ${s.accessibility} / ${s.bestPractices} / ${s.seo}  (${s.range})  TBT ${Math.round(s.blocking)} ms`;

/** The machine's speed over all the Lighthouse runs: its range and median, as one line. */
function machineSpeed(scores) {
  const all = scores.flatMap((s) => s.machines).sort((a, b) => a - b);
  return `  machine speed over these runs (Lighthouse's benchmarkIndex, higher is faster): ${all[0]}–${all[all.length - 1]}, median ${all[Math.floor(all.length / 2)]}; a route's runs on a slower machine score lower for the same page`;
}

const browser = await launch();
const server = await serveDist(dist);
try {
  const size = await sizes(dist);
  const site = await siteWithStaticTwin(browser, dist, `${server.origin}/explore/`);
  const twin = await serveDist(site);
  const app = await loadTimes(browser, `${twin.origin}/explore/`, { waitFor: true, runs: RUNS });
  const plain = await loadTimes(browser, `${twin.origin}/static.html`, { waitFor: false, runs: RUNS });
  await twin.close();
  const transfers = await pageTransfers(browser, server.origin, LIGHTHOUSE_ROUTES);
  const toggles = await toggleTimes(browser, `${server.origin}/explore/?scenario=blackmail&goal=explicit-america&urgency=replacement&variant=default&model=claude-opus-4`, TOGGLES);
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
    `  preview pictures     ${kb(size.previewRaw)}   (preview*.png, one per view a page is about and one without a chart, for link previews; counted above, never fetched by the page)`,
    `  runs reader gzip     ${kb(size.runsGzip)}   (your-runs/ and its parsers; fetched only by that page)`,
    `  content file gzip    ${kb(size.contentGzip)}   (texts of runs, story, myths, classroom; fetched only by their pages)`,
    '',
    'What a reader of one page downloads (gzip as served, the page opened directly, until it settles)',
    ...transfers.map((t) => `  ${t.route.padEnd(32)} ${kb(t.bytes)}`),
    '',
    `Navigation → headline visible (median of ${RUNS} loads, loopback, ms)`,
    `  explorer's file: FCP ${quantile(app.paint, 0.5).toFixed(1)}   (the headline is in the page's file; ratio to the static twin ${(quantile(app.paint, 0.5) / quantile(plain.paint, 0.5)).toFixed(2)}, budget ≤ 1.5)`,
    `  app started: mark    ${quantile(app.headline, 0.5).toFixed(1)}   (the app's own headline rendered; out of sight until the app takes the file's place, src/view/shell/mount.rs)`,
    `  static twin: FCP     ${quantile(plain.paint, 0.5).toFixed(1)}`,
    '',
    `Toggle → headline (${toggles.dom.length} of ${TOGGLES} toggles changed it, ms)`,
    `  DOM updated          p50 ${quantile(toggles.dom, 0.5).toFixed(2)}   p95 ${quantile(toggles.dom, 0.95).toFixed(2)}   budget p95 ≤ ${BUDGET.toggleP95}  ${verdict(quantile(toggles.dom, 0.95) <= BUDGET.toggleP95)}`,
    `  next painted frame   p50 ${quantile(toggles.frame, 0.5).toFixed(2)}   p95 ${quantile(toggles.frame, 0.95).toFixed(2)}   (${(quantile(toggles.frame, 0.95) / quantile(toggles.zeroWork, 0.95)).toFixed(2)}× the zero-work p95, budget ≤ ${BUDGET.frameRatio}×  ${verdict(quantile(toggles.frame, 0.95) <= BUDGET.frameRatio * quantile(toggles.zeroWork, 0.95))})`,
    `  zero-work frame      p50 ${quantile(toggles.zeroWork, 0.5).toFixed(2)}   p95 ${quantile(toggles.zeroWork, 0.95).toFixed(2)}   (a click nothing answers, same page and run)`,
    '',
    `Lighthouse 12, mobile, median of ${LIGHTHOUSE_RUNS} runs (performance / accessibility / best practices / SEO; performance range; the median run's total blocking time); goals ≥95 / 100 / ≥95 / ≥90`,
    ...scores.map((s) => {
      const ok = s.performance >= 95 && s.accessibility === 100 && s.bestPractices >= 95 && s.seo >= 90;
      return `  ${lighthouseLine(s)}  ${verdict(ok)}  machine ${s.machines.join(' ')}`;
    }),
    '  shared links: a story step (its own file), an explorer condition (the app draws the view):',
    ...shared.map((s) => `  ${lighthouseLine(s)}  machine ${s.machines.join(' ')}`),
    machineSpeed([...scores, ...shared]),
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
