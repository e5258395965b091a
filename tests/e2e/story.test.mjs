// End-to-end tests of the guided story, myths, classroom kit and handout.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { artifacts, chromiumSuite, dist, headline, localeTexts, modelNames, screenshot, studyRows } from './harness.mjs';

const { withPage, origin, browser } = chromiumSuite();

// The study's values, read from the CSV by the test itself, never from the app.
const rows = await studyRows();
const names = await modelNames();
const find = (q) => rows.find((r) => Object.entries(q).every(([k, v]) => r[k] === v) && r.metric === (q.metric ?? 'harmful_rate'));

describe('home', () => {
  it('offers the story, the data and the teachers\' kit', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/`);
      for (const door of ['door-story', 'door-explore', 'door-teachers']) await page.getByTestId(door).waitFor();
      await page.getByTestId('door-story').getByRole('link').click();
      await page.getByTestId('story-step').waitFor();
      await page.waitForURL((url) => url.pathname.includes('/story/'));
      await screenshot(page, 'story-1-en-1280');
    });
  });

  it('shows Figure 7 at a glance: each model’s value from the CSV, highest first, with its mark and interval', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/`);
      const fig7 = rows
        .filter((r) => r.metric === 'harmful_rate' && r.figure.split(';').includes('fig7'))
        .sort((a, b) => Number(b.rate) - Number(a.rate));
      const columns = page.getByTestId('glance').getByRole('listitem');
      assert.equal(await columns.count(), fig7.length);
      const shown = await columns.evaluateAll((items) => items.map((li) => ({
        name: li.querySelector('.glance-name').textContent,
        value: li.querySelector('.glance-value').textContent,
        mark: li.querySelector('.glance-mark').textContent,
        whisker: li.querySelectorAll('.whisker').length,
      })));
      const marks = { primary: '', 'secondary-consistent': '◇', 'secondary-single': '†' };
      const values = shown.map((c) => Number(c.value.replace('%', '')));
      assert.deepEqual(values, [...values].sort((a, b) => b - a), 'highest first');
      for (const row of fig7) {
        const column = shown.find((c) => c.name === names[row.model]);
        assert.ok(column, `${names[row.model]} has a column`);
        assert.equal(column.value, `${Math.round(Number(row.rate) * 100)}%`, row.model);
        assert.equal(column.mark, marks[row.confidence], row.model);
        assert.equal(column.whisker, 1, `${row.model}: its 95% interval`);
      }
      const glance = await page.getByTestId('glance').textContent();
      assert.match(glance, /Figure 7, June 2025/);
      assert.match(glance, /forced models into binary choices between failure and harm/, 'the caveat, in the study’s words');
      assert.match(glance, /◇ seen in at least two secondary texts that agree/, 'the legend of the marks used');
      // On a wide screen each column names its model under it, within the figure and beside its neighbours.
      const placed = await columns.evaluateAll((items) => items.map((li) => {
        const [name, svg] = [li.querySelector('.glance-name'), li.querySelector('.glance-svg')].map((e) => e.getBoundingClientRect());
        return { visible: name.width > 5 && name.height > 20, below: name.top >= svg.bottom, top: Math.round(svg.top) };
      }));
      assert.ok(placed.every((p) => p.visible && p.below), JSON.stringify(placed));
      assert.equal(new Set(placed.map((p) => p.top)).size, 1, 'the columns start on one line');
      await screenshot(page, 'home-glance-names-en-1280');
    });
  });

  // On a phone the columns have no room for their names and no pointer to show their titles: a
  // column tapped names its model above it, within the screen, at either end of the figure.
  for (const lang of ['en', 'zh']) {
    it(`on a phone, a column of the glance tapped names its model (${lang})`, async () => {
      await withPage({ width: 360, height: 660, touch: true }, async (page) => {
        await page.goto(`${origin()}/?lang=${lang}`);
        const columns = page.getByTestId('glance').getByRole('listitem');
        const nameShown = (i) => columns.nth(i).locator('.glance-name').evaluate((e) => {
          const box = e.getBoundingClientRect();
          return { text: e.textContent, width: box.width, left: box.left, right: box.right, top: box.top };
        });
        const count = await columns.count();
        assert.ok((await nameShown(0)).width <= 1, 'no name before a tap');
        for (const i of [0, Math.floor(count / 2), count - 1]) {
          await columns.nth(i).tap();
          const name = await nameShown(i);
          const expected = await columns.nth(i).getAttribute('title');
          assert.ok(expected.startsWith(`${name.text}: `), `column ${i}: "${name.text}" is its model (${expected})`);
          assert.ok(name.width > 30 && name.left >= 0 && name.right <= 360 && name.top >= 0, `column ${i}: its name on screen, ${JSON.stringify(name)}`);
          for (const other of [0, count - 1].filter((o) => o !== i)) {
            assert.ok((await nameShown(other)).width <= 1, `column ${i} tapped: column ${other}'s name hidden`);
          }
          if (i === count - 1) await screenshot(page, `home-glance-tapped-${lang}-360`);
        }
        // Not a stop for the Tab key: a keyboard reader goes from the page's text to its doors.
        assert.equal(await columns.first().evaluate((li) => li.tabIndex), -1);
      });
    });
  }

  // Issue 15: on a phone the header takes one row of brand and languages and one of links, so
  // the study's core result at a glance, its caveat and the three doors are on the first screen
  // without scrolling, in both languages. The first screen is what a phone's browser shows of the
  // page: the screen less the browser's own bars, taken here as 390×664 for a 390×844 iPhone and
  // 360×660 for a 360×780 Android phone.
  for (const lang of ['en', 'zh']) {
    for (const [width, height] of [[390, 664], [360, 660]]) {
      it(`in a phone's browser (${width}×${height}) Figure 7, its caveat and the three doors are on the first screen (${lang})`, async () => {
        await withPage({ width, height }, async (page) => {
          await page.goto(`${origin()}/?lang=${lang}`);
          const header = await page.locator('header.top').boundingBox();
          assert.ok(header.height <= 120, `header ${header.height} px`);
          for (const part of ['.glance-bars', '.glance .caveat']) {
            const box = await page.locator(part).boundingBox();
            assert.ok(box.y + box.height <= height, `${part} ends at ${box.y + box.height} px`);
          }
          for (const door of ['door-story', 'door-explore', 'door-teachers']) {
            const box = await page.getByTestId(door).boundingBox();
            assert.ok(box.y + box.height <= height, `${door} ends at ${box.y + box.height} px`);
          }
          // The doors' descriptions are still read by screen readers, as part of each link.
          const texts = await localeTexts(lang);
          const described = page.getByTestId('door-teachers').getByRole('link', { name: texts['home.teachers_text'] });
          assert.equal(await described.count(), 1, 'the description is part of the link’s name');
          // Every link of the navigation can still be reached, by scrolling its row.
          const last = page.locator('header.top nav a').last();
          await last.scrollIntoViewIfNeeded();
          assert.ok(await last.isVisible());
          assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, 'the page itself does not scroll sideways');
          await screenshot(page, `home-first-screen-${lang}-${width}`);
        });
      });
    }
  }
});

