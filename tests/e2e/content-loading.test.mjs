// The texts of the runs, story, myths and classroom kit are a file of their own beside the wasm,
// and so is those pages' code (a wasm chunk: src/view/content/mod.rs). Both are fetched by
// the pages that show them (src/view/shell/content_gate.rs), so the explorer starts without them.
// These tests check who fetches them, how often, and what a reader sees when one fails.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { appStarted, chromiumSuite, headline, screenshot } from './harness.mjs';

const CONTENT_FILE = /\/content-[0-9a-f]{16}\.postcard$/;
// Trunk writes its hash without leading zeros, so the stem's length varies (15 digits happens).
const CHUNK = /\/cornered-[0-9a-f]+-content-pages\.wasm$/;

describe('content file', () => {
  const { origin, browser } = chromiumSuite();

  // Service workers blocked: the offline cache would otherwise answer some requests itself,
  // out of the page's sight (tests/e2e/offline.test.mjs covers it).
  const open = async (body) => {
    const context = await browser().newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const fetched = [];
    const errors = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (CONTENT_FILE.test(path)) fetched.push(r.url());
      if (CHUNK.test(path)) fetched.chunk = (fetched.chunk ?? 0) + 1;
    });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    try {
      await body(page, fetched, errors);
    } finally {
      await context.close();
    }
  };
  const nav = (page, name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

  it('the explorer starts without it; the first page with texts fetches it, once for the visit', async () => {
    await open(async (page, fetched, errors) => {
      await page.goto(`${origin()}/#/explore`);
      await headline(page).filter({ hasText: '96 of 100 runs' }).waitFor();
      // The explorer's "See an example run" needs only the run index compiled into the app.
      await page.getByTestId('example-link').getByRole('link').waitFor();
      assert.deepEqual(fetched, [], 'the explorer fetched the content file');
      assert.equal(fetched.chunk, undefined, 'the explorer fetched the content pages\' code');

      await nav(page, 'The story').click();
      await page.getByTestId('story-step').waitFor();
      assert.equal(fetched.length, 1);
      await nav(page, 'Myths vs facts').click();
      await page.getByTestId('verdict').first().waitFor();
      await nav(page, 'Example runs').click();
      await page.getByTestId('illustrative-label').waitFor();
      await nav(page, 'For teachers').click();
      await page.locator('.lesson-plan').waitFor();
      assert.equal(fetched.length, 1, 'fetched again on a later page');
      assert.equal(fetched.chunk, 1, 'the pages\' code: fetched once');
      assert.deepEqual(errors, []);
    });
  });

  it('a page with texts, opened directly, fetches them beside the wasm, once', async () => {
    for (const hash of ['#/story?step=2', '#/transcripts/blackmail-harmful', '#/myths', '#/classroom']) {
      await open(async (page, fetched, errors) => {
        await page.goto(`${origin()}/${hash}`);
        await appStarted(page);
        await page.locator('main h1, main h2').first().waitFor();
        await page.getByTestId('content-loading').waitFor({ state: 'detached' });
        // Requested by start.js's <link rel="preload"> (initiator "link"), not by the app after it
        // started ("fetch"), and only once: the app's request was answered by the preload.
        const entries = await page.evaluate(() => performance.getEntriesByType('resource')
          .map((e) => ({ name: e.name, initiator: e.initiatorType })));
        assert.equal(fetched.length, 1, `${hash}: requests for the content file`);
        assert.equal(fetched.chunk, 1, `${hash}: requests for the pages' code`);
        for (const pattern of [CONTENT_FILE, CHUNK]) {
          const loads = entries.filter((e) => pattern.test(new URL(e.name).pathname));
          assert.equal(loads.length, 1, `${hash}: ${pattern}`);
          assert.equal(loads[0].initiator, 'link', `${hash}: ${pattern} fetched by start.js's preload, beside the wasm`);
        }
        assert.deepEqual(errors, []);
      });
    }
  });

  it('#/your-runs, opened directly, fetches its own chunk beside the pages\' chunk, once', async () => {
    await open(async (page, fetched, errors) => {
      await page.goto(`${origin()}/#/your-runs`);
      await page.getByTestId('runs-folder').waitFor();
      const loads = await page.evaluate(() => performance.getEntriesByType('resource')
        .filter((e) => /-runs-reader\.wasm$/.test(new URL(e.name).pathname)).map((e) => e.initiatorType));
      assert.deepEqual(loads, ['link'], 'fetched once, by start.js\'s preload');
      assert.deepEqual(errors, []);
    });
  });

  it('the home and sources pages\' code is a chunk of its own: fetched once by the preload when opened directly, and when moved to, never by the explorer', async () => {
    const loads = (page) => page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => /-plain-pages\.wasm$/.test(new URL(e.name).pathname)).map((e) => e.initiatorType));
    await open(async (page, fetched, errors) => {
      await page.goto(`${origin()}/sources/`);
      await page.getByTestId('data-table').waitFor();
      assert.deepEqual(await loads(page), ['link'], 'fetched once, by start.js\'s preload');
      assert.deepEqual(fetched, [], 'the sources page needs no content file');
      await page.goto(`${origin()}/explore/`);
      await headline(page).waitFor();
      assert.deepEqual(await loads(page), [], 'the explorer never fetches it');
      await nav(page, 'Sources & method').click();
      await page.getByTestId('data-table').waitFor();
      assert.equal((await loads(page)).length, 1, 'fetched when the reader moves to the page');
      assert.deepEqual(errors, []);
    });
  });

  it('a page opened directly preloads the code it runs, all of it and nothing else', async () => {
    // Not the explorer: its download links' code is fetched after its first render, on purpose.
    for (const address of ['/', '/sources/', '/story/2/', '/myths/', '/your-runs/']) {
      await open(async (page, fetched, errors) => {
        const warnings = [];
        page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
        await page.goto(`${origin()}${address}`);
        await appStarted(page);
        // Chromium names a preload nothing used some three seconds after the page's load event.
        await page.waitForTimeout(3500);
        const chunks = await page.evaluate(() => performance.getEntriesByType('resource')
          .filter((e) => /\.wasm$/.test(e.name) && !/_bg\.wasm$/.test(e.name))
          .map((e) => [new URL(e.name).pathname.split('/').pop(), e.initiatorType]));
        assert.notDeepEqual(chunks, [], `${address}: runs code of a chunk`);
        assert.deepEqual(chunks.filter(([, by]) => by !== 'link'), [], `${address}: chunks asked for only once the app needed them`);
        assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), [], `${address}: preloaded in vain`);
        assert.deepEqual(errors, []);
      });
    }
  });

  it('nothing in view moves while the app starts and a page\'s texts arrive', async () => {
    for (const hash of ['#/explore', '#/story?step=2', '#/transcripts/blackmail-harmful', '#/myths', '#/classroom']) {
      await open(async (page) => {
        await page.setViewportSize({ width: 412, height: 823 });
        await page.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              window.__shifts.push(`${e.value.toFixed(3)}: ${e.sources.map((s) => s.node?.nodeName).join(' ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        // Slow texts and code, so the "Loading…" line is on screen first.
        for (const pattern of [CONTENT_FILE, CHUNK]) {
          await page.route(pattern, async (route) => {
            await new Promise((resolve) => setTimeout(resolve, 400));
            await route.continue();
          });
        }
        await page.goto(`${origin()}/${hash}`);
        await page.locator('main h1, main h2').first().waitFor();
        await page.waitForTimeout(300);
        assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${hash}: layout shifts`);
      });
    }
  });

  it('when it cannot load, the page says why and offers to try again, or the numbers', async () => {
    await open(async (page, fetched, errors) => {
      await page.route(CONTENT_FILE, (route) => route.fulfill({ status: 404, body: 'gone' }));
      await page.goto(`${origin()}/#/story`);
      const failed = page.getByRole('alert').filter({ has: page.getByTestId('content-retry') });
      await failed.waitFor();
      assert.match(await failed.innerText(), /could not be loaded[\s\S]*once the connection is back[\s\S]*content-[0-9a-f]{16}\.postcard: the site answered with error 404/);
      await screenshot(page, 'content-failed-en-1280');
      const axe = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), []);

      // The start's preload, the request made before the app's first render and the page's own may
      // each be refused before the page says so (a refused preload is not handed on; remembering
      // the first refusal cost the main module 0.2 KB, over its budget); trying again asks once more.
      const refused = fetched.length;
      assert.ok(refused <= 3, `${refused} requests before the failure was told`);
      await page.unroute(CONTENT_FILE);
      await page.getByTestId('content-retry').click();
      await page.getByTestId('story-step').waitFor();
      assert.equal(await page.getByTestId('content-failed').count(), 0);
      assert.equal(fetched.length, refused + 1, 'one request for trying again');
      // The only errors are the browser's own note of the refused request.
      assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
    });
  });

  it('when the pages\' code cannot load, the page says so and trying again works', async () => {
    await open(async (page, fetched, errors) => {
      await page.route(CHUNK, (route) => route.fulfill({ status: 404, body: 'gone' }));
      await page.goto(`${origin()}/#/explore`);
      await headline(page).waitFor();
      await nav(page, 'Myths vs facts').click();
      const failed = page.getByTestId('content-failed');
      await failed.waitFor();
      assert.match(await failed.innerText(), /could not be loaded[\s\S]*The code of this page, a file of its own, did not load\./);
      await screenshot(page, 'content-code-failed-en-1280');
      const axe = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), []);

      await page.unroute(CHUNK);
      await page.getByTestId('content-retry').click();
      await page.getByTestId('verdict').first().waitFor();
      assert.equal(fetched.chunk, 2, 'one refused request for the code, then one that worked');
      // The browser's note of the refused request, and the chunk loader's report of it.
      assert.deepEqual(errors.filter((e) => !/404|WebAssembly|wasm/i.test(e)), []);
    });
  });

  it('after failing offline, the page loads by itself when the connection returns', async () => {
    await open(async (page, fetched) => {
      await page.goto(`${origin()}/#/explore`);
      await headline(page).waitFor();
      await page.context().setOffline(true);
      await nav(page, 'The story').click();
      await page.getByTestId('content-failed').waitFor();
      assert.match(await page.getByTestId('content-failed').innerText(), /the request did not reach the site/);
      await page.context().setOffline(false);
      await page.getByTestId('story-step').waitFor();
      assert.equal(fetched.length, 2, 'one failed request, then one that worked, with no click between');
    });
  });

  it('the failure is in Chinese too, and its link leads to the numbers', async () => {
    await open(async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.route(CONTENT_FILE, (route) => route.abort());
      await page.goto(`${origin()}/#/myths?lang=zh`);
      const failed = page.getByTestId('content-failed');
      await failed.waitFor();
      assert.match(await failed.innerText(), /本页未能加载[\s\S]*请求未能到达网站/);
      const axe = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), []);
      await screenshot(page, 'content-failed-zh-390');
      await failed.getByRole('link').click();
      await page.waitForURL(/\/explore\//);
      await headline(page).waitFor();
    });
  });
});
