// Loads timed from navigation start, as a first visit: a fresh context opens
// `dist/index.html?src=<a .txt>` (or the baseline's `baseline.html?src=`), and the
// page itself notes when the article is interactive and painted.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IDLE, ROOT, SAVED_AND_IDLE, UNTIL_PAINTED, deadline, newPage } from './browser.mjs';

const TEXTS = path.join(ROOT, 'target', 'bench');

/** Writes `text` to target/bench/`name` (served, as the repo root is); returns its path from dist/. */
export async function serveText(name, text) {
  await mkdir(TEXTS, { recursive: true });
  await writeFile(path.join(TEXTS, name), text);
  return `../target/bench/${name}`;
}

/** The address that opens `src` (relative to dist/) in sentag, or in the baseline with sentag's CSS. */
export function address(url, app, src, css) {
  return app === 'sentag'
    ? `${url}dist/index.html?src=${encodeURIComponent(src)}`
    : `${url}bench/baseline.html?css=${encodeURIComponent(`../dist/${css}`)}&src=${encodeURIComponent(src)}`;
}

/**
 * Run in the page before its own scripts: from navigation start, checks after every
 * task whether `want` sentences are interactive (sentag: the untagged count is `want`
 * and sentences are on the page; the baseline: its article says `want`), then waits
 * for the next paint. `window.__loaded` resolves to the marks, in ms since navigation
 * start. For sentag also: `sample`, when it first showed other sentences (its start-up
 * document), and `window.__opened`, when it first said what it opened (a notice other
 * than progress, which ends in `…` and a percentage): the fetched text is open. A
 * repeat visit shows the stored copy before; null if no such notice in 10 s more.
 */
export function watchLoad({ app, want }) {
  if (window !== window.top) return;
  const marks = { sample: null, sampleCount: null, interactive: null, painted: null, opened: null, notice: null };
  window.__load = marks;
  const untagged = () => Number(document.querySelector('.count[data-tag=untagged]')?.textContent ?? NaN);
  const ready =
    app === 'sentag'
      ? () => untagged() === want && document.querySelector('.article [role=option]')
      : () => document.querySelector('.article')?.dataset.count === String(want);
  let loaded;
  let opened;
  window.__loaded = new Promise((resolve) => { loaded = resolve; });
  window.__opened = new Promise((resolve) => { opened = resolve; });
  const poll = () => {
    const now = performance.now();
    if (app === 'sentag') {
      if (marks.sample === null && marks.interactive === null && document.querySelector('.article [role=option]') && untagged() !== want) {
        marks.sample = now;
        marks.sampleCount = untagged();
      }
      const notice = [...document.querySelectorAll('.notice-text')].find((n) => !/…/.test(n.textContent));
      if (marks.opened === null && notice) {
        marks.opened = now;
        marks.notice = notice.textContent;
      }
    }
    if (marks.interactive === null && ready()) {
      marks.interactive = now;
      requestAnimationFrame(() =>
        setTimeout(() => {
          marks.painted = performance.now();
          loaded(marks);
        }, 0),
      );
    }
    if (marks.interactive === null || (app === 'sentag' && marks.opened === null && now < marks.interactive + 10000)) {
      setTimeout(poll, 0);
    } else {
      opened(marks.opened);
    }
  };
  poll();
}

/** The marks of the page's load (see `watchLoad`), with when the text and the page arrived. */
export async function loadMarks(page, what, timeout) {
  await deadline(page.evaluate(() => window.__loaded), timeout, `${what}: not interactive`);
  return page.evaluate(async () => {
    await window.__opened;
    const marks = { ...window.__load };
    const [nav] = performance.getEntriesByType('navigation');
    // Chromium may add a fetch's entry a little after its body is read: waited for, up to 5 s.
    const text = await new Promise((resolve) => {
      const find = () => performance.getEntriesByType('resource').find((e) => /\/target\/bench\//.test(e.name));
      if (find()) return resolve(find());
      const observer = new PerformanceObserver(() => find() && (observer.disconnect(), resolve(find())));
      observer.observe({ type: 'resource' });
      setTimeout(() => (observer.disconnect(), resolve(null)), 5000);
    });
    return {
      ...marks,
      document: nav?.responseEnd ?? NaN,
      text: text?.responseEnd ?? NaN,
      wasm: window.__wasmStarted ?? null,
      longest: window.__longest(0, marks.painted),
    };
  });
}

/**
 * Opens `app` ('sentag' or 'baseline') on `src` in a fresh context (empty cache: a
 * first visit) and waits for `want` sentences, painted. Returns the page and its marks.
 */
export async function loadFromNavigation(browser, url, { app, src, want, css, timeout = 180000 }) {
  const { context, page } = await newPage(browser, { init: [[watchLoad, { app, want }]] });
  await page.goto(address(url, app, src, css), { waitUntil: 'commit' });
  const marks = await loadMarks(page, `${app} ${src}`, timeout);
  return { context, page, marks };
}

/**
 * Selects sentence 1 and presses `1`: the time to the chip's paint, then the longest
 * task from the key until the app is done: its autosave (the User Timing measure
 * `sentag:autosave`, written after a debounce; a build without it is given 2 s) and
 * then two idle callbacks in a row.
 */
export async function afterToggle(page) {
  await page.locator('.article [data-index="1"]').click();
  await page.evaluate(IDLE);
  const toggle = page.evaluate(`(async () => {
    performance.clearMeasures('sentag:autosave');
    const t0 = performance.now();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
    const painted = await (${UNTIL_PAINTED})(t0, () => document.querySelector('.article [data-index="1"] .chip'));
    const saved = Boolean(await (${SAVED_AND_IDLE})(t0));
    const settled = performance.now() - t0;
    return { painted, settled, saved, longest: window.__longest(t0) };
  })()`);
  return deadline(toggle, 30000, 'one toggle: no chip, or never idle');
}

/**
 * `rounds` loads from navigation of sentag and the baseline on `src`, alternating; the
 * marks of each, sentag's longest task after one toggle, and the last round's pages
 * open when `keep` (the caller closes them).
 */
export async function navigationRounds(browser, url, { src, want, css, rounds, keep = false }) {
  const runs = { sentag: [], baseline: [], toggle: [], kept: null };
  for (let round = 0; round < rounds; round += 1) {
    const a = await loadFromNavigation(browser, url, { app: 'sentag', src, want });
    runs.sentag.push(a.marks);
    const b = await loadFromNavigation(browser, url, { app: 'baseline', src, want, css });
    runs.baseline.push(b.marks);
    if (keep && round === rounds - 1) {
      runs.kept = { sentag: a, baseline: b };
    } else {
      runs.toggle.push(await afterToggle(a.page));
      await a.context.close();
      await b.context.close();
    }
  }
  return runs;
}
