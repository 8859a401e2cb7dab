// Writes the PDF fixtures of the end-to-end tests (tests/e2e/fixtures/*.pdf):
//
//   node scripts/make-pdf-fixtures.mjs
//
// - report.en.pdf, article.zh.pdf: Chromium prints tests/fixtures/pdf-src/*.html with a
//   running header and a footer with page numbers (fonts embedded, with ToUnicode maps);
// - columns.en.pdf: a one-page newsletter in two columns, with a page number;
// - scanned.pdf: a letter drawn on a canvas and printed as a picture, so no text layer;
// - cid-fonts.pdf: written here, Chinese in fonts that are not embedded (STSong-Light,
//   MSung-Light) through predefined CMaps (UniGB-UCS2-H, GBK-EUC-H, UniCNS-UCS2-H,
//   ETen-B5-H), which a reader can only map to Unicode with the CMap files;
// - encrypted.pdf: written here, RC4 40-bit (standard security handler, revision 2)
//   with the user password "harbour", so opening it needs a password;
// - corrupt.pdf: the first 1,500 bytes of report.en.pdf.
//
// It also records what the PDF worker's extraction (static/pdf_extract.mjs) makes of
// the readable ones, in tests/fixtures/pdf-items/*.json, for the native layout tests.
//
// The generated files are committed; Chromium stamps a creation date in its PDFs, so
// running this again changes their bytes, not their text.

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

import { extract } from '../static/pdf_extract.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'tests', 'fixtures', 'pdf-src');
const OUT = path.join(ROOT, 'tests', 'e2e', 'fixtures');

// Chromium's header and footer templates take no page styles: each brings its own.
const band = (font, html) =>
  `<div style="font-family:'${font}';font-size:8px;width:100%;margin:0 16mm;color:#444;display:flex;justify-content:space-between">${html}</div>`;

const PRINTS = [
  {
    src: 'report.en.html',
    out: 'report.en.pdf',
    header: band('DejaVu Serif', '<span>Harbour District Council</span><span>Transport Committee</span>'),
    footer: band('DejaVu Serif', '<span></span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>'),
  },
  {
    src: 'article.zh.html',
    out: 'article.zh.pdf',
    header: band('WenQuanYi Micro Hei', '<span>高新区管委会办公室</span><span>政务动态</span>'),
    footer: band('WenQuanYi Micro Hei', '<span style="margin:auto">— <span class="pageNumber"></span> —</span>'),
  },
  {
    src: 'newsletter.en.html',
    out: 'columns.en.pdf',
    header: band('DejaVu Serif', ''),
    footer: band('DejaVu Serif', '<span style="margin:auto"><span class="pageNumber"></span></span>'),
  },
];

const SCAN_LINES = [
  'Harbour District Council',
  'Planning Department',
  '',
  'Dear resident,',
  '',
  'Thank you for your letter of 3 February about',
  'the new bus shelter on Quay Street. The work',
  'is planned for the second week of April and',
  'should take no more than three days.',
  '',
  'Yours sincerely,',
  'R. Patel, Planning Officer',
];

