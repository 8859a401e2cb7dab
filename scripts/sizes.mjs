// Prints the sizes of the built .wasm and .js files, raw, gzip and brotli, in groups:
// what every visit loads (the app and the service worker), and what loads on demand:
// the decoder worker (a file that is not UTF-8, a PDF's layout, or a Word file), the
// export worker, the PDF reader (pdf.js) and its CMaps (one or two of them, for a PDF
// with Chinese in fonts it does not embed), and the reader view (Readability and
// reader.js, for a web page).
//
//   node scripts/sizes.mjs dist

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const ON_DEMAND = /^(decoder|exporter|pdf|Readability|reader)/;

/**
 * `{ name, raw, gzip, brotli }` in bytes for each .wasm and .js file, each group
 * followed by its total: `at start` and `on demand`.
 */
export async function measure(dir) {
  const files = (await readdir(dir)).filter((f) => /\.(wasm|m?js)$/.test(f)).sort();
  const cmaps = (await readdir(path.join(dir, 'cmaps')).catch(() => [])).filter((f) => f.endsWith('.bcmap')).sort();
  const rows = [];
  for (const [group, members, { totalOnly = false } = {}] of [
    ['at start', files.filter((f) => !ON_DEMAND.test(f))],
    ['on demand (decoder)', files.filter((f) => /^decoder/.test(f))],
    ['on demand (exporter)', files.filter((f) => /^exporter/.test(f))],
    ['on demand (PDF reader)', files.filter((f) => /^pdf/.test(f))],
    ['on demand (CMaps, the 30 together)', cmaps.map((f) => `cmaps/${f}`), { totalOnly: true }],
    ['on demand (reader view)', files.filter((f) => /^(Readability|reader)/.test(f))],
  ]) {
    const total = { name: `total ${group}`, raw: 0, gzip: 0, brotli: 0, total: group };
    for (const name of members) {
      const body = await readFile(path.join(dir, name));
      const row = {
        name,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
      for (const key of ['raw', 'gzip', 'brotli']) total[key] += row[key];
      if (!totalOnly) rows.push(row);
    }
    rows.push(total);
  }
  return rows;
}

/** The total row of the files every visit loads. */
export const atStart = (rows) => rows.find((r) => r.total === 'at start');

export function table(rows) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const cells = rows.map((r) => [r.name, kb(r.raw), kb(r.gzip), kb(r.brotli)]);
  cells.unshift(['file', 'raw', 'gzip', 'brotli']);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((r) => r[i].length)));
  return cells
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '))
    .join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(table(await measure(process.argv[2] ?? 'dist')));
}
