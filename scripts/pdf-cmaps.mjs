// Copies into dist/cmaps/ the CMaps that pdf.js needs to read Chinese set in fonts that
// the PDF does not embed, and nothing else: of pdfjs-dist's 168, these 30.
//
//   node scripts/pdf-cmaps.mjs dist
//
// A CID font that is not embedded names a predefined CMap as its encoding; pdf.js
// loads that CMap (codes to CIDs), then the Adobe-<ordering>-UCS2 CMap of the font's
// character collection (CIDs to Unicode) to know the text. The list is the Chinese
// rows of ISO 32000-1 Table 118 (predefined CJK CMap names), simplified (Adobe-GB1)
// and traditional (Adobe-CNS1), horizontal and vertical, plus those two UCS2 CMaps.
// Every `usecmap` among them points inside the list (a -V CMap uses its -H one,
// ETenms-B5-H uses ETen-B5-H). Embedded fonts, which carry a ToUnicode map, and
// Identity-H, which pdf.js knows, need none of them. Japanese and Korean CMaps are
// left out: sentag segments Chinese and Latin text.

import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FROM = path.join(ROOT, 'node_modules', 'pdfjs-dist', 'cmaps');

const SIMPLIFIED = ['GB-EUC', 'GBpc-EUC', 'GBK-EUC', 'GBKp-EUC', 'GBK2K', 'UniGB-UCS2', 'UniGB-UTF16'];
const TRADITIONAL = ['B5pc', 'HKscs-B5', 'ETen-B5', 'ETenms-B5', 'CNS-EUC', 'UniCNS-UCS2', 'UniCNS-UTF16'];

const CMAPS = [
  ...[...SIMPLIFIED, ...TRADITIONAL].flatMap((name) => [`${name}-H`, `${name}-V`]),
  'Adobe-GB1-UCS2',
  'Adobe-CNS1-UCS2',
].map((name) => `${name}.bcmap`);

const dist = path.resolve(process.argv[2] ?? 'dist');
await mkdir(path.join(dist, 'cmaps'), { recursive: true });
for (const file of [...CMAPS, 'LICENSE']) await copyFile(path.join(FROM, file), path.join(dist, 'cmaps', file));
console.log(`cmaps: ${CMAPS.length} CMaps for Chinese fonts that are not embedded`);
