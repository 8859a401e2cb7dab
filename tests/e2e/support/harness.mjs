// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core,
// the release build served on 127.0.0.1, console watching and screenshots.

import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { policyFor } from '../../../scripts/csp.mjs';
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

export const FIXTURES = path.join(ROOT, 'tests', 'e2e', 'fixtures');

/** Opens a fixture (or `{ name, buffer }`) the way a user does: File › Open file… */
export async function openThroughMenu(page, file) {
  await page.locator('.file-menu summary').click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.file-menu [data-command=open-file]').click(),
  ]);
  await chooser.setFiles(typeof file === 'string' ? path.join(FIXTURES, file) : { mimeType: 'application/octet-stream', ...file });
}

/** Pastes `text` under `title` through File › Paste text, and waits for it to open. */
export async function paste(page, title, text) {
  await page.locator('.file-menu summary').click();
  await page.locator('.file-menu .menu-item', { hasText: 'Paste text' }).click();
  await page.locator('.paste-title').fill(title);
  await page.locator('.paste-text').fill(text);
  await page.locator('.modal button.primary').click();
  await page.locator('.doc-title', { hasText: title }).waitFor();
}

/**
 * Serves the release build on a sub-path under the strict policy `make dist` prints,
 * opens the app in a browser of its own and runs `use(page, policy)`; then checks that
 * nothing violated the policy and nothing was logged as an error.
 */
export async function underStrictCsp(use) {
  const policy = await policyFor(path.join(ROOT, 'dist'));
  const { server, url } = await serveDist({ base: '/some/sub/path/', headers: { 'content-security-policy': policy } });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    await page.locator('.article [role=option]').first().waitFor();
    await use(page, policy);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** axe-core's serious and critical violations on the page as it is, one line each. */
export async function axeSerious(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => ['serious', 'critical'].includes(v.impact))
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Downloads the export `exportName` from the Export menu: its file name and bytes. */
export async function downloadExport(page, exportName) {
  await page.locator('.export-menu summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`.export-menu [data-export=${exportName}]`).click(),
  ]);
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

/** The export `exportName` as text. */
export const exportText = async (page, exportName) => (await downloadExport(page, exportName)).body.toString('utf8');
