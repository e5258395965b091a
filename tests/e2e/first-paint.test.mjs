// Words on the first paint (issue 15). Each page is a file of its own with the page rendered by
// the app itself, in both languages (scripts/build.mjs, `writePages`). With the wasm held back,
// every page shows its words in the reader's language; an address that asks for another view
// (an explorer condition) shows only the page's frame, never a number it did not ask for; once the app
// starts, it renders the page that was shown, with no layout shift, and what the reader did
// meanwhile (the focus, a choice on a control) carries over to it. Without scripts, every page
// reads, its links lead to the other pages and its controls cannot be changed. Each file carries
// its own link preview.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { chromiumSuite, dist, localeTexts, root, screenshot, studyRows } from './harness.mjs';
import { AxeBuilder } from '@axe-core/playwright';

const { withPage, origin, browser } = chromiumSuite();
const rows = await studyRows();

/** Every page's file in the built site, as its address (`/`, `/explore/`, …). */
async function pageAddresses() {
  const files = await readdir(dist, { recursive: true });
  return files.filter((f) => f === 'index.html' || f.endsWith(`${sep}index.html`))
    .map((f) => `/${relative('.', f).replace(/index\.html$/, '').split(sep).join('/')}`)
    .sort();
}

/** Holds every wasm request until `release()` is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  return () => release();
}

const shown = (page) => page.evaluate(() => [...document.querySelectorAll('.prerendered, #boot')]
  .filter((e) => e.getClientRects().length > 0).map((e) => (e.matches('.prerendered') ? `.prerendered[lang=${e.lang}]` : `#${e.id}`)));

/**
 * The page as a reader meets it: elements with their attributes, and the text between them. Links
 * are compared by where they lead (the file's are relative to it, the app's from the site's root);
 * what only the app writes for its tests (data-testid), and form state, which server-rendered HTML
 * writes as attributes and the app sets as properties, are left out, and so is what a closed
 * <details> holds beyond its summary: it shows nothing of it (the app draws the chart's table once
 * it is first opened, the file holds it for readers without scripts).
 */
const shape = (page, selector) => page.evaluate((selector) => {
  // The Chinese copy's ids, what points at them and its radio groups' names carry a prefix in the
  // file, and its links the language (scripts/build.mjs, `chineseCopy`): compared without them.
  const chinese = document.querySelector(selector).closest('.prerendered[lang="zh-Hans"]') !== null;
  const pointers = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'name'];
  const plain = (name, value) => (chinese && pointers.includes(name) ? value.replace(/(^| )zh-/g, '$1') : value);
  const plainHref = (href) => (chinese ? href.replace(/#zh-/, '#').replace(/#zh$/, '') : href);
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      // Empty text nodes (the app keeps a place for a text that is empty) show nothing.
      if (node.textContent === '') return;
      if (typeof out.at(-1) === 'string' && out.at(-1).startsWith('#')) out[out.length - 1] += node.textContent;
      else out.push(`#${node.textContent}`);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const attributes = [...node.attributes]
      .filter((a) => !['data-testid', 'checked', 'selected', 'value', 'href'].includes(a.name))
      .map((a) => `${a.name}="${plain(a.name, a.value)}"`);
    if (node.hasAttribute('href')) attributes.push(`href→${plainHref(node.href)}`);
    out.push(`<${node.tagName.toLowerCase()} ${attributes.sort().join(' ')}>`);
    const closed = node.tagName === 'DETAILS' && !node.open;
    node.childNodes.forEach((child) => (!closed || child.tagName === 'SUMMARY') && walk(child));
    out.push(`</${node.tagName.toLowerCase()}>`);
  };
  walk(document.querySelector(selector));
  return out;
}, selector);

/** Whether every radio button and checkbox in `selector` is checked exactly when its HTML says so. */
const checkedAsWritten = (page, selector) => page.evaluate((selector) => [...document.querySelectorAll(`${selector} input`)]
  .every((input) => input.checked === input.hasAttribute('checked')), selector);

/**
 * Where the elements matching `what` inside `scope` that show are laid out in the page (a scroll
 * does not move them; a run opened at a step scrolls to it). The app draws new elements in place
 * of the file's, which a layout-shift observer does not see move (a new element has no earlier
 * place): their places are compared instead.
 */
const places = (page, scope, what) => page.evaluate(([scope, what]) => [...document.querySelectorAll(`${scope} ${what}`)]
  // What a closed <details> holds beyond its summary shows nowhere (the app draws it when opened).
  .filter((e) => {
    for (let d = e.closest('details'); d; d = d.parentElement?.closest('details')) {
      if (!d.open && !d.querySelector(':scope > summary')?.contains(e)) return false;
    }
    return true;
  })
  .map((e) => {
    const { x, y, width, height } = e.getBoundingClientRect();
    return `${e.tagName} ${x + scrollX},${y + scrollY} ${width}×${height}`;
  }), [scope, what]);

/** Shifts after the app's first render (a list drawn in steps, a late style), which the observer sees. */
// Records, at each change to the page while the file's copy shows it, how far the app's hidden
// element is drawn (src/view/shell/mount.rs): whether it is hidden, whether a part of it says it is
// still being drawn (`aria-busy`), how many of the copy's radio buttons are checked, and how many
// elements in it match each of `counts`' selectors; the same at the moment the copy goes.
const recordDrawing = (page, counts) => page.addInitScript((counts) => {
  window.__drawing = [];
  new MutationObserver(() => {
    const host = document.querySelector('body > #app-host');
    if (!host || window.__swapped) return;
    const state = {
      hidden: host.hidden,
      busy: host.querySelector('[aria-busy="true"]') !== null,
      copyChecked: document.querySelectorAll('.prerendered[lang=en] input[type=radio]:checked').length,
    };
    for (const [name, selector] of Object.entries(counts)) state[name] = host.querySelectorAll(selector).length;
    if (document.querySelector('.prerendered')) window.__drawing.push(state);
    else window.__swapped = state;
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'aria-busy'] });
}, counts);

const watchShifts = (page) => page.evaluate(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push(`${e.value.toFixed(3)}: ${e.sources.map((s) => `${s.node?.nodeName}.${s.node?.className}`).join('; ')}`);
    }
  }).observe({ type: 'layout-shift' });
});

/**
 * Without scripts both copies stay in the page: ids found more than once, and labels, ARIA
 * references and in-page links that lead to an element outside their own copy (the skip link
 * would lead to the hidden copy's main part).
 */
const pointersAcrossCopies = (page) => page.evaluate(() => {
  const problems = [];
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  for (const id of new Set(ids)) if (ids.filter((other) => other === id).length > 1) problems.push(`#${id} more than once`);
  const refs = (e) => [
    ...['for', 'aria-labelledby', 'aria-describedby', 'aria-controls'].flatMap((name) => e.getAttribute(name)?.split(' ') ?? []),
    ...(e.getAttribute('href')?.startsWith('#') ? [e.getAttribute('href').slice(1)] : []),
  ];
  for (const from of document.querySelectorAll('.prerendered :is([for], [aria-labelledby], [aria-describedby], [aria-controls], a[href^="#"])')) {
    for (const id of refs(from)) {
      const to = document.getElementById(id);
      if (to?.closest('.prerendered') !== from.closest('.prerendered')) problems.push(`${from.tagName} in ${from.closest('.prerendered').lang} → #${id}`);
    }
  }
  return problems;
});

