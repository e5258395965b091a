// A smoke test of the main routes in a second engine: Debian's Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi (no geckodriver, no browser download).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { appStarted, artifacts, root, serveDist } from './harness.mjs';
import { PAGES } from './routes.mjs';

let server;
let browser;

// Each page's own address (`explore/?lang=zh` for `#/explore?lang=zh`). The #/… form is forwarded
// to it (tests/e2e/first-paint.test.mjs), and Firefox reports the wasm preload that the forwarding
// cuts short as an error of the page.
const address = (hash) => hash.replace(/^#\/([^?]*)/, (_, path) => (path && !path.endsWith('/') ? `${path}/` : path));

before(async () => {
  server = await serveDist();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: { 'network.proxy.type': 0, 'browser.shell.checkDefaultBrowser': false },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox ESR', () => {
  it('renders the main routes with the data, in both languages, with no errors and no other origins', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.origin) && !url.startsWith('data:')) problems.push(`request: ${url}`);
    });
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    const text = (selector) => page.$eval(selector, (el) => el.textContent);

    await page.goto(`${server.origin}/explore/`);

    await appStarted(page);
    await page.waitForSelector('[data-testid="headline"]');
    assert.equal((await text('[data-testid="headline"]')).trim(), 'Claude Opus 4 blackmailed in 96 of 100 runs');
    await page.click('label[for="scenario-murder"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="headline"]').textContent.includes('cancelled the emergency alert'));
    // Sources in Chinese: its title is checked.
    for (const [name, hash, ready] of PAGES) {
      await page.goto(`${server.origin}/${address(name === 'sources' ? `${hash}?lang=zh` : hash)}`);
      await appStarted(page);
      await page.waitForSelector(ready);
      if (name === 'sources') assert.equal(await text('h1'), '来源与方法');
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('#/your-runs reads an Inspect log and a zstd .eval chosen together, and opens a run', async () => {
    const fixtures = join(artifacts, 'run-fixtures-firefox');
    await rm(fixtures, { recursive: true, force: true });
    execFileSync('cargo', ['run', '--quiet', '-p', 'cornered-model', '--features', 'compile', '--example', 'run_fixtures', '--', fixtures],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const expected = JSON.parse(await readFile(join(fixtures, 'expected.json'), 'utf8')).find((e) => e.model.includes('/'));
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(`${server.origin}/your-runs/`);
    await appStarted(page);
    const input = await page.waitForSelector('[data-testid="runs-files"]');
    await input.uploadFile(join(fixtures, 'inspect.json'), join(fixtures, 'inspect-zstd.eval'));
    const row = await page.waitForSelector('[data-testid="your-rate"]');
    const [harmful, harmless] = expected.counts;
    assert.deepEqual(await row.evaluate((e) => [e.dataset.model, e.dataset.harmful, e.dataset.n]),
      [expected.model, String(2 * harmful), String(2 * (harmful + harmless))]);
    await page.click('[data-testid="runs-read"]');
    await page.waitForSelector('[data-testid="run-viewer"] [data-stage="inbox"] pre');
    assert.equal(await page.$eval('[data-testid="run-viewer"] [data-stage="inbox"] pre', (e) => e.textContent), '(synthetic fixture inbox)');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
