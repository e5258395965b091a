// Keyboard only: on every route, Tab alone reaches every control on the page, and each one shows a
// visible focus ring when it gets there. Then the main flows are done with keys alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumSuite, headline } from './harness.mjs';
import { VIEWS, views } from './routes.mjs';

const { withPage, origin } = chromiumSuite();

const phone = { width: 390, height: 844 };
const routes = [
  ...views('home', 'explorer', 'explorer eval'),
  ['explorer on a phone', VIEWS.explorer.hash, VIEWS.explorer.ready, phone],
  ...views('story prediction', 'story', 'transcripts', 'transcript step', 'myths', 'classroom', 'handout', 'sources', 'since', 'your runs'),
];

/**
 * Labels every control a keyboard user must be able to reach with `data-kb`: one stop per radio
 * group (Tab enters a group once; arrows move inside it), one per other control. Returns them.
 */
function markControls() {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex="-1"])';
  const stops = [];
  for (const element of document.querySelectorAll(selector)) {
    const radio = element.type === 'radio';
    // Hidden controls (closed disclosures, hidden panels) are not stops; a radio is drawn by its label.
    const drawn = radio ? document.querySelector(`label[for="${element.id}"]`) ?? element : element;
    if (drawn.getClientRects().length === 0) continue;
    const stop = radio ? `radio group ${element.name}` : `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || element.id).trim().slice(0, 40)}" #${stops.length}`;
    if (!stops.includes(stop)) stops.push(stop);
    element.dataset.kb = stop;
  }
  return stops;
}

/** The focused control's stop, and whether its focus ring (or its label's, for a hidden input) shows. */
function focusedStop() {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null;
  const box = element.getBoundingClientRect();
  const hidden = box.width < 4 || box.height < 4 || getComputedStyle(element).opacity === '0';
  const ringOf = (node) => {
    const style = getComputedStyle(node);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  };
  return { stop: element.dataset.kb ?? `unmarked ${element.tagName}`, ring: ringOf(hidden && label ? label : element) };
}

describe('keyboard only', () => {
  for (const [name, hash, ready, viewport = {}] of routes) {
    it(`${name}: Tab reaches every control, each with a visible focus ring`, async () => {
      await withPage(viewport, async (page) => {
        await page.goto(`${origin()}/${hash}`);
        await page.locator(ready).first().waitFor();
        const stops = await page.evaluate(markControls);
        assert.ok(stops.length > 3, `${name} has controls (${stops.length})`);
        const reached = new Set();
        const noRing = [];
        for (let i = 0; i < stops.length + 10; i += 1) {
          await page.keyboard.press('Tab');
          const focused = await page.evaluate(focusedStop);
          if (!focused) continue;
          reached.add(focused.stop);
          if (!focused.ring) noRing.push(focused.stop);
        }
        assert.deepEqual(stops.filter((s) => !reached.has(s)), [], `${name}: controls Tab never reaches`);
        assert.deepEqual(noRing, [], `${name}: focused without a visible ring`);
      });
    });
  }

  it('the explorer can be changed, shared and read with keys alone', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/explore`);
      await headline(page).waitFor();
      // Skip link first, then into the page: the first radio group is the scenario.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
      await page.keyboard.press('Enter');
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement.name === 'scenario')) break;
      }
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.href.includes('scenario=leaking'));
      assert.match(await headline(page).textContent(), /leaked/);
    });
  });

  it('the quiz can be answered with keys alone', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${origin()}/#/classroom`);
      await page.locator('.quiz').waitFor();
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement.closest('.quiz') && document.activeElement.type === 'radio')) break;
      }
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.locator('.quiz .feedback').first().waitFor();
    });
  });

  it(`the focus follows the reader: to a new page's heading, into and out of a view, and on a stepper's button at its end`, async () => {
    const focused = (page) => page.evaluate(() => {
      const element = document.activeElement;
      const box = element.getBoundingClientRect();
      return { tag: element.tagName, testid: element.dataset.testid ?? '', text: element.textContent.trim().slice(0, 60), onScreen: box.bottom > 0 && box.top < innerHeight };
    });
    await withPage({ width: 1280, height: 800 }, async (page) => {
      // The story's "Next step", from the first step to the last, then once more.
      await page.goto(`${origin()}/story/`);
      await page.getByTestId('story-next').focus();
      const total = await page.locator('.dots li').count();
      for (let step = 2; step <= total; step += 1) {
        await page.keyboard.press('Enter');
        await page.locator(`.story[data-step="${step}"]`).waitFor();
        const title = (await page.locator('main h1').textContent()).trim();
        assert.deepEqual(await focused(page), { tag: 'H1', testid: '', text: title.slice(0, 60), onScreen: true }, `step ${step}: the focus on its heading`);
        await page.getByTestId('story-next').focus();
      }
      await page.keyboard.press('Enter');
      assert.equal(await page.getByTestId('story-next').getAttribute('aria-disabled'), 'true');
      assert.equal((await focused(page)).testid, 'story-next', 'at the last step, "Next" keeps the focus');

      // A run stepped through to its end keeps the focus on its "Next".
      await page.goto(`${origin()}/transcripts/blackmail-harmful/?step=1`);
      const next = page.getByTestId('step-next');
      await next.focus();
      while ((await next.getAttribute('aria-disabled')) !== 'true') await page.keyboard.press('Enter');
      assert.equal((await focused(page)).testid, 'step-next', 'at the last step, "Next" keeps the focus');

      // A link far down the runs' list opens the run at its top, the focus on its heading.
      await page.goto(`${origin()}/transcripts/`);
      const last = page.locator('main a[href*="murder-refrained"]').last();
      await last.focus();
      assert.ok(await page.evaluate(() => scrollY > 400), 'the link is far down the list');
      await page.keyboard.press('Enter');
      await page.waitForURL(/murder-refrained/);
      await page.locator('[data-stage="action"]').waitFor();
      assert.equal(await page.evaluate(() => scrollY), 0, 'the run starts at its top');
      assert.equal((await focused(page)).tag, 'H1', `the focus on the run's heading`);

      // The explorer's "Is this a test?" view: in, the focus on its heading; out, on the button again.
      await page.goto(`${origin()}/explore/`);
      await page.getByTestId('open-eval').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('eval-view').waitFor();
      const inView = await focused(page);
      assert.ok(inView.tag === 'H2' && inView.onScreen, `the focus on the view's heading (${JSON.stringify(inView)})`);
      await page.getByTestId('eval-back').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('open-eval').waitFor();
      const back = await focused(page);
      assert.ok(back.testid === 'open-eval' && back.onScreen, `back on the button that opened it (${JSON.stringify(back)})`);

      // A header link keeps the focus where it is.
      await page.locator('header nav a[href$="myths/"]').focus();
      await page.keyboard.press('Enter');
      await page.locator('.myth').first().waitFor();
      assert.match((await focused(page)).text, /Myths/i, `the focus stays on the header's link`);
    });
  });
});
