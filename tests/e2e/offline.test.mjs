// Offline use: after one visit the app opens and works with the network off, under
// any sub-path; a new release shows a quiet notice once.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, launchBrowser, openApp, serveDist, useServedApp } from './support/harness.mjs';

const app = useServedApp();

/** Waits until the service worker controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

async function tagOffline(browser, url) {
  const { context, page, errors } = await openApp(browser, url);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.locator('.article [role=option]').first().waitFor();
  await page.keyboard.press('j');
  await page.keyboard.press('1');
  assert.deepEqual(await page.locator('.article [data-index="0"] .chip').allTextContents(), ['commitments']);
  await context.setOffline(false);
  await context.close();
  return errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e));
}

describe('offline', () => {
  test('after one visit, the app reloads and tags with the network off', async () => {
    assert.deepEqual(await tagOffline(app.browser, app.url), []);
  });

  test('offline, a GBK file still opens: the decoder worker was cached ahead', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await page.locator('.article [role=option]').first().waitFor();
    await page.locator('#file-input').setInputFiles(path.join(ROOT, 'tests', 'e2e', 'fixtures', 'gbk-article.txt'));
    await page.locator('.encoding', { hasText: 'GBK' }).waitFor();
    assert.equal(await page.locator('.article .sentence-text').first().textContent(), '天心区委书记吴新伟出席会议并讲话。');
    await context.setOffline(false);
    await context.close();
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  });

  test('the same under a sub-path', async () => {
    const { server, url } = await serveDist({ base: '/some/sub/path/' });
    const browser = await launchBrowser();
    try {
      assert.deepEqual(await tagOffline(browser, url), []);
    } finally {
      await browser.close();
      server.close();
    }
  });

  test('a new release shows a quiet notice, once', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await page.evaluate(() => localStorage.setItem('sentag.build', JSON.stringify('./sentag-older.js')));
    await page.reload();
    await page.locator('.notice[role=status]', { hasText: 'updated' }).waitFor();
    await page.reload();
    await page.locator('.article [role=option]').first().waitFor();
    assert.equal(await page.locator('.notice', { hasText: 'updated' }).count(), 0);
    await context.close();
  });
});
