// The benchmark's measures, shared by run.mjs (this build against its budgets) and
// before-after.mjs (two builds side by side in one run). Each takes the site it measures as an
// argument, so that two builds are measured by the same code.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { root } from '../tests/e2e/harness.mjs';
import { PREVIEW_IMAGE } from '../scripts/build.mjs';

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

async function files(directory) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

/** Sizes of a built site, raw and gzip, by kind of file (the one-file edition is a download apart). */
export async function sizes(dist) {
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
    if (PREVIEW_IMAGE.test(file)) previewRaw += body.length;
    if (/content-[0-9a-f]{16}\.postcard$/.test(file)) contentGzip += zipped;
  }
  return { raw, gzip, wasmRaw, wasmGzip, chunkGzip, runsGzip, contentGzip, plainGzip, pagesGzip, previewRaw };
}

/**
 * What a reader of one page downloads, gzip as served: the page's file and everything the page
 * fetches until it has settled (no offline cache; the service worker's own copies not counted).
 */
export async function pageTransfers(browser, origin, routes) {
  const transfers = [];
  for (const route of routes) {
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

/**
 * A copy of `dist` plus static.html: the explorer's rendered words (at `explorerUrl`) as plain
 * HTML with the same stylesheet, the page a first paint is measured against.
 */
export async function siteWithStaticTwin(browser, dist, explorerUrl) {
  const page = await browser.newPage();
  await page.goto(explorerUrl);
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

/**
 * One load of `url` in a fresh context: its first contentful paint, when the app rendered its
 * headline (`headline-visible`: the mutation that added it to the app's element, seen or not;
 * older builds marked it from the app itself, and the first mark counts), and when a
 * frame first showed a headline: a frame callback from the document's start looks for a laid-out
 * headline before each frame is drawn, the same way whether the headline came in the file or
 * from the app.
 */
export async function loadOnce(browser, url, { waitFor }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    // The app draws into #app-host (static/start.js), or into the body in older builds.
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#app-host h2.headline, body > .app h2.headline')) return;
        observer.disconnect();
        if (!performance.getEntriesByName('headline-visible').length) performance.mark('headline-visible');
      }).observe(document.body, { childList: true, subtree: true });
    });
    const look = () => {
      const shown = [...document.querySelectorAll('h2.headline')].some((h) => h.getClientRects().length > 0);
      if (shown) setTimeout(() => performance.mark('headline-painted'), 0);
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (waitFor) await page.getByTestId('headline').waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('headline-painted').length > 0);
  await page.waitForTimeout(50);
  const marks = await page.evaluate(() => ({
    headline: performance.getEntriesByName('headline-visible')[0]?.startTime ?? null,
    painted: performance.getEntriesByName('headline-painted')[0]?.startTime ?? null,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  }));
  await context.close();
  return marks;
}

/** `runs` loads of `url`, each measure's values gathered (see `loadOnce`). */
export async function loadTimes(browser, url, { waitFor, runs }) {
  const times = { headline: [], painted: [], paint: [] };
  for (let i = 0; i < runs; i += 1) {
    const marks = await loadOnce(browser, url, { waitFor });
    if (marks.headline !== null) times.headline.push(marks.headline);
    if (marks.painted !== null) times.painted.push(marks.painted);
    if (marks.fcp !== null) times.paint.push(marks.fcp);
  }
  return times;
}

/**
 * `count` toggles in the explorer at `url`: time until the headline's text changed in the DOM,
 * until the next frame was painted, and the same frame time for a click nothing answers.
 */
export async function toggleTimes(browser, url, count) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
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
  }, count);
  await page.close();
  return result;
}

/**
 * One Lighthouse run (mobile, its default) of `url`: the four category scores, the total
 * blocking time and layout shift its performance score weighs, and how fast the machine was
 * (Lighthouse's own `benchmarkIndex`, measured as the run starts; higher is faster). The score
 * scales the main-thread work it observes, so runs on a slower machine score lower for the same
 * page: the index says which scores can be compared.
 */
export async function lighthouseRun(url) {
  const cli = join(root, 'bench/node_modules/.bin/lighthouse');
  const { stdout } = await promisify(execFile)(cli, [
    url,
    '--output=json',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run',
  ], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(stdout);
  const score = (id) => Math.round(report.categories[id].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    blocking: report.audits['total-blocking-time'].numericValue,
    shift: report.audits['cumulative-layout-shift'].numericValue,
    machine: Math.round(report.environment.benchmarkIndex),
  };
}

/** The median run by performance of several, and the range of their performance scores. */
export function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return { ...sorted[Math.floor(sorted.length / 2)], range: `${sorted[0].performance}–${sorted[sorted.length - 1].performance}` };
}
