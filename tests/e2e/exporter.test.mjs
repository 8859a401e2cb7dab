// The export worker: its code loads only when the user exports; when it cannot load,
// the user is told and the work stays; after one visit it works offline.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chips, openApp, tagByKeys, useServedApp } from './support/harness.mjs';

const app = useServedApp();

async function exportJson(page) {
  await page.locator('.export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=json]').click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

describe('the export worker', () => {
  test('loads only when the user exports, and writes what the page shows', async () => {
    // No service worker: it would fetch every file ahead, for offline use.
    const { context, page, errors } = await openApp(app.browser, app.url, { serviceWorkers: 'block' });
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const exporterFiles = () => fetched.filter((p) => /\/exporter/.test(p)).sort();
    await tagByKeys(page, 2, [['1'], ['2']], 'a figure');
    assert.deepEqual(exporterFiles(), [], 'nothing of the exporter at start or while tagging');
    const file = await exportJson(page);
    assert.deepEqual(exporterFiles(), ['/exporter.js', '/exporter_bg.wasm', '/exporter_loader.js']);
    assert.deepEqual(
      file.annotations.map((a) => [a.tags, a.note]),
      [
        [['commitments'], undefined],
        [['metrics'], 'a figure'],
      ],
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('when it cannot load, the user is told and the work stays', async () => {
    const { context, page } = await openApp(app.browser, app.url, { serviceWorkers: 'block' });
    await tagByKeys(page, 2, [['1'], ['2']]);
    await context.route('**/exporter_bg.wasm', (route) => route.abort());
    await page.locator('.export-menu summary').click();
    await page.locator('[data-export=csv]').click();
    await page.locator('.notice.error', { hasText: 'Could not export' }).waitFor();
    assert.deepEqual(await chips(page, 2), ['commitments']);
    assert.deepEqual(await chips(page, 3), ['metrics']);
    await context.unroute('**/exporter_bg.wasm');
    const file = await exportJson(page);
    assert.equal(file.annotations.length, 2, 'the next export works');
    await context.close();
  });

  test('after one visit, exports work offline', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await context.setOffline(true);
    await page.reload();
    await tagByKeys(page, 0, [['3']]);
    const file = await exportJson(page);
    assert.deepEqual(file.annotations.map((a) => a.tags), [['attendees']]);
    await context.setOffline(false);
    await context.close();
  });
});
