// The browser side of `make bench`: Chromium, a page that records its long tasks, and
// the in-page waits every measure shares.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc'];
export const VIEWPORT = { width: 1280, height: 800 };

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

export const launch = () => chromium.launch({ executablePath: EXECUTABLE, args: FLAGS });

/**
 * Waits in the page until `ready()` holds (checked after every task, so the DOM update
 * is seen as soon as it lands), then for the next paint: a frame, then the task after
 * it. Returns ms since `t0`, or `{ rendered, painted }` when asked for both.
 */
export const UNTIL_PAINTED = `async (t0, ready, both) => {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 0));
  const rendered = performance.now() - t0;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const painted = performance.now() - t0;
  return both ? { rendered, painted } : painted;
}`;

/**
 * Run in every page before its own scripts: records long tasks (`window.__longTasks`,
 * `window.__longest(from, to)`: the longest that started in [from, to) ms), the wasm
 * instance when the app starts, and when it started.
 */
export function recordTasks() {
  window.__longTasks = [];
  window.__longest = (from = 0, to = Infinity) =>
    Math.max(0, ...window.__longTasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__wasm = event.detail.wasm;
    window.__wasmStarted = performance.now();
  });
}

/** A fresh context (empty cache, no service worker, no storage) and a page in it. */
export async function newPage(browser, { suggest = true, init = [] } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  if (!suggest) await page.addInitScript(() => localStorage.setItem('sentag.suggest', 'false'));
  await page.addInitScript(recordTasks);
  for (const [script, arg] of init) await page.addInitScript(script, arg);
  return { context, page };
}

/** The JS heap in use and the app's wasm linear memory, in bytes. */
export async function memory(page, { gc = false } = {}) {
  return page.evaluate((gc) => {
    if (gc) window.gc?.();
    return {
      js: performance.memory?.usedJSHeapSize ?? 0,
      wasm: window.__wasm?.memory?.buffer?.byteLength ?? 0,
    };
  }, gc);
}

/** Rejects after `ms` with `what`, so a wait that never ends fails the run instead of hanging it. */
export function deadline(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The page's DOM nodes (CDP `Memory.getDOMCounters`): memory the JS heap does not count. */
export async function domNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return nodes;
}

/**
 * Resolves in the page once the main thread has been idle twice in a row: two idle
 * callbacks, the second asked for from the first (a frame with nothing left to do).
 */
export const IDLE = `() => new Promise((resolve) =>
  requestIdleCallback(() => requestIdleCallback(() => resolve(performance.now()))))`;

/**
 * In the page: waits for the app's next autosave (the User Timing measure
 * `sentag:autosave`, after its debounce; a build without the measure is given 2 s from
 * `t0`), then for two idle callbacks. Returns the measure, or undefined.
 */
export const SAVED_AND_IDLE = `async (t0) => {
  let save;
  while (!(save = performance.getEntriesByName('sentag:autosave')[0]) && performance.now() - t0 < 2000) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await (${IDLE})();
  return save;
}`;
