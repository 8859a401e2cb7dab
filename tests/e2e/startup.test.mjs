// Start-up: what a visitor waits for. `?src=` opens only the text asked for (the
// sample is never drawn or kept), the app's wasm is downloaded once on a first visit
// (the service worker precaches after the page is idle, from the HTTP cache), and a
// 10,000-sentence article leaves no long task once it is interactive.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { generateArticle } from '../../bench/article.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { FLAGS, useServedApp, watchConsole } from './support/harness.mjs';

const app = useServedApp();
const SAMPLE_TITLE = '天心区召开招商引资工作动员暨优化营商环境工作讲评大会';
const { text, sentences } = generateArticle(10000);

let texts;
let dir;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sentag-startup-'));
  await writeFile(path.join(dir, 'long-report.txt'), text);
  texts = await startServer({ root: dir, headers: { 'access-control-allow-origin': '*' } });
});
after(async () => {
  texts?.server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Resolves once the article is interactive: every sentence counted, the first on the page. */
const interactive = (page, count) =>
  page.waitForFunction(
    (n) => Number(document.querySelector('.count[data-tag=untagged]')?.textContent) === n && document.querySelector('.article [role=option]'),
    count,
    { polling: 'raf', timeout: 30000 },
  );

describe('start-up', () => {
  test('?src= never draws or keeps the sample: Recent documents stays empty until an edit', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      window.__titles = [];
      new MutationObserver(() => {
        const title = document.querySelector('.doc-title')?.textContent;
        if (title && window.__titles.at(-1) !== title) window.__titles.push(title);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${app.url}?src=${encodeURIComponent(`${texts.url}long-report.txt`)}`);
    await interactive(page, sentences.length);
    assert.equal(await page.locator('.doc-title').textContent(), 'long-report');
    assert.ok(!(await page.evaluate(() => window.__titles)).includes(SAMPLE_TITLE), 'the sample was drawn');
    // The page has been idle since (the service worker registers only then).
    await page.evaluate(() => navigator.serviceWorker.ready);
    assert.deepEqual(JSON.parse((await page.evaluate(() => localStorage.getItem('sentag.docs'))) ?? '[]'), []);
    await page.locator('.file-menu summary').click();
    await page.locator('.file-menu .menu-item', { hasText: 'Recent documents' }).click();
    await page.locator('.modal').waitFor();
    assert.equal(await page.locator('.recent-row').count(), 0);
    await page.keyboard.press('Escape');

    // An edit keeps it.
    await page.locator('.article [role=option]').nth(2).click();
    await page.keyboard.press('1');
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('sentag.docs')) ?? []).length === 1);
    assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('sentag.docs')))[0].title, 'long-report');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a first visit downloads the app wasm once; the service worker precaches after the page is idle', async () => {
    const profile = await mkdtemp(path.join(os.tmpdir(), 'sentag-profile-'));
    const requests = [];
    const count = (req) => requests.push(new URL(req.url, 'http://x').pathname);
    app.server.on('request', count);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: FLAGS,
      viewport: { width: 1280, height: 800 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${app.url}?src=${encodeURIComponent(`${texts.url}long-report.txt`)}`);
      await interactive(page, sentences.length);
      // Installed: every file of the release is in its cache.
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        while (registration.active.state !== 'activated') {
          await new Promise((resolve) => registration.active.addEventListener('statechange', resolve, { once: true }));
        }
      });
      const wasm = requests.filter((p) => /\/sentag-[0-9a-f]+_bg\.wasm$/.test(p));
      assert.equal(wasm.length, 1, requests.join('\n'));
      // The on-demand workers came with the precache, after the page: not before the wasm.
      const decoder = requests.findIndex((p) => p.endsWith('/decoder_bg.wasm'));
      assert.ok(decoder > requests.indexOf(wasm[0]), requests.join('\n'));
    } finally {
      app.server.off('request', count);
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  test('no task over 50 ms in the first second after a 10,000-sentence article is interactive', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__long.push({ start: e.startTime, ms: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${app.url}?src=${encodeURIComponent(`${texts.url}long-report.txt`)}`);
    await interactive(page, sentences.length);
    const ready = await page.evaluate(() => performance.now());
    // The condition is the time itself: one second after.
    await page.waitForFunction((t) => performance.now() > t + 1000, ready, { polling: 100 });
    const late = await page.evaluate((t) => window.__long.filter((e) => e.start + e.ms > t), ready);
    assert.deepEqual(late, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