// Without scripts, the note above the page is a line that opens onto the rest (scripts/build.mjs),
// in the language of the copy that shows, so the home page's first screen holds the same.
describe('home without scripts', () => {
  for (const [lang, hash] of [['en', ''], ['zh', '#zh']]) {
    it(`without scripts, on a phone, the note is a line and Figure 7, its caveat and the doors are on the first screen (${lang})`, async () => {
      const texts = await localeTexts(lang);
      for (const [width, height] of [[390, 664], [360, 660]]) {
        const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width, height } });
        try {
          const page = await context.newPage();
          await page.goto(`${origin()}/${hash}`);
          const notice = page.locator('noscript .notice');
          assert.equal((await notice.locator('summary').innerText()).trim(), texts['start.toggles_need_scripts'], 'the note\'s line, in the copy\'s language');
          const copy = `.prerendered[lang="${lang === 'zh' ? 'zh-Hans' : 'en'}"]`;
          for (const part of [`${copy} .glance-bars`, `${copy} .glance .caveat`, `${copy} .doors`]) {
            const box = await page.locator(part).boundingBox();
            assert.ok(box.y + box.height <= height, `${width}×${height}: ${part} ends at ${box.y + box.height} px`);
          }
          await notice.locator('summary').click();
          assert.ok((await notice.innerText()).includes(texts['start.without_scripts']), 'and opens onto the whole note');
          await screenshot(page, `home-first-screen-noscript-${lang}-${width}`);
        } finally {
          await context.close();
        }
      }
    });
  }
});

