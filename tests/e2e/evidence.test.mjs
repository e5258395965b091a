// "Why we say this": every fact-bearing block shows its evidence, every quote on screen is the
// source's own words exactly as data/study-notes.md records them, Chinese readers get a labelled
// translation with the English one tap away, and each value names its own source.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chromiumSuite, localeTexts, oneStar, quotesAsWritten, screenshot, studyNotes, studyRows } from './harness.mjs';

const { withPage, origin } = chromiumSuite();

let notes;
let checked;
before(async () => {
  ({ flat: notes, checked } = await studyNotes());
  notes = oneStar(notes);
});

/**
 * Opens every "Why we say this" on the page (and, in Chinese, every "English original"), then
 * waits for the quotes, which the first opening fetches (src/view/shell/site_file.rs).
 */
async function openAll(page) {
  await page.evaluate(() => {
    document.querySelectorAll('[data-testid="evidence"]').forEach((d) => { d.open = true; });
  });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="evidence"]')]
    .every((d) => d.querySelector('.evidence-list')));
  await page.evaluate(() => {
    document.querySelectorAll('.evidence-original').forEach((d) => { d.open = true; });
  });
}

/** Every quote shown is verbatim in the notes; returns how many were checked. */
async function quotesAreVerbatim(page, where) {
  const quotes = await quotesAsWritten(page.getByTestId('evidence-quote'));
  const shown = await page.getByTestId('evidence-quote').allTextContents();
  assert.deepEqual(shown.filter((t) => t.includes('*')), [], `${where}: emphasis shown as asterisks`);
  for (const quote of quotes) {
    assert.ok(quote.length > 0, `${where}: an empty quote`);
    assert.ok(notes.includes(quote), `${where}: not in data/study-notes.md: ${quote}`);
  }
  return quotes.length;
}

// Pages and, for each, the blocks that state facts: each must contain an evidence affordance.
const pages = [
  ['home', '#/', ['.page-head', '.home']],
  ['explorer', '#/explore', ['.headline-block']],
  ['explorer, no value found', '#/explore?scenario=blackmail&variant=safety-instructions&model=gpt-4o', ['.findings']],
  ['explorer, lethal', '#/explore?scenario=murder&goal=none&urgency=none&model=qwen3-235b', ['.headline-block', '.findings']],
  ['explorer, adapted', '#/explore?variant=adapted-prompt&model=o3', ['.headline-block']],
  ['eval view', '#/explore?variant=eval-notice', ['[data-testid="eval-view"]']],
  ['sources', '#/sources', ['.sources section:nth-of-type(2) > ul > li', '.sources section:nth-of-type(4) > ul > li']],
  ['myths', '#/myths', ['.myth']],
  ['classroom questions', '#/classroom', ['.discussion > li']],
  ['transcripts', '#/transcripts', ['.transcript-card', '.excerpts']],
  ['one run', '#/transcripts/blackmail-control', ['.transcript .page-head']],
  ['what happened next', '#/since', ['.since-entry', '[data-testid="since-limit"]', '.since .page-head']],
];

