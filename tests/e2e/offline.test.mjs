// Offline after the first visit: the service worker caches the whole site, so with the network
// cut every route still loads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumSuite, watchedPage } from './harness.mjs';

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
      for (const [hash, ready] of [
        ['#/story?step=1', '[data-testid="prediction"]'],
        ['#/transcripts/blackmail-harmful?step=3', '[data-testid="step-count"]'],
        ['#/myths', '.myth'],
        ['#/classroom', '.quiz'],
        ['#/sources', '[data-testid="data-table"]'],
      ]) {
        await page.goto(`${origin()}/${hash}`);
        await page.locator(ready).first().waitFor();
      }
      // A full load of a new tab while offline, too.
      const second = await context.newPage();
      await second.goto(`${origin()}/#/story?step=5&lang=zh`);
      await second.getByTestId('headline').waitFor();
      assert.match(await second.getByTestId('headline').textContent(), /取消急救警报/);
      await context.setOffline(false);
      assert.deepEqual(await problems(), []);
    } finally {
      await context.close();
    }
  });
});
