// The release build in a real browser: the sample article is shown, sentences select by
// mouse and keyboard, both colour schemes render, and the app runs under a sub-path.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, launchBrowser, openApp, screenshot, serveDist, useServedApp } from './support/harness.mjs';

const SAMPLE = path.join(ROOT, 'samples', 'tianxin-investment-meeting.zh.txt');

describe('the sample article', () => {
  const app = useServedApp();

  test('is shown as its paragraphs of sentences', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    const lines = (await readFile(SAMPLE, 'utf8')).split('\n').filter((l) => l.trim());
    assert.equal(await page.locator('.paragraph').count(), lines.length);
    const sentences = page.getByRole('option');
    assert.ok((await sentences.count()) > lines.length, 'more sentences than paragraphs');
    assert.equal(await sentences.nth(0).textContent(), '会议现场。');
    assert.equal(await sentences.nth(1).textContent(), '(杨威 摄)');
    // Nothing is lost or repeated: the sentences, read in order, are the whole text.
    const squeeze = (text) => text.replace(/\s+/g, '');
    assert.equal(squeeze((await page.locator('[role=option] .sentence-text').allTextContents()).join('')), squeeze(lines.join('')));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('selects a sentence by click and by keyboard, visibly', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    const sentences = page.getByRole('option');
    await sentences.nth(5).click();
    await page.locator('[role=option][data-index="5"][aria-selected=true]').waitFor();
    assert.equal(await page.locator('[aria-selected=true]').count(), 1);
    const quote = await page.locator('.selected-quote').textContent();
    assert.equal(quote, await sentences.nth(5).locator('.sentence-text').textContent());

    const selectedBg = await sentences.nth(5).evaluate((el) => getComputedStyle(el).backgroundColor);
    const plainBg = await sentences.nth(6).evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(selectedBg, plainBg, 'selection is visible');

    await sentences.nth(8).focus();
    await page.keyboard.press('Enter');
    await page.locator('[role=option][data-index="8"][aria-selected=true]').waitFor();
    assert.equal(await sentences.nth(5).getAttribute('aria-selected'), 'false');

    await sentences.nth(5).click();
    await page.locator('[role=option][data-index="5"][aria-selected=true]').waitFor();
    await screenshot(page, 'sample-selected-light');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('has a dark colour scheme', async () => {
    const light = await openApp(app.browser, app.url, { colorScheme: 'light' });
    const dark = await openApp(app.browser, app.url, { colorScheme: 'dark' });
    const background = (page) => page.locator('.article').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(await background(dark.page), await background(light.page));
    await dark.page.getByRole('option').nth(5).click();
    await dark.page.locator('[data-index="5"][aria-selected=true]').waitFor();
    await screenshot(dark.page, 'sample-selected-dark');
    assert.deepEqual([...light.errors, ...dark.errors], []);
    await light.context.close();
    await dark.context.close();
  });
});

describe('hosting', () => {
  test('runs from a sub-path of a static server', async () => {
    const { server, url } = await serveDist({ base: '/some/sub/path/' });
    const browser = await launchBrowser();
    try {
      assert.match(url, /\/some\/sub\/path\/$/);
      const { page, errors } = await openApp(browser, url);
      assert.ok((await page.getByRole('option').count()) > 10);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
