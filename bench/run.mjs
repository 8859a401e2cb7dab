// `make bench`: sentag against a plain-JavaScript baseline (bench/baseline.html) on a
// deterministic 10,000-sentence article, in one headless Chromium run, alternating
// A and B, printing medians and ratios. It measures; it asserts nothing.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { measure as bundleSizes, table as sizeTable } from '../scripts/sizes.mjs';
import { generateArticle } from './article.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const TOGGLES = 100;
const TAGGED = 2000;
const MANY = 2000;

const { text, sentences, spans } = generateArticle(10000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** A sentag file that tags every fifth sentence: 2,000 tagged before the toggles. */
function tagsFile() {
  const annotations = [];
  for (let i = 0; i < sentences.length && annotations.length < TAGGED; i += 5) {
    const [start, end] = spans[i];
    annotations.push({ id: `s${start}-${end}`, start, end, quote: { exact: sentences[i] }, tags: ['attendees'] });
  }
  return JSON.stringify({
    format: 'sentag',
    version: 1,
    document: { title: 'bench', sha256: createHash('sha256').update(text).digest('hex'), length: text.length },
    annotations,
  });
}

/**
 * Waits in the page until `ready()` holds (checked after every task, so the DOM update
 * is seen as soon as it lands), then for the next paint: a frame, then the task after
 * it. Returns ms since `t0`, or `{ rendered, painted }` when asked for both.
 */
const UNTIL_PAINTED = `async (t0, ready, both) => {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 0));
  const rendered = performance.now() - t0;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const painted = performance.now() - t0;
  return both ? { rendered, painted } : painted;
}`;

async function newPage(browser, suggest = true) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (!suggest) await page.addInitScript(() => localStorage.setItem('sentag.suggest', 'false'));
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    addEventListener('TrunkApplicationStarted', (event) => {
      window.__wasm = event.detail.wasm;
    });
  });
  return { context, page };
}

async function loadSentag(browser, url, { article = text, count = sentences.length, suggest = true } = {}) {
  const { context, page } = await newPage(browser, suggest);
  await page.goto(`${url}dist/index.html`);
  await page.locator('[role=option]').first().waitFor();
  await page.locator('.file-menu summary').click();
  await page.locator('.file-menu .menu-item', { hasText: 'Paste text' }).click();
  // Set, not typed: Chromium lays out a textarea of 20,000 lines slowly, outside the measure.
  await page.locator('.paste-text').evaluate((area, value) => { area.value = value; }, article);
  const ms = await page.evaluate(`(async () => {
    window.__longTasks = [];
    const t0 = performance.now();
    document.querySelector('.modal button.primary').click();
    return (${UNTIL_PAINTED})(t0, () =>
      Number(document.querySelector('.count[data-tag=untagged]')?.textContent) >= ${count} &&
      document.querySelector('.article [role=option]'));
  })()`);
  const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  // The suggestions, read after the article is interactive: until all are shown.
  const suggested = await page.evaluate(`(async () => {
    window.__longTasks = [];
    const t0 = performance.now();
    const ms = await (${UNTIL_PAINTED})(t0, () =>
      document.querySelector('.suggestions[aria-busy=false]'));
    const counts = [...document.querySelectorAll('.suggestion-tag h3 .count')].map((c) => Number(c.textContent));
    return { ms, longest: Math.max(0, ...window.__longTasks), found: counts.reduce((a, b) => a + b, 0) };
  })()`);
  return { context, page, ms, longest, suggested };
}

async function loadBaseline(browser, url, css) {
  const { context, page } = await newPage(browser);
  await page.goto(`${url}bench/baseline.html?css=${encodeURIComponent(`../dist/${css}`)}`);
  await page.locator('.paste-text').fill(text);
  const ms = await page.evaluate(`(async () => {
    window.__longTasks = [];
    const t0 = performance.now();
    document.querySelector('.open').click();
    return (${UNTIL_PAINTED})(t0, () => document.querySelector('.article').dataset.count === '10000');
  })()`);
  const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  return { context, page, ms, longest };
}

/**
 * 10,000 sentences of the labelled sets (tests/fixtures/suggest), one per line, cycled:
 * text with as many suggestions as real meeting news and minutes have.
 */
async function labelledArticle(count = 10000) {
  const { readdir } = await import('node:fs/promises');
  const lines = [];
  for (const set of ['dev', 'heldout', 'heldout2']) {
    const dir = path.join(ROOT, 'tests', 'fixtures', 'suggest', set);
    const files = await readdir(dir).catch(() => []);
    for (const file of files.filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const line of (await readFile(path.join(dir, file), 'utf8')).split('\n')) {
        if (line.trim()) lines.push(...JSON.parse(line).sentences.map((s) => s.text.replace(/\s+/g, ' ')));
      }
    }
  }
  // A paragraph each, so that no line is read as wrapped and joined to the next.
  return Array.from({ length: count }, (_, i) => lines[i % lines.length]).join('\n\n');
}

