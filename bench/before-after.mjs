// Benchmark (not a test): two builds of the site measured side by side in one run, by the same
// code (measure.mjs), each measure taken in turn on one and the other so that the machine's
// moods fall on both alike. Made for issue 15, whose closing note gives before/after figures
// from one run: the build before it (every page one file, blank until the app started, `#/…`
// addresses) against this one (a file per page with the page in it).
// Run with `bash bench/before-after.sh [COMMIT]`, which builds both.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dist as builtDist, launch, root, serveDist } from '../tests/e2e/harness.mjs';
import { kb, lighthouseRun, loadOnce, medianRun, quantile, siteWithStaticTwin, sizes, toggleTimes } from './measure.mjs';

const before = { name: process.env.BEFORE_NAME ?? 'before', dist: process.env.BEFORE_DIST };
const after = { name: process.env.AFTER_NAME ?? 'after', dist: process.env.AFTER_DIST ?? builtDist };
if (!before.dist) throw new Error('BEFORE_DIST (the older build\'s dist/) is not set: run bench/before-after.sh');

const LOADS = 15;
const TOGGLES = 200;
const LIGHTHOUSE_RUNS = 3;
const CONDITION = 'scenario=blackmail&goal=explicit-america&urgency=replacement&variant=default&model=claude-opus-4';
// Each route at its default view, as each build addresses it: the older one in the one file's
// hash, this one by the page's own file.
// An older build that already has a file per page (issue 15 onwards) is opened at the same
// addresses as the newer one: at `#/…` its home file would forward each route to its page, and
// every figure of the older build would include that detour.
const BEFORE_HAS_PAGES = existsSync(join(before.dist, 'explore', 'index.html'));
const BEFORE_EXPLORE = BEFORE_HAS_PAGES ? 'explore/' : '#/explore';
const ROUTES_AS_WRITTEN = [
  ['home', '#/', ''],
  ['explore', '#/explore', 'explore/'],
  ['story', '#/story', 'story/'],
  ['runs index', '#/transcripts', 'transcripts/'],
  ['a run', '#/transcripts/blackmail-harmful', 'transcripts/blackmail-harmful/'],
  ['myths', '#/myths', 'myths/'],
  ['classroom', '#/classroom', 'classroom/'],
  ['handout', '#/classroom/handout', 'classroom/handout/'],
  ['sources', '#/sources', 'sources/'],
  ['since', '#/since', 'since/'],
  ['your runs', '#/your-runs', 'your-runs/'],
];
const ROUTES = ROUTES_AS_WRITTEN.map(([name, hashPath, pagePath]) => [name, BEFORE_HAS_PAGES ? pagePath : hashPath, pagePath]);

const median = (values) => quantile(values, 0.5);
const ms = (value) => value.toFixed(1);

/** What a reader without scripts, and a link preview's reader of the file, get at each route. */
async function withoutScripts(browser, origin, path) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
  // Every word a reader scrolling through the page reads: a long list's items are laid out only as
  // they near the screen (`content-visibility: auto`, static/style.css), and the text of one not yet
  // laid out is left out of innerText (the classroom's: 1,897 words, 840 before a scroll).
  const words = (await page.evaluate(() => {
    for (const item of document.querySelectorAll('*')) {
      if (getComputedStyle(item).contentVisibility === 'auto') item.style.contentVisibility = 'visible';
    }
    return document.body.innerText;
  })).split(/\s+/).filter(Boolean).length;
  const preview = await page.evaluate(() => ['og:title', 'og:description', 'og:image']
    .every((property) => document.querySelector(`meta[property="${property}"]`)));
  const title = await page.title();
  await context.close();
  return { words, preview, title };
}

/** Navigation → a frame showing the headline, both builds and the static twin in turn. */
async function headlineTimes(browser, sites, twinOrigin) {
  const times = { before: [], after: [], twin: [], beforeFcp: [], afterFcp: [], twinFcp: [] };
  for (let i = 0; i < LOADS; i += 1) {
    const b = await loadOnce(browser, `${sites.before}/${BEFORE_EXPLORE}`, { waitFor: true });
    const a = await loadOnce(browser, `${sites.after}/explore/`, { waitFor: true });
    const t = await loadOnce(browser, `${twinOrigin}/static.html`, { waitFor: false });
    times.before.push(b.painted); times.beforeFcp.push(b.fcp);
    times.after.push(a.painted); times.afterFcp.push(a.fcp);
    times.twin.push(t.painted); times.twinFcp.push(t.fcp);
  }
  return times;
}

/** Lighthouse on each route, the two builds' runs alternating. */
async function lighthouseBoth(sites) {
  const rows = [];
  for (const [name, beforePath, afterPath] of ROUTES) {
    const runs = { before: [], after: [] };
    for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
      runs.before.push(await lighthouseRun(`${sites.before}/${beforePath}`));
      runs.after.push(await lighthouseRun(`${sites.after}/${afterPath}`));
    }
    const shift = (list) => Math.max(...list.map((r) => r.shift));
    rows.push({ name, before: { ...medianRun(runs.before), maxShift: shift(runs.before) }, after: { ...medianRun(runs.after), maxShift: shift(runs.after) } });
  }
  return rows;
}