let pages;
before(async () => { pages = await pageAddresses(); });

describe('first paint', () => {
  it('the site has one file per page', async () => {
    const named = (p) => /^\/(transcripts|story)\/[^/]+\/$/.test(p);
    assert.deepEqual(pages.filter((p) => !named(p)), [
      '/', '/classroom/', '/classroom/handout/', '/explore/', '/myths/', '/since/', '/sources/', '/story/',
      '/transcripts/', '/your-runs/',
    ]);
    assert.ok(pages.filter((p) => /^\/transcripts\/[^/]+\/$/.test(p)).length >= 8, 'a file per example run');
    const steps = (await readFile(join(root, 'data/story.toml'), 'utf8')).match(/^\[\[step\]\]$/gm).length;
    assert.deepEqual(pages.filter((p) => p.startsWith('/story/') && p !== '/story/'),
      Array.from({ length: steps - 1 }, (_, i) => `/story/${i + 2}/`).sort(), 'a file per step after the first');
  });

  for (const [lang, locale, copy] of [['en', 'en-US', 'en'], ['zh', 'zh-CN', 'zh-Hans']]) {
    it(`every page shows its words before the wasm, in the reader's language, and the app renders the same page (${lang})`, async () => {
      // No service worker: it would answer the wasm from its cache, past the hold.
      await withPage({ locale, waitForApp: false, serviceWorkers: 'block' }, async (page) => {
        for (const address of pages) {
          const release = await holdWasm(page);
          await page.goto(`${origin()}${address}`);
          assert.deepEqual(await shown(page), [`.prerendered[lang=${copy}]`], address);
          await page.waitForFunction(() => document.readyState !== 'loading');
          assert.equal(await checkedAsWritten(page, `.prerendered[lang="${copy}"]`), true, `${address}: the copy's choices show as its HTML writes them`);
          const heading = await page.locator(`.prerendered[lang="${copy}"] main h1`).first().innerText();
          assert.ok(heading.trim(), `${address}: a heading on the first paint`);
          const named = await page.evaluate(() => [document.title, document.documentElement.lang]);
          assert.equal(named[1], copy, `${address}: the page's language is the reader's`);
          const before = await shape(page, `.prerendered[lang="${copy}"] .app`);
          const placed = await places(page, `.prerendered[lang="${copy}"]`, 'main :is(h1, h2, p, li)');
          await watchShifts(page);
          release();
          await page.waitForFunction(() => !document.querySelector('.prerendered') && !document.getElementById('boot'));
          // Where the app's first frame shows them: an item laid out only near the screen (the
          // myths, the classroom's, static/style.css) is sized as that frame is drawn, not before.
          await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
          assert.deepEqual(await places(page, 'body > #app-host > .app', 'main :is(h1, h2, p, li)'), placed, `${address}: every heading, paragraph and item where the file showed it`);
          // A long list the app draws a few items at a time (the sources page's table) says so.
          await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
          assert.deepEqual(await shape(page, 'body > #app-host > .app'), before, `${address}: the app renders what was shown`);
          assert.deepEqual(await page.evaluate(() => [document.title, document.documentElement.lang]), named, `${address}: the tab's title was the app's from the first paint`);
          await page.waitForTimeout(100);
          assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${address}: no layout shift as the app starts`);
          await page.unroute('**/*.wasm');
        }
      });
    });
  }

  it('a reader in English is never given the Chinese copy\'s elements, a reader in Chinese is, from the same file', async () => {
    // The Chinese copy is text inside a <noscript> where scripts run (scripts/build.mjs): a page
    // read in English builds half the elements it would with both copies.
    await withPage({ locale: 'en-US', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      // Every copy the page was ever given as elements, as the file is read and after.
      await page.addInitScript(() => {
        window.__copiesBuilt = [];
        new MutationObserver((records) => {
          for (const node of records.flatMap((r) => [...r.addedNodes])) {
            if (node.matches?.('.prerendered')) window.__copiesBuilt.push(node.lang);
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const copies = () => page.evaluate(() => window.__copiesBuilt);
      for (const [address, copy] of ['/sources/', '/transcripts/', '/explore/'].flatMap((a) => [[`${a}?lang=en`, 'en'], [`${a}?lang=zh`, 'zh-Hans']])) {
        const release = await holdWasm(page);
        await page.goto(`${origin()}${address}`);
        // The English copy is the file's elements; the Chinese one is built only for its reader.
        assert.deepEqual(await copies(), copy === 'en' ? ['en'] : ['en', 'zh-Hans'], `${address}: the copies built`);
        const left = await page.evaluate(() => [...document.querySelectorAll('.prerendered, noscript.copy')].map((e) => e.lang || e.className));
        assert.deepEqual(left, [copy], `${address}: the reader's copy only, the other not even as text`);
        assert.match(await page.locator(`.prerendered[lang="${copy}"] main h1`).first().innerText(), copy === 'en' ? /[a-z]/ : /\p{Script=Han}/u, address);
        release();
        await page.waitForFunction(() => !document.querySelector('.prerendered') && document.querySelector('body > #app-host > .app'));
        await page.unroute('**/*.wasm');
      }
    });
  });

  it('a page’s file paints before anything of the app is fetched: its code, its data and its chunks', async () => {
    await withPage({ serviceWorkers: 'block' }, async (page) => {
      for (const address of ['/', '/explore/', '/story/', '/transcripts/', '/sources/']) {
        await page.goto(`${origin()}${address}`);
        const timing = await page.evaluate(() => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          app: performance.getEntriesByType('resource')
            .filter((e) => /\.(wasm|postcard)$|\/cornered-[0-9a-f]+(-split)?\.js$/.test(new URL(e.name).pathname))
            .map((e) => ({ file: new URL(e.name).pathname, start: e.startTime })),
        }));
        assert.ok(timing.paint > 0, `${address}: painted`);
        assert.ok(timing.app.some((e) => e.file.endsWith('_bg.wasm')), `${address}: the app was fetched`);
        for (const { file, start } of timing.app) {
          assert.ok(start >= timing.paint, `${address}: ${file} asked for at ${start} ms, before the first paint at ${timing.paint} ms`);
        }
        assert.equal(await page.locator('link[rel=modulepreload]').count(), 0, `${address}: no early fetch of the app`);
      }
      // A shared link to another view shows "Loading…": there the app is the page, and its code is
      // asked for while the file is still read.
      await page.goto(`${origin()}/explore/?scenario=murder`);
      assert.equal(await page.locator('link[rel=modulepreload][href$=".js"]').count(), 1, 'the bindings asked for early');
      assert.equal(await page.locator('link[rel=preload][href$="_bg.wasm"]').count(), 1, 'the wasm asked for early, once');
    });
  });

  it('a shared link to another view shows the page\'s frame and no number before the app, old #/ links too, and the app then draws the view without moving it', async () => {
    const en = await localeTexts('en');
    const zh = await localeTexts('zh');
    const runTitle = async (id, lang) => (await readFile(join(root, `data/transcripts/${id}.toml`), 'utf8'))
      .match(new RegExp(`^title = \\{.*\\b${lang} = "([^"]*)"`, 'm'))[1];
    await withPage({ locale: 'zh-CN', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      for (const [address, path, copy, heading, pending, ready, forwardedSearch] of [
        // First, while no language is remembered: the browser's. A value the app does not know
        // (no scenario is called spying) gets a notice, below the heading the file showed.
        ['/explore/?urgency=none&model=gpt-4-1&scenario=spying', '/explore/', 'zh-Hans', zh['explore.title'], zh['explore.view_pending'], 'headline'],
        // An old link's language outside its hash is kept as it is forwarded (the app, and the
        // page before it, would otherwise be in the remembered Chinese).
        ['/?lang=en#/explore?scenario=murder', '/explore/', 'en', en['explore.title'], en['explore.view_pending'], 'headline', '?scenario=murder&lang=en'],
        ['/explore/?scenario=murder&lang=en', '/explore/', 'en', en['explore.title'], en['explore.view_pending'], 'headline'],
        // The file's own values, but one key named twice: the app reads the last.
        ['/explore/?scenario=blackmail&goal=explicit-america&scenario=murder&lang=en', '/explore/', 'en', en['explore.title'], en['explore.view_pending'], 'headline'],
        // Named twice: the last the app knows, for the page as for the app.
        ['/explore/?lang=en&scenario=murder&lang=zh', '/explore/', 'zh-Hans', zh['explore.title'], zh['explore.view_pending'], 'headline'],
        // A language the app cannot read: its notice would push the file's numbers down.
        ['/explore/?lang=xx&lang=en', '/explore/', 'en', en['explore.title'], en['explore.view_pending'], 'headline'],
        ['/#/explore?scenario=murder&lang=en', '/explore/', 'en', en['explore.title'], en['explore.view_pending'], 'headline'],
        // A run a class steps through: its title and summary, not the step's count.
        ['/transcripts/blackmail-harmful/?step=4&lang=en', '/transcripts/blackmail-harmful/', 'en',
          await runTitle('blackmail-harmful', 'en'), en['runs.view_pending'], 'step-count'],
        ['/transcripts/murder-refrained/?step=2&lang=zh', '/transcripts/murder-refrained/', 'zh-Hans',
          await runTitle('murder-refrained', 'zh'), zh['runs.view_pending'], 'step-count'],
      ]) {
        const search = forwardedSearch ?? address.replace(/^.*\?/, '?');
        const release = await holdWasm(page);
        await page.goto(`${origin()}${address}`);
        await page.waitForURL((url) => url.pathname === path && url.search === search);
        assert.deepEqual(await shown(page), [`.prerendered[lang=${copy}]`], address);
        // What shows is the page's heading, its introduction and the line saying the view is on its way.
        const scope = `.prerendered[lang="${copy}"]`;
        assert.equal(await page.locator(`${scope} main h1`).innerText(), heading, address);
        assert.equal(await page.locator(`${scope} .page-head .lede`).isVisible(), true, address);
        const lines = await page.locator(`${scope} [data-pending]`).evaluateAll((all) => all.map((e) => getComputedStyle(e, '::after').content));
        assert.deepEqual(lines, [JSON.stringify(pending)], address);
        const visible = await page.locator('body').innerText();
        assert.doesNotMatch(visible, /\d+(\.\d+)?\s?%|\d+ of \d+|\d+ 次|第 \d+/, `${address}: no rate and no step before the app`);
        const chosen = await page.locator(`${scope} :is(.controls, .stages, .step-start, .stepper)`)
          .evaluateAll((all) => all.filter((e) => e.checkVisibility({ visibilityProperty: true })).length);
        assert.equal(chosen, 0, `${address}: no condition and no step shown before the app`);
        const frame = ':is(header.top, [data-every-view] *)';
        const framed = await places(page, scope, frame);
        const axe = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`), [], `${address}: the frame, for assistive technology too (axe)`);
        release();
        await page.getByTestId(ready).waitFor();
        assert.deepEqual(await places(page, 'body > #app-host > .app', frame), framed, `${address}: the frame's words stay where they were as the app draws the view`);
        assert.deepEqual(await page.locator('[data-pending]').evaluateAll((all) => all.map((e) => getComputedStyle(e, '::after').content)), ['none'], 'the line goes with the app');
        if (path === '/explore/') {
          assert.equal(await page.getByTestId('link-notice').isVisible(), /spying|lang=xx/.test(address), `${address}: a notice only for a part not understood`);
        }
        await page.unroute('**/*.wasm');
      }
      await page.goto(`${origin()}/explore/?scenario=murder&lang=en`);
      await page.getByTestId('headline').waitFor();
      assert.doesNotMatch(await page.getByTestId('headline').innerText(), /blackmail/i, 'the linked scenario, not the default');
    });
  });

  it('a link a chat or a tracker tagged (fbclid, utm_source), or that spells out the page\'s own view, still shows it on the first paint', async () => {
    await withPage({ locale: 'en-US', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      for (const [address, words] of [
        ['/explore/?fbclid=IwAR0abc&utm_source=chat', /Claude Opus 4 blackmailed in 96 of 100 runs/],
        ['/story/2/?utm_source=newsletter&lang=en', /Step 2 of 8/],
        // The explorer's first condition as "Copy link to this view" spells it, and as the story's
        // and the myths' links to the explorer do.
        ['/explore/?scenario=blackmail&goal=explicit-america&urgency=replacement&variant=default&model=claude-opus-4&lang=en', /Claude Opus 4 blackmailed in 96 of 100 runs/],
        // The explorer's keys mean nothing to a story step (nor a run's step).
        ['/story/2/?model=gpt-4o&scenario=murder&step=5', /Step 2 of 8/],
      ]) {
        const release = await holdWasm(page);
        await page.goto(`${origin()}${address}`);
        await page.waitForFunction(() => document.readyState === 'complete');
        assert.deepEqual(await shown(page), ['.prerendered[lang=en]'], address);
        assert.equal(await page.locator('#boot').isVisible(), false, `${address}: no "Loading…"`);
        assert.match(await page.locator('.prerendered[lang=en] main').innerText(), words, `${address}: the page's words and numbers`);
        release();
        await page.waitForFunction(() => !document.querySelector('.prerendered') && document.querySelector('body > #app-host > .app'));
        assert.match(await page.locator('main').innerText(), words, `${address}: the app shows the same view`);
        await page.unroute('**/*.wasm');
      }
    });
  });

  it('on a phone the navigation shows the current page\'s link, on the file\'s copy and in the app, without moving as the app takes its place', async () => {
    // Where the link is within the row's width less its fading end (two rem), and where it is on screen.
    const currentLink = (page) => page.evaluate(() => {
      const link = document.querySelector(':is(.prerendered, #app-host:not([hidden])) .top nav a.current');
      const [box, row] = [link.getBoundingClientRect(), link.parentElement.getBoundingClientRect()];
      return { text: link.textContent, seen: box.left >= row.left - 1 && box.right <= row.right - 31, left: Math.round(box.left), app: !!link.closest('#app-host') };
    });
    const [en, zh] = [await localeTexts('en'), await localeTexts('zh')];
    for (const [address, texts, key] of [['/sources/', en, 'nav.sources'], ['/classroom/handout/?lang=zh', zh, 'nav.classroom'], ['/transcripts/blackmail-harmful/', en, 'transcripts.nav']]) {
      await withPage({ width: 360, height: 660, touch: true, waitForApp: false, serviceWorkers: 'block' }, async (page) => {
        const release = await holdWasm(page);
        await page.goto(`${origin()}${address}`);
        await page.waitForFunction(() => document.readyState === 'complete');
        const copy = await currentLink(page);
        assert.deepEqual([copy.text, copy.seen, copy.app], [texts[key], true, false], `${address}: the file's copy shows its link (${JSON.stringify(copy)})`);
        release();
        await page.waitForFunction(() => !document.querySelector('.prerendered') && document.querySelector('#app-host:not([hidden]) .app'));
        assert.deepEqual(await currentLink(page), { ...copy, app: true }, `${address}: the app's row where the copy's was`);
      });
    }
    // A page reached inside the app, by a link in a page rather than in the row.
    await withPage({ width: 360, height: 660, touch: true }, async (page) => {
      await page.goto(`${origin()}/?lang=en`);
      await page.getByTestId('door-teachers').getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/classroom/');
      await page.waitForTimeout(100);
      const link = await currentLink(page);
      assert.deepEqual([link.text, link.seen], [en['nav.classroom'], true], JSON.stringify(link));
      await screenshot(page, 'nav-current-classroom-en-360');
      // The row fades where it has more to show: its end at its start, both ends along it, its start at its end.
      const fades = async (to) => {
        await page.evaluate((x) => { document.querySelector('.top nav').scrollLeft = x; }, to);
        await page.waitForTimeout(100);
        return page.evaluate(() => ['--fade-start', '--fade-end'].map((p) => getComputedStyle(document.querySelector('.top nav')).getPropertyValue(p)));
      };
      assert.deepEqual(await fades(0), ['0px', '32px'], 'at its start');
      const end = await page.evaluate(() => { const row = document.querySelector('.top nav'); return row.scrollWidth - row.clientWidth; });
      assert.deepEqual(await fades(Math.round(end / 2)), ['32px', '32px'], 'along it');
      assert.deepEqual(await fades(end), ['32px', '0px'], 'at its end');
    });
    // The links change width with the language: after a switch the row shows the page's link again.
    await withPage({ width: 360, height: 660, touch: true }, async (page) => {
      await page.goto(`${origin()}/sources/?lang=zh`);
      assert.deepEqual(Object.values(await currentLink(page)).slice(0, 2), [zh['nav.sources'], true], 'in Chinese');
      await page.locator('.lang-switch button[data-lang=en]').click();
      await page.waitForSelector('.app[lang=en]');
      await page.waitForTimeout(100);
      const link = await currentLink(page);
      assert.deepEqual([link.text, link.seen], [en['nav.sources'], true], `switched to English: ${JSON.stringify(link)}`);
    });
  });

  it('a reader who has moved into the page with the keyboard before the app starts keeps their place', async () => {
    const focused = (page) => page.evaluate(() => {
      const e = document.activeElement;
      return { tag: e.tagName, text: e.textContent.slice(0, 200), app: !!e.closest('body > #app-host > .app'), main: !!e.closest('main') };
    });
    // The last by the skip link, which focuses the page's main part (whose closed chart table
    // holds more words in the file than in the app).
    for (const [address, locale, skip] of [['/myths/', 'en-US'], ['/transcripts/blackmail-harmful/', 'zh-CN'], ['/explore/', 'en-US'], ['/story/5/', 'en-US', true]]) {
      await withPage({ locale, waitForApp: false, serviceWorkers: 'block' }, async (page) => {
        const release = await holdWasm(page);
        await page.goto(`${origin()}${address}`);
        await page.waitForFunction(() => document.readyState === 'complete');
        if (skip) await page.keyboard.press('Tab').then(() => page.keyboard.press('Enter'));
        // Into the page's main part, past the header's links.
        for (let presses = 0; !(await focused(page)).main; presses++) {
          assert.ok(presses < 40, `${address}: Tab reaches the page's main part`);
          await page.keyboard.press('Tab');
        }
        const before = await focused(page);
        assert.equal(before.app, false, `${address}: focused in the file's copy`);
        release();
        await page.locator('body > #app-host > .app').waitFor();
        await page.waitForFunction(() => !document.querySelector('.prerendered'));
        assert.deepEqual(await focused(page), { ...before, app: true }, `${address}: the same element, now the app's, keeps the focus`);
        const previous = await page.evaluateHandle(() => document.activeElement);
        await page.keyboard.press('Tab');
        const onward = await page.evaluate((previous) => {
          const next = document.activeElement;
          return !!(previous.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING) && !!next.closest('main');
        }, previous);
        assert.equal(onward, true, `${address}: Tab goes on from there, not from the top of the page`);
      });
    }
  });

  it('words a reader selected on the file\'s copy before the app starts stay selected in the app', async () => {
    // From the start of the scenario's description to the middle of the caveat, past the headline,
    // whose sentence the app writes as several text nodes and the file as one: in English on the
    // explorer, in Chinese on a run.
    for (const [address, locale, from, to] of [['/explore/', 'en-US', '.scenario-desc', '.caveat'], ['/transcripts/blackmail-harmful/', 'zh-CN', 'h1', '.lede']]) {
      await withPage({ locale, waitForApp: false, serviceWorkers: 'block' }, async (page) => {
        const release = await holdWasm(page);
        await page.goto(`${origin()}${address}`);
        await page.waitForFunction(() => document.readyState === 'complete');
        const copy = page.locator('.prerendered:visible');
        const start = await copy.locator(from).first().boundingBox();
        const end = await copy.locator(to).first().boundingBox();
        await page.mouse.move(start.x + 1, start.y + start.height / 2);
        await page.mouse.down();
        await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
        await page.mouse.up();
        const selected = () => page.evaluate(() => {
          const selection = getSelection();
          return { text: selection.toString(), inApp: !!selection.anchorNode?.parentElement?.closest('body > #app-host > .app') };
        });
        const before = await selected();
        assert.ok(before.text.length > 20 && !before.inApp, `${address}: words selected in the file's copy (${JSON.stringify(before.text)})`);
        release();
        await page.locator('body > #app-host > .app').waitFor();
        await page.waitForFunction(() => !document.querySelector('.prerendered'));
        assert.deepEqual(await selected(), { text: before.text, inApp: true }, `${address}: the same words selected in the app`);
      });
    }
  });

  it('a long page is drawn out of sight a few items at a time, then takes the file\'s place whole, a focus far down kept', async () => {
    await withPage({ locale: 'en-US', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      await recordDrawing(page, { myths: '.myth-list > li' });
      const release = await holdWasm(page);
      await page.goto(`${origin()}/myths/`);
      await page.waitForFunction(() => document.readyState === 'complete');
      const myths = await page.locator('.prerendered[lang=en] .myth-list > li').count();
      assert.ok(myths > 8, 'the myths page is a long list');
      // A reader far down the page: on the last myth's link into the explorer.
      const last = page.locator('.prerendered[lang=en] .myth-list > li').last().locator('a').first();
      await last.focus();
      const linkText = await last.innerText();
      release();
      await page.waitForFunction(() => window.__swapped);
      const drawing = await page.evaluate(() => window.__drawing);
      assert.ok(drawing.length > 0 && drawing.every((state) => state.hidden), 'the app is drawn out of sight while the file shows the page');
      const partial = new Set(drawing.filter((state) => state.myths < myths).map((state) => state.myths));
      assert.ok(partial.size >= 2, `the list is drawn a few items at a time (counts seen: ${[...partial]})`);
      const swapped = await page.evaluate(() => window.__swapped);
      assert.deepEqual([swapped.hidden, swapped.busy, swapped.myths], [false, false, myths], 'the app takes the file\'s place with every item drawn');
      assert.deepEqual(await page.evaluate(() => [!!document.activeElement.closest('body > #app-host .myth-list > li:last-child'), document.activeElement.innerText]),
        [true, linkText], 'the focus on the last item is on the app\'s same link');
    });
  });

  it('the app draws its frame, then its header and footer, then the page, each in a task of its own', async () => {
    await withPage({ locale: 'en-US', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      await recordDrawing(page, { main: 'main', chrome: 'header.top, footer.bottom', page: 'main > *' });
      const release = await holdWasm(page);
      await page.goto(`${origin()}/`);
      await page.waitForFunction(() => document.readyState === 'complete');
      release();
      await page.waitForFunction(() => window.__swapped);
      const seen = (await page.evaluate(() => window.__drawing)).filter((state) => state.main > 0)
        .map((state) => `${state.chrome > 0 ? 'header and footer' : 'frame'}${state.page > 0 ? ' and page' : ''}`);
      const order = seen.filter((step, i) => step !== seen[i - 1]);
      assert.deepEqual(order.slice(0, 3), ['frame', 'header and footer', 'header and footer and page'], `steps seen: ${order}`);
      const swapped = await page.evaluate(() => window.__swapped);
      assert.deepEqual([swapped.chrome, swapped.busy], [2, false], 'the app takes the file\'s place whole');
    });
  });

  it('on a slow phone the app takes the file\'s place with its page drawn, not as a header and footer around an empty page', async () => {
    await withPage({ locale: 'en-US', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      // Slow enough that Yew's scheduler pauses between <main>'s last step and the page's first
      // render (static/start.js): before the fix, 3 loads of 3 of /myths/ showed an empty page.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 40 });
      await recordDrawing(page, { page: 'main > *', chrome: 'header.top, footer.bottom' });
      for (const address of ['/myths/', '/explore/']) {
        await page.goto(`${origin()}${address}`);
        await page.waitForFunction(() => window.__swapped, null, { timeout: 60000 });
        const swapped = await page.evaluate(() => window.__swapped);
        assert.deepEqual([swapped.hidden, swapped.chrome, swapped.page > 0], [false, 2, true], `${address}: the page is in the app as it shows`);
      }
    });
  });

  it('the runs\' list is drawn out of sight a scenario at a time, the study\'s excerpts last, then takes the file\'s place whole', async () => {
    await withPage({ locale: 'en-US', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      await recordDrawing(page, { groups: '.transcript-group', runs: '.transcript-card', excerpts: '.excerpt' });
      const release = await holdWasm(page);
      await page.goto(`${origin()}/transcripts/`);
      await page.waitForFunction(() => document.readyState === 'complete');
      const copy = (selector) => page.locator(`.prerendered[lang=en] ${selector}`).count();
      const [groups, runs, excerpts] = [await copy('.transcript-group'), await copy('.transcript-card'), await copy('.excerpt')];
      assert.ok(groups >= 3 && runs > groups && excerpts > 0, `the copy holds every scenario's runs and the excerpts (${groups}, ${runs}, ${excerpts})`);
      release();
      await page.waitForFunction(() => window.__swapped);
      const drawing = await page.evaluate(() => window.__drawing);
      assert.ok(drawing.length > 0 && drawing.every((state) => state.hidden), 'the app is drawn out of sight while the file shows the page');
      const partial = new Set(drawing.filter((state) => state.groups > 0 && state.groups < groups).map((state) => state.groups));
      assert.ok(partial.size >= 2, `a scenario at a time (groups seen: ${[...partial]})`);
      assert.deepEqual(drawing.filter((state) => state.excerpts > 0 && state.groups < groups), [], 'the excerpts come after every scenario');
      const swapped = await page.evaluate(() => window.__swapped);
      assert.deepEqual([swapped.hidden, swapped.busy, swapped.groups, swapped.runs, swapped.excerpts], [false, false, groups, runs, excerpts],
        'the app takes the file\'s place with every run and excerpt drawn');
    });
  });

  it('the handout is drawn out of sight: its headline, then its chart, then its questions, then its notes', async () => {
    await withPage({ locale: 'en-US', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      await recordDrawing(page, { headline: '.handout .headline-block', chart: '.handout .bar-row', questions: '.handout > section:not(.handout-chart) > ol > li', notes: '.handout-notes, .handout-source' });
      await page.goto(`${origin()}/classroom/handout/`);
      await page.waitForFunction(() => !document.querySelector('.prerendered'));
      const drawing = (await page.evaluate(() => window.__drawing)).filter((state) => state.headline > 0);
      assert.ok(drawing.every((state) => state.hidden), 'the app is drawn out of sight while the file shows the page');
      const parts = (state) => ['headline', 'chart', 'questions', 'notes'].filter((name) => state[name] > 0).join(' + ');
      const seen = [...new Set(drawing.filter((state) => state.busy).map(parts))];
      assert.deepEqual(seen, ['headline', 'headline + chart', 'headline + chart + questions'], `a part at a time (seen: ${seen.join('; ')})`);
    });
  });

  it('a story step is drawn out of sight: its words, then its headline, then its chart; a move to the next step draws it whole', async () => {
    await withPage({ locale: 'en-US', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      await recordDrawing(page, { words: '.story .story-body p', headline: '.story [data-testid=headline]', chart: '.story .bar-row' });
      // Steps 4 and 5 ask for no guess: each shows its chart as soon as it is drawn.
      await page.goto(`${origin()}/story/4/`);
      await page.waitForFunction(() => !document.querySelector('.prerendered'));
      const drawing = (await page.evaluate(() => window.__drawing)).filter((state) => state.words > 0);
      assert.ok(drawing.every((state) => state.hidden), 'the app is drawn out of sight while the file shows the page');
      const parts = (state) => ['words', 'headline', 'chart'].filter((name) => state[name] > 0).join(' + ');
      const seen = [...new Set(drawing.filter((state) => state.busy).map(parts))];
      assert.deepEqual(seen, ['words', 'words + headline'], `a part at a time (seen: ${seen.join('; ')})`);
      const swapped = await page.evaluate(() => window.__swapped);
      assert.ok(swapped.headline === 1 && swapped.chart > 1, `shown with its headline and chart (${JSON.stringify(swapped)})`);
      // Seen by the reader, the next step is drawn in one go: no frame with its words and no chart.
      await page.evaluate(() => {
        window.__partial = 0;
        new MutationObserver(() => {
          const story = document.querySelector('.story[data-step="5"]');
          if (story && story.querySelector('.story-body p') && !story.querySelector('.bar-row')) window.__partial += 1;
        }).observe(document.body, { subtree: true, childList: true });
      });
      await page.keyboard.press('ArrowRight');
      await page.locator('.story[data-step="5"] .bar-row').first().waitFor();
      assert.equal(await page.evaluate(() => window.__partial), 0, 'step 5 was never shown without its chart');
    });
  });

  it('the explorer is drawn out of sight a section at a time, its controls last, the copy\'s choices showing until the app takes its place', async () => {
    await withPage({ locale: 'en-US', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      // Which of the explorer's sections the app's hidden element holds, and how many of the copy's
      // radio buttons are checked (the app's share their groups' names: src/view/explorer/page.rs).
      const sections = { results: '.explorer .results', chart: '.explorer .chart', downloads: '.explorer .legend, .explorer .downloads', controls: '.explorer .controls' };
      await recordDrawing(page, { explorer: '.explorer', ...sections });
      const release = await holdWasm(page);
      await page.goto(`${origin()}/explore/`);
      await page.waitForFunction(() => document.readyState === 'complete');
      const checked = await page.locator('.prerendered[lang=en] input[type=radio]:checked').count();
      assert.ok(checked >= 3, `the copy shows its chosen conditions (${checked} checked)`);
      release();
      await page.waitForFunction(() => !document.querySelector('.prerendered'));
      const drawing = (await page.evaluate(() => window.__drawing)).filter((state) => state.explorer > 0)
        .map((state) => ({ ...state, sections: Object.keys(sections).filter((name) => state[name] > 0).length }));
      const partial = drawing.filter((state) => state.busy);
      assert.ok(drawing.every((state) => state.hidden), 'the app is drawn out of sight while the file shows the page');
      assert.ok(new Set(partial.map((state) => state.sections)).size >= 3, `a section at a time (sections seen: ${partial.map((s) => s.sections)})`);
      assert.deepEqual(partial.filter((state) => state.copyChecked !== checked), [], 'the copy\'s choices stay checked while the app is drawn');
      assert.equal(await page.locator('body > #app-host > .app .explorer .controls input[type=radio]:checked').count(), checked, 'the app shows the same choices');
    });
  });

  it('a choice made on the file\'s copy before the app starts is made by the app once it starts', async () => {
    await withPage({ locale: 'en-US', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      // With the pointer: a condition in the explorer.
      let release = await holdWasm(page);
      await page.goto(`${origin()}/explore/`);
      await page.locator('.prerendered[lang="en"] label[for="scenario-murder"]').click();
      assert.equal(await page.locator('.prerendered[lang="en"] #scenario-murder').isChecked(), false, 'the copy does not act');
      release();
      await page.locator('body > #app-host > .app').waitFor();
      await page.waitForURL(/scenario=murder/);
      assert.equal(await page.locator('body > #app-host > .app #scenario-murder').isChecked(), true, 'the app makes the choice');
      await page.unroute('**/*.wasm');

      // With the keyboard: the first "Why we say this" of the myths page.
      release = await holdWasm(page);
      await page.goto(`${origin()}/myths/`);
      await page.waitForFunction(() => document.readyState === 'complete');
      for (let presses = 0; await page.evaluate(() => document.activeElement.tagName !== 'SUMMARY'); presses++) {
        assert.ok(presses < 60, 'Tab reaches a summary');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.parentElement.open), false, 'the copy does not act');
      release();
      await page.locator('body > #app-host > .app').waitFor();
      await page.waitForFunction(() => !document.querySelector('.prerendered'));
      assert.deepEqual(await page.evaluate(() => [document.activeElement.tagName, document.activeElement.parentElement.open]),
        ['SUMMARY', true], 'the app opens the summary the reader asked for, which keeps the focus');
      assert.equal(await page.locator('main details[open]').count(), 1, 'only that one');
      await page.unroute('**/*.wasm');

      // With arrow keys in a group of radio buttons: the focus moves, the choice waits for the app.
      release = await holdWasm(page);
      await page.goto(`${origin()}/explore/`);
      await page.waitForFunction(() => document.readyState === 'complete');
      await page.locator('.prerendered[lang="en"] #scenario-blackmail').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.deepEqual(await page.evaluate(() => [document.activeElement.id, document.activeElement.checked]),
        ['scenario-murder', false], 'the focus moves; the copy shows no choice it cannot show the number of');
      release();
      await page.waitForURL(/scenario=murder/);
      assert.deepEqual(await page.evaluate(() => [document.activeElement.id, document.activeElement.checked, !!document.activeElement.closest('body > #app-host > .app')]),
        ['scenario-murder', true, true], 'the app makes the choice, and the focus stays on it');
      await page.unroute('**/*.wasm');

      // Other keys that move a list: a letter (the first model of that name), End, Page Down.
      release = await holdWasm(page);
      await page.goto(`${origin()}/explore/`);
      await page.waitForFunction(() => document.readyState === 'complete');
      const list = page.locator('.prerendered[lang="en"] #model');
      const listed = await list.inputValue();
      await list.focus();
      for (const key of ['g', 'End', 'PageDown', 'Home']) {
        await page.keyboard.press(key);
        assert.equal(await list.inputValue(), listed, `${key}: the copy's list keeps the model its numbers are for`);
      }
      release();
      await page.waitForFunction(() => !document.querySelector('.prerendered'));
      assert.equal(await page.locator('body > #app-host > .app #model').inputValue(), listed, 'nor does the app change it');
      await page.unroute('**/*.wasm');

      // A download on the copy, which has no file to give yet: the app gives it.
      release = await holdWasm(page);
      await page.goto(`${origin()}/explore/`);
      await page.waitForFunction(() => document.readyState === 'complete');
      const downloaded = page.waitForEvent('download');
      await page.locator('.prerendered[lang="en"] .downloads a[download$=".csv"]').click();
      release();
      const download = await downloaded;
      assert.equal(download.suggestedFilename(), 'cornered-agentic-misalignment-results.csv');
      assert.equal(await readFile(await download.path(), 'utf8'), await readFile(join(root, 'data', 'results.csv'), 'utf8'), 'the whole CSV, not an empty file');
    });
  });

  it('a story step is a file of its own, and an older link to a step is forwarded to it', async () => {
    const steps = (await readFile(join(root, 'data/story.toml'), 'utf8')).match(/^\[\[step\]\]$/gm).length;
    await withPage({ locale: 'zh-CN', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      for (const [address, path, search] of [
        ['/story/?step=3&lang=zh', '/story/3/', '?lang=zh'],
        ['/#/story?step=2', '/story/2/', ''],
        [`/story/?step=${steps + 10}`, `/story/${steps}/`, ''],
        ['/story/?step=two', '/story/', ''],
        ['/story/?step=1', '/story/', ''],
      ]) {
        const release = await holdWasm(page);
        await page.goto(`${origin()}${address}`);
        await page.waitForURL((url) => url.pathname === path && url.search === search);
        await page.waitForFunction(() => document.readyState !== 'loading');
        // The step's own file, in the reader's language, before the app.
        assert.deepEqual(await shown(page), ['.prerendered[lang=zh-Hans]'], address);
        const step = Number(path.match(/\/(\d+)\/$/)?.[1] ?? 1);
        assert.match(await page.locator('.prerendered[lang="zh-Hans"] .step-count').innerText(), new RegExp(`第 ${step} 步`), address);
        release();
        await page.getByTestId('story-step').filter({ hasText: `第 ${step} 步` }).waitFor();
        await page.unroute('**/*.wasm');
      }
    });
  });

  it('without scripts every page reads in English, says what needs scripts, and its links lead to the other pages', async () => {
    const withoutScripts = Object.fromEntries(await Promise.all(['en', 'zh']
      .map(async (lang) => [lang, (await localeTexts(lang))['start.without_scripts']])));
    const oneCondition = Object.fromEntries(await Promise.all(['en', 'zh']
      .map(async (lang) => [lang, (await localeTexts(lang))['start.explorer_without_scripts']])));
    const togglesNeedScripts = (await localeTexts('en'))['start.toggles_need_scripts'];
    const context = await browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const address of pages) {
        await page.goto(`${origin()}${address}`);
        assert.ok((await page.locator('.prerendered[lang=en] main h1').first().innerText()).trim(), address);
        assert.equal(await page.locator('.prerendered[lang="zh-Hans"]').isVisible(), false, address);
        assert.equal(await page.locator('#boot').isVisible(), false, address);
        const note = await page.locator('noscript:not(.copy)').evaluate((e) => e.textContent);
        assert.ok(note.includes(withoutScripts.en) && note.includes(withoutScripts.zh), `${address}: ${note}`);
        // The explorer's file holds one condition, which a link to another opens on: its note says so.
        const explorer = address === '/explore/';
        assert.equal(note.includes(oneCondition.en) && note.includes(oneCondition.zh), explorer, `${address}: ${note}`);
        // Its line, in English beside the English copy, says so on the explorer without being opened.
        const line = await page.locator('noscript:not(.copy) .notice summary').innerText();
        assert.ok(line.startsWith(togglesNeedScripts) && line.includes(oneCondition.en) === explorer, `${address}: ${line}`);
        assert.deepEqual(await pointersAcrossCopies(page), [], `${address}: every id is the page's only one, and what points at one finds it in its own copy`);
        // The header's language buttons, which could never act, give way to the notice's links.
        assert.equal(await page.locator('.prerendered[lang=en] .lang-switch').isVisible(), false, `${address}: no language button that does nothing`);
        assert.equal(await page.locator('noscript:not(.copy) .languages a').count(), 2, `${address}: the notice's two languages`);
        // Nor downloads that would save an empty file, nor the story's buttons that cannot step,
        // nor the way into a view the file does not hold.
        for (const inert of ['.downloads', '.story-nav', '.eval-entry']) {
          assert.equal(await page.locator(`.prerendered[lang=en] ${inert}`).isVisible(), false, `${address}: ${inert} hidden`);
        }
      }
      // From a run's page two folders down, the navigation leads to the explorer, whose headline
      // and bars are on the page, and back to the home page.
      await page.goto(`${origin()}/transcripts/blackmail-harmful/`);
      await page.locator('.prerendered[lang=en] nav a', { hasText: 'Explore the data' }).click();
      await page.waitForURL(`${origin()}/explore/`);
      assert.match(await page.locator('.prerendered[lang=en] .headline').first().innerText(), /\d+ of \d+ runs/);
      assert.equal(await checkedAsWritten(page, '.prerendered[lang=en]'), true, 'the explorer\'s conditions show as chosen');
      // Its controls cannot be changed, by the pointer or the keyboard: a condition chosen there
      // would show beside the number of another.
      for (const control of ['label[for="scenario-murder"]', 'label[for="safety"]', '#safety']) {
        const box = await page.locator(`.prerendered[lang=en] ${control}`).boundingBox();
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      }
      const reached = [];
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        await page.keyboard.press('ArrowRight');
        reached.push(await page.evaluate(() => document.activeElement.tagName));
      }
      assert.ok(!reached.some((tag) => ['INPUT', 'SELECT', 'BUTTON'].includes(tag)), `no control takes the focus: ${reached}`);
      assert.equal(await checkedAsWritten(page, '.prerendered[lang=en]'), true, 'the conditions are still the number\'s');
      await screenshot(page, 'first-paint-noscript-explore-en-1280');
      await page.locator('.prerendered[lang=en] .brand a').click();
      await page.waitForURL(`${origin()}/`);
      assert.equal(await page.locator('.prerendered[lang=en] .door').count(), 3);
      // "Why we say this" is offered where the file holds its quotes, not where it could only say
      // it is loading them.
      const evidence = (address) => page.goto(`${origin()}${address}`)
        .then(() => page.locator('.prerendered[lang=en] details.evidence').evaluateAll((all) => all.filter((e) => e.checkVisibility()).length));
      assert.equal(await evidence('/myths/'), 0, 'myths: quotes not in the file');
      assert.ok(await evidence('/sources/') > 0, 'sources: quotes in the file');
      // The guess and the quiz offer no control that cannot act; a line says what they need.
      const en = await localeTexts('en');
      for (const [address, block, line] of [['/story/', '.predict', en['predict.without_scripts']], ['/classroom/', '.quiz', en['quiz.without_scripts']]]) {
        await page.goto(`${origin()}${address}`);
        const shown = await page.locator(`.prerendered[lang=en] ${block} :is(input, button, .score)`)
          .evaluateAll((all) => all.filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 60)));
        assert.deepEqual(shown, [], `${address}: no control that cannot act`);
        assert.equal(await page.locator(`.prerendered[lang=en] ${block} .without-scripts`).innerText(), line, address);
      }
      // Scrolled to, as a reader would: till it nears the screen, a question is not laid out.
      const choice = page.locator('.prerendered[lang=en] .quiz .choices li').first();
      await choice.scrollIntoViewIfNeeded();
      assert.ok(await choice.isVisible(), 'the quiz\'s choices still read');
      // The guess's answer opens without scripts: the step's number, as the data has it.
      await page.goto(`${origin()}/story/`);
      await page.locator('.prerendered[lang=en] .predict summary').click();
      const opus = rows.find((r) => r.scenario === 'blackmail' && r.goal === 'explicit-america' && r.urgency === 'replacement'
        && r.variant === 'default' && r.model === 'claude-opus-4' && r.metric === 'harmful_rate');
      assert.match(await page.locator('.prerendered[lang=en] .predict .answer').innerText(), new RegExp(`^${Math.round(opus.rate * opus.n)} of ${opus.n} runs`));
    } finally {
      await context.close();
    }
  });

  it('without scripts a reader chooses Chinese by the notice, keeps it from page to page, skips to the page\'s main part in either language, and can go back to English', async () => {
    const names = Object.fromEntries(await Promise.all(['en', 'zh']
      .map(async (lang) => [lang, (await localeTexts(lang))['start.language_name']])));
    const zhNav = (await localeTexts('zh'))['nav.story'];
    const context = await browser().newContext({ javaScriptEnabled: false });
    const visible = (page) => page.evaluate(() => [...document.querySelectorAll('.prerendered')]
      .filter((e) => e.getClientRects().length > 0).map((e) => e.lang));
    // The skip link is the first stop of the Tab key, and leads into the copy that shows. On a
    // page opened at the top, it is the notice's; on one opened at #zh, where the browser starts
    // the Tab key inside the Chinese copy, the copy's own.
    const skipLands = async (page, whose) => {
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const e = document.activeElement;
        return e.matches('a.skip') && (e.closest('.notice') ? 'notice' : 'copy');
      });
      assert.equal(first, whose, 'the skip link is the first stop');
      await page.keyboard.press('Enter');
      return page.evaluate(() => {
        const target = document.querySelector(':target');
        return `${target?.tagName} in ${target?.closest('.prerendered')?.lang}, ${target?.getClientRects().length ? 'shown' : 'hidden'}`;
      });
    };
    try {
      const page = await context.newPage();
      await page.goto(`${origin()}/myths/`);
      assert.equal(await skipLands(page, 'notice'), 'MAIN in en, shown');
      await page.locator('noscript a', { hasText: names.zh }).click();
      await page.waitForURL(`${origin()}/myths/#zh`);
      assert.deepEqual(await visible(page), ['zh-Hans'], 'the notice\'s link shows the Chinese copy');
      assert.equal(await page.evaluate(() => scrollY), 0, 'from the page\'s top, the notice in view');
      await screenshot(page, 'first-paint-noscript-myths-zh-1280');
      await page.locator('.prerendered[lang="zh-Hans"] nav a', { hasText: zhNav }).click();
      await page.waitForURL(`${origin()}/story/#zh`);
      assert.equal(await page.evaluate(() => scrollY), 0, 'the next page in Chinese opens at its top too');
      assert.deepEqual(await visible(page), ['zh-Hans'], 'the next page keeps Chinese');
      assert.equal(await skipLands(page, 'copy'), 'MAIN in zh-Hans, shown', 'the skip link keeps Chinese and leads into it');
      // The notice's own skip link (Shift+Tab reaches it) is in the language of the copy too.
      const noticeSkips = () => page.evaluate(() => [...document.querySelectorAll('.notice .skip')]
        .filter((e) => getComputedStyle(e).display !== 'none').map((e) => `${e.lang} ${e.getAttribute('href')}`));
      assert.deepEqual(await noticeSkips(), ['zh-Hans #zh-main']);
      assert.deepEqual(await visible(page), ['zh-Hans']);
      await page.locator('noscript a', { hasText: names.en }).click();
      assert.deepEqual(await visible(page), ['en'], 'and back to English');
      assert.deepEqual(await noticeSkips(), ['en #main']);
      // The explorer's conditions show as chosen in the Chinese copy too (its radio groups are its own).
      await page.goto(`${origin()}/explore/#zh`);
      assert.deepEqual(await visible(page), ['zh-Hans']);
      assert.equal(await checkedAsWritten(page, '.prerendered[lang="zh-Hans"]'), true, 'the Chinese copy\'s conditions show as chosen');
      assert.equal(await checkedAsWritten(page, '.prerendered[lang=en]'), true, 'and the English copy\'s');
    } finally {
      await context.close();
    }
  });

  it('a link a reader without scripts chose a language by (#zh) opens in that language where scripts run', async () => {
    await withPage({ locale: 'en-US', waitForApp: false, serviceWorkers: 'block' }, async (page) => {
      const release = await holdWasm(page);
      await page.goto(`${origin()}/story/#zh`);
      await page.waitForURL(`${origin()}/story/?lang=zh`);
      assert.deepEqual(await shown(page), ['.prerendered[lang=zh-Hans]'], 'the Chinese copy first');
      release();
      await page.waitForFunction(() => !document.querySelector('.prerendered') && !document.getElementById('boot'));
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans', 'and the app in Chinese');
      await page.unroute('**/*.wasm');
    });
  });

  it('every page carries its own link preview: title, description and a 1200×630 picture of its own condition, or of none', async () => {
    const en = await localeTexts('en');
    const [titles, descriptions] = [new Set(), new Set()];
    const pictures = new Map();
    for (const address of pages) {
      const html = await readFile(join(dist, address, 'index.html'), 'utf8');
      const meta = (key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
      for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'twitter:card', 'description']) {
        assert.ok(meta(key), `${address}: ${key}`);
      }
      assert.ok(meta('og:description').length > 40, `${address}: a description of some length`);
      assert.equal(meta('twitter:card'), 'summary_large_image');
      titles.add(meta('og:title'));
      descriptions.add(meta('og:description'));
      // The picture is where the tag says, relative to the page.
      const png = await readFile(join(dist, address, meta('og:image')));
      assert.equal(png.subarray(1, 4).toString(), 'PNG', `${address}: ${meta('og:image')} is a PNG`);
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
      pictures.set(address, { file: meta('og:image').split('/').pop(), alt: meta('og:image:alt') });
    }
    const byCondition = new Map();
    for (const address of pages) {
      const condition = await previewCondition(address);
      const { file, alt } = pictures.get(address);
      if (!condition) {
        assert.equal(file, 'preview-plain.png', `${address}: the picture with no chart`);
        assert.doesNotMatch(alt, /\d%/, `${address}: ${alt}`);
        continue;
      }
      // The picture's words name the page's own condition: no chart of another one.
      for (const [key, id] of Object.entries(condition)) {
        assert.ok(alt.includes(en[`${key}.${id.replaceAll('-', '_')}`]), `${address}: ${alt} names ${key} ${id}`);
      }
      const key = JSON.stringify(condition);
      assert.equal(byCondition.get(key) ?? file, file, `${address}: one picture per condition`);
      byCondition.set(key, file);
    }
    assert.equal(new Set(byCondition.values()).size, byCondition.size, 'a picture per condition');
    assert.equal(byCondition.get(JSON.stringify({ scenario: 'blackmail', goal: 'explicit-america', urgency: 'replacement', variant: 'default' })), 'preview.png');
    assert.equal(titles.size, pages.length, 'a title per page');
    assert.equal(descriptions.size, pages.length, 'a description per page (the handout opens with the home page\'s line)');
  });
});

