// The one-file classroom edition: copied alone into an empty folder and opened over file://
// with every network request blocked, it must still run every route, with no CSP violation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifacts, dist, launch, localeTexts, root, screenshot, serveDist } from './harness.mjs';
import { PAGES, VIEWS } from './routes.mjs';

let browser;
let file;
// Synthetic replication results (the repository's fixtures script), for #/your-runs.
const fixtures = join(artifacts, 'run-fixtures-one-file');

before(async () => {
  browser = await launch();
  await rm(fixtures, { recursive: true, force: true });
  execFileSync('cargo', ['run', '--quiet', '-p', 'cornered-model', '--features', 'compile', '--example', 'run_fixtures', '--', fixtures],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const folder = await mkdtemp(join(tmpdir(), 'cornered-usb-'));
  file = join(folder, 'cornered-classroom.html');
  await copyFile(join(dist, 'cornered-classroom.html'), file);
});

after(async () => {
  await browser?.close();
});

describe('one-file edition', () => {
  it('runs from file:// with every request blocked', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const problems = [];
    await context.route(/^(?!file:|data:)/, (route) => {
      problems.push(`request: ${route.request().url()}`);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    try {
      const url = `file://${file}`;
      await page.goto(`${url}#/explore`);
      await page.getByTestId('headline').filter({ hasText: '96 of 100 runs' }).waitFor();
      for (const [name, hash, ready] of PAGES) {
        // One page in Chinese, which the one file must carry too.
        const localised = name === 'myths' ? `${hash}?lang=zh` : hash;
        await page.goto(`${url}${localised}`);
        await page.locator(ready).first().waitFor();
      }
      assert.equal(await page.locator('[data-testid="download-one-file"]').count(), 0, 'no link to itself');
      // A reader's own runs, read over file:// with the parsers' chunk from inside the one file.
      await page.goto(`${url}#/your-runs`);
      await page.getByTestId('runs-files').setInputFiles([join(fixtures, 'inspect.json'), join(fixtures, 'inspect-zstd.eval')]);
      const expected = JSON.parse(await readFile(join(fixtures, 'expected.json'), 'utf8')).find((e) => e.model.includes('/'));
      const row = page.getByTestId('your-rate');
      await row.waitFor();
      assert.equal(await row.getAttribute('data-harmful'), String(2 * expected.counts[0]), 'two logs of the same runs');
      await page.goto(`${url}#/explore`);
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
      assert.equal(await readFile(await csv.path(), 'utf8'), await readFile(join(root, 'data/results.csv'), 'utf8'), 'the data, inside the one file');
      await screenshot(page, 'one-file-sources-zh');
      // A fragment that is not a page's address, typed after it: no error; #zh shows the page in
      // Chinese, as the site's pages read it, and any other keeps the page.
      await page.evaluate(() => { location.hash = 'zh'; });
      await page.waitForFunction(() => /^#\/explore\b.*[?&]lang=zh(&|$)/.test(location.hash));
      const explorer = await page.evaluate(() => location.hash);
      await page.locator('html[lang="zh-Hans"]').waitFor();
      await page.getByTestId('headline').waitFor();
      await page.evaluate(() => { location.hash = 'top'; });
      await page.waitForFunction((kept) => location.hash === kept, explorer);
      // Opened so, the home page in that language.
      await page.goto('about:blank');
      await page.goto(`${url}#en`);
      await page.waitForFunction(() => location.hash === '#/?lang=en');
      await page.locator('#app-host .home').first().waitFor();
      problems.push(...(await page.evaluate(() => window.__csp)).map((v) => `CSP: ${v}`));
      assert.deepEqual(problems, []);
      console.log(`one-file edition: ${((await stat(file)).size / 1024).toFixed(0)} KB`);
    } finally {
      await context.close();
    }
  });

  it('keeps projector mode when the teacher reloads, as the site does', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.goto(`file://${file}#/classroom`);
      await page.getByTestId('projector-toggle').click();
      await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
      await page.goto(`file://${file}#/story`);
      await page.reload();
      await page.getByTestId('story-body').waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('projector')), 'still on after the reload');
    } finally {
      await context.close();
    }
  });

  it('served from a folder of a web site, does not offer itself as a download', async () => {
    // A school's site or learning platform: the site's own copy that the link names is not beside it.
    const folder = await mkdtemp(join(tmpdir(), 'cornered-lms-'));
    await mkdir(join(folder, 'lessons'));
    await copyFile(file, join(folder, 'lessons', 'cornered-classroom.html'));
    const server = await serveDist(folder);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/lessons/cornered-classroom.html#/classroom`);
      await page.locator(VIEWS.classroom.ready).first().waitFor();
      assert.equal(await page.locator('[data-testid="download-one-file"]').count(), 0, 'no link to a file that is not there');
      // The lesson plan shows its addresses as this file's address bar will show them.
      const shown = await page.locator('.segment p > a code').allInnerTexts();
      assert.ok(shown.length > 0 && shown.every((address) => address.startsWith('#/')), `${shown}`);
      await page.locator('.segment p > a').first().click();
      await page.waitForFunction((address) => location.hash === address, shown[0]);
    } finally {
      await context.close();
      server.close();
    }
  });

  it('a page of the site opened from a folder points to the one file that works there', async () => {
    // A copy of dist/ on a USB stick, its index.html opened with a double click: the browser will
    // not start the app from file://, so the page says so instead of "Loading…" forever.
    const context = await browser.newContext();
    const problems = [];
    const zh = await localeTexts('zh');
    try {
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      for (const [address, toRoot, route] of [['index.html', './', ''], ['explore/index.html#zh', '../', 'explore/'], ['story/3/index.html', '../../', 'story/3/']]) {
        await page.goto(`file://${join(dist, address)}`);
        const boot = page.locator('#boot');
        await boot.filter({ hasText: 'need a web server' }).waitFor();
        assert.match(await boot.innerText(), /需要网页服务器/, `${address}: in both languages`);
        assert.equal(await page.locator('body > *').count(), 1, `${address}: only the line shows, not two unstyled copies`);
        const link = boot.getByRole('link', { name: 'cornered-classroom.html' });
        assert.equal(await link.getAttribute('href'), `${toRoot}cornered-classroom.html#/${route}`, `${address}: the same page in the one file`);
        assert.equal((await boot.locator('[lang="zh-Hans"]').innerText()).trim(), zh['start.from_file'], 'the Chinese line is marked as Chinese');
      }
      await page.locator('#boot').getByRole('link').click();
      await page.getByTestId('story-step').filter({ hasText: /Step 3 of/ }).waitFor();
      assert.equal(new URL(page.url()).pathname, join(dist, 'cornered-classroom.html'), 'the one file, which starts');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a damaged copy says it could not start instead of showing an empty page', async () => {
    const damaged = file.replace(/\.html$/, '-damaged.html');
    const html = await readFile(file, 'utf8');
    await writeFile(damaged, html.replace(/(<script type="application\/octet-stream" id="cornered-wasm">)[^<]+/, '$1AAAA'));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`file://${damaged}#/explore`);
      await page.locator('#boot.boot-failed').waitFor();
      assert.match(await page.locator('#boot').textContent(), /could not start[\s\S]*无法启动/);
    } finally {
      await context.close();
    }
  });
});
