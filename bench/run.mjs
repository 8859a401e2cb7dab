// `make bench`: sentag against a plain-JavaScript baseline (bench/baseline.html) on a
// deterministic 10,000-sentence article, in one headless Chromium run, alternating
// A and B, printing medians and ratios; then the bytes of a first and a repeat visit,
// and a 100,000-sentence article. It measures; it asserts nothing.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer } from '../scripts/serve.mjs';
import { measure as bundleSizes, table as sizeTable } from '../scripts/sizes.mjs';
import { generateArticle } from './article.mjs';
import { ROOT, launch, median, memory, percentile } from './browser.mjs';
import { visits } from './bytes.mjs';
import { autosaves, baselineToggles, manyToggles, scroll, segmentation, toggles } from './interact.mjs';
import { large } from './large.mjs';
import { address, navigationRounds, serveText } from './navigation.mjs';
import { importTags, labelledArticle, loadBaseline, loadSentag, tagsFile } from './paste.mjs';
import { bytesRows, largeRows, longest, mb, ms, navigationRows, printTable, ratio, roundsLine } from './report.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const TOGGLES = 100;
const TAGGED = 2000;
const MANY = 2000;
const LARGE = 100000;
const LARGE_ROUNDS = Number(process.env.LARGE_ROUNDS ?? 3);
const LARGE_TOGGLES = 40;

const article = generateArticle(10000);
const { text, sentences } = article;
const count = sentences.length;

const index = await readFile(path.join(ROOT, 'dist', 'index.html'), 'utf8');
const css = index.match(/href="\.\/(app-[^"]+\.css)"/)[1];
/** Progress on stderr, so a long run shows where it is and the table stays on stdout. */
const step = (what) => console.error(`bench: ${what} (${Math.round(process.uptime())} s)`);

const src = await serveText('article-10k.txt', text);
const { server, url } = await startServer({ root: ROOT });
const browser = await launch();

