// Offline after the first visit: the service worker caches the whole site, so with the network
// cut every route still loads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeServiceWorker } from '../../scripts/build.mjs';
import { artifacts, chromiumSuite, dist, localeTexts, root, serveDist, watchedPage } from './harness.mjs';
import { PAGES } from './routes.mjs';

const { origin, browser } = chromiumSuite();

describe('offline', () => {
  it('after one visit, every route works with the network cut', async () => {
    const { page, context, problems } = await watchedPage(browser(), origin());
    try {
      await page.goto(`${origin()}/#/explore`);
      await page.getByTestId('headline').waitFor();
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 10000 });
      const cached = await page.evaluate(async () => {
        const keys = await caches.keys();
        const cache = await caches.open(keys.find((k) => k.startsWith('cornered-')));
        return (await cache.keys()).length;
      });
      assert.ok(cached >= 6, `${cached} files cached`);

      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('headline').waitFor();
      for (const [, hash, ready] of PAGES) {
        await page.goto(`${origin()}/${hash}`);
        await page.locator(ready).first().waitFor();
      }
      // An address a host sends on to its page's folder, as typed or from an older bookmark.
      for (const [address, path] of [['/explore?scenario=murder', '/explore/'], ['/story/index.html', '/story/']]) {
        await page.goto(`${origin()}${address}`);
        await page.locator('main h1').first().waitFor();
        assert.equal(new URL(page.url()).pathname, path, address);
      }
      // The data file downloads offline too.
      await page.goto(`${origin()}/#/explore`);
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
      assert.equal(await readFile(await csv.path(), 'utf8'), await readFile(join(root, 'data/results.csv'), 'utf8'));
      // The one-file edition is not cached: its link says so while offline, and only then.
      const offlineNote = (await localeTexts('en'))['classroom.one_file_offline'];
      await page.goto(`${origin()}/classroom/`);
      const noteIs = (text) => page.waitForFunction(
        (text) => document.querySelector('[data-testid="download-offline"]')?.textContent.trim() === text, text, { timeout: 5000 });
      await noteIs(offlineNote);
      await context.setOffline(false);
      await noteIs('');
      await context.setOffline(true);
      await noteIs(offlineNote);
      // A full load of a new tab while offline, too.
      const second = await context.newPage();
      await second.goto(`${origin()}/#/story?step=5&lang=zh`);
      await second.getByTestId('headline').waitFor();
      assert.match(await second.getByTestId('headline').textContent(), /取消紧急救援警报/);
      await context.setOffline(false);
      assert.deepEqual(await problems(), []);
    } finally {
      await context.close();
    }
  });

  it('a new deployment replaces the old cache, and the next load runs it, online or not', async () => {
    const site = join(artifacts, 'update-site');
    await rm(site, { recursive: true, force: true });
    await cp(dist, site, { recursive: true });
    const server = await serveDist(site);
    const { page, context, problems } = await watchedPage(browser(), server.origin);
    const cacheNames = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('cornered-')));
    const deployed = () => page.evaluate(() => document.querySelector('meta[name="deployed"]')?.content ?? '');
    try {
      await page.goto(`${server.origin}/#/explore`);
      await page.getByTestId('headline').waitFor();
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 10000 });
      const [first] = await cacheNames();
      assert.equal(await deployed(), '');

      // Deploy a second version in place, as a host would: a changed page and the sw.js that the
      // build's hook writes for it. (Other files carry integrity hashes in the page, so a real
      // deployment renames them; changing the page alone stands for that.)
      const index = join(site, 'explore', 'index.html');
      await writeFile(index, (await readFile(index, 'utf8')).replace('</head>', '<meta name="deployed" content="second"></head>'));
      await writeServiceWorker(site);

      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      // The new worker installs its own cache, then deletes the old one when it takes over.
      let names = await cacheNames();
      for (let i = 0; i < 100 && !(names.length === 1 && names[0] !== first); i += 1) {
        await page.waitForTimeout(100);
        names = await cacheNames();
      }
      assert.equal(names.length, 1, `one cache left: ${names}`);
      assert.notEqual(names[0], first, 'and it is the new version\'s');
      await page.reload();
      await page.getByTestId('headline').waitFor();
      assert.equal(await deployed(), 'second', 'the reload runs the new version');

      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('headline').waitFor();
      assert.equal(await deployed(), 'second', 'offline, the new version is what was cached');
      await context.setOffline(false);
      assert.deepEqual(await problems(), []);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
