// Benchmark (not a test) of "Compare your own runs" (your-runs/) in Chromium: a replication's
// results folder of 1,800 samples (18 conditions × 100) and of 18,000, chosen through the folder
// input. Reports, from the input's change to the table on screen: seconds and samples per second;
// whether the progress bar showed; the longest task while reading (the page must stay responsive;
// tasks of 50 ms or more are reported by the browser, so 0 means none that long); the JS heap's peak (sampled
// every 100 ms) and the renderer's peak resident memory (VmHWM, the wasm's memory included).
// Run by `bash bench/run.sh` after a release build; the folders are made once by the repository's
// fixtures script (placeholder texts, no model outputs) under bench/out/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, root, serveDist, watchedPage } from '../tests/e2e/harness.mjs';

const SIZES = [1_800, 18_000];
const BUDGET_1800_SECONDS = 2;

function folder(total) {
  const dir = join(root, 'bench/out', `runs-${total}`);
  if (!existsSync(join(dir, 'results/bench'))) {
    execFileSync('cargo', ['run', '--release', '--quiet', '-p', 'cornered-model', '--features', 'compile',
      '--example', 'run_fixtures', '--', dir, '--bench', String(total)], { cwd: root, stdio: 'inherit' });
  }
  return join(dir, 'results/bench');
}

/** The largest peak resident set (kB) among this machine's Chromium renderers. */
function rendererPeakKb() {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--type=renderer')) continue;
      const hwm = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/);
      if (hwm) peak = Math.max(peak, Number(hwm[1]));
    } catch { /* the process ended */ }
  }
  return peak;
}

async function measure(server, total) {
  const dir = folder(total);
  const browser = await launch();
  try {
    const { page, problems } = await watchedPage(browser, server.origin);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.origin}/your-runs/`);
    await page.getByTestId('runs-folder').waitFor();
    await page.evaluate(() => {
      window.__bench = { longest: 0, progress: false };
      new PerformanceObserver((list) => {
        // Tasks from the change event on: before it, the browser is building the FileList.
        for (const task of list.getEntries()) {
          if (window.__bench.start !== undefined && task.startTime >= window.__bench.start) {
            window.__bench.longest = Math.max(window.__bench.longest, task.duration);
          }
        }
      }).observe({ type: 'longtask' });
      document.querySelector('[data-testid="runs-folder"]').addEventListener('change', () => { window.__bench.start = performance.now(); }, { capture: true });
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="runs-progress"]')) window.__bench.progress = true;
        if (document.querySelector('[data-testid="runs-results"]') && !window.__bench.end) window.__bench.end = performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    let heapPeak = 0;
    const sampler = setInterval(async () => {
      const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
      heapPeak = Math.max(heapPeak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    }, 100);
    await page.getByTestId('runs-folder').setInputFiles(dir);
    await page.getByTestId('runs-results').waitFor({ timeout: 600_000 });
    clearInterval(sampler);
    const bench = await page.evaluate(() => window.__bench);
    const shown = await page.getByTestId('your-rate').evaluateAll((rows) => rows.reduce((sum, r) => sum + Number(r.dataset.n), 0));
    const seconds = (bench.end - bench.start) / 1000;
    const issues = await problems();
    return { total, seconds, perSecond: total / seconds, shown, progress: bench.progress, longest: bench.longest,
      heapMb: heapPeak / 1e6, rendererMb: rendererPeakKb() / 1024, issues };
  } finally {
    await browser.close();
  }
}

const server = await serveDist();
const lines = ['Your runs in Chromium (folder input → table on screen)'];
try {
  for (const total of SIZES) {
    const r = await measure(server, total);
    const budget = total === 1_800 ? `  (budget ${BUDGET_1800_SECONDS} s: ${r.seconds <= BUDGET_1800_SECONDS ? 'ok' : 'MISS'})` : '';
    lines.push(`  ${String(total).padStart(6)} samples: ${r.seconds.toFixed(2)} s, ${Math.round(r.perSecond)} samples/s${budget}`);
    lines.push(`          counted with a verdict: ${r.shown}; progress bar shown: ${r.progress}; longest task while reading ${Math.round(r.longest)} ms`);
    lines.push(`          peak JS heap ${r.heapMb.toFixed(1)} MB; renderer peak resident ${r.rendererMb.toFixed(0)} MB`);
    if (r.issues.length) lines.push(`          problems: ${r.issues.join('; ')}`);
  }
} finally {
  await server.close();
}
console.log(lines.join('\n'));