/**
 * The condition a page's link preview shows, from the data: a story step's link, a run's own
 * fields; none for the explorer (its file answers a link to any of its views) and for a view with
 * no chart ("Is this a test?"); the explorer's first view for every other page.
 */
async function previewCondition(address) {
  const story = [...(await readFile(join(root, 'data/story.toml'), 'utf8')).matchAll(/^explore = "([^"]*)"$/gm)]
    .map(([, link]) => new URLSearchParams(link));
  const step = address.match(/^\/story\/(?:(\d+)\/)?$/);
  const run = address.match(/^\/transcripts\/([^/]+)\/$/);
  let fields = { scenario: 'blackmail', goal: 'explicit-america', urgency: 'replacement', variant: 'default' };
  if (address === '/explore/') return null;
  if (step) fields = Object.fromEntries(Object.keys(fields).map((k) => [k, story[Number(step[1] ?? 1) - 1].get(k)]));
  if (run) {
    const toml = await readFile(join(root, `data/transcripts/${run[1]}.toml`), 'utf8');
    fields = Object.fromEntries(Object.keys(fields).map((k) => [k, toml.match(new RegExp(`^${k} = "([^"]*)"$`, 'm'))[1]]));
  }
  return fields.variant === 'eval-notice' ? null : fields;
}
