// The teacher's handout: a standalone HTML file that opens from file:// with no
// script, shows the tagged sentences, the legend and the footnotes, and prints to
// PDF (A4 and Letter) with every tag label in it.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ROOT, openApp, option, screenshot, tagByKeys, useServedApp } from './support/harness.mjs';

const app = useServedApp();
const OUT = path.join(ROOT, 'target', 'e2e');

describe('the handout', () => {
  test('opens from file://, shows tags, legend and footnotes, and prints every label', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagByKeys(page, 2, [['1'], ['2', '3']], '新引进项目的数字 <b>要核对</b>');

    // The app prints the same view: the article with its labels, no controls.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.toolbar').isVisible(), false);
    assert.equal(await page.locator('.side-panel').isVisible(), false);
    assert.ok(await option(page, 3).locator('.chip').first().isVisible());
    assert.equal(await option(page, 3).locator('.chip').first().evaluate((el) => getComputedStyle(el, '::before').content), '"["');
    await page.emulateMedia({ media: 'screen' });

    await page.locator('.export-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=handout]').click()]);
    assert.match(download.suggestedFilename(), /\.handout\.html$/);
    await mkdir(OUT, { recursive: true });
    const file = path.join(OUT, 'handout.html');
    await copyFile(await download.path(), file);
    await context.close();

    const viewer = await app.browser.newContext({ javaScriptEnabled: true });
    const handout = await viewer.newPage();
    const errors = [];
    handout.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await handout.goto(pathToFileURL(file).href);
    assert.equal(await handout.locator('script').count(), 0);
    assert.equal(await handout.locator('mark').count(), 2);
    assert.deepEqual(await handout.locator('.legend .chip').allTextContents(), ['commitments', 'metrics', 'attendees']);
    assert.deepEqual(await handout.locator('p .chip').allTextContents(), ['commitments', 'metrics', 'attendees']);
    assert.deepEqual(await handout.locator('.notes li').allTextContents(), ['新引进项目的数字 <b>要核对</b> ↩']);
    assert.equal(await handout.locator('sup a[href="#note1"]').count(), 1);
    await screenshot(handout, 'handout');

    for (const format of ['A4', 'Letter']) {
      const pdf = path.join(OUT, `handout-${format}.pdf`);
      await handout.pdf({ path: pdf, format, printBackground: true });
      const { stdout } = await promisify(execFile)('pdftotext', [pdf, '-']);
      for (const label of ['commitments', 'metrics', 'attendees']) {
        assert.ok(stdout.includes(`[${label}]`), `${format} PDF has [${label}]`);
      }
    }
    assert.deepEqual(errors, []);
    await viewer.close();
  });
});