async function printAll() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
  try {
    const page = await browser.newPage();
    for (const { src, out, header, footer } of PRINTS) {
      await page.goto(pathToFileURL(path.join(SRC, src)).href);
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: header, footerTemplate: footer });
      await writeFile(path.join(OUT, out), pdf);
    }
    await page.goto(pathToFileURL(path.join(SRC, 'scanned.html')).href);
    await page.evaluate((lines) => {
      const canvas = document.createElement('canvas');
      canvas.width = 1000;
      canvas.height = 1300;
      const g = canvas.getContext('2d');
      g.fillStyle = '#f4f1ea';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.fillStyle = '#222';
      g.font = '34px "DejaVu Serif"';
      lines.forEach((line, i) => g.fillText(line, 70, 120 + i * 56));
      return new Promise((resolve) => {
        const img = document.getElementById('scan');
        img.onload = resolve;
        img.src = canvas.toDataURL('image/png');
      });
    }, SCAN_LINES);
    await writeFile(path.join(OUT, 'scanned.pdf'), await page.pdf({ preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}

/** A PDF file from its objects (`objects[i]` is object i + 1, without `obj`/`endobj`). */
function pdfFile(objects, trailer) {
  const chunks = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = chunks[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

const stream = (data, extra = '') => Buffer.concat([Buffer.from(`<< /Length ${data.length}${extra} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);

const ucs2Hex = (text) => [...text].map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).join('');

/** The bytes of `text` in a legacy two-byte encoding that TextDecoder knows. */
function legacyHex(text, label) {
  const decoder = new TextDecoder(label);
  const table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && !table.has(char)) table.set(char, lead.toString(16) + trail.toString(16));
    }
  }
  return [...text].map((c) => table.get(c) ?? c.codePointAt(0).toString(16).padStart(2, '0')).join('');
}

/** One page of Chinese in non-embedded CID fonts; lines as [font, size, x, y, hex]. */
function cidFonts() {
  const lines = [
    ['F3', 15, 40, 540, legacyHex('秋季学期招生工作安排', 'gbk')],
    ['F1', 12, 40, 508, ucs2Hex('市教育局近日发布2025年秋季学期中小学招')],
    ['F1', 12, 40, 490, ucs2Hex('生工作安排，今年全市计划新增公办学位8600')],
    ['F1', 12, 40, 472, ucs2Hex('个，优先保障新建小区适龄儿童就近入学。')],
    ['F4', 15, 40, 420, legacyHex('議會公報', 'big5')],
    ['F2', 12, 40, 388, ucs2Hex('本會今日三讀通過年度預算案，撥款三千二百')],
    ['F2', 12, 40, 370, ucs2Hex('萬元用於社區圖書館翻新工程。')],
  ];
  const content = lines.map(([font, size, x, y, hex]) => `BT /${font} ${size} Tf ${x} ${y} Td <${hex}> Tj ET`).join('\n');
  const descriptor = (name) =>
    `<< /Type /FontDescriptor /FontName /${name} /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`;
  const type0 = (name, encoding, cid) => `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /${encoding} /DescendantFonts [${cid} 0 R] >>`;
  const cidFont = (name, ordering, descriptorRef) =>
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (${ordering}) /Supplement 4 >> /FontDescriptor ${descriptorRef} 0 R /DW 1000 >>`;
  return pdfFile(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Resources << /Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R /F4 7 0 R >> >> /Contents 8 0 R >>',
      type0('STSong-Light', 'UniGB-UCS2-H', 9),
      type0('MSung-Light', 'UniCNS-UCS2-H', 10),
      type0('STSong-Light', 'GBK-EUC-H', 9),
      type0('MSung-Light', 'ETen-B5-H', 10),
      stream(Buffer.from(content, 'latin1')),
      cidFont('STSong-Light', 'GB1', 11),
      cidFont('MSung-Light', 'CNS1', 12),
      descriptor('STSong-Light'),
      descriptor('MSung-Light'),
      '<< /Title (Chinese in fonts that are not embedded) >>',
    ],
    '/Root 1 0 R /Info 13 0 R',
  );
}

function rc4(key, data) {
  const s = [...Array(256).keys()];
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const md5 = (...parts) => createHash('md5').update(Buffer.concat(parts)).digest();

/** A one-page PDF encrypted with the standard security handler, revision 2 (ISO 32000-1, 7.6.3). */
function encrypted() {
  const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
  const padded = (password) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);
  const id = md5(Buffer.from('sentag encrypted fixture'));
  const owner = rc4(md5(padded('clerk')).subarray(0, 5), padded('harbour'));
  const permissions = -44; // printing and copying allowed, nothing else
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded('harbour'), owner, p, id).subarray(0, 5);
  const user = rc4(key, PAD);
  const objectKey = (num) => md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = Buffer.from('BT /F1 14 Tf 50 760 Td (Minutes of the closed session, 20 February 2025) Tj ET', 'latin1');
  return pdfFile(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      stream(rc4(objectKey(5), content)),
      `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`,
    ],
    `/Root 1 0 R /Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`,
  );
}

await printAll();
await writeFile(path.join(OUT, 'cid-fonts.pdf'), cidFonts());
await writeFile(path.join(OUT, 'encrypted.pdf'), encrypted());
const report = await readFile(path.join(OUT, 'report.en.pdf'));
await writeFile(path.join(OUT, 'corrupt.pdf'), report.subarray(0, 1500));

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const cMapUrl = path.join(ROOT, 'node_modules', 'pdfjs-dist', 'cmaps') + path.sep;
for (const name of ['report.en', 'article.zh', 'columns.en', 'cid-fonts']) {
  const data = new Uint8Array(await readFile(path.join(OUT, `${name}.pdf`)));
  const { pages, title, error } = await extract(pdfjs, data, cMapUrl, { useWorkerFetch: false });
  if (error) throw new Error(`${name}.pdf: ${error}`);
  await writeFile(path.join(ROOT, 'tests', 'fixtures', 'pdf-items', `${name}.json`), `${JSON.stringify({ title, pages }, null, 1)}\n`);
}
console.log('PDF fixtures written to tests/e2e/fixtures/, their pieces of text to tests/fixtures/pdf-items/');