describe('story', () => {
  it('each step drives the chart to its condition and names its figure', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/story/2/`);
      await headline(page).waitFor();
      assert.match(await headline(page).textContent(), /Claude Opus 4 blackmailed in 96 of 100 runs/);
      assert.match(await page.getByTestId('story-figure').textContent(), /Figure 7/);
      // A source that is not a figure reads whole, in both languages ("From the study's the
      // study's section…" before).
      const [en, zh] = [await localeTexts('en'), await localeTexts('zh')];
      for (const [address, texts] of [['/story/6/', en], ['/story/8/?lang=zh', zh]]) {
        await page.goto(`${origin()}${address}`);
        const source = address.startsWith('/story/6/') ? texts['figure.evalreal'] : texts['figure.control'];
        await page.getByTestId('story-figure').filter({ hasText: texts['story.figure'].replace('{figure}', source) }).first().waitFor({ timeout: 5000 });
      }
      await page.goto(`${origin()}/story/2/?lang=en`);
      // Step 4 (espionage) has no prediction: its chart shows straight away.
      await page.goto(`${origin()}/#/story?step=4`);
      const leak = find({ scenario: 'leaking', goal: 'explicit-america', urgency: 'none', variant: 'default', model: 'claude-opus-4' });
      await headline(page).filter({ hasText: `leaked the documents in ${Math.round(leak.rate * 100)} of 100 runs` }).waitFor();
      assert.match(await page.getByTestId('story-figure').textContent(), /Figure 9/);
      // Step 5: lethal action.
      await page.getByTestId('story-next').click();
      await headline(page).filter({ hasText: 'cancelled the emergency alert' }).waitFor();
      // Each step has its own address.
      await page.waitForURL((url) => url.href.endsWith('/story/5/'));
      // Step 6: evaluation or real shows its own numbers, without the explorer's way back to its
      // bars (a teacher took it for the way back to the story): the story's own controls move on.
      await page.getByTestId('story-next').click();
      await page.getByTestId('eval-view').waitFor();
      assert.equal(await page.getByTestId('eval-back').count(), 0, 'no "Back to the main experiments" in the story');
      await page.getByTestId('story-next').click();
      await page.waitForURL((url) => url.href.endsWith('/story/7/'));
    });
  });

  it("a bar clicked in a step shows its model in the step's own headline, and the reader stays in the story", async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/story/4/`);
      await headline(page).filter({ hasText: 'Claude Opus 4' }).waitFor();
      const model = 'gemini-2-5-flash';
      const leak = find({ scenario: 'leaking', goal: 'explicit-america', urgency: 'none', variant: 'default', model });
      await page.locator(`.bar-row[data-model="${model}"] .bar-button`).click();
      await headline(page).filter({ hasText: `${names[model]} leaked the documents in ${Math.round(leak.rate * 100)} of 100 runs` }).waitFor({ timeout: 5000 });
      assert.ok(page.url().endsWith('/story/4/'), `still in the story: ${page.url()}`);
      assert.equal(await page.locator('.bar-row.selected').getAttribute('data-model'), model);
      // The way on to the explorer takes the chosen model along.
      assert.match(await page.locator('.story-links a').first().getAttribute('href'), new RegExp(`model=${model}`));
      // Another step starts from its own model.
      await page.getByTestId('story-next').click();
      await headline(page).filter({ hasText: 'Claude Opus 4 cancelled the emergency alert' }).waitFor();
      await page.getByTestId('story-prev').click();
      await headline(page).filter({ hasText: 'Claude Opus 4 leaked the documents' }).waitFor();
    });
  });

  it('story text fills in its numbers from the data', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/story/8/`);
      const ref = 'scenario=blackmail&goal=none&urgency=none&variant=default&model=claude-opus-4';
      const value = await page.locator(`.story-body [data-ref="${ref}"]`).first().textContent();
      const r = find({ scenario: 'blackmail', goal: 'none', urgency: 'none', variant: 'default', model: 'claude-opus-4' });
      assert.equal(value, `${Math.round(r.rate * r.n)} of ${r.n} runs`);
    });
  });

  it('predict, then reveal: the chart waits for the guess, then shows how far off it was', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/story/`);
      await page.getByTestId('prediction').waitFor();
      assert.equal(await headline(page).count(), 0, 'no answer before the guess');
      assert.doesNotMatch(await page.getByTestId('story-body').textContent(), /\d+ of 100 runs|%/, 'the text gives nothing away');
      assert.equal(await page.locator('.predict .without-scripts').isVisible(), false, 'the line for readers without scripts is not shown');
      await page.locator('#guess').fill('70');
      assert.equal(await page.getByTestId('guess-value').textContent(), '70%');
      await page.locator('label[for="class-mode"]').click();
      // From the keyboard: the focus goes to the answer that takes the button's place.
      await page.getByTestId('reveal').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('prediction-result').waitFor();
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'prediction-result', null, { timeout: 3000 });
      const r = find({ scenario: 'blackmail', goal: 'explicit-america', urgency: 'replacement', variant: 'default', model: 'claude-opus-4' });
      const truth = Math.round(r.rate * 100);
      assert.equal(await page.getByTestId('prediction-answer').textContent(), `${truth} of 100 runs`);
      assert.equal(await page.getByTestId('prediction-off').textContent(), `${truth - 70} points too low`);
      assert.match(await page.getByTestId('prediction-result').textContent(), /The room's guess: 70%/);
      assert.match(await page.getByTestId('prediction-result').textContent(), /95% interval/);
      await headline(page).waitFor();
      assert.match(await page.getByTestId('story-body').textContent(), /deliberately constructed scenarios with limited options/, 'the full text follows the reveal');
      assert.match(await page.getByTestId('story-figure').textContent(), /Figure 1/);
      await screenshot(page, 'story-predict-revealed-en-1280');
      // The room keeps guessing for the whole story: back at this step, and at the next guess.
      await page.getByTestId('story-next').click();
      await page.waitForURL(/\/story\/2\/$/);
      await page.getByTestId('story-prev').click();
      await page.getByTestId('prediction-result').filter({ hasText: "The room's guess: 70%" }).waitFor({ timeout: 5000 });
      for (const next of [2, 3]) {
        await page.getByTestId('story-next').click();
        await page.waitForURL(new RegExp(`/story/${next}/$`));
      }
      await page.getByTestId('prediction').waitFor();
      assert.equal(await page.locator('#class-mode').isChecked(), true, 'still guessing as a class at the next guess');
    });
  });

  it('keys, buttons and swipes move between steps; the step is in the link', async () => {
    await withPage({ width: 390, height: 844 }, async (page) => {
      await page.goto(`${origin()}/story/3/`);
      await page.getByTestId('story-step').filter({ hasText: 'Step 3 of' }).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/\/story\/4\/$/);
      await page.keyboard.press('ArrowLeft');
      await page.waitForURL(/\/story\/3\/$/);
      await page.getByTestId('story-step').filter({ hasText: 'Step 3 of' }).waitFor();
      await page.locator('h1').click();
      await page.keyboard.press('Space');
      await page.waitForURL(/\/story\/4\/$/);
      await page.getByTestId('story-prev').click();
      await page.waitForURL(/\/story\/3\/$/);
      // A leftward swipe moves on, a rightward one goes back.
      const swipe = (from, to) => page.evaluate(([a, b]) => {
        const target = document.querySelector('article.story');
        const touch = (x) => new Touch({ identifier: 1, target, clientX: x, clientY: 400 });
        target.dispatchEvent(new TouchEvent('touchstart', { changedTouches: [touch(a)], bubbles: true }));
        target.dispatchEvent(new TouchEvent('touchend', { changedTouches: [touch(b)], bubbles: true }));
      }, [from, to]);
      await swipe(300, 100);
      await page.waitForURL(/\/story\/4\/$/);
      await swipe(100, 300);
      await page.waitForURL(/\/story\/3\/$/);
      await page.goBack();
      await page.waitForURL(/\/story\/4\/$/);
      await screenshot(page, 'story-4-en-390');
    });
  });

  it('says which keys move the story where there is a keyboard, not on a touch phone', async () => {
    const hint = (page) => page.locator('.story .keys-hint').evaluate((el) => [el.textContent, el.getBoundingClientRect().height > 0]);
    for (const [options, shown] of [[{ width: 1280, height: 800 }, true], [{ width: 390, height: 844, touch: true }, false]]) {
      await withPage(options, async (page) => {
        await page.goto(`${origin()}/story/2/`);
        const [text, visible] = await hint(page);
        assert.match(text, /^Keys: → or Space for next/);
        assert.equal(visible, shown, `the keys hint ${shown ? 'shown' : 'hidden'} at ${options.width} px${options.touch ? ' with touch' : ''}`);
      });
    }
  });

  it('no step\'s title is said again by a heading below it, in either language', async () => {
    await withPage({}, async (page) => {
      for (const lang of ['en', 'zh']) {
        await page.goto(`${origin()}/story/?lang=${lang}`);
        const total = await page.locator('.dots li').count();
        for (let step = 1; step <= total; step += 1) {
          await page.goto(`${origin()}/story/${step === 1 ? '' : `${step}/`}?lang=${lang}`);
          // The step's numbers are drawn after its words (a task each): wait for the last part.
          await page.waitForFunction(() => !document.querySelector('.story[aria-busy]'));
          const title = (await page.locator('main h1').innerText()).trim();
          const below = await page.locator('main .story :is(h2, h3, h4)').allInnerTexts();
          assert.ok(!below.map((h) => h.trim()).includes(title), `step ${step} (${lang}): "${title}" again below it`);
        }
      }
    });
  });

  it('reads in Chinese, with every step reachable', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/story?step=1&lang=zh`);
      await page.getByTestId('story-step').filter({ hasText: '第 1 步' }).waitFor();
      const total = await page.locator('.dots li').count();
      assert.ok(total >= 7 && total <= 9, `${total} steps`);
      for (let step = 2; step <= total; step += 1) {
        await page.getByTestId('story-next').click();
        await page.getByTestId('story-step').filter({ hasText: `第 ${step} 步` }).waitFor();
      }
      assert.equal(await page.getByTestId('story-next').getAttribute('aria-disabled'), 'true');
      await screenshot(page, `story-${total}-zh-1280`);
    });
  });
});

