// The printed table of `make bench`: units, and columns padded to their widest cell.

import { median, percentile } from './browser.mjs';

export const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
export const ms = (n) => `${n.toFixed(1)} ms`;
/** Long tasks are those over 50 ms; a run with none has no longest one to show. */
export const longest = (xs) => (median(xs) > 0 ? ms(median(xs)) : 'none ≥ 50 ms');
export const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/** Prints `rows` (arrays of strings) under `header`, each column as wide as its widest cell. */
export function printTable(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? '').length)));
  for (const r of [header, ...rows]) console.log(r.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ').trimEnd());
}

const pick = (runs, key) => runs.map((r) => r[key]).filter((x) => typeof x === 'number' && !Number.isNaN(x));
const at = (runs, key) => (pick(runs, key).length ? ms(median(pick(runs, key))) : 'n/a');
const count = (n) => n.toLocaleString('en');

/**
 * Rows for loads from navigation (`navigationRounds`): to the paint, its parts, the
 * longest task in it and after one toggle. `n` numbers the first row.
 */
export function navigationRows(runs, { n, title, target, longTarget = '' }) {
  const a = median(pick(runs.sentag, 'painted'));
  const b = median(pick(runs.baseline, 'painted'));
  const samples = runs.sentag.filter((r) => r.sample !== null);
  const shown = samples.length ? `the sample (${samples[0].sampleCount} sentences) shown first in ${samples.length}/${runs.sentag.length}` : 'no other article shown first';
  const pad = ' '.repeat(n.length + 1);
  return [
    [`${n} ${title}`, ms(a), ms(b), ratio(a, b), target],
    [`${pad}sentag's wasm started / sample / text in`, `${at(runs.sentag, 'wasm')} / ${at(runs.sentag, 'sample')} / ${at(runs.sentag, 'text')}`, `text in ${at(runs.baseline, 'text')}`, '', shown],
    [`${pad}to the DOM (before the paint)`, at(runs.sentag, 'interactive'), at(runs.baseline, 'interactive'), '', ''],
    [`${pad}longest task, navigation to the paint`, longest(pick(runs.sentag, 'longest')), longest(pick(runs.baseline, 'longest')), '', longTarget],
    [`${pad}longest task after one toggle`, longest(pick(runs.toggle, 'longest')), '', '', `${longTarget}${longTarget ? '; ' : ''}until saved and idle ${at(runs.toggle, 'settled')}, chip painted ${at(runs.toggle, 'painted')}`],
  ];
}

/** Rows for the bytes of a first and a repeat visit (`visits`). */
export function bytesRows(v, n) {
  const pad = ' '.repeat(n.length + 1);
  const total = (s) => s.page.bytes + s.worker.bytes;
  const parts = (s) => `page ${mb(s.page.bytes)} (${s.page.requests} requests) + service worker ${mb(s.worker.bytes)} (${s.worker.requests})`;
  const wasm = (s) => `${s.wasm.filter((w) => !w.startsWith('page, from the worker') && !w.endsWith('HTTP cache')).length}× from the network (${s.wasm.join('; ') || 'none'})`;
  const repeatNotice = v.repeat.marks.opened ? `; the fetched text opened at ${ms(v.repeat.marks.opened)} ("${v.repeat.marks.notice}")` : '';
  return [
    [`${n} bytes, first visit (10,000-sentence ?src=)`, mb(total(v.first)), '', '', `${parts(v.first)}; as served: uncompressed (gzip -6 of the same: ${mb(v.first.gzip)})`],
    [`${pad}the app's .wasm`, wasm(v.first), '', '', `service worker done: ${v.workerDone ? 'yes' : 'NO (timed out)'}, ${v.precached} files in its list`],
    [`${pad}Resource Timing's transferSize sum`, mb(v.first.pageTiming + v.first.workerTiming), '', '', `page ${mb(v.first.pageTiming)} + service worker ${mb(v.first.workerTiming)}`],
    [`${pad}bytes, repeat visit (a new tab)`, mb(total(v.repeat)), '', '', `${parts(v.repeat)}; ${v.repeat.answeredByWorker} answered by the service worker`],
    [`${pad}the app's .wasm`, wasm(v.repeat), '', '', `downloaded: ${v.repeat.downloaded.map((e) => new URL(e.url).pathname).join(', ')}`],
    [`${pad}repeat visit: load from navigation`, ms(v.repeat.marks.painted), '', '', `first visit ${ms(v.first.marks.painted)}${repeatNotice}`],
  ];
}

/** Rows for the 100,000-sentence article (`large`). */
export function largeRows(l, n) {
  const pad = ' '.repeat(n.length + 1);
  const toggled = l.toggled.map((t) => t.painted);
  const clicked = l.clicked.map((t) => t.painted);
  const floor95 = percentile(clicked, 0.95);
  const { sentag, baseline } = l.memory;
  return [
    ...navigationRows(l, { n, title: `${count(l.count)} sentences (${(l.chars / 1e6).toFixed(1)} M characters): load from navigation`, target: 'target ≤ 2,000 ms', longTarget: 'target ≤ 100 ms' }),
    [`${pad}tag toggle to the next paint (${l.toggled.length})`, `p50 ${ms(percentile(toggled, 0.5))}`, `p50 ${ms(percentile(clicked, 0.5))}`, `p95 ${ms(percentile(toggled, 0.95))}`, `target p95 ≤ baseline (a click) p95 ${ms(floor95)} + 16.7 ms = ${ms(floor95 + 16.7)}`],
    [`${pad}memory after the load: JS heap`, mb(sentag.js), mb(baseline.js), ratio(sentag.js, baseline.js), 'after a collection'],
    [`${pad}wasm linear memory`, mb(sentag.wasm), '', '', ''],
    [`${pad}JS heap + wasm`, mb(sentag.js + sentag.wasm), mb(baseline.js), ratio(sentag.js + sentag.wasm, baseline.js), "against the baseline's (its DOM is not in the JS heap)"],
    [`${pad}DOM nodes`, count(sentag.nodes), count(baseline.nodes), ratio(sentag.nodes, baseline.nodes), ''],
  ];
}

/** Each round's load from navigation to the paint, for the eye to check the spread. */
export function roundsLine(label, runs) {
  return `${label}: sentag ${pick(runs.sentag, 'painted').map(ms).join(', ')}; baseline ${pick(runs.baseline, 'painted').map(ms).join(', ')}`;
}
