// What is timed once an article is open: tag toggles, scrolling, autosave, many edits,
// and segmentation in the browser.

import { SAVED_AND_IDLE, UNTIL_PAINTED, median, memory } from './browser.mjs';

/** `n` toggles of the first tag on sentence 1: each to the DOM and to the next paint. */
export async function toggles(page, n) {
  await page.locator('.article [data-index="1"]').click();
  const times = [];
  for (let i = 0; i < n; i += 1) {
    times.push(
      await page.evaluate(`(async () => {
        const t0 = performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
        const want = ${i % 2 === 0 ? "'1'" : "'0'"};
        return (${UNTIL_PAINTED})(t0, () => document.querySelector('.count[data-tag=commitments]').textContent === want, true);
      })()`),
    );
  }
  return times;
}

/** The same measure in the baseline, for the floor a frame sets: select a sentence, to paint. */
export async function baselineToggles(page, n) {
  const times = [];
  for (let i = 0; i < n; i += 1) {
    times.push(
      await page.evaluate(`(async () => {
        const target = document.querySelector('.article [data-index="${i % 2}"]');
        const t0 = performance.now();
        target.click();
        return (${UNTIL_PAINTED})(t0, () => target.classList.contains('selected'), true);
      })()`),
    );
  }
  return times;
}

/** Scrolls the whole article a step per frame; counts frames that took over 1.5 frame times. */
export async function scroll(page) {
  return page.evaluate(async () => {
    window.scrollTo(0, 0);
    const deltas = [];
    let last = await new Promise(requestAnimationFrame);
    while (window.scrollY + innerHeight < document.body.scrollHeight - 2) {
      window.scrollBy(0, 600);
      const now = await new Promise(requestAnimationFrame);
      deltas.push(now - last);
      last = now;
    }
    const frame = [...deltas].sort((a, b) => a - b)[Math.floor(deltas.length / 2)] || 16.7;
    return { frames: deltas.length, dropped: deltas.filter((d) => d > frame * 1.5).length, worst: Math.max(...deltas) };
  });
}

/**
 * Autosave after one toggle: its main-thread time, as the app measures it (the User
 * Timing measure `sentag:autosave`), and the longest task from the toggle until the
 * save is done and the page idle.
 */
export async function autosaves(page, n = 20) {
  const saves = [];
  const tasks = [];
  for (let i = 0; i < n; i += 1) {
    const { save, longest } = await page.evaluate(`(async () => {
      performance.clearMeasures('sentag:autosave');
      window.__longTasks = [];
      const t0 = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true, cancelable: true }));
      // A build from before revisions has no such measure: its saves show as n/a.
      const save = await (${SAVED_AND_IDLE})(t0);
      return { save: save?.duration ?? NaN, longest: window.__longest() };
    })()`);
    saves.push(save);
    tasks.push(longest);
  }
  return { saves, tasks };
}

/** `n` toggles on as many sentences, a frame every 50, then the memory in use. */
export async function manyToggles(page, n) {
  const tagged = () => page.evaluate(() => Number(document.querySelector('.count[data-tag=attendees]').textContent));
  const before = await tagged();
  await page.evaluate(`(async () => {
    const key = (k) => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    for (let i = 0; i < ${n}; i += 1) {
      key('3');
      key('j');
      if (i % 50 === 49) await new Promise(requestAnimationFrame);
    }
    performance.clearMeasures('sentag:autosave');
    await (${SAVED_AND_IDLE})(performance.now());
  })()`);
  const after = await tagged();
  if (after === before) throw new Error('the toggles did not toggle');
  return memory(page, { gc: true });
}

/** Segmentation speed in the browser, in MB/s (median of 5), through the app's binding. */
export async function segmentation(page, text, count) {
  const bytes = Buffer.byteLength(text);
  const runs = [];
  for (let i = 0; i < 5; i += 1) {
    const { n, ms } = await page.evaluate((t) => {
      const t0 = performance.now();
      const n = window.wasmBindings.count_sentences(t);
      return { n, ms: performance.now() - t0 };
    }, text);
    if (n !== count) throw new Error(`segmented ${n} sentences, expected ${count}`);
    runs.push(bytes / 1e6 / (ms / 1000));
  }
  return median(runs);
}