describe('evidence on screen', () => {
  for (const [name, hash, blocks] of pages) {
    it(`${name}: every fact-bearing block shows its evidence, and every quote is verbatim`, async () => {
      await withPage({}, async (page) => {
        await page.goto(`${origin()}/${hash}`);
        await page.getByTestId('evidence').first().waitFor();
        for (const selector of blocks) {
          const all = page.locator(selector);
          const count = await all.count();
          assert.ok(count > 0, `${name}: no ${selector}`);
          for (let i = 0; i < count; i += 1) {
            const found = await all.nth(i).getByTestId('evidence').count();
            assert.ok(found > 0, `${name}: ${selector} #${i + 1} has no evidence`);
          }
        }
        await openAll(page);
        const checkedQuotes = await quotesAreVerbatim(page, name);
        assert.ok(checkedQuotes > 0, `${name}: no quote shown`);
        // A data row that is not the harmful-action rate says what it counts.
        const en = await localeTexts('en');
        const rows = await page.getByTestId('evidence-row').evaluateAll((all) => all.map((r) => [r.dataset.ref, r.textContent]));
        for (const [ref, text] of rows) {
          const metric = new URLSearchParams(ref).get('metric') ?? 'harmful_rate';
          if (metric !== 'harmful_rate') assert.ok(text.includes(en[`metric.${metric}`]), `${name}: ${text} names ${metric}`);
        }
      });
    });
  }

  it('every story step shows its evidence, and its quotes are verbatim', async () => {
    await withPage({}, async (page) => {
      for (let step = 1; step <= 8; step += 1) {
        await page.goto(`${origin()}/#/story?step=${step}`);
        await page.getByTestId('story-body').waitFor();
        const reveal = page.getByTestId('reveal');
        if (await reveal.count()) await reveal.click();
        await page.locator('.story-text > [data-testid="evidence"]').waitFor();
        await openAll(page);
        assert.ok((await quotesAreVerbatim(page, `story step ${step}`)) > 0, `story step ${step}: no quote`);
      }
    });
  });

  it('every quiz explanation shows its evidence once answered', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/classroom`);
      const questions = page.getByTestId('quiz-question');
      await questions.first().waitFor();
      const count = await questions.count();
      for (let i = 0; i < count; i += 1) {
        await questions.nth(i).locator('input[type=radio]').first().check();
        await questions.nth(i).getByTestId('quiz-check').click();
        await questions.nth(i).getByTestId('quiz-feedback').getByTestId('evidence').waitFor();
      }
      await openAll(page);
      assert.ok((await quotesAreVerbatim(page, 'quiz')) > 0);
    });
  });

  it('opens with the keyboard and is announced as a disclosure', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/explore`);
      const summary = page.locator('.headline-block [data-testid="evidence"] > summary').first();
      await summary.waitFor();
      await summary.focus();
      await page.keyboard.press('Enter');
      const quote = page.locator('.headline-block').getByTestId('evidence-quote').first();
      await quote.waitFor({ state: 'visible' });
      assert.ok(notes.includes((await quotesAsWritten(quote))[0]));
      assert.equal(await summary.evaluate((s) => s.parentElement.open), true);
      await page.keyboard.press('Enter');
      assert.equal(await summary.evaluate((s) => s.parentElement.open), false);
    });
  });

  it('draws its quotes when first opened, not at the start, even where the page has them from the start', async () => {
    await withPage({}, async (page) => {
      // The runs' index prints the models' own words, so its quotes load with the page.
      await page.goto(`${origin()}/transcripts/`);
      const evidence = page.locator('.excerpts').getByTestId('evidence');
      await evidence.first().waitFor();
      assert.ok(await evidence.count() > 1);
      assert.equal(await page.locator('.evidence-list').count(), 0, 'no closed one holds its quotes');
      await evidence.first().locator('summary').click();
      await evidence.first().getByTestId('evidence-quote').first().waitFor({ state: 'visible' });
      assert.equal(await page.locator('.evidence-list').count(), 1, 'the one opened');
      await evidence.first().locator('summary').click();
      assert.equal(await page.locator('.evidence-list').count(), 1, 'and kept once closed again');
    });
  });

  it('in Chinese, shows a labelled translation with the English original one tap away', async () => {
    await withPage({ width: 390, height: 844 }, async (page) => {
      await page.goto(`${origin()}/#/explore?lang=zh`);
      const evidence = page.locator('.headline-block [data-testid="evidence"]').last();
      await evidence.locator('summary').first().click();
      const item = evidence.locator('.evidence-quote-item').first();
      assert.match(await item.locator('.evidence-translation').textContent(), /\p{Script=Han}/u);
      assert.match(await item.textContent(), /我们的译文/);
      const original = item.getByTestId('evidence-quote');
      assert.equal(await original.isVisible(), false, 'the English waits behind one tap');
      await item.locator('.evidence-original > summary').click();
      await original.waitFor({ state: 'visible' });
      assert.ok(notes.includes((await quotesAsWritten(original))[0]));
      await screenshot(page, 'evidence-zh-390');
    });
  });
});