describe('myths', () => {
  it('lists at least ten claims with verdicts and evidence drawn from the data', async () => {
    const en = await localeTexts('en');
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/myths`);
      await page.locator('.myth').first().waitFor();
      assert.ok((await page.locator('.myth').count()) >= 10);
      assert.equal(await page.getByTestId('verdict').count(), await page.locator('.myth').count());
      const evidence = page.getByTestId('myth-evidence');
      assert.ok((await evidence.count()) >= 10);
      for (let i = 0; i < (await evidence.count()); i += 1) {
        const item = evidence.nth(i);
        const q = Object.fromEntries(new URLSearchParams(await item.getAttribute('data-ref')));
        const r = find(q);
        assert.ok(r, `row for ${JSON.stringify(q)}`);
        const text = await item.textContent();
        assert.ok(text.includes(names[r.model]), text);
        const shown = r.n ? `${Math.round(r.rate * r.n)} of ${r.n} runs` : `${Number((r.rate * 100).toFixed(1))}%`;
        assert.ok(text.includes(shown), `${text} should show ${shown}`);
        // A value that is not the harmful-action rate says what it counts ("107 of 500 runs" are
        // those where the model said the scenario was real).
        if (r.metric !== 'harmful_rate') assert.ok(text.includes(en[`metric.${r.metric}`]), `${text}: names ${r.metric}`);
        // The page has no legend: a secondary value's mark comes with its words.
        const kind = { 'secondary-consistent': 'secondary_consistent', 'secondary-single': 'secondary_single' }[r.confidence];
        if (kind) assert.ok(text.includes(en[`confidence.${kind}_short`]), `${text}: says ${r.confidence}`);
      }
      const gemini = page.locator('.myth[data-myth="gemini-96"]');
      assert.match(await gemini.getByTestId('verdict').textContent(), /Needs context/);
      await gemini.getByRole('link', { name: 'See it in the explorer' }).click();
      await headline(page).waitFor();
      await page.goto(`${origin()}/#/myths?lang=zh`);
      await page.locator('.myth').first().waitFor();
      assert.deepEqual((await evidence.allTextContents()).filter((t) => /\w: /.test(t)), [], 'a full-width colon in Chinese');
      // Chinese has no italic: a claim in Chinese stands upright (English claims are slanted).
      assert.equal(await page.locator('.app [data-testid=myth-claim]').first().evaluate((e) => getComputedStyle(e).fontStyle), 'normal');
      await screenshot(page, 'myths-zh-1280');
    });
  });
});

