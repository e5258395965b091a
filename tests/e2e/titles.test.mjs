// Every page has its own title (the tab, the history, bookmarks), in the reader's language: the
// page's name as the navigation names it, and the site's. Expectations are read from the locale
// files, so a changed name changes here too.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumSuite, localeTexts as locale, root } from './harness.mjs';
import { VIEWS } from './routes.mjs';

const { withPage, origin } = chromiumSuite();

/** A run's own title (`title = { en = "…", zh = "…" }` in its file): its page's title carries it. */
async function runTitle(hash, lang) {
  const id = hash.match(/#\/transcripts\/([^?]+)/)[1];
  const file = await readFile(join(root, `data/transcripts/${id}.toml`), 'utf8');
  return file.match(new RegExp(`^title = \\{.*\\b${lang} = "([^"]*)"`, 'm'))[1];
}

/** A later story step's own title (the step's `title` in data/story.toml): its page's title carries it. */
async function storyStepTitle(hash, lang, t) {
  const step = Number(hash.match(/#\/story\/(\d+)\//)[1]);
  const file = await readFile(join(root, 'data/story.toml'), 'utf8');
  const title = [...file.matchAll(new RegExp(`^title = \\{.*\\b${lang} = "([^"]*)"`, 'gm'))][step - 1][1];
  return t['title.story_step'].replace('{step}', step).replace('{title}', title);
}

// The page name each view's title carries (the home page has a title of its own).
const NAMES = {
  home: null, 'story prediction': 'nav.story', story: 'step', explorer: 'nav.explore', transcripts: 'transcripts.nav',
  transcript: 'run', myths: 'nav.myths', classroom: 'nav.classroom', handout: 'title.handout',
  sources: 'nav.sources', since: 'title.since', 'your runs': 'title.your_runs',
};

describe('page titles', () => {
  for (const lang of ['en', 'zh']) {
    it(`every page has its own title (${lang})`, async () => {
      const t = await locale(lang);
      await withPage({}, async (page) => {
        const seen = new Set();
        for (const [name, key] of Object.entries(NAMES)) {
          const { hash, ready } = VIEWS[name];
          await page.goto(`${origin()}/${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`);
          await page.locator(`body > #app-host > .app ${ready}`).first().waitFor();
          const pageName = key === 'run' ? await runTitle(hash, lang) : key === 'step' ? await storyStepTitle(hash, lang, t) : t[key];
          const expected = key ? t['title.page'].replace('{page}', pageName) : t['title.home'];
          await page.waitForFunction((title) => document.title === title, expected).catch(() => {});
          assert.equal(await page.title(), expected, name);
          seen.add(expected);
        }
        assert.equal(seen.size, Object.keys(NAMES).length, 'one title per page');
      });
    });
  }
});