/** Scrolls the whole article a step per frame; counts frames that took over 1.5 frame times. */
async function scroll(page) {
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

async function memory(page) {
  return page.evaluate(() => ({
    js: performance.memory?.usedJSHeapSize ?? 0,
    wasm: window.__wasm?.memory?.buffer?.byteLength ?? 0,
  }));
}

async function importTags(page) {
  await page.locator('#file-input').setInputFiles({ name: 'tags.sentag.json', mimeType: 'application/json', buffer: Buffer.from(tagsFile()) });
  await page.locator('.import-summary').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.count[data-tag=attendees]', { hasText: String(TAGGED) }).waitFor();
}

async function toggles(page) {
  await page.locator('.article [data-index="1"]').click();
  const times = [];
  for (let i = 0; i < TOGGLES; i += 1) {
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
async function baselineToggles(page) {
  const times = [];
  for (let i = 0; i < TOGGLES; i += 1) {
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

/**
 * Autosave after one toggle: its main-thread time, as the app measures it (the User
 * Timing measure `sentag:autosave`), and the longest task in the second after the toggle.
 */
async function autosaves(page, n = 20) {
  const saves = [];
  const tasks = [];
  for (let i = 0; i < n; i += 1) {
    const { save, longest } = await page.evaluate(async () => {
      performance.clearMeasures('sentag:autosave');
      window.__longTasks = [];
      const t0 = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true, cancelable: true }));
      // A build from before revisions has no such measure: its saves show as n/a.
      let save;
      while (!(save = performance.getEntriesByName('sentag:autosave')[0]) && performance.now() - t0 < 1000) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // The window in which long tasks are watched: one second from the toggle.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (performance.now() - t0))));
      return { save: save?.duration ?? NaN, longest: Math.max(0, ...window.__longTasks) };
    });
    saves.push(save);
    tasks.push(longest);
  }
  return { saves, tasks };
}

/** `n` toggles on as many sentences, a frame every 50, then the memory in use. */
async function manyToggles(page, n) {
  const tagged = () => page.evaluate(() => Number(document.querySelector('.count[data-tag=attendees]').textContent));
  const before = await tagged();
  await page.evaluate(async (n) => {
    const key = (k) => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    for (let i = 0; i < n; i += 1) {
      key('3');
      key('j');
      if (i % 50 === 49) await new Promise(requestAnimationFrame);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }, n);
  const after = await tagged();
  if (after === before) throw new Error('the toggles did not toggle');
  await page.evaluate(() => window.gc?.());
  return memory(page);
}

async function segmentation(page) {
  const bytes = Buffer.byteLength(text);
  const runs = [];
  for (let i = 0; i < 5; i += 1) {
    const { n, ms } = await page.evaluate((t) => {
      const t0 = performance.now();
      const n = window.wasmBindings.count_sentences(t);
      return { n, ms: performance.now() - t0 };
    }, text);
    if (n !== sentences.length) throw new Error(`segmented ${n} sentences, expected ${sentences.length}`);
    runs.push(bytes / 1e6 / (ms / 1000));
  }
  return median(runs);
}

const index = await readFile(path.join(ROOT, 'dist', 'index.html'), 'utf8');
const css = index.match(/href="\.\/(app-[^"]+\.css)"/)[1];
const { server, url } = await startServer({ root: ROOT });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

const results = { sentag: [], baseline: [], sentagLong: [], baselineLong: [], suggest: [], suggestLong: [] };
let kept;
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    const a = await loadSentag(browser, url);
    results.sentag.push(a.ms);
    results.sentagLong.push(a.longest);
    results.suggest.push(a.suggested.ms);
    results.suggestLong.push(a.suggested.longest);
    const b = await loadBaseline(browser, url, css);
    results.baseline.push(b.ms);
    results.baselineLong.push(b.longest);
    if (round === ROUNDS - 1) {
      kept = { sentag: a, baseline: b };
    } else {
      await a.context.close();
      await b.context.close();
    }
  }
  // Suggestions on text that has them: the load with them on and off, alternating,
  // then the time until all are shown and the longest task meanwhile.
  const labelled = await labelledArticle();
  const withSuggestions = { on: [], off: [], after: [], long: [], found: 0 };
  for (let round = 0; round < 3; round += 1) {
    for (const suggest of [true, false]) {
      const run = await loadSentag(browser, url, { article: labelled, count: 9900, suggest });
      (suggest ? withSuggestions.on : withSuggestions.off).push(run.ms);
      if (suggest) {
        withSuggestions.after.push(run.suggested.ms);
        withSuggestions.long.push(run.suggested.longest);
        withSuggestions.found = run.suggested.found;
      }
      await run.context.close();
    }
  }
  await importTags(kept.sentag.page);
  const toggleTimes = await toggles(kept.sentag.page);
  const sentagMemory = await memory(kept.sentag.page);
  const baselineMemory = await memory(kept.baseline.page);
  const sentagScroll = await scroll(kept.sentag.page);
  const baselineScroll = await scroll(kept.baseline.page);
  const throughput = await segmentation(kept.sentag.page);
  const afterScroll = (await toggles(kept.sentag.page)).map((t) => t.painted);
  const { saves, tasks } = await autosaves(kept.sentag.page);
  await kept.sentag.page.evaluate(() => window.gc?.());
  const beforeMany = await memory(kept.sentag.page);
  const afterMany = await manyToggles(kept.sentag.page, MANY);
  const rendered = toggleTimes.map((t) => t.rendered);
  const painted = toggleTimes.map((t) => t.painted);
  const floor = (await baselineToggles(kept.baseline.page)).map((t) => t.painted);
  const floor95 = percentile(floor, 0.95);
  const sizes = await bundleSizes(path.join(ROOT, 'dist'));

  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  const ms = (n) => `${n.toFixed(1)} ms`;
  // Long tasks are those over 50 ms; a load with none has no longest one to show.
  const longest = (xs) => (median(xs) > 0 ? ms(median(xs)) : 'none ≥ 50 ms');
  const a = median(results.sentag);
  const b = median(results.baseline);
  console.log(`\nsentag against a plain-JavaScript baseline: ${sentences.length} sentences, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${ROUNDS} rounds (medians)\n`);
  const rows = [
    ['1. load to interactive', `${ms(a)}`, `${ms(b)}`, `${(a / b).toFixed(2)}×`, 'target ≤ 1.00×'],
    ['   longest task in the load', longest(results.sentagLong), longest(results.baselineLong), '', 'target ≤ 200 ms'],
    ['2. tag toggle at 2,000 tagged: to DOM', `p50 ${ms(percentile(rendered, 0.5))}`, '', `p95 ${ms(percentile(rendered, 0.95))}`, ''],
    ['   to the next paint', `p50 ${ms(percentile(painted, 0.5))}`, `p50 ${ms(percentile(floor, 0.5))}`, `p95 ${ms(percentile(painted, 0.95))}`, `target p95 ≤ 16 ms; baseline (a click) p95 ${ms(floor95)}`],
    ['   the same, after scrolling it all', `p50 ${ms(percentile(afterScroll, 0.5))}`, '', `p95 ${ms(percentile(afterScroll, 0.95))}`, ''],
    ['3. scroll the whole article', `${sentagScroll.dropped}/${sentagScroll.frames} dropped`, `${baselineScroll.dropped}/${baselineScroll.frames} dropped`, `worst ${ms(sentagScroll.worst)}`, ''],
    ['4. memory after the load: JS heap', mb(sentagMemory.js), mb(baselineMemory.js), '', ''],
    ['   wasm linear memory', mb(sentagMemory.wasm), '', '', ''],
    ['6. segmentation in the browser', `${throughput.toFixed(1)} MB/s`, '', '', ''],
    ['7. autosave after one toggle, main thread', `p50 ${ms(percentile(saves, 0.5))}`, '', `max ${ms(Math.max(...saves))}`, 'target < 2 ms'],
    ['   longest task in the second after', longest(tasks), '', '', ''],
    [`8. memory after ${MANY.toLocaleString('en')} more toggles: JS heap`, mb(afterMany.js), '', `was ${mb(beforeMany.js)}`, ''],
    ['   wasm linear memory', mb(afterMany.wasm), '', `was ${mb(beforeMany.wasm)}`, 'grows with undo history'],
    ['9. suggestions (labelled text): load, on / off', ms(median(withSuggestions.on)), '', `${(median(withSuggestions.on) / median(withSuggestions.off)).toFixed(2)}× off`, `off: ${ms(median(withSuggestions.off))}`],
    ['   after interactive: all shown', ms(median(withSuggestions.after)), '', '', `${withSuggestions.found.toLocaleString('en')} suggestions`],
    ['   longest task meanwhile', longest(withSuggestions.long), '', '', 'read in 8 ms slices'],
    ['   the same on the generated article', ms(median(results.suggest)), '', '', `longest task ${longest(results.suggestLong)}`],
  ];
  const header = ['', 'sentag', 'baseline', 'ratio / p95', 'note'];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
  for (const r of [header, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
  console.log(`\n5. bundle (target: wasm + js ≤ 200 KB brotli, for what every visit loads)\n${sizeTable(sizes)}`);
  console.log(`\nload rounds, sentag: ${results.sentag.map(ms).join(', ')}`);
  console.log(`load rounds, baseline: ${results.baseline.map(ms).join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
