// "Compare your own runs" (#/your-runs): synthetic replication results made by the repository's
// own script (model/examples/run_fixtures.rs: known counts, no model outputs) are loaded through
// the page's inputs; the numbers shown must be the fixtures' counts. Nothing may leave the page
// (the harness fails on any request to another origin).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { artifacts, chromiumSuite, root, screenshot } from './harness.mjs';

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
});
