// axe-core on every route and view, in both languages: no violations.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { chromiumSuite, goInApp, watchedPage } from './harness.mjs';
import { VIEWS, views } from './routes.mjs';

const { origin, browser } = chromiumSuite();

const all = views(...Object.keys(VIEWS));

describe('accessibility (axe-core)', () => {
  for (const lang of ['en', 'zh']) {
    for (const [name, hash, ready] of all) {
      it(`${name} (${lang}) has no violations`, async () => {
        const { page, context, problems } = await watchedPage(browser(), origin());
        try {
          const separator = hash.includes('?') ? '&' : '?';
          await page.goto(`${origin()}/${hash}${separator}lang=${lang}`);
          await page.locator(ready).first().waitFor();
          // Open the disclosures so their contents are checked too.
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
          const results = await new AxeBuilder({ page }).analyze();
          const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          assert.deepEqual(summary, [], `${name} ${lang}`);
          assert.deepEqual(await problems(), []);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('projector mode contrast', () => {
  for (const hash of ['#/story?step=2', '#/classroom', '#/transcripts/blackmail-harmful?step=7']) {
    it(`${hash} meets 7:1 (axe color-contrast-enhanced)`, async () => {
      const { page, context, problems } = await watchedPage(browser(), origin());
      try {
        await page.goto(`${origin()}/#/classroom`);
        await page.getByTestId('projector-toggle').click();
        await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
        await goInApp(page, hash);
        await page.locator('main h1').waitFor();
        await page.waitForTimeout(300);
        const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
        const summary = results.violations.flatMap((v) => v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? ''}`));
        assert.deepEqual(summary, []);
        assert.deepEqual(await problems(), []);
      } finally {
        await context.close();
      }
    });
  }
});