function sizeLines(sizeBefore, sizeAfter) {
  const row = (label, key) => `  ${label.padEnd(26)} ${kb(sizeBefore[key]).padStart(10)}  ${kb(sizeAfter[key]).padStart(10)}`;
  return [
    `Size (gzip; the one-file edition apart)   ${before.name.padStart(10)}  ${after.name.padStart(10)}`,
    row('dist/', 'gzip'),
    row('main wasm', 'wasmGzip'),
    row('pages\' files', 'pagesGzip'),
  ];
}

function headlineLines(times) {
  const ratio = (values) => (median(values) / median(times.twin)).toFixed(2);
  return [
    `Navigation → first frame showing the explorer's headline (median of ${LOADS} loads each, in turn, ms)`,
    `  ${before.name.padEnd(10)} ${ms(median(times.before)).padStart(7)}   ${ratio(times.before)}× the static twin   (its first paint, "Loading…": ${ms(median(times.beforeFcp))})`,
    `  ${after.name.padEnd(10)} ${ms(median(times.after)).padStart(7)}   ${ratio(times.after)}× the static twin   (its first paint: ${ms(median(times.afterFcp))})`,
    `  static twin ${ms(median(times.twin)).padStart(6)}   (the same words as plain HTML; its first paint: ${ms(median(times.twinFcp))})`,
  ];
}

function toggleLines(toggles) {
  const line = (name, t) => `  ${name.padEnd(10)} DOM p50 ${median(t.dom).toFixed(2)} p95 ${quantile(t.dom, 0.95).toFixed(2)}   next frame p50 ${median(t.frame).toFixed(2)} p95 ${quantile(t.frame, 0.95).toFixed(2)}   zero-work p95 ${quantile(t.zeroWork, 0.95).toFixed(2)} (${(quantile(t.frame, 0.95) / quantile(t.zeroWork, 0.95)).toFixed(2)}×)   ${t.dom.length} of ${TOGGLES} changed it`;
  return [`Toggle → headline (${TOGGLES} toggles each, ms)`, line(before.name, toggles.before), line(after.name, toggles.after)];
}

function pageLines(rows) {
  const cell = (r) => `${r.performance} (${r.range}) TBT ${Math.round(r.blocking)} CLS ${r.maxShift.toFixed(3)}`;
  const plain = (p) => `${String(p.words).padStart(5)} words, preview ${p.preview ? 'yes' : 'no '}`;
  return [
    `Each route: Lighthouse mobile performance, median of ${LIGHTHOUSE_RUNS} (range), that run's total blocking time (ms), the largest layout shift of the runs;`,
    '  then what the file gives a reader without scripts (words on the page) and a link preview (og: title, description, image)',
    ...rows.map((r) => `  ${r.name.padEnd(11)} ${before.name}: ${cell(r.before).padEnd(34)} ${after.name}: ${cell(r.after).padEnd(34)} | ${plain(r.plainBefore)} → ${plain(r.plainAfter)}`),
  ];
}

const browser = await launch();
const servers = { before: await serveDist(before.dist), after: await serveDist(after.dist) };
const sites = { before: servers.before.origin, after: servers.after.origin };
try {
  const [sizeBefore, sizeAfter] = [await sizes(before.dist), await sizes(after.dist)];
  const twinSite = await siteWithStaticTwin(browser, after.dist, `${sites.after}/explore/`);
  const twin = await serveDist(twinSite);
  const times = await headlineTimes(browser, sites, twin.origin);
  await twin.close();
  const toggles = {
    before: await toggleTimes(browser, `${sites.before}/${BEFORE_EXPLORE}?${CONDITION}`, TOGGLES),
    after: await toggleTimes(browser, `${sites.after}/explore/?${CONDITION}`, TOGGLES),
  };
  const rows = await lighthouseBoth(sites);
  for (const [index, [, beforePath, afterPath]] of ROUTES.entries()) {
    rows[index].plainBefore = await withoutScripts(browser, sites.before, beforePath);
    rows[index].plainAfter = await withoutScripts(browser, sites.after, afterPath);
  }
  const lines = [
    `Cornered, two builds in one run, ${new Date().toISOString()}, Chromium headless on ${process.platform}`,
    `  ${before.name}: ${before.dist}`,
    `  ${after.name}: ${after.dist}`,
    '',
    ...sizeLines(sizeBefore, sizeAfter),
    '',
    ...headlineLines(times),
    '',
    ...toggleLines(toggles),
    '',
    ...pageLines(rows),
  ];
  console.log(lines.join('\n'));
  await mkdir(join(root, 'bench/out'), { recursive: true });
  await writeFile(join(root, 'bench/out/before-after.txt'), `${lines.join('\n')}\n`);
} finally {
  await servers.before.close();
  await servers.after.close();
  await browser.close();
}
