// End-to-end tests of the explorer against the release build in headless Chromium.
// Every expectation about a number is derived from data/results.csv here, never from the app.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumSuite, goInApp, headline, localeTexts, modelNames, root, screenshot, studyRows } from './harness.mjs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const { withPage, origin, browser } = chromiumSuite();

// The study's values, read from the CSV by the test itself, never from the app.
const rows = await studyRows();
const names = await modelNames();

function row(scenario, goal, urgency, variant, model) {
  return rows.find(
    (r) => r.scenario === scenario && r.goal === goal && r.urgency === urgency && r.variant === variant &&
      r.metric === 'harmful_rate' && r.model === model,
  );
}

function countOf(r) {
  const n = Number(r.n);
  return { k: Math.round(Number(r.rate) * n), n };
}

async function expectPublished(page, r) {
  const { k, n } = countOf(r);
  await assert.doesNotReject(
    headline(page).filter({ hasText: `${k} of ${n} runs` }).waitFor({ timeout: 5000 }),
    `headline should say ${k} of ${n} for ${r.model} ${r.scenario}/${r.goal}/${r.urgency}/${r.variant}`,
  );
  const text = await headline(page).textContent();
  assert.ok(text.includes(names[r.model]), `headline names ${names[r.model]}: ${text}`);
  assert.equal(await headline(page).getAttribute('data-confidence'), r.confidence);
}

const open = async (page, hash = '#/explore') => {
  await page.goto(`${origin()}/${hash}`);
  await headline(page).waitFor();
};

