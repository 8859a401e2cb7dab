// Prints the sizes of the built .wasm and .js files: raw, gzip and brotli.
//
//   node scripts/sizes.mjs dist

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const files = (await readdir(dir)).filter((f) => /\.(wasm|js)$/.test(f)).sort();
const rows = [];
let total = [0, 0, 0];
for (const name of files) {
  const body = await readFile(path.join(dir, name));
  const sizes = [
    body.length,
    gzipSync(body, { level: 9 }).length,
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  ];
  total = total.map((t, i) => t + sizes[i]);
  rows.push([name, ...sizes.map(kb)]);
}
rows.push(['total', ...total.map(kb)]);
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(['file', 'raw', 'gzip', 'brotli']));
for (const r of rows) console.log(line(r));
