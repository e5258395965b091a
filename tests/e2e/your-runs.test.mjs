// "Compare your own runs" (#/your-runs): synthetic replication results made by the repository's
// own script (model/examples/run_fixtures.rs: known counts, no model outputs) are loaded through
// the page's inputs; the numbers shown must be the fixtures' counts. Nothing may leave the page
// (the harness fails on any request to another origin).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { artifacts, chromiumSuite, goInApp, root, screenshot } from './harness.mjs';

const { withPage, origin } = chromiumSuite();
const fixtures = join(artifacts, 'run-fixtures');
let expected;

before(async () => {
  await rm(fixtures, { recursive: true, force: true });
  execFileSync('cargo', ['run', '--quiet', '-p', 'cornered-model', '--features', 'compile', '--example', 'run_fixtures', '--', fixtures],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  expected = JSON.parse(await readFile(join(fixtures, 'expected.json'), 'utf8'));
});

const rows = (page) => page.getByTestId('your-rate').evaluateAll((els) => els.map((e) => ({
  model: e.dataset.model, condition: e.dataset.condition, harmful: Number(e.dataset.harmful), n: Number(e.dataset.n),
  published: e.querySelector('[data-testid="published-rate"]') !== null,
})));

describe('your runs', () => {
  it('the example runs lead to the page, in either language', async () => {
    await withPage({}, async (page) => {
      for (const lang of ['en', 'zh']) {
        await page.goto(`${origin()}/transcripts/?lang=${lang}`);
        await page.getByTestId('your-runs-link').locator('a').click();
        await page.waitForURL((url) => url.pathname === '/your-runs/');
        await page.locator('.runs-inputs').waitFor();
      }
    });
  });

  it('a results folder shows each model and condition with the fixtures\' counts, errors apart', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/your-runs`);
      await page.getByTestId('runs-private').waitFor();
      await page.getByTestId('runs-folder').setInputFiles(join(fixtures, 'framework'));
      await page.getByTestId('runs-results').waitFor();
      const shown = await rows(page);
      for (const { model, condition, counts: [harmful, harmless] } of expected.filter((e) => !e.model.includes('/'))) {
        const row = shown.find((r) => r.model === model && r.condition === condition);
        assert.ok(row, `${model} ${condition}`);
        assert.deepEqual([row.harmful, row.n], [harmful, harmful + harmless], `${model} ${condition}`);
      }
      assert.ok(shown.some((r) => r.published), 'gpt-4.1 in Figure 7\'s condition has a published value beside it');
      await screenshot(page, 'your-runs-folder-en-1280');
    });
  });

  it('Inspect logs (json, deflate and zstd .eval) and a statistics file load together; hostile files are named', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/your-runs?lang=zh`);
      await page.getByTestId('runs-files').waitFor();
      const files = ['inspect.json', 'inspect-deflate.eval', 'inspect-zstd.eval', 'statistics.json',
        'hostile/bomb.eval', 'hostile/not-an-archive.eval', 'hostile/climbing.zip', 'hostile/truncated.eval', 'hostile/malformed.json']
        .map((f) => join(fixtures, f));
      await page.getByTestId('runs-files').setInputFiles(files);
      await page.getByTestId('runs-results').waitFor();
      const inspect = expected.find((e) => e.model.includes('/'));
      const row = (await rows(page)).find((r) => r.model === inspect.model);
      const [harmful, harmless] = inspect.counts;
      assert.deepEqual([row.harmful, row.n], [3 * harmful, 3 * (harmful + harmless)], 'three logs of the same runs');
      const problems = await page.getByTestId('runs-problems').innerText();
      for (const name of ['bomb.eval', 'not-an-archive.eval', 'climbing.zip', 'truncated.eval', 'malformed.json']) {
        assert.ok(problems.includes(name), `${name} is named: ${problems}`);
      }
      await screenshot(page, 'your-runs-files-zh-1280');
    });
  });

  it('a run opens in the inbox → reasoning → action viewer, read again from its file, labelled as the reader\'s', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/your-runs`);
      await page.getByTestId('runs-folder').setInputFiles(join(fixtures, 'framework'));
      const condition = 'blackmail_explicit-america_replacement';
      const row = page.locator(`[data-testid="your-rate"][data-model="gpt-4.1"][data-condition="${condition}"]`);
      await row.getByTestId('runs-read').click();
      const viewer = page.getByTestId('run-viewer');
      await viewer.locator('[data-stage="reasoning"] .run-text').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'run-viewer-title', 'focus moves to the viewer');
      assert.match(await viewer.getByTestId('run-viewer-label').innerText(), /not one of the study's runs, and not an illustration/);
      assert.equal(await viewer.locator('[data-stage="inbox"] pre').innerText(), `(synthetic fixture inbox: ${condition})`);
      const reasoning = () => viewer.locator('[data-stage="reasoning"] .run-text').first().innerText();
      assert.equal(await reasoning(), `(synthetic fixture reasoning: gpt-4.1, ${condition}, sample 1)`);
      assert.match(await viewer.locator('[data-stage="action"]').innerText(), /tool_use:email[\s\S]*kyle\.johnson@summitbridge\.com/);
      assert.match(await viewer.getByTestId('run-position').innerText(), /^Run 1 of 10: classified harmful$/);
      // At the first run "Previous" says it does nothing and keeps the focus (a disabled button
      // dropped it to the page's start).
      const previous = viewer.getByTestId('run-prev');
      assert.equal(await previous.getAttribute('aria-disabled'), 'true');
      // Its buttons scroll with it: only a run's own page keeps its stepper at the screen's top.
      assert.equal(await viewer.locator('.stepper').evaluate((e) => getComputedStyle(e).position), 'static');
      await previous.focus();
      await page.keyboard.press('Enter');
      assert.match(await viewer.getByTestId('run-position').innerText(), /^Run 1 of 10/, 'Previous at the first run stays');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'run-prev', 'and keeps the focus');
      await viewer.getByTestId('run-next').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="run-position"]').textContent.startsWith('Run 2 of 10'));
      await viewer.locator('[data-stage="reasoning"] .run-text').waitFor();
      assert.equal(await reasoning(), `(synthetic fixture reasoning: gpt-4.1, ${condition}, sample 2)`);
      await screenshot(page, 'your-runs-viewer-en-1280');
      await viewer.getByTestId('run-close').click();
      await viewer.waitFor({ state: 'detached' });
    });
  });

  it('files chosen later add to those loaded; an Inspect .eval run opens too; start again clears', async () => {
    await withPage({ width: 390, height: 844 }, async (page) => {
      await page.goto(`${origin()}/#/your-runs?lang=zh`);
      await page.getByTestId('runs-folder').setInputFiles(join(fixtures, 'framework'));
      await page.getByTestId('runs-results').waitFor();
      await page.getByTestId('runs-files').setInputFiles(join(fixtures, 'inspect-zstd.eval'));
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="your-rate"]').length === 3);
      const inspect = expected.find((e) => e.model.includes('/'));
      const row = page.locator(`[data-testid="your-rate"][data-model="${inspect.model}"]`);
      assert.equal(await row.getAttribute('data-harmful'), String(inspect.counts[0]));
      assert.ok((await page.getByTestId('runs-passed-over').innerText()).includes('1'), 'the folder\'s log file is counted, not listed');
      await row.getByTestId('runs-read').click();
      const viewer = page.getByTestId('run-viewer');
      await viewer.locator('[data-stage="inbox"] pre').waitFor();
      assert.equal(await viewer.locator('[data-stage="inbox"] pre').innerText(), '(synthetic fixture inbox)');
      assert.match(await viewer.locator('[data-stage="reasoning"]').innerText(), /inspect epoch 1/);
      await screenshot(page, 'your-runs-viewer-zh-390');
      await page.getByTestId('runs-clear').click();
      await page.getByTestId('runs-results').waitFor({ state: 'detached' });
    });
  });

  it('a file dropped on the page is read like a chosen one', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/your-runs`);
      await page.getByTestId('runs-drop').waitFor();
      const text = await readFile(join(fixtures, 'inspect.json'), 'utf8');
      const transfer = await page.evaluateHandle((json) => {
        const dt = new DataTransfer();
        dt.items.add(new File([json], 'inspect.json', { type: 'application/json' }));
        return dt;
      }, text);
      await page.getByTestId('runs-drop').dispatchEvent('drop', { dataTransfer: transfer });
      await page.getByTestId('runs-results').waitFor();
      const inspect = expected.find((e) => e.model.includes('/'));
      const shown = await rows(page);
      assert.deepEqual(shown.map((r) => [r.model, r.harmful]), [[inspect.model, inspect.counts[0]]]);
    });
  });

  it('the explorer shows the reader\'s runs for its condition apart from the study\'s bars, and links back', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/explore`);
      await page.getByTestId('bars').waitFor();
      const studyBars = await page.getByTestId('bars').locator('li').count();
      assert.equal(await page.getByTestId('your-runs-bars').count(), 0, 'nothing before runs are loaded');
      await page.goto(`${origin()}/#/your-runs`);
      await page.getByTestId('runs-folder').setInputFiles(join(fixtures, 'framework'));
      await page.getByTestId('runs-results').waitFor();
      // Inside the app, as its navigation goes: the runs are this visit's.
      await goInApp(page, '#/explore');
      const bar = page.getByTestId('your-runs-bar');
      await bar.first().waitFor();
      const [harmful, harmless] = expected.find((e) => e.model === 'gpt-4.1').counts;
      assert.deepEqual(await bar.evaluateAll((els) => els.map((e) => [e.dataset.model, e.dataset.harmful, e.dataset.n])),
        [['gpt-4.1', String(harmful), String(harmful + harmless)]], 'only the runs of Figure 7\'s condition');
      assert.match(await bar.innerText(), /◆/);
      assert.equal(await page.getByTestId('bars').locator('li').count(), studyBars, 'the study\'s bars are unchanged');
      assert.equal(await page.getByTestId('bars').locator('.yours').count(), 0);
      await screenshot(page, 'your-runs-explorer-en-1280');
      await page.locator('label[for="scenario-murder"]').click();
      await page.getByTestId('your-runs-none').waitFor();
      await page.getByTestId('your-runs-link').getByRole('link').click();
      await page.getByTestId('runs-results').waitFor();
    });
  });

  it('keep for this browser stores counts only, comes back on the next visit, and forget removes it; the summary CSV matches the table', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/your-runs`);
      assert.equal(await page.evaluate(() => localStorage.getItem('cornered-your-runs')), null, 'nothing stored unasked');
      await page.getByTestId('runs-folder').setInputFiles(join(fixtures, 'framework'));
      await page.getByTestId('runs-results').waitFor();
      assert.equal(await page.evaluate(() => localStorage.getItem('cornered-your-runs')), null, 'nothing stored after reading');
      const href = await page.getByTestId('runs-download').getAttribute('href');
      const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1)).trim().split('\r\n');
      assert.equal(csv[0].split(',')[0], 'model');
      const shown = await rows(page);
      assert.equal(csv.length - 1, shown.length);
      for (const line of csv.slice(1)) {
        const [model, condition, , harmful, , , , n] = line.split(',');
        assert.ok(shown.some((r) => r.model === model && r.condition === condition && r.harmful === Number(harmful) && r.n === Number(n)), line);
      }
      await page.getByTestId('runs-keep').click();
      await page.getByTestId('runs-kept-news').waitFor();
      const kept = await page.evaluate(() => localStorage.getItem('cornered-your-runs'));
      assert.ok(kept && !kept.includes('synthetic fixture'), 'counts only: no sample text is stored');
      await page.reload();
      await page.getByTestId('runs-restored').waitFor();
      assert.deepEqual((await rows(page)).map((r) => [r.model, r.harmful, r.n]), shown.map((r) => [r.model, r.harmful, r.n]));
      await page.getByTestId('runs-forget').click();
      assert.equal(await page.evaluate(() => localStorage.getItem('cornered-your-runs')), null);
      await page.reload();
      await page.getByTestId('runs-folder').waitFor();
      assert.equal(await page.getByTestId('your-rate').count(), 0);
    });
  });

  for (const lang of ['en', 'zh']) {
    it(`the loaded table, the viewer and the explorer's bars have no axe violations (${lang})`, async () => {
      await withPage({}, async (page) => {
        const axe = async (where) => {
          const results = await new AxeBuilder({ page }).analyze();
          const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          assert.deepEqual(summary, [], `${where} ${lang}`);
        };
        await page.goto(`${origin()}/#/your-runs?lang=${lang}`);
        await page.getByTestId('runs-folder').setInputFiles(join(fixtures, 'framework'));
        await page.getByTestId('runs-read').first().click();
        await page.getByTestId('run-viewer').locator('[data-stage="reasoning"]').waitFor();
        await axe('table and viewer');
        await goInApp(page, `#/explore?lang=${lang}`);
        await page.getByTestId('your-runs-bars').waitFor();
        await axe('explorer with your runs');
      });
    });
  }
});