describe('what each text says matches the condition shown', () => {
  it('the scenario description follows the selected condition', async () => {
    await withPage({}, async (page) => {
      const desc = page.getByTestId('scenario-desc');
      await page.goto(`${origin()}/#/explore?scenario=blackmail&goal=explicit-america&urgency=replacement`);
      assert.match(await desc.textContent(), /about to be replaced/);
      await page.goto(`${origin()}/#/explore?scenario=blackmail&goal=none&urgency=none`);
      await desc.waitFor();
      const control = await desc.textContent();
      assert.doesNotMatch(control, /wiped|about to be replaced/, 'no threat where there is none');
      assert.match(control, /will not be replaced/);
      await page.goto(`${origin()}/#/explore?scenario=leaking&goal=none&urgency=none`);
      await desc.waitFor();
      assert.doesNotMatch(await desc.textContent(), /share the agent's goals/, 'no shared goals where there is no goal');
      await page.goto(`${origin()}/#/explore?scenario=leaking&goal=explicit-america&urgency=none`);
      await desc.waitFor();
      assert.match(await desc.textContent(), /share the agent's goals/);
    });
  });

  it("each value names its own source, derived from the CSV's source column", async () => {
    const rows = await studyRows();
    const find = (pick) => rows.find(pick);
    const press = find((r) => r.variant === 'safety-instructions' && r.scenario === 'blackmail');
    const pilot = find((r) => r.variant === 'adapted-prompt' && r.model === 'o3');
    const table = find((r) => r.scenario === 'murder' && r.model === 'qwen3-235b' && r.goal === 'explicit-america' && r.urgency === 'replacement');
    await withPage({}, async (page) => {
      const kind = page.getByTestId('source-kind');
      await page.goto(`${origin()}/#/explore?scenario=blackmail&variant=safety-instructions&model=${press.model}`);
      const outlet = press.source.replace('Secondary article, ', '').split(',')[0];
      assert.match(await kind.textContent(), new RegExp(`news article \\(${outlet.replace('.', '\\.')}\\)`));
      await page.goto(`${origin()}/#/explore?variant=adapted-prompt&model=${pilot.model}`);
      await kind.waitFor();
      assert.ok(pilot.source.includes('Pilot'));
      assert.match(await kind.textContent(), /pilot exercise with OpenAI/);
      await page.goto(`${origin()}/#/explore?scenario=murder&model=${table.model}`);
      await kind.waitFor();
      assert.ok(table.source.includes('as transcribed in'));
      assert.match(await kind.textContent(), /transcription of the study's appendix tables/);
    });
  });

  it('the footer and the Sources page give the date the sources were last checked', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/sources`);
      await page.getByTestId('sources-checked').waitFor();
      assert.match(await page.getByTestId('footer').textContent(), new RegExp(`Sources last checked ${checked}`));
      assert.match(await page.getByTestId('sources-checked').textContent(), new RegExp(checked));
      // A date stays on one line: a narrow screen broke it at a hyphen.
      const dates = await page.locator('[data-testid="ledger-sources"] .date').evaluateAll((spans) =>
        spans.map((span) => [span.textContent, getComputedStyle(span).whiteSpace]));
      assert.ok(dates.length > 1, 'the ledger\'s dates and the check\'s');
      assert.deepEqual(dates.filter(([text, wrap]) => !/^\d{4}(-\d\d){0,2}$/.test(text) || wrap !== 'nowrap'), [], 'every date a date, on one line');
      assert.ok(dates.some(([text]) => text === checked), 'the check\'s date among them');
      await page.goto(`${origin()}/#/sources?lang=zh`);
      await page.getByTestId('sources-checked').waitFor();
      assert.match(await page.getByTestId('footer').textContent(), new RegExp(`资料最后核对于 ${checked}`));
    });
  });

  it('myths say where a claim appeared, and never quote a claim no outlet made', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/myths`);
      await page.locator('.myth').first().waitFor();
      const coverage = page.locator('[data-origin="coverage"]');
      const common = page.locator('[data-origin="common"]');
      assert.ok((await coverage.count()) > 0 && (await common.count()) > 0);
      assert.equal(await page.locator('blockquote[data-origin="common"]').count(), 0);
      const seen = await page.locator('.claim-seen').count();
      assert.equal(seen, await coverage.count(), 'every claim from coverage says where it appeared');
    });
  });

  it('the handout prints numbered notes for its quotes', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/classroom/handout`);
      const notesList = page.getByTestId('handout-notes').locator('li');
      await notesList.first().waitFor();
      const refs = await page.getByTestId('note-ref').allTextContents();
      const numbers = new Set(refs.flatMap((r) => r.split(',')).map(Number));
      assert.equal(numbers.size, await notesList.count(), 'each note is referred to, and each reference has a note');
      // Each note says where its words are: a source, a place in it, and its date where known.
      for (const text of await notesList.allTextContents()) {
        assert.match(text, / · /, `a note names its source and place: ${text}`);
      }
      assert.ok((await notesList.count()) >= 5);
      // Paper has no "Why we say this": every caveat printed names its notes, and every discussion
      // question whose words quote the study (“…”) or state a fact of it (`text_evidence`,
      // data/classroom.toml); a question that states none, as "Imagine a company…", has none.
      const caveats = page.locator('.handout section', { has: page.getByRole('heading', { name: 'What the results do and do not mean' }) }).locator('li');
      const questions = page.locator('.handout section', { has: page.getByRole('heading', { name: 'Questions for discussion' }) }).locator('li');
      const noted = (items) => items.evaluateAll((lis) => lis.map((li) => li.querySelector('[data-testid="note-ref"]') !== null));
      const caveatsNoted = await noted(caveats);
      assert.ok(caveatsNoted.length >= 3 && caveatsNoted.every(Boolean), `each caveat has a note (${caveatsNoted})`);
      const classroom = await readFile(new URL('../../data/classroom.toml', import.meta.url), 'utf8');
      const expected = classroom.split('[[question]]').slice(1).map((block) => block.split('[[')[0])
        .map((block) => /^text_evidence = \[\s*"/m.test(block) || /^text = \{ en = "[^"]*“/m.test(block));
      assert.ok(expected.filter(Boolean).length >= 8, 'most questions state something of the study');
      assert.deepEqual(await noted(questions), expected, 'a question has notes where its words quote or state something of the study');
    });
  });
});
