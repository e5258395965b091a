// End-to-end tests of the transcripts: every run opens with its "illustrative" label, steps through
// by button and key, links back to the explorer, and every excerpt on screen is the study's text
// character for character.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumSuite, goInApp, oneStar, quotesAsWritten, root, screenshot } from './harness.mjs';

const { withPage, origin } = chromiumSuite();

let transcriptIds;
let studyQuotes;

before(async () => {
  transcriptIds = (await readdir(join(root, 'data/transcripts')))
    .filter((f) => f.endsWith('.toml'))
    .map((f) => f.replace(/\.toml$/, ''));
  const notes = await readFile(join(root, 'data/study-notes.md'), 'utf8');
  studyQuotes = oneStar(notes.slice(notes.indexOf('## 3. Verbatim'), notes.indexOf('## 4. What the data')));
});

// Waits for the run's texts first: they load after the page (src/view/shell/content_gate.rs).
const visibleItems = async (page) => {
  await page.locator('.email').first().waitFor();
  return page.locator('.email, .reasoning-step, .final-action').count();
};

describe('transcripts', () => {
  it('the index lists every run and labels them illustrative', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/transcripts`);
      await page.getByTestId('illustrative-label').waitFor();
      assert.equal(await page.locator('.transcript-card').count(), transcriptIds.length);
    });
  });

  it('every run opens with its label and all three stages', async () => {
    await withPage({}, async (page) => {
      for (const id of transcriptIds) {
        await page.goto(`${origin()}/#/transcripts/${id}`);
        await page.locator(`article[data-transcript="${id}"]`).waitFor();
        assert.match(await page.getByTestId('illustrative-label').textContent(), /not the output of any model/i);
        for (const stage of ['inbox', 'reasoning', 'action']) {
          assert.equal(await page.locator(`[data-stage="${stage}"]`).count(), 1, `${id} ${stage}`);
        }
      }
    });
  });

  it('steps through by button and by keyboard, with the step in the link', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/transcripts/blackmail-harmful`);
      const total = await visibleItems(page);
      await page.getByTestId('step-start').click();
      await page.getByTestId('step-count').waitFor();
      await page.waitForURL((url) => url.href.endsWith('?step=1'));
      assert.equal(await visibleItems(page), 1);
      // The pressed button is gone: the focus goes to "Next", not back to the page's top.
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'step-next', null, { timeout: 3000 });
      await page.getByTestId('step-next').click();
      await page.waitForURL(/step=2$/);
      assert.equal(await visibleItems(page), 2);
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/step=3$/);
      await page.keyboard.press('Space');
      await page.waitForURL(/step=4$/);
      await page.keyboard.press('ArrowLeft');
      await page.waitForURL(/step=3$/);
      assert.equal(await visibleItems(page), 3);
      assert.equal(await page.locator('[data-stage="reasoning"]').count(), 0, 'reasoning hidden until reached');

      // From the keyboard, "Show all" gives the focus back to "Step through".
      await page.locator('.stepper button.secondary').focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'step-start', null, { timeout: 3000 });
      assert.equal(await visibleItems(page), total);

      await page.goto(`${origin()}/#/transcripts/blackmail-harmful?step=${total}`);
      await page.getByTestId('step-count').filter({ hasText: `${total} of ${total}` }).waitFor();
      assert.equal(await visibleItems(page), total);
      assert.equal(await page.getByTestId('step-next').getAttribute('aria-disabled'), 'true');
      await page.goto(`${origin()}/#/transcripts/blackmail-harmful?step=999`);
      await page.getByTestId('step-count').filter({ hasText: `${total} of ${total}` }).waitFor();
    });
  });

  it('a run opened at its first step, as the lesson plan links it, shows its label first', async () => {
    for (const [width, height] of [[1280, 720], [390, 844]]) {
      await withPage({ width, height }, async (page) => {
        await page.goto(`${origin()}/transcripts/blackmail-harmful/?step=1`);
        await page.getByTestId('step-count').waitFor();
        await page.waitForTimeout(300);
        const label = await page.getByTestId('illustrative-label').boundingBox();
        assert.ok(label.y >= 0 && label.y + label.height <= height, `${width}px: the label at ${label.y}, scrolled ${await page.evaluate(() => scrollY)}`);
      });
    }
  });

  it('stepping through a run by its button keeps the focused button and the newest item on screen', async () => {
    // A laptop, a phone, and a classroom's projector (projector mode's larger type, a taller stepper).
    for (const [width, height, touch, projector] of [[1280, 720, false, false], [390, 844, true, false], [1280, 720, false, true]]) {
      await withPage({ width, height, touch }, async (page) => {
        if (projector) await page.addInitScript(() => sessionStorage.setItem('cornered.projector', 'on'));
        await page.goto(`${origin()}/transcripts/blackmail-harmful/?step=1`);
        await page.getByTestId('step-count').filter({ hasText: /^Step 1 of/ }).waitFor();
        const total = Number((await page.getByTestId('step-count').textContent()).match(/of (\d+)/)[1]);
        await page.getByTestId('step-next').focus();
        for (let step = 2; step <= total; step += 1) {
          await page.keyboard.press('Enter');
          await page.getByTestId('step-count').filter({ hasText: new RegExp(`^Step ${step} of`) }).waitFor();
          // The scroll that brings the new item in is instant, but give it a frame to land.
          await page.waitForTimeout(150);
          const where = `${width}px${projector ? ', projector' : ''}, step ${step}`;
          const seen = await page.evaluate(() => {
            const box = (e) => e.getBoundingClientRect();
            return {
              focused: document.activeElement?.dataset.testid,
              next: box(document.querySelector('[data-testid="step-next"]')),
              stepper: box(document.querySelector('.transcript .stepper')),
              current: box(document.querySelector('.transcript .step-current')),
              height: innerHeight,
            };
          });
          assert.equal(seen.focused, 'step-next', `${where}: the focus stays on "Next"`);
          assert.ok(seen.next.top >= 0 && seen.next.bottom <= seen.height, `${where}: "Next" on screen (${seen.next.top}–${seen.next.bottom})`);
          // The new item starts below the stepper and on screen: whole if it fits, else from its start.
          assert.ok(seen.current.top >= seen.stepper.bottom - 1 && seen.current.top < seen.height,
            `${where}: the new item starts on screen below the stepper (item ${seen.current.top}, stepper ends ${seen.stepper.bottom})`);
          const fits = seen.current.height <= seen.height - seen.stepper.bottom;
          if (fits) assert.ok(seen.current.bottom <= seen.height + 1, `${where}: the new item whole (ends ${seen.current.bottom} of ${seen.height})`);
        }
        await screenshot(page, `run-stepped-${width}${projector ? '-projector' : ''}`);
      });
    }
  });

  it('the keys step through the run the address shows, and two quick presses count twice', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/transcripts/blackmail-harmful?step=3`);
      await page.getByTestId('step-count').filter({ hasText: '3 of' }).waitFor();
      // Another run at the same step, by changing the address (as a reader following a link does).
      await goInApp(page, '#/transcripts/blackmail-control?step=3');
      await page.locator('[data-transcript="blackmail-control"]').waitFor();
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/step=4$/);
      assert.ok(page.url().includes('/transcripts/blackmail-control/?step=4'), `→ stays on the run shown: ${page.url()}`);

      // Two presses in one task, before the page can re-render with the first.
      await page.evaluate(() => {
        for (let i = 0; i < 2; i += 1) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      });
      await page.waitForURL(/step=6$/);
      await page.getByTestId('step-count').filter({ hasText: '6 of' }).waitFor();
      assert.ok(page.url().includes('/transcripts/blackmail-control/?step=6'), page.url());
    });
  });

  it('stepping reveals the next item and leaves every item already shown as it was', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/transcripts/blackmail-harmful?step=1`);
      await page.getByTestId('step-count').filter({ hasText: '1 of' }).waitFor();
      const total = Number((await page.getByTestId('step-count').textContent()).match(/of (\d+)/)[1]);
      for (let step = 2; step <= total; step += 1) {
        // The elements on screen now, each with its words, kept by reference across the step.
        await page.evaluate(() => {
          window.shownBefore = [...document.querySelectorAll('.email, .reasoning-step, .final-action')]
            .map((element) => ({ element, words: element.textContent }));
        });
        await page.getByTestId('step-next').click();
        await page.getByTestId('step-count').filter({ hasText: `${step} of` }).waitFor();
        const changed = await page.evaluate(() => window.shownBefore
          .filter(({ element, words }) => !element.isConnected || element.textContent !== words).length);
        assert.equal(changed, 0, `step ${step}: no item shown before was replaced or rewritten`);
        assert.equal(await visibleItems(page), await page.evaluate(() => window.shownBefore.length) + 1, `step ${step} shows one more item`);
      }
    });
  });

  it('hovering or focusing a reasoning step highlights the emails it relies on', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/transcripts/blackmail-harmful`);
      const step = page.locator('.reasoning-step').first();
      const refs = (await step.getAttribute('data-refs')).split(' ');
      await step.focus();
      for (const ref of refs) {
        await page.locator(`.email.highlight[data-email="${ref}"]`).waitFor();
      }
      assert.equal(await page.locator('.email.highlight').count(), refs.length);
      await step.blur();
      await page.locator('.email.highlight').first().waitFor({ state: 'detached' });
      await page.locator('.reasoning-step').nth(1).hover();
      assert.ok((await page.locator('.email.highlight').count()) > 0);
    });
  });

  it('every excerpt on screen equals the study notes character for character, with a marked translation in Chinese', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/transcripts?lang=zh`);
      await page.locator('.excerpt').first().waitFor();
      const texts = await quotesAsWritten(page.getByTestId('excerpt-text'));
      // The source's emphasis is emphasis on screen, not asterisks ("**Option 2: …**" before).
      assert.deepEqual((await page.getByTestId('excerpt-text').allTextContents()).filter((t) => t.includes('*')), []);
      assert.ok(await page.locator('[data-testid="excerpt-text"] em').count() > 0, 'an emphasised part');
      assert.ok(texts.length >= 12, `${texts.length} excerpts`);
      for (const text of texts) {
        assert.ok(studyQuotes.includes(`"${text}"`), `not verbatim: ${text}`);
      }
      assert.equal(await page.getByTestId('excerpt-translation').count(), texts.length);
      assert.match(await page.locator('.translation-label').first().textContent(), /译文/);
      assert.equal(await page.locator('.excerpt > blockquote[lang="en"]').count(), texts.length);
    });
  });

  it('an excerpt links to its stage of a run and to the explorer condition', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/transcripts`);
      const excerpt = page.locator('.excerpt[data-excerpt="gpt45-lethal-reasoning"]');
      await excerpt.getByRole('link', { name: "This model's published rate in this scenario" }).click();
      await page.getByTestId('headline').filter({ hasText: 'GPT-4.5 Preview cancelled the emergency alert' }).waitFor();
      await page.goBack();
      await page.locator('.excerpt[data-excerpt="gpt45-lethal-reasoning"]').getByRole('link', { name: /similar/ }).click();
      await page.getByTestId('step-count').waitFor();
      await page.waitForURL((url) => url.href.includes('/transcripts/murder-harmful/?step='));
      assert.equal(await page.locator('.reasoning-step').count(), 1, 'opens at the first reasoning step');
    });
  });

  it('the explorer links to an example run and back, in Chinese too', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/explore?scenario=leaking&goal=explicit-america&urgency=none&variant=default&model=claude-opus-4&lang=zh`);
      await page.getByTestId('example-link').getByRole('link').click();
      await page.locator('article[data-transcript^="leaking-"]').waitFor();
      assert.match(await page.getByTestId('illustrative-label').textContent(), /示例/);
      await page.getByRole('link', { name: '查看此条件下的数字' }).click();
      await page.getByTestId('headline').filter({ hasText: '泄露文件' }).waitFor();
      await page.waitForURL((url) => url.href.includes('scenario=leaking&goal=explicit-america&urgency=none'));

      await page.goto(`${origin()}/#/explore?scenario=murder&goal=none&urgency=restriction&variant=default&model=claude-opus-4&lang=en`);
      assert.match(await page.getByTestId('example-differs').textContent(), /closest one differs in/);
      await page.goto(`${origin()}/#/explore?scenario=blackmail&goal=none&urgency=none&variant=default&model=claude-opus-4&lang=en`);
      assert.equal(await page.getByTestId('example-differs').count(), 0, 'the control has its own run');
    });
  });

  it('an unknown run says so and offers the index', async () => {
    await withPage({}, async (page) => {
      // Inside the app, as a link to a run that was renamed would lead there (an address with no
      // file of its own gets the host's answer).
      await page.goto(`${origin()}/#/transcripts`);
      await goInApp(page, '#/transcripts/no-such-run');
      await page.locator('.notice').filter({ hasText: 'no-such-run' }).waitFor();
      await page.getByRole('link', { name: 'All example runs' }).first().click();
      await page.locator('.transcript-card').first().waitFor();
    });
  });

  it('saves screenshots of the inbox, reasoning and action stages, desktop and phone, in both languages', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      for (const lang of ['en', 'zh']) {
        await withPage({ width, height }, async (page) => {
          await page.goto(`${origin()}/#/transcripts/blackmail-harmful?lang=${lang}`);
          await page.locator('[data-stage="action"]').waitFor();
          for (const stage of ['inbox', 'reasoning', 'action']) {
            await page.locator(`[data-stage="${stage}"]`).scrollIntoViewIfNeeded();
            await page.locator(`[data-stage="${stage}"]`).screenshot({ path: join(root, `tests/e2e/artifacts/transcript-${stage}-${lang}-${width}.png`) });
          }
          await page.goto(`${origin()}/#/transcripts?lang=${lang}`);
          await page.locator('.excerpt').first().waitFor();
          await screenshot(page, `transcripts-index-${lang}-${width}`);
        });
      }
    }
  });
});