describe('classroom', () => {
  it('shows a 45-minute plan, discussion questions with notes, and a quiz scored in the page', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/classroom`);
      await page.locator('.lesson-plan .segment').first().waitFor();
      const minutes = await page.locator('.segment .minutes').allTextContents();
      assert.match(minutes.at(-1), /–45 min/);
      // On the site the plan shows a page's path, as the address bar does (the one file: `#/…`).
      assert.ok((await page.locator('.segment p > a code').allInnerTexts()).every((address) => address.startsWith('/')));
      const questions = await page.locator('.discussion > li').count();
      assert.ok(questions >= 8 && questions <= 12, `${questions} questions`);
      // The plan's discussion and quiz steps lead further down this page, not to it again.
      for (const [link, part] of [[0, 'questions'], [1, 'quiz']]) {
        await page.evaluate(() => scrollTo(0, 0));
        await page.getByTestId('lesson-part').nth(link).click();
        await page.waitForFunction((part) => document.activeElement?.id === part, part, { timeout: 3000 });
        assert.ok(await page.evaluate((part) => {
          const top = document.getElementById(part).getBoundingClientRect().top;
          return top > -1 && top < innerHeight;
        }, part), `${part} in view`);
      }
      const quiz = page.getByTestId('quiz-question');
      const total = await quiz.count();
      assert.ok(total >= 6 && total <= 10);
      // Answer the first question right and the second wrong.
      const first = quiz.nth(0);
      const right = Number(await first.getAttribute('data-answer'));
      await first.locator('label').nth(right).click();
      assert.equal(await first.getByTestId('quiz-feedback').count(), 0, 'choosing only selects');
      await first.getByTestId('quiz-check').click();
      assert.match(await first.getByTestId('quiz-feedback').textContent(), /Right/);
      const second = quiz.nth(1);
      const wrong = (Number(await second.getAttribute('data-answer')) + 1) % (await second.locator('label').count());
      await second.locator('label').nth(wrong).click();
      await second.getByTestId('quiz-check').click();
      const answer = Number(await second.getAttribute('data-answer'));
      const letter = String.fromCharCode(65 + answer);
      assert.match(await second.getByTestId('quiz-feedback').textContent(), new RegExp(`Not quite\\. The answer is ${letter}\\.`));
      // For a class that answered aloud, the answer is marked among the choices.
      assert.deepEqual(await second.locator('.choices li').evaluateAll((items) => items.map((li) => li.querySelector('.answer-mark')?.textContent ?? '')),
        [0, 1, 2, 3].slice(0, await second.locator('.choices li').count()).map((j) => (j === answer ? 'the answer' : '')));
      assert.equal(await page.getByTestId('quiz-score').textContent(), `1 right of 2 answered (${total} questions)`);
      // Trying the right answer after the explanation shows why it is right, but the first answer
      // is the one scored.
      await second.locator('label').nth(Number(await second.getAttribute('data-answer'))).click();
      assert.match(await second.getByTestId('quiz-feedback').textContent(), /Right/);
      assert.equal(await second.getByTestId('quiz-counted').textContent(), `The score counts the answer checked first, ${String.fromCharCode(65 + wrong)}.`);
      assert.equal(await page.getByTestId('quiz-score').textContent(), `1 right of 2 answered (${total} questions)`);
      // A keyboard reader moves through a question's choices with the arrow keys, as in any group of
      // radio buttons: each key selects a choice, and none is an answer until it is checked.
      const third = quiz.nth(2);
      await third.locator('input').first().focus();
      for (const j of [1, 2]) {
        await page.keyboard.press('ArrowDown');
        assert.equal(await page.evaluate(() => document.activeElement.id), await third.locator('input').nth(j).getAttribute('id'), `the focus on choice ${j}`);
      }
      assert.equal(await third.getByTestId('quiz-feedback').count(), 0, 'moving through the choices answers nothing');
      assert.equal(await page.getByTestId('quiz-score').textContent(), `1 right of 2 answered (${total} questions)`);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'quiz-check', 'the check button comes next');
      await page.keyboard.press('Enter');
      await third.getByTestId('quiz-feedback').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'quiz-feedback', 'the focus moves on to the explanation');
      const thirdRight = Number(await third.getAttribute('data-answer')) === 2 ? 1 : 0;
      assert.equal(await page.getByTestId('quiz-score').textContent(), `${1 + thirdRight} right of 3 answered (${total} questions)`, 'the choice checked is scored');
      // Starting again clears every choice and answer, and starts at the top: the focus (and the
      // screen) on the quiz's title, not left on the button below the last question.
      await page.getByRole('button', { name: 'Start the quiz again' }).focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.getByTestId('quiz-score').textContent(), `0 right of 0 answered (${total} questions)`);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'quiz-title', 'the focus on the quiz\'s title');
      assert.ok(await page.evaluate(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }),
        'the title on screen');
      assert.deepEqual([await page.getByTestId('quiz-feedback').count(), await page.locator('.quiz input:checked').count(), await page.getByTestId('quiz-check').count()],
        [0, 0, total], 'no answer, no choice, every question to check again');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-one-file').click()]);
      assert.equal(download.suggestedFilename(), 'cornered-classroom.html');
      // The file itself, from the site's root: the page is classroom/, one folder down.
      assert.equal(await download.failure(), null, 'the download completes');
      const saved = await readFile(await download.path(), 'utf8');
      assert.equal(saved, await readFile(join(dist, 'cornered-classroom.html'), 'utf8'));
      await screenshot(page, 'classroom-en-1280');
    });
  });

  it('projector mode enlarges the type and the presenter keys drive the story', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/classroom`);
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      await page.getByTestId('projector-toggle').click();
      await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      assert.ok(Math.abs(after / before - 1.6) < 0.01, `${before} → ${after}`);
      await page.getByRole('link', { name: 'Start the story' }).click();
      await page.getByTestId('story-step').waitFor();
      await page.locator('h1').click();
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/\/story\/2\/$/);
      const projector = () => page.evaluate(() => document.documentElement.classList.contains('projector'));
      assert.ok(await projector());
      // The mode lasts the visit: a reload, or a page opened by its address, keeps it from the
      // first paint (before the app starts).
      await page.reload();
      await page.waitForFunction(() => document.documentElement.classList.contains('projector'), null, { timeout: 3000 });
      await page.goto(`${origin()}/#/story?step=5&lang=zh`);
      await headline(page).waitFor();
      assert.ok(await projector(), 'kept on the next page');
      await screenshot(page, 'story-5-projector-zh-1280');
      // While it is on, the story and the runs offer its switch too, at their foot: a class can
      // leave projector mode where it is, and take it up again.
      const offHere = page.locator('.projector-off [data-testid="projector-toggle"]');
      assert.equal(await offHere.getAttribute('aria-pressed'), 'true');
      await offHere.click();
      assert.equal(await projector(), false, 'off from the story');
      await offHere.click();
      assert.equal(await projector(), true, 'and on again');
      await page.goto(`${origin()}/transcripts/blackmail-harmful/?lang=en`);
      await page.locator('.projector-off [data-testid="projector-toggle"]').waitFor();
      // Off from the classroom page, where its switch says it is on; and off it stays.
      await page.goto(`${origin()}/classroom/?lang=en`);
      const toggle = page.getByTestId('projector-toggle');
      await page.waitForFunction(() => document.querySelector('#app-host > .app, body > .app [data-testid="projector-toggle"]'));
      await page.waitForFunction(() => document.querySelector('.app [data-testid="projector-toggle"]')?.getAttribute('aria-pressed') === 'true');
      await toggle.click();
      assert.equal(await projector(), false);
      await page.reload();
      await page.getByTestId('projector-toggle').waitFor();
      assert.equal(await projector(), false, 'and stays off');
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
      // Off, the story has no switch of its own: the classroom page is where the mode is chosen.
      await page.goto(`${origin()}/story/2/`);
      await headline(page).waitFor();
      assert.equal(await page.locator('.projector-off').count(), 0);
    });
  });

  it('projector mode on a 1280 × 720 projector shows a step\'s number beside its words, on the first screen', async () => {
    await withPage({ width: 1280, height: 720 }, async (page) => {
      await page.goto(`${origin()}/classroom/`);
      await page.locator('.app [data-testid="projector-toggle"]').click();
      for (const address of ['/story/2/', '/story/4/?lang=zh']) {
        await page.goto(`${origin()}${address}`);
        await headline(page).waitFor();
        const [text, rate] = await Promise.all(['.story-body', '.story-numbers .big-rate'].map((s) => page.locator(s).boundingBox()));
        assert.ok(rate.x > text.x + text.width, `${address}: the number to the right of the words`);
        assert.ok(rate.y + rate.height <= 720, `${address}: the number on the first screen (${rate.y})`);
        // The header on one row: at 1.6× its links took two rows, 162 of the 720 px.
        const header = await page.locator('.app header.top').boundingBox();
        assert.ok(header.height <= 80, `${address}: the header ${header.height} px tall`);
      }
      await screenshot(page, 'story-4-projector-zh-1280x720');
    });
  });

  it('projector mode on a phone scrolls no page sideways', async () => {
    await withPage({ width: 390, height: 844 }, async (page) => {
      await page.goto(`${origin()}/classroom/`);
      await page.locator('.app [data-testid="projector-toggle"]').click();
      // Grids of cards whose least width is in rem, which projector mode makes 1.6 times wider.
      for (const path of ['/transcripts/', '/', '/explore/?variant=eval-notice&goal=unspecified', '/story/6/']) {
        await page.goto(`${origin()}${path}`);
        await page.waitForFunction(() => document.querySelector('#app-host > .app, body > .app') && !document.querySelector('[aria-busy="true"]'));
        assert.ok(await page.evaluate(() => document.documentElement.classList.contains('projector')));
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, path);
      }
    });
  });

  // Each question is laid out only as it nears the screen (static/style.css), and such an item
  // clips what it paints outside its box: its list number and its focus ring's edge.
  it("a discussion question's number and the focus ring of its teacher's note show whole on a phone", async () => {
    await withPage({ width: 390, height: 844 }, async (page) => {
      await page.goto(`${origin()}/classroom/`);
      await page.waitForFunction(() => document.querySelector('#app-host > .app .discussion') && !document.querySelector('[aria-busy="true"]'));
      // The last: the widest number (two digits), furthest out of its item's box.
      const item = page.locator('.app .discussion > li').last();
      const note = item.locator('summary').first();
      await note.scrollIntoViewIfNeeded();
      const box = await item.boundingBox();
      const line = await note.boundingBox();
      // What shows in the 32 px left of the item's box, on its first line and beside its note.
      const leftOf = (top, height) => page.screenshot({ clip: { x: box.x - 32, y: top, width: 32, height } });
      const number = await leftOf(box.y, 24);
      await item.evaluate((li) => { li.style.listStyleType = 'none'; });
      assert.notDeepEqual(number, await leftOf(box.y, 24), 'the number shows');
      await note.focus();
      const focused = await leftOf(line.y - 6, line.height + 12);
      await note.evaluate((summary) => summary.blur());
      assert.notDeepEqual(focused, await leftOf(line.y - 6, line.height + 12), 'the focus ring shows whole');
    });
  });

  it('the handout prints on at most two A4 pages', async () => {
    await withPage({}, async (page) => {
      for (const lang of ['en', 'zh']) {
        await page.goto(`${origin()}/#/classroom/handout?lang=${lang}`);
        await page.getByTestId('handout').waitFor();
        await headline(page).waitFor();
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        assert.ok(pages >= 1 && pages <= 2, `${lang}: ${pages} pages`);
        await mkdir(artifacts, { recursive: true });
        const file = join(artifacts, `handout-${lang}.pdf`);
        await writeFile(file, pdf);
        // Pages as pictures to look at, where poppler's pdftoppm is installed.
        await promisify(execFile)('pdftoppm', ['-png', '-r', '60', file, join(artifacts, `handout-${lang}`)]).catch(() => {});
        // Each text's note numbers in order.
        for (const ref of await page.getByTestId('note-ref').allTextContents()) {
          const numbers = ref.split(',').map(Number);
          assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b), ref);
        }
      }
      // Printed from a computer in dark mode: the interval lines are ink on white, not the dark
      // scheme's light ink.
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const inks = await page.evaluate(() => [...document.querySelectorAll('.handout .whisker')].map((w) => getComputedStyle(w).stroke));
      assert.ok(inks.length > 10 && inks.every((ink) => ink === 'rgb(0, 0, 0)'), inks.join(' '));
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
    });
  });
});