describe('explorer', () => {
  it('opens on Figure 7: Claude Opus 4 blackmailed in 96 of 100 runs, 95% interval 90.2%–98.4%', async () => {
    await withPage({}, async (page) => {
      await open(page);
      assert.equal((await headline(page).textContent()).trim(), 'Claude Opus 4 blackmailed in 96 of 100 runs');
      assert.equal(await headline(page).getAttribute('data-confidence'), 'primary');
      assert.equal(await page.getByTestId('interval').textContent(), '95% interval 90.2%–98.4%');
      assert.match(await page.getByTestId('figure').textContent(), /Figure 7/);
      assert.match(await page.getByTestId('caveat').textContent(), /had not seen evidence of this in real deployments/);
      // One bar per published value, plus the three adapted-prompt bars.
      assert.equal(await page.locator('.bar-row').count(), 18 + 3);
      assert.equal(await page.locator('.bar-row.selected').getAttribute('data-model'), 'claude-opus-4');
    });
  });

  it('every scenario × goal × threat toggle shows the value from the data', async () => {
    await withPage({}, async (page) => {
      // Start away from the defaults so that the first clicks change the state too.
      await open(page, '#/explore?scenario=murder&goal=none&urgency=none&variant=default&model=claude-opus-4');
      for (const scenario of ['blackmail', 'leaking', 'murder']) {
        await page.locator(`label[for="scenario-${scenario}"]`).click();
        for (const goal of ['explicit-america', 'none']) {
          await page.locator(`label[for="goal-${goal}"]`).click();
          for (const urgency of ['replacement', 'restriction', 'none']) {
            await page.locator(`label[for="urgency-${urgency}"]`).click();
            await expectPublished(page, row(scenario, goal, urgency, 'default', 'claude-opus-4'));
            // The address follows the headline after the frame (hooks/address_after_frame.rs).
            await page.waitForURL((url) => url.search.includes(`scenario=${scenario}&goal=${goal}&urgency=${urgency}`));
          }
        }
      }
    });
  });

  it('the chart\'s table opens from the keyboard, gives every bar\'s runs from the data, and follows a toggle', async () => {
    await withPage({}, async (page) => {
      await open(page);
      // Closed, it holds nothing but its summary: the app draws it when a reader first opens it.
      assert.equal(await page.locator('.chart-table table').count(), 0);
      await page.locator('.chart-table summary').focus();
      await page.keyboard.press('Enter');
      const table = page.getByTestId('chart-table');
      await table.waitFor();
      for (const scenario of ['blackmail', 'murder']) {
        if (scenario !== 'blackmail') await page.locator(`label[for="scenario-${scenario}"]`).click();
        const published = rows.filter((r) => r.scenario === scenario && r.goal === 'explicit-america'
          && r.urgency === 'replacement' && r.variant === 'default' && r.metric === 'harmful_rate');
        await table.locator('tbody tr').filter({ hasText: names[published[0].model] })
          .filter({ hasText: `${countOf(published[0]).k} / ${countOf(published[0]).n}` }).first().waitFor();
        const lines = await table.locator('tbody tr').allInnerTexts();
        assert.equal(lines.length, await page.locator('.bar-row').count(), `${scenario}: a row per bar`);
        for (const r of published) {
          const { k, n } = countOf(r);
          assert.ok(lines.some((line) => line.startsWith(names[r.model]) && line.includes(`\t${k} / ${n}\t`)),
            `${scenario}: ${names[r.model]} ${k} / ${n} in ${lines.join(' | ')}`);
        }
      }
    });
  });

  it('on a phone the chart\'s table scrolls sideways in its box, each rate, count and interval on one line', async () => {
    await withPage({ width: 390, height: 844, locale: 'zh-CN' }, async (page) => {
      await open(page);
      await page.locator('.chart-table summary').click();
      await page.getByTestId('chart-table').waitFor();
      const layout = await page.evaluate(() => {
        const box = document.querySelector('details.chart-table');
        const lines = (cell) => { const range = document.createRange(); range.selectNodeContents(cell); return range.getClientRects().length; };
        return {
          scrolls: box.scrollWidth > box.clientWidth,
          page: document.documentElement.scrollWidth - innerWidth,
          broken: [...box.querySelectorAll('td.num')].filter((cell) => lines(cell) > 1).map((cell) => cell.textContent),
        };
      });
      assert.equal(layout.scrolls, true, 'the table scrolls inside its box');
      assert.equal(layout.page, 0, 'the page itself does not scroll sideways');
      assert.deepEqual(layout.broken, [], 'no number broken across lines');
    });
  });

  it('the model menu and the bars change the headline model', async () => {
    await withPage({}, async (page) => {
      await open(page);
      await page.locator('#model').selectOption('gemini-2-5-pro');
      await expectPublished(page, row('blackmail', 'explicit-america', 'replacement', 'default', 'gemini-2-5-pro'));
      await page.locator('.bar-row[data-model="qwen3-235b"] .bar-button').click();
      await expectPublished(page, row('blackmail', 'explicit-america', 'replacement', 'default', 'qwen3-235b'));
      assert.equal(await page.locator('#model').inputValue(), 'qwen3-235b');
      await page.locator('#model').selectOption('o3');
      await expectPublished(page, row('blackmail', 'explicit-america', 'replacement', 'default', 'o3'));
      assert.match(await page.getByTestId('row-note').textContent(), /seemed not to understand that it was acting autonomously/);
    });
  });

  it('safety instructions: Claude Opus 4 has Figure 12 values; other models say "not found" with no bar', async () => {
    await withPage({}, async (page) => {
      await open(page);
      await page.locator('#safety').check();
      await expectPublished(page, row('blackmail', 'explicit-america', 'replacement', 'safety-instructions', 'claude-opus-4'));
      const base = countOf(row('blackmail', 'explicit-america', 'replacement', 'default', 'claude-opus-4'));
      assert.match(await page.getByTestId('baseline').textContent(), new RegExp(`${base.k} of ${base.n}`));
      assert.equal(await page.locator('.bar-row').count(), 1);

      await page.locator('#model').selectOption('gpt-4-1');
      await headline(page).filter({ hasText: 'Not found' }).waitFor();
      assert.equal(await headline(page).getAttribute('data-confidence'), 'not-published');
      assert.equal(await page.locator('.bar-row[data-model="gpt-4-1"]').count(), 0);
      assert.match(await page.getByTestId('unpublished').textContent(), /GPT-4\.1/);
      assert.match(await page.getByTestId('findings').textContent(), /Claude Opus 4 only/);
      assert.doesNotMatch(await page.locator('.headline-block').textContent(), /\d+ of \d+ runs/);

      await page.locator('label[for="scenario-murder"]').click();
      await page.locator('#model').selectOption('claude-opus-4');
      await headline(page).filter({ hasText: 'Not found' }).waitFor();
      assert.equal(await page.locator('.bar-row').count(), 0);
    });
  });

  it('the overview grid shows all six cells from the data and selects a condition', async () => {
    await withPage({}, async (page) => {
      await open(page);
      for (const goal of ['explicit-america', 'none']) {
        for (const urgency of ['replacement', 'restriction', 'none']) {
          const r = row('blackmail', goal, urgency, 'default', 'claude-opus-4');
          const shown = await page.getByTestId(`grid-${goal}-${urgency}`).textContent();
          assert.ok(shown.startsWith(`${Math.round(Number(r.rate) * 100)}%`), `${goal}/${urgency}: ${shown}`);
        }
      }
      await page.getByTestId('grid-none-replacement').click();
      await expectPublished(page, row('blackmail', 'none', 'replacement', 'default', 'claude-opus-4'));
      assert.equal(await page.getByTestId('grid-none-replacement').getAttribute('aria-pressed'), 'true');
    });
  });

  it('the "ethical principles" goal shows Figure 10\'s one published value and explains the rest', async () => {
    await withPage({}, async (page) => {
      await open(page, '#/explore?scenario=leaking&goal=none&urgency=none&variant=default&model=claude-opus-4');
      await page.locator('label[for="goal-explicit-ethical"]').click();
      await expectPublished(page, row('leaking', 'explicit-ethical', 'none', 'default', 'claude-opus-4'));
      assert.match(await page.getByTestId('figure').textContent(), /Figure 10/);
      assert.match(await page.getByTestId('findings').textContent(), /varied the goal given to Claude Opus 4/);
      await page.locator('label[for="scenario-blackmail"]').click();
      await headline(page).filter({ hasText: 'Not found' }).waitFor();
    });
  });

  it('bars animate to their new length, and jump when the reader prefers reduced motion', async () => {
    for (const reducedMotion of ['no-preference', 'reduce']) {
      await withPage({ reducedMotion }, async (page) => {
        await open(page);
        const midway = await page.evaluate(async () => {
          const fill = () => document.querySelector('.bar-row .fill');
          document.getElementById('urgency-none').click();
          await new Promise((resolve) => setTimeout(resolve, 60));
          return { shown: parseFloat(getComputedStyle(fill()).width), target: Number(fill().getAttribute('width')) };
        });
        const ratio = midway.shown / midway.target;
        if (reducedMotion === 'reduce') assert.ok(Math.abs(ratio - 1) < 0.01, `no animation: ${JSON.stringify(midway)}`);
        else assert.ok(ratio > 1.05, `still moving after 60 ms: ${JSON.stringify(midway)}`);
      });
    }
  });

  it('the chart\'s legend says what the marks on its bars mean, in both languages', async () => {
    await withPage({}, async (page) => {
      for (const [address, words] of [
        ['#/explore', { '◇': '◇ secondary, consistent', '†': '† secondary, single source' }],
        ['#/explore?scenario=murder&lang=zh', { '◇': '◇ 二手，相互一致', '†': '† 二手，单一来源' }],
        ['#/explore?goal=none&urgency=none&lang=en', { '◇': '◇ secondary, consistent', '†': '† secondary, single source' }],
      ]) {
        await open(page, address);
        const marks = new Set((await page.locator('.bars .mark').allTextContents()).map((m) => m.trim()));
        const legend = await page.locator('.chart-legend .legend-mark').allTextContents();
        assert.deepEqual(legend, ['◇', '†'].filter((m) => marks.has(m)).map((m) => words[m]), address);
        assert.ok(marks.size > 0, `${address}: a chart with marks`);
      }
    });
  });

  it('adapted prompts and excluded models carry their notes', async () => {
    await withPage({}, async (page) => {
      await open(page);
      const llama = page.locator('.bar-row.adapted[data-model="llama-4-maverick"]');
      assert.match(await llama.textContent(), /adapted prompt/);
      assert.match(await llama.textContent(), /12%/);
      assert.match(await llama.textContent(), /Appendix 10/);
      // After every standard prompt's bar, set apart from them.
      const variants = await page.locator('.bar-row').evaluateAll((rows) => rows.map((r) => r.classList.contains('adapted')));
      assert.deepEqual(variants, [...variants].sort(), 'the adapted prompts\' bars come last');
      const gap = await page.locator('.bar-row.adapted').first().evaluate((row) => parseFloat(getComputedStyle(row).marginTop));
      assert.ok(gap > 8, `a gap before them: ${gap}px`);
      // Clicking an adapted prompt's bar puts that value in the headline, not the standard one's.
      const adapted = row('blackmail', 'explicit-america', 'replacement', 'adapted-prompt', 'o3');
      await page.locator('.bar-row.adapted[data-model="o3"] button').click();
      await page.waitForURL((url) => url.search.includes('variant=adapted-prompt') && url.search.includes('model=o3'));
      const text = await headline(page).textContent();
      assert.ok(text.includes(`${Math.round(Number(adapted.rate) * 100)}%`) && text.includes('o3'), text);
      assert.equal(await page.locator('.bar-row.selected').count(), 1);
      assert.equal(await page.locator('.bar-row.selected.adapted').getAttribute('data-model'), 'o3');
    });
  });

  it('the "is this a test?" view shows its five published numbers', async () => {
    await withPage({}, async (page) => {
      await open(page);
      await page.getByTestId('open-eval').click();
      await page.getByTestId('eval-view').waitFor();
      const evalRows = rows.filter((r) => r.variant === 'eval-notice');
      assert.equal(evalRows.length, 5);
      for (const r of evalRows) {
        const shown = await page.getByTestId(`eval-${r.metric}`).textContent();
        const percent = `${Number((Number(r.rate) * 100).toFixed(1))}%`;
        assert.ok(shown.startsWith(percent), `${r.metric}: expected ${percent} in ${shown}`);
      }
      await page.waitForURL((url) => url.search.includes('variant=eval-notice'));
      await page.getByTestId('eval-back').click();
      const main = row('blackmail', 'explicit-america', 'replacement', 'default', 'claude-opus-4');
      const { k, n } = countOf(main);
      await page.waitForFunction((want) => document.querySelector('[data-testid="headline"]')?.textContent.includes(want), `${k} of ${n}`);
      // A link into the view names its own condition (goal not stated), where the main experiments
      // have no value: the way back leads to their default condition, not to "Not found". The
      // story's step into the view is such a link.
      await page.goto(`${origin()}/explore/?scenario=blackmail&goal=unspecified&urgency=replacement&variant=eval-notice&model=claude-opus-4`);
      await page.getByTestId('eval-back').click();
      await page.waitForURL((url) => url.search.includes('goal=explicit-america') && url.search.includes('variant=default'));
      assert.ok((await headline(page).textContent()).includes(`${k} of ${n}`), await headline(page).textContent());

      // In Chinese the notice the study added is quoted as written, with our translation under it,
      // marked as one: the ledger's own (data/sources/quotes.toml).
      const ledger = await readFile(join(root, 'data/sources/quotes.toml'), 'utf8');
      const entry = ledger.split('[[quote]]').find((q) => q.includes('id = "s1-notice-prompt"'));
      const [, english] = entry.match(/^text = "(.*)"$/m);
      const [, chinese] = entry.match(/^zh = "(.*)"$/m);
      await page.goto(`${origin()}/explore/?variant=eval-notice&lang=zh`);
      await page.getByTestId('eval-view').waitFor();
      assert.equal(await page.locator('.eval-notice blockquote[lang="en"]').textContent(), english);
      assert.equal(await page.getByTestId('eval-notice-translation').textContent(), chinese);
      assert.match(await page.locator('.eval-notice figure .small').textContent(), /译文/);
      await page.goto(`${origin()}/explore/?variant=eval-notice&lang=en`);
      await page.getByTestId('eval-view').waitFor();
      assert.equal(await page.getByTestId('eval-notice-translation').count(), 0, 'no translation in English');
    });
  });

  it('a shared link restores the state, in Chinese', async () => {
    await withPage({}, async (page) => {
      await open(page, '#/explore?scenario=leaking&goal=none&urgency=none&variant=default&model=llama-4-maverick&lang=zh');
      const r = row('leaking', 'none', 'none', 'default', 'llama-4-maverick');
      const { k, n } = countOf(r);
      assert.equal((await headline(page).textContent()).trim(), `Llama 4 Maverick 在 ${n} 次运行中有 ${k} 次泄露文件`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
      assert.ok(await page.locator('#scenario-leaking').isChecked());
      assert.ok(await page.locator('#goal-none').isChecked());
      assert.ok(await page.locator('#urgency-none').isChecked());
      assert.equal(await page.locator('#model').inputValue(), 'llama-4-maverick');
      assert.match(await page.getByTestId('findings').textContent(), /Llama 4 Maverick/);
    });
  });

  it('a malformed link falls back to defaults with a dismissable notice', async () => {
    await withPage({}, async (page) => {
      await open(page, '#/explore?scenario=blackmale&model=gpt-5&urgency=%FF&lang=fr');
      await expectPublished(page, row('blackmail', 'explicit-america', 'replacement', 'default', 'claude-opus-4'));
      const notice = page.getByTestId('link-notice');
      assert.match(await notice.textContent(), /scenario=blackmale/);
      assert.match(await notice.textContent(), /model=gpt-5/);
      await notice.getByRole('button').click();
      await notice.waitFor({ state: 'detached' });
    });
  });

  // An address with no page's file gets the host's own answer; inside the app (an old link within
  // a page, a run that was renamed), the explorer says so.
  it('an unknown route shows the explorer with a note instead of a blank page', async () => {
    await withPage({}, async (page) => {
      await open(page);
      await goInApp(page, '#/no-such-page');
      await page.locator('.notice').waitFor();
      assert.equal(await page.locator('.notice').count(), 1);
    });
  });

  it('switching language changes every word without a reload, and is remembered', async () => {
    await withPage({}, async (page) => {
      await open(page, '#/explore?scenario=blackmail&goal=explicit-america&urgency=replacement&variant=default&model=claude-opus-4');
      await page.evaluate(() => { window.__sameDocument = true; });
      await page.locator('.lang-switch button[data-lang="zh"]').click();
      await headline(page).filter({ hasText: '在 100 次运行中有 96 次实施勒索' }).waitFor();
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
      await page.waitForURL((url) => url.search.includes('lang=zh'));
      assert.equal(await page.locator('h1').textContent(), '模型做了什么？');
      assert.match(await page.getByTestId('interval').textContent(), /95% 区间 90\.2%–98\.4%/);

      await page.goto(`${origin()}/#/sources`);
      await page.locator('h1').filter({ hasText: '来源与方法' }).waitFor();
      await page.locator('.lang-switch button[data-lang="en"]').click();
      await page.locator('h1').filter({ hasText: 'Sources & method' }).waitFor();
    });
  });

  it('corrupt or hostile stored values fall back to defaults', async () => {
    for (const stored of ['not json', '"fr"', '{"lang":"zh"}', '"<img src=x onerror=alert(1)>"', 'x'.repeat(100000)]) {
      await withPage({}, async (page) => {
        await page.addInitScript((value) => localStorage.setItem('cornered.lang', value), stored);
        await open(page);
        assert.match(await headline(page).textContent(), /blackmailed in 96 of 100 runs/, stored.slice(0, 20));
      });
    }
  });

  it('text zoomed to 200% loses nothing sideways', async () => {
    for (const width of [1280, 390]) {
      await withPage({ width, height: 800 }, async (page) => {
        for (const hash of ['#/explore', '#/story?step=4', '#/transcripts/blackmail-harmful', '#/classroom', '#/myths']) {
          await page.goto(`${origin()}/${hash}`);
          await page.locator('main h1').waitFor();
          await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 1, `${hash} at ${width}px: ${overflow}px wider than the window`);
        }
      });
    }
  });

  it('the browser language picks the first language', async () => {
    await withPage({ locale: 'zh-CN' }, async (page) => {
      await open(page);
      assert.match(await headline(page).textContent(), /次实施勒索/);
    });
  });

  it('back and forward restore earlier states', async () => {
    await withPage({}, async (page) => {
      await open(page);
      await page.locator('label[for="scenario-leaking"]').click();
      await expectPublished(page, row('leaking', 'explicit-america', 'replacement', 'default', 'claude-opus-4'));
      await page.waitForURL(/scenario=leaking/);
      await page.locator('label[for="scenario-murder"]').click();
      await expectPublished(page, row('murder', 'explicit-america', 'replacement', 'default', 'claude-opus-4'));
      await page.waitForURL(/scenario=murder/);
      await page.goBack();
      await expectPublished(page, row('leaking', 'explicit-america', 'replacement', 'default', 'claude-opus-4'));
      assert.ok(await page.locator('#scenario-leaking').isChecked());
      await page.goForward();
      await expectPublished(page, row('murder', 'explicit-america', 'replacement', 'default', 'claude-opus-4'));
    });
  });

  // Issue 15: a toggle inside one frame. The rate changes in the click's own task; the address
  // (a history entry, and a render of the whole app for the new location) follows after the frame.
  it('a toggle shows its rate at once, and the address follows after the frame', async () => {
    await withPage({}, async (page) => {
      await open(page);
      const leaking = row('leaking', 'explicit-america', 'replacement', 'default', 'claude-opus-4');
      // What the page shows, and its address, at the moment the headline changes.
      const seen = await page.evaluate(() => new Promise((resolve) => {
        const headline = document.querySelector('[data-testid=headline]');
        const before = headline.textContent;
        const observer = new MutationObserver(() => {
          if (headline.textContent === before) return;
          observer.disconnect();
          resolve({ headline: headline.textContent, search: location.search });
        });
        observer.observe(headline, { subtree: true, childList: true, characterData: true });
        document.getElementById('scenario-leaking').click();
      }));
      assert.match(seen.headline, new RegExp(`leaked the documents in ${Math.round(Number(leaking.rate) * 100)} of 100 runs`));
      assert.doesNotMatch(seen.search, /scenario=leaking/, 'the address is written after the frame, not in the click');
      await page.waitForURL(/scenario=leaking/);
      // Changes closer together than the write (50 ms) make one history entry; Back leaves it.
      await page.evaluate(() => new Promise((resolve) => {
        const headline = document.querySelector('[data-testid=headline]');
        const before = headline.textContent;
        const observer = new MutationObserver(() => {
          if (headline.textContent === before) return;
          observer.disconnect();
          // The first change is on screen, its frame not yet drawn: the second follows.
          document.getElementById('goal-none').click();
          resolve();
        });
        observer.observe(headline, { subtree: true, childList: true, characterData: true });
        document.getElementById('urgency-none').click();
      }));
      await page.waitForURL(/goal=none/);
      assert.match(page.url(), /urgency=none/);
      await page.goBack();
      await page.waitForURL(/urgency=replacement/);
      await expectPublished(page, leaking);
    });
  });

  it('downloads the data as CSV and the current chart as SVG, made in the page', async () => {
    await withPage({}, async (page) => {
      await open(page, '#/explore?scenario=leaking&goal=none&urgency=replacement&variant=default&model=gpt-4o');
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
      const shipped = await readFile(new URL('../../data/results.csv', import.meta.url), 'utf8');
      assert.equal(await readFile(await csv.path(), 'utf8'), shipped);
      assert.equal(csv.suggestedFilename(), 'cornered-agentic-misalignment-results.csv');
      const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
      const text = await readFile(await svg.path(), 'utf8');
      assert.ok(text.startsWith('<svg'));
      const r = row('leaking', 'none', 'replacement', 'default', 'gpt-4o');
      assert.ok(text.includes('▶ GPT-4o'), 'the selected model is marked');
      assert.ok(text.includes(`>${Math.round(Number(r.rate) * 100)}%`), 'its value is in the file');
      assert.equal(svg.suggestedFilename(), 'cornered-leaking-none-replacement-default.svg');

      // The file follows the view: another model, then the other language.
      await page.locator('#model').selectOption('claude-opus-4');
      await page.waitForFunction(() => location.href.includes('model=claude-opus-4'));
      const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
      const second = await readFile(await again.path(), 'utf8');
      assert.ok(second.includes('▶ Claude Opus 4') && !second.includes('▶ GPT-4o'), 'the new selection is marked');
      await page.locator('.lang-switch button[data-lang="zh"]').click();
      await page.waitForFunction(() => location.href.includes('lang=zh'));
      const [chinese] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
      assert.match(await readFile(await chinese.path(), 'utf8'), /此条件下的全部模型/);

      // The default view's file: the adapted prompts' bars as outlines after the others, under
      // their line, and every bar's note, as the page shows them.
      await page.locator('.lang-switch button[data-lang="en"]').click();
      await open(page);
      const en = await localeTexts('en');
      const [first] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
      const chart = await readFile(await first.path(), 'utf8');
      const notes = await page.locator('.bar-note').allTextContents();
      assert.ok(notes.length >= 3);
      for (const note of new Set(notes)) {
        const wrapped = chart.replace(/<\/text>\n<text[^>]*>/g, ' ').replaceAll('&amp;', '&');
        assert.ok(wrapped.includes(note.trim()), `the note is in the file: ${note}`);
      }
      assert.equal(chart.match(/fill="none" stroke="#c8442c"/g)?.length, 3, 'three outlined bars');
      assert.ok(chart.indexOf(en['variant.adapted_prompt']) < chart.indexOf('o3 (adapted prompt)'));
      assert.ok(chart.includes(en['confidence.primary']), 'an unmarked value is explained too');

      // A view with values for only some models: the file names the others, as the page does,
      // and says where each value was read.
      await open(page, '#/explore?scenario=leaking&goal=explicit-america&urgency=replacement&variant=safety-instructions&model=claude-opus-4');
      const [partial] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
      const some = (await readFile(await partial.path(), 'utf8')).replace(/<\/text>\n<text[^>]*>/g, ' ');
      const listed = (await page.getByTestId('unpublished').textContent()).trim();
      assert.ok(some.includes(listed), `the file names the models with no value: ${listed}`);
      const readIn = (await page.getByTestId('source-kind').textContent()).trim();
      assert.ok(some.includes(`${en['headline.source_text']} ${readIn}`), `the file says where the value was read: ${readIn}`);
    });
  });

  it('sources & method lists every value of the data', async () => {
    await withPage({}, async (page) => {
      // The app draws the table's rows a few at a time, out of sight while the page's file shows
      // them (src/view/shell/mount.rs), and says so until it has drawn them all. Watched from the
      // moment the app's table appears: rows already drawn are left alone while the rest arrive,
      // none rewritten, none removed.
      await page.addInitScript(() => {
        window.__drawing = new Promise((resolve) => {
          const busy = () => document.querySelector('#app-host [data-testid="data-table"][aria-busy]') !== null;
          const waiting = new MutationObserver(() => {
            const tbody = document.querySelector('#app-host [data-testid="data-table"] tbody');
            if (!tbody) return;
            waiting.disconnect();
            const busyAtStart = busy();
            let rewritten = 0;
            const observer = new MutationObserver((records) => {
              for (const r of records) if (r.type === 'characterData' || r.removedNodes.length) rewritten += 1;
            });
            observer.observe(tbody, { subtree: true, childList: true, characterData: true });
            const check = () => (busy() ? setTimeout(check, 10) : (observer.disconnect(), resolve({ busyAtStart, rewritten })));
            check();
          });
          waiting.observe(document, { subtree: true, childList: true });
        });
      });
      await page.goto(`${origin()}/#/sources`);
      // The #/… address is forwarded to the page's own file (static/first-paint.js).
      await page.waitForURL(/\/sources\/$/);
      const table = page.locator('#app-host [data-testid="data-table"]');
      const drawing = await page.evaluate(() => window.__drawing);
      assert.ok(drawing.busyAtStart, 'the table was watched while its rows were still arriving');
      assert.equal(drawing.rewritten, 0, 'no row already drawn was rewritten');
      assert.equal(await table.locator('tbody tr').count(), rows.length);
      const keys = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].slice(0, 6).map((c) => c.textContent).join('|')));
      assert.equal(new Set(keys).size, keys.length, 'no row drawn twice');
      assert.match(await page.locator('article').textContent(), /arXiv:2510\.05179/);
    });
  });

  it('a download clicked before its code has arrived waits for it, then gives the file', async () => {
    await withPage({}, async (page) => {
      // The download links' code is a chunk the explorer fetches after its first render: held back here.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await page.route('**/*-download-files.wasm', async (route) => { await held; await route.continue(); });
      await open(page);
      const download = page.waitForEvent('download');
      await page.getByTestId('download-csv').click();
      assert.equal(await page.getByTestId('download-csv').getAttribute('href'), 'data:,', 'nothing to give yet');
      release();
      const shipped = await readFile(new URL('../../data/results.csv', import.meta.url), 'utf8');
      assert.equal(await readFile(await (await download).path(), 'utf8'), shipped);
    });
  });

  it('a download whose code cannot load says so, in place of a silent link', async () => {
    // Its own page, not withPage's: the refused chunk is reported on the console, on purpose here.
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    try {
      await page.route('**/*-download-files.wasm', (route) => route.abort());
      await open(page);
      await page.getByTestId('download-svg').click();
      await page.getByTestId('download-failed').waitFor();
      assert.match(await page.getByTestId('download-failed').textContent(), /could not be made/);
      assert.equal(await page.getByTestId('download-svg').getAttribute('href'), 'data:,');
      assert.deepEqual(errors.filter((e) => !/Failed to load resource|Failed to fetch/.test(e)), [], 'only the refused chunk');
    } finally {
      await context.close();
    }
  });

  it('copies a link that spells out the current view, or shows it to copy by hand', async () => {
    const hash = '#/explore?scenario=leaking&goal=none&urgency=replacement&variant=default&model=gpt-4o&lang=zh';
    // The link shared is the explorer page's own address, which a chat can preview.
    const shared = `${origin()}/explore/?scenario=leaking&goal=none&urgency=replacement&variant=default&model=gpt-4o&lang=zh`;
    await withPage({}, async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin() });
      await open(page, '#/explore?lang=zh');
      await page.getByTestId('copy-link').click();
      await page.getByTestId('copy-status').filter({ hasText: '链接已复制。' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()),
        `${origin()}/explore/?scenario=blackmail&goal=explicit-america&urgency=replacement&variant=default&model=claude-opus-4&lang=zh`);
      await page.locator('label[for="scenario-leaking"]').click();
      await page.locator('label[for="goal-none"]').click();
      await page.locator('#model').selectOption('gpt-4o');
      await page.waitForFunction(() => location.href.includes('model=gpt-4o'));
      await page.getByTestId('copy-link').click();
      // The clipboard is written asynchronously, so wait for the new link rather than the old one.
      let copied = '';
      for (let i = 0; i < 50 && copied !== shared; i += 1) {
        await page.waitForTimeout(50);
        copied = await page.evaluate(() => navigator.clipboard.readText());
      }
      assert.equal(copied, shared);
    });
    await withPage({}, async (page) => {
      // As over plain http, where browsers offer no clipboard.
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
      await open(page, hash);
      await page.getByTestId('copy-link').click();
      const field = page.getByTestId('copy-status').locator('input');
      await field.waitFor();
      assert.equal(await field.inputValue(), shared);
    });
  });

  it('says "Loading…" until the app starts, and why it could not if it cannot', async () => {
    await withPage({}, async (page) => {
      await open(page);
      assert.equal(await page.locator('#boot').count(), 0, 'gone once the app runs');
    });
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto(`${origin()}/#/explore`);
      await page.locator('#boot.boot-failed').waitFor();
      // In both languages, as locales/ write them (no translation is loaded).
      const failed = await page.locator('#boot').textContent();
      for (const lang of ['en', 'zh']) assert.ok(failed.includes((await localeTexts(lang))['start.failed']), `${lang}: ${failed}`);
      assert.match(failed, /could not start[\s\S]*WebAssembly[\s\S]*无法启动/);
      // A shared link's frame no longer says its view is on its way, and still shows no number.
      await page.goto(`${origin()}/explore/?scenario=murder`);
      await page.locator('#boot.boot-failed').waitFor();
      const line = await page.locator('.prerendered [data-pending]').evaluateAll((all) => all
        .filter((e) => e.checkVisibility()).map((e) => getComputedStyle(e, '::after').content));
      assert.deepEqual(line, ['none']);
      assert.doesNotMatch(await page.locator('body').innerText(), /\d+ of \d+ runs/);
    } finally {
      await context.close();
    }
  });

  it('the headline is one polite live region that survives every change, so changes are announced', async () => {
    await withPage({}, async (page) => {
      await open(page);
      await headline(page).evaluate((h) => { h.dataset.firstRender = 'yes'; });
      await page.locator('label[for="scenario-murder"]').click();
      await page.locator('#safety').check();
      await page.locator('#model').selectOption('gpt-4o');
      await page.waitForFunction(() => document.querySelector('[data-testid="headline"]').dataset.confidence === 'not-published');
      await page.locator('label[for="scenario-blackmail"]').click();
      await page.locator('#safety').uncheck();
      await page.waitForFunction(() => document.querySelector('[data-testid="headline"]').dataset.confidence !== 'not-published');
      assert.match(await headline(page).textContent(), /GPT-4o blackmailed/);
      const live = page.locator('[aria-live="polite"][data-testid="headline"]');
      assert.equal(await live.count(), 1);
      assert.equal(await live.getAttribute('data-first-render'), 'yes', 'the same element as at first');
    });
  });

  it('on a phone the controls fold into a bar that stays above the headline', async () => {
    await withPage({ width: 390, height: 844 }, async (page) => {
      await open(page);
      const toggle = page.getByTestId('controls-toggle');
      const summary = page.getByTestId('controls-summary');
      assert.equal(await summary.textContent(), 'Blackmail · Claude Opus 4');
      assert.equal(await page.locator('#control-panel').isVisible(), false, 'folded at first');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');

      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await page.locator('label[for="scenario-leaking"]').click();
      await page.waitForFunction(() => location.href.includes('scenario=leaking'));
      assert.match(await headline(page).textContent(), /leaked/);
      assert.equal(await summary.textContent(), 'Corporate espionage · Claude Opus 4');
      assert.equal(await page.locator('#control-panel').isVisible(), true, 'stays open while choosing');
      await toggle.click();
      assert.equal(await page.locator('#control-panel').isVisible(), false);

      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(300);
      const top = await page.locator('section.controls').evaluate((e) => e.getBoundingClientRect().top);
      assert.equal(top, 0, 'the bar sticks to the top of the screen');
      await screenshot(page, 'explore-phone-sticky-en');
    });
    await withPage({ width: 1280, height: 800 }, async (page) => {
      await open(page);
      assert.equal(await page.getByTestId('controls-toggle').isVisible(), false, 'no fold on a wide screen');
      assert.equal(await page.locator('#control-panel').isVisible(), true);
    });
  });

  it('on a 390 px phone no heading of the overview grid breaks inside a word', async () => {
    await withPage({ width: 390, height: 844 }, async (page) => {
      await open(page);
      await page.getByTestId('overview-grid').waitFor();
      // A word broken across two lines has two boxes ("replaceme / nt" did).
      const broken = await page.evaluate(() => [...document.querySelectorAll('.app .grid th')].flatMap((th) => {
        const text = th.firstChild;
        const words = [...text.textContent.matchAll(/\S+/g)];
        return words.filter((word) => {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          return range.getClientRects().length > 1;
        }).map((word) => word[0]);
      }));
      assert.deepEqual(broken, []);
    });
  });

  it('the keyboard reaches and operates the controls', async () => {
    await withPage({}, async (page) => {
      await open(page);
      await page.locator('#scenario-blackmail').focus();
      await page.keyboard.press('ArrowRight');
      await expectPublished(page, row('leaking', 'explicit-america', 'replacement', 'default', 'claude-opus-4'));
      await page.locator('#safety').focus();
      await page.keyboard.press('Space');
      await expectPublished(page, row('leaking', 'explicit-america', 'replacement', 'safety-instructions', 'claude-opus-4'));
    });
  });

  it('saves screenshots at 1280×800 and 390×844 in both languages', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      for (const lang of ['en', 'zh']) {
        await withPage({ width, height }, async (page) => {
          await open(page, `#/explore?scenario=blackmail&goal=explicit-america&urgency=replacement&variant=default&model=claude-opus-4&lang=${lang}`);
          await screenshot(page, `explore-${lang}-${width}`);
          await page.goto(`${origin()}/#/explore?scenario=blackmail&goal=explicit-america&urgency=replacement&variant=safety-instructions&model=gpt-4-1&lang=${lang}`);
          await headline(page).waitFor();
          await screenshot(page, `not-published-${lang}-${width}`);
          await page.goto(`${origin()}/#/explore?variant=eval-notice&lang=${lang}`);
          await page.getByTestId('eval-view').waitFor();
          await screenshot(page, `eval-${lang}-${width}`);
          await page.goto(`${origin()}/#/sources?lang=${lang}`);
          await page.locator('[data-testid="data-table"]:not([aria-busy])').waitFor();
          await page.screenshot({ path: `tests/e2e/artifacts/sources-${lang}-${width}.png` });
        });
      }
    }
  });
});