const results = { sentag: [], baseline: [], sentagLong: [], baselineLong: [], suggest: [], suggestLong: [] };
let kept;
try {
  // From navigation start, as a first visit: the wasm, the text and what the app does first.
  step('loads from navigation');
  const navigation = await navigationRounds(browser, url, { src, want: count, css, rounds: ROUNDS });
  step('loads from the Open button');
  for (let round = 0; round < ROUNDS; round += 1) {
    const a = await loadSentag(browser, url, { article: text, count });
    results.sentag.push(a.ms);
    results.sentagLong.push(a.longest);
    results.suggest.push(a.suggested.ms);
    results.suggestLong.push(a.suggested.longest);
    const b = await loadBaseline(browser, url, css, { article: text, count });
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
  step('suggestions on labelled text');
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
  step('toggles, scrolling, autosave');
  await importTags(kept.sentag.page, tagsFile(article, TAGGED), TAGGED);
  const toggleTimes = await toggles(kept.sentag.page, TOGGLES);
  const sentagMemory = await memory(kept.sentag.page);
  const baselineMemory = await memory(kept.baseline.page);
  const sentagScroll = await scroll(kept.sentag.page);
  const baselineScroll = await scroll(kept.baseline.page);
  const throughput = await segmentation(kept.sentag.page, text, count);
  const afterScroll = (await toggles(kept.sentag.page, TOGGLES)).map((t) => t.painted);
  const { saves, tasks } = await autosaves(kept.sentag.page);
  const beforeMany = await memory(kept.sentag.page, { gc: true });
  const afterMany = await manyToggles(kept.sentag.page, MANY);
  const rendered = toggleTimes.map((t) => t.rendered);
  const painted = toggleTimes.map((t) => t.painted);
  const floor = (await baselineToggles(kept.baseline.page, TOGGLES)).map((t) => t.painted);
  const floor95 = percentile(floor, 0.95);
  const sizes = await bundleSizes(path.join(ROOT, 'dist'));
  await kept.sentag.context.close();
  await kept.baseline.context.close();
  step('bytes of a first and a repeat visit');
  const bytes = await visits(address(url, 'sentag', src), count, server);
  step(`${LARGE.toLocaleString('en')} sentences`);
  const longer = await large(browser, url, css, { count: LARGE, rounds: LARGE_ROUNDS, toggleCount: LARGE_TOGGLES });

  const a = median(results.sentag);
  const b = median(results.baseline);
  console.log(`\nsentag against a plain-JavaScript baseline: ${count} sentences, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${ROUNDS} rounds; ${LARGE.toLocaleString('en')} sentences, ${(longer.bytes / 1e6).toFixed(2)} MB, ${LARGE_ROUNDS} rounds (medians; of an even count, the upper middle one)\n`);
  printTable(['', 'sentag', 'baseline', 'ratio / p95', 'target / note'], [
    ...navigationRows(navigation, { n: '1.', title: 'load from navigation (first visit, ?src=)', target: 'target ≤ 0.80×' }),
    ['   load from the Open button (text in the page)', `${ms(a)}`, `${ms(b)}`, ratio(a, b), 'target ≤ 1.00×'],
    ['   longest task in that load', longest(results.sentagLong), longest(results.baselineLong), '', 'target ≤ 200 ms'],
    ['2. tag toggle at 2,000 tagged: to DOM', `p50 ${ms(percentile(rendered, 0.5))}`, '', `p95 ${ms(percentile(rendered, 0.95))}`, ''],
    ['   to the next paint', `p50 ${ms(percentile(painted, 0.5))}`, `p50 ${ms(percentile(floor, 0.5))}`, `p95 ${ms(percentile(painted, 0.95))}`, `target p95 ≤ 16 ms; baseline (a click) p95 ${ms(floor95)}`],
    ['   the same, after scrolling it all', `p50 ${ms(percentile(afterScroll, 0.5))}`, '', `p95 ${ms(percentile(afterScroll, 0.95))}`, ''],
    ['3. scroll the whole article', `${sentagScroll.dropped}/${sentagScroll.frames} dropped`, `${baselineScroll.dropped}/${baselineScroll.frames} dropped`, `worst ${ms(sentagScroll.worst)}`, ''],
    ['4. memory after the load: JS heap', mb(sentagMemory.js), mb(baselineMemory.js), '', ''],
    ['   wasm linear memory', mb(sentagMemory.wasm), '', '', ''],
    ['6. segmentation in the browser', `${throughput.toFixed(1)} MB/s`, '', '', ''],
    ['7. autosave after one toggle, main thread', `p50 ${ms(percentile(saves, 0.5))}`, '', `max ${ms(Math.max(...saves))}`, 'target < 2 ms'],
    ['   longest task until saved and idle', longest(tasks), '', '', ''],
    [`8. memory after ${MANY.toLocaleString('en')} more toggles: JS heap`, mb(afterMany.js), '', `was ${mb(beforeMany.js)}`, ''],
    ['   wasm linear memory', mb(afterMany.wasm), '', `was ${mb(beforeMany.wasm)}`, 'grows with undo history'],
    ['9. suggestions (labelled text): load, on / off', ms(median(withSuggestions.on)), '', `${ratio(median(withSuggestions.on), median(withSuggestions.off))} off`, `off: ${ms(median(withSuggestions.off))}`],
    ['   after interactive: all shown', ms(median(withSuggestions.after)), '', '', `${withSuggestions.found.toLocaleString('en')} suggestions`],
    ['   longest task meanwhile', longest(withSuggestions.long), '', '', 'read in 8 ms slices'],
    ['   the same on the generated article', ms(median(results.suggest)), '', '', `longest task ${longest(results.suggestLong)}`],
    ...bytesRows(bytes, '10.'),
    ...largeRows(longer, '11.'),
  ]);
  console.log(`\n5. bundle (target: wasm + js ≤ 200 KB brotli, for what every visit loads)\n${sizeTable(sizes)}`);
  console.log(`\n${roundsLine('load rounds from navigation', navigation)}`);
  console.log(`load rounds from the Open button: sentag ${results.sentag.map(ms).join(', ')}; baseline ${results.baseline.map(ms).join(', ')}`);
  console.log(roundsLine(`load rounds from navigation, ${LARGE.toLocaleString('en')} sentences`, longer));
  console.log(`\nThe server (scripts/serve.mjs) sends files as they are: no compression, no validators, cache-control: no-cache.`);
} finally {
  await browser.close();
  server.close();
}
