// Writes dist/sw.js: the service worker with this release's version and file list.
//
//   node scripts/sw.mjs dist

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? 'dist');
// Recursive: the CMaps of the PDF reader are in dist/cmaps/.
const entries = await readdir(dist, { recursive: true, withFileTypes: true });
const files = entries
  .filter((e) => e.isFile())
  .map((e) => path.relative(dist, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
  .filter((f) => f !== 'sw.js')
  .sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update(await readFile(path.join(dist, file)));
const version = hash.digest('hex').slice(0, 12);
const list = ['./', ...files.map((f) => `./${f}`)];
const template = await readFile(path.join(ROOT, 'static', 'sw.js'), 'utf8');
const header = `const VERSION = '${version}';\nconst FILES = ${JSON.stringify(list)};\n`;
await writeFile(path.join(dist, 'sw.js'), header + template);
console.log(`sw.js: release ${version}, ${list.length} files cached for offline use`);
