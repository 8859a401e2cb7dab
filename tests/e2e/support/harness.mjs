// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core,
// the release build served on 127.0.0.1, console watching and screenshots.

import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SCREENSHOTS = path.join(ROOT, 'target', 'e2e');

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: FLAGS,
  });
}

/** A browser with a profile in `dir`, as a user's is: it outlives its pages and restarts. */
export function launchProfile(dir) {
  return chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
  });
}

/** Serves the release build (`dist/`) on a free port of 127.0.0.1. */
export function serveDist(options = {}) {
  return startServer({ root: path.join(ROOT, 'dist'), ...options });
}

/** Collects console errors and uncaught exceptions; a missing favicon is no error. */
export function watchConsole(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const favicon404 = /favicon/.test(msg.location().url ?? '') && /404/.test(msg.text());
    if (!favicon404) errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Opens the app at `url` and waits until its sentences are on the page. */
export async function openApp(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto(url);
  await page.locator('[role=option]').first().waitFor();
  return { context, page, errors };
}

/**
 * Serves the release build and launches the browser for the test file that calls it.
 * Returns an object whose `browser` and `url` are set once the tests start.
 */
export function useServedApp() {
  const app = { browser: null, url: null, server: null };
  before(async () => {
    ({ server: app.server, url: app.url } = await serveDist());
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.close();
  });
  return app;
}

/** Sentence `index` of the article. */
export const option = (page, index) => page.locator(`.article [role=option][data-index="${index}"]`);

/** The tag labels shown on sentence `index`. */
export const chips = (page, index) => option(page, index).locator('.chip').allTextContents();

/**
 * From a click on sentence `first`, the keyboard way: tag it and the next ones
 * (`tags[k]` is the keys for sentence `first + k`), then note the last one.
 */
export async function tagByKeys(page, first, tags, note) {
  await option(page, first).click();
  for (const [k, keys] of tags.entries()) {
    if (k > 0) await page.keyboard.press('j');
    for (const key of keys) await page.keyboard.press(key);
  }
  if (note !== undefined) {
    await page.keyboard.press('n');
    await page.locator('.note-input').fill(note);
    await page.keyboard.press('Control+Enter');
    await option(page, first + tags.length - 1).locator('.note-marker').waitFor();
  }
}
