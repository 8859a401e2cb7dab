// The load from the paste dialog's Open button (sentag) and from the baseline's Open
// button: the text is in the page already, so no download or start-up is timed.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, UNTIL_PAINTED, newPage } from './browser.mjs';

/** A sentag file that tags every fifth sentence, `tagged` of them. */
export function tagsFile({ text, sentences, spans }, tagged) {
  const annotations = [];
  for (let i = 0; i < sentences.length && annotations.length < tagged; i += 5) {
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

/** Imports `file` (a sentag file tagging `tagged` sentences) and waits for the count. */
export async function importTags(page, file, tagged) {
  await page.locator('#file-input').setInputFiles({ name: 'tags.sentag.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.locator('.import-summary').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.count[data-tag=attendees]', { hasText: String(tagged) }).waitFor();
}

/**
 * Opens sentag on its start page, pastes `article` and times Open to the paint of
 * `count` sentences, then the suggestions until all are shown.
 */
export async function loadSentag(browser, url, { article, count, suggest = true }) {
  const { context, page } = await newPage(browser, { suggest });
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
  const longest = await page.evaluate(() => window.__longest());
  // The suggestions, read after the article is interactive: until all are shown.
  const suggested = await page.evaluate(`(async () => {
    window.__longTasks = [];
    const t0 = performance.now();
    const ms = await (${UNTIL_PAINTED})(t0, () =>
      document.querySelector('.suggestions[aria-busy=false]'));
    const counts = [...document.querySelectorAll('.suggestion-tag h3 .count')].map((c) => Number(c.textContent));
    return { ms, longest: window.__longest(), found: counts.reduce((a, b) => a + b, 0) };
  })()`);
  return { context, page, ms, longest, suggested };
}

/** The baseline, its text set in its textarea, timed from its Open button to the paint. */
export async function loadBaseline(browser, url, css, { article, count }) {
  const { context, page } = await newPage(browser);
  await page.goto(`${url}bench/baseline.html?css=${encodeURIComponent(`../dist/${css}`)}`);
  await page.locator('.paste-text').fill(article);
  const ms = await page.evaluate(`(async () => {
    window.__longTasks = [];
    const t0 = performance.now();
    document.querySelector('.open').click();
    return (${UNTIL_PAINTED})(t0, () => document.querySelector('.article').dataset.count === '${count}');
  })()`);
  const longest = await page.evaluate(() => window.__longest());
  return { context, page, ms, longest };
}

/**
 * `count` sentences of the labelled sets (tests/fixtures/suggest), one per line, cycled:
 * text with as many suggestions as real meeting news and minutes have.
 */
export async function labelledArticle(count = 10000) {
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
