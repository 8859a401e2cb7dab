// The printed table of `make bench`: units, and columns padded to their widest cell.

import { median } from './browser.mjs';

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
