// "What happened next" (#/since): the dated timeline in both languages, the sources' own words
// verbatim, and the ways to it from the home page, the story's end, the explorer (Claude models
// only) and the myths. Expectations come from the files, not from the app.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumSuite, modelNames, oneStar, quotesAsWritten, root, screenshot, studyNotes } from './harness.mjs';

const { withPage, origin } = chromiumSuite();

let notes;
let checked;
let entryIds;
before(async () => {
  ({ flat: notes, checked } = await studyNotes());
  notes = oneStar(notes);
  const since = await readFile(join(root, 'data/since.toml'), 'utf8');
  entryIds = [...since.matchAll(/^id = "([^"]+)"/gm)].map((m) => m[1]);
});

describe('what happened next', () => {
  for (const [lang, title] of [['en', 'What happened next'], ['zh', '后来发生了什么']]) {
    it(`shows the dated timeline with the sources' own words (${lang})`, async () => {
      await withPage({}, async (page) => {
        await page.goto(`${origin()}/#/since?lang=${lang}`);
        await page.getByTestId('since-quote').first().waitFor();
        assert.equal(await page.locator('h1').textContent(), title);
        const ids = await page.locator('.since-entry').evaluateAll((els) => els.map((e) => e.dataset.entry));
        assert.deepEqual(ids, entryIds, 'every entry of data/since.toml, in its order');
        const dates = await page.locator('.since-entry time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
        assert.deepEqual(dates, [...dates].sort(), 'oldest first');
        assert.ok(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)), `${dates}`);
        for (const entry of await page.locator('.since-entry').all()) {
          assert.ok(await entry.getByTestId('since-quote').count() > 0, 'each entry quotes its source');
          assert.ok(await entry.getByTestId('since-limit').count() > 0, 'each entry says what it does not show');
        }
        for (const quote of await quotesAsWritten(page.getByTestId('since-quote'))) {
          assert.ok(notes.includes(quote), `not verbatim in data/study-notes.md: ${quote}`);
        }
        assert.ok((await page.getByTestId('since-checked').textContent()).includes(checked));
        // Shown apart from the study's data: no chart, no rate headline on this page.
        assert.equal(await page.locator('.bar-row, [data-testid="headline"]').count(), 0);
        if (lang === 'zh') {
          assert.ok(await page.locator('.since-quote .translation').count() > 0, 'a labelled translation');
          assert.equal(await page.locator('.since-quote blockquote[lang="en"]').count(), await page.getByTestId('since-quote').count());
        }
        for (const width of [1280, 390]) {
          await page.setViewportSize({ width, height: 900 });
          await screenshot(page, `since-${lang}-${width}`);
        }
      });
    });
  }

  it('is one click from the home page, the story\'s last step and the myths', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/`);
      await page.getByTestId('home-since').getByRole('link').click();
      await page.getByTestId('since-quote').first().waitFor();
      await page.waitForURL((url) => url.href.endsWith('/since/'));

      await page.goto(`${origin()}/#/story?step=1`);
      await page.getByTestId('story-body').waitFor();
      const total = await page.locator('.dots li').count();
      assert.equal(await page.getByTestId('story-since').count(), 0, 'not before the last step');
      await page.goto(`${origin()}/#/story?step=${total}`);
      await page.getByTestId('story-since').getByRole('link').click();
      await page.getByTestId('since-quote').first().waitFor();

      await page.goto(`${origin()}/#/myths`);
      await page.locator('.myth').first().waitFor();
      for (const id of ['fixed-now', 'still-96']) {
        await page.locator(`[data-myth="${id}"]`).getByRole('link', { name: 'See what happened next' }).waitFor();
      }
    });
  });

  it('the explorer points there under the headline for Claude models only', async () => {
    const names = await modelNames();
    const models = Object.entries(names);
    assert.ok(models.some(([, name]) => name.startsWith('Claude ')) && models.some(([, name]) => !name.startsWith('Claude ')));
    await withPage({}, async (page) => {
      for (const [id, name] of models) {
        await page.goto(`${origin()}/#/explore?model=${id}`);
        await page.getByTestId('headline').waitFor();
        const lines = await page.getByTestId('since-line').count();
        assert.equal(lines, name.startsWith('Claude ') ? 1 : 0, `${name}: ${lines} lines`);
      }
      await page.goto(`${origin()}/#/explore?model=claude-opus-4&lang=zh`);
      await page.getByTestId('since-line').getByRole('link').click();
      await page.getByTestId('since-quote').first().waitFor();
      assert.equal(await page.locator('h1').textContent(), '后来发生了什么');
    });
  });
});
