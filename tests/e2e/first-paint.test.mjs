// Words on the first paint (issue 15, first step): index.html carries the home page rendered by
// the app itself, in both languages. With the wasm held back, the home page's words and doors show
// in the reader's language; any other address shows only "Loading…" (never another page's words or
// numbers); without scripts the English home page shows with a note. Once the app starts, the page
// it renders is the one that was shown, with no layout shift.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumSuite, screenshot } from './harness.mjs';

const { withPage, origin, browser } = chromiumSuite();

/** Holds every wasm request until `release()` is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  return () => release();
}

const shown = (page) => page.evaluate(() => [...document.querySelectorAll('.prerendered, #boot')]
  .filter((e) => e.getClientRects().length > 0).map((e) => (e.id ? `#${e.id}` : `.prerendered[lang=${e.lang}]`)));

describe('first paint', () => {
  it('home shows its words and doors before the wasm, in the reader\'s language, and the app replaces them with the same page', async () => {
    await withPage({}, async (page) => {
      const release = await holdWasm(page);
      await page.goto(`${origin()}/#/`);
      assert.deepEqual(await shown(page), ['.prerendered[lang=en]']);
      assert.equal(await page.locator('.prerendered[lang=en] h1').innerText(), 'Cornered');
      assert.equal(await page.locator('.prerendered[lang=en] .door').count(), 3);
      await screenshot(page, 'first-paint-home-en-1280');
      const before = await page.evaluate(() => document.querySelector('.prerendered[lang=en] .app').outerHTML);
      await page.evaluate(() => {
        window.__shifts = 0;
        window.__shiftLog = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            window.__shifts += e.value;
            window.__shiftLog.push(`${e.value.toFixed(3)} at ${Math.round(e.startTime)}: ${e.sources.map((s) => `${s.node?.nodeName}.${s.node?.className} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`).join('; ')}`);
          }
        }).observe({ type: 'layout-shift' });
      });
      release();
      await page.waitForFunction(() => !document.querySelector('.prerendered') && document.querySelector('.app .doors'));
      const after = await page.evaluate(() => document.querySelector('.app').outerHTML);
      assert.equal(after, before, 'the app renders exactly what was shown');
      assert.equal(await page.evaluate(() => window.__shifts), 0, `no layout shift from the app's start on: ${await page.evaluate(() => window.__shiftLog.join(' | '))}`);
    });
  });

  it('a Chinese reader sees the Chinese home first; a shared explorer link shows no number before the app', async () => {
    await withPage({ locale: 'zh-CN' }, async (page) => {
      const release = await holdWasm(page);
      await page.goto(`${origin()}/#/`);
      assert.deepEqual(await shown(page), ['.prerendered[lang=zh-Hans]']);
      // A new document (a hash change alone would not load the page again).
      await page.goto('about:blank');
      await page.goto(`${origin()}/#/explore?scenario=murder&lang=en`);
      assert.deepEqual(await shown(page), ['#boot']);
      assert.doesNotMatch(await page.locator('body').innerText(), /\d+%/, 'no rate before the app');
      release();
      await page.getByTestId('headline').waitFor();
    });
  });

  it('without scripts the English home page shows, with a note that the rest needs them', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${origin()}/`);
      assert.equal(await page.locator('.prerendered[lang=en] h1').innerText(), 'Cornered');
      assert.equal(await page.locator('.prerendered[lang="zh-Hans"]').isVisible(), false);
      assert.equal(await page.locator('#boot').isVisible(), false);
      assert.match(await page.locator('noscript').evaluate((e) => e.textContent), /need JavaScript/);
      await screenshot(page, 'first-paint-noscript-en-1280');
    } finally {
      await context.close();
    }
  });
});
