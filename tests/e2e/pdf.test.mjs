// Opening PDFs: the text in reading order with paragraphs rebuilt, headers, footers and
// page numbers left out, hyphens repaired; Chinese with embedded fonts and with fonts
// that need CMaps; a message for a scan, a password and a damaged file, with the work
// kept; pdf.js loaded only for a PDF, offline after one visit, and under the strict CSP.
// The fixtures are written by scripts/make-pdf-fixtures.mjs.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import {
  FIXTURES, chips, launchBrowser, openApp, openThroughMenu, screenshot, serveDist, tagByKeys, underStrictCsp, useServedApp,
} from './support/harness.mjs';
const app = useServedApp();

const sentences = (page) => page.locator('.article .sentence-text').allTextContents();
const sentenceCount = (page) => page.locator('.article [role=option]').count();

/** Opens a PDF and waits for its title. */
async function openPdf(page, name, title) {
  await openThroughMenu(page, name);
  await page.locator('.doc-title', { hasText: title }).waitFor();
  await page.locator('.encoding', { hasText: 'PDF' }).waitFor();
}

const pdfFiles = (urls) => urls.filter((u) => /\/(pdf[._]|cmaps\/)/.test(u));

/** Asserts that every one of `expected` is a sentence of the open document. */
function assertSentences(texts, expected) {
  for (const sentence of expected) assert.ok(texts.includes(sentence), `missing: ${sentence}\nsentences:\n${texts.join('\n')}`);
}

const REPORT = {
  title: 'Annual Report on Public Transport 2024',
  sentences: [
    'Annual Report on Public Transport 2024',
    '1. Summary',
    'The Transport Committee met on 14 March 2025 to review the year\'s figures for buses, ferries and cycle hire.',
    // The paragraph that crosses the page break.
    'She warned, however, that fuel and staff costs had grown faster than fares, and that without new funding the council would have to choose between the evening services and the rural routes in the north of the district.',
    'Members asked officers to set out both options, with their costs, in a paper for the next meeting.',
    // The hyphen Chromium set at "re-/organisation" is gone; the one of "council-supported" stays.
    'The committee also welcomed the international recognition given to the ferry service, whose reorganisation of the winter timetable had been praised for its environmental standards and its accountability to passengers.',
    'Contactless payment is accepted on all council-supported routes.',
    'The crossing is now a well-known example for other ports.',
    'Three changes shaped the year:',
    'The next meeting of the committee will be held on 9 May 2025.',
  ],
};

const ARTICLE = {
  title: '高新区召开优化营商环境工作推进会',
  sentences: [
    '高新区召开优化营商环境工作推进会',
    '一、主要成效',
    '3月12日下午，高新区召开优化营商环境工作推进会，总结去年以来全区营商环境建设情况，部署今年重点任务。',
    // The sentence that crosses the page break.
    '要加快推进数据共享，打通部门之间的信息壁垒，让企业少跑腿、数据多跑路，力争年内再推出一批“免申即享”政策。',
    '2. 涉企收费持续规范，全年为企业减免各类费用3.4亿元。',
    '会议还对今年营商环境重点任务进行了分工。',
  ],
};

describe('opening a PDF', () => {
  test('no pdf.js file is fetched at start, nor for a text file', async () => {
    // No service worker: it would fetch every file ahead, for offline use.
    const { context, page, errors } = await openApp(app.browser, app.url, { serviceWorkers: 'block' });
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await openThroughMenu(page, 'gbk-article.txt');
    await page.locator('.encoding', { hasText: 'GBK' }).waitFor();
    assert.deepEqual(pdfFiles(fetched), []);
    await openPdf(page, 'report.en.pdf', REPORT.title);
    // pdf.js and our two modules; no CMap, as Chromium embeds its fonts.
    assert.deepEqual(pdfFiles(fetched).sort(), ['/pdf.min.mjs', '/pdf.worker.min.mjs', '/pdf_extract.mjs', '/pdf_worker.mjs']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an English report: its sentences, no header, footer or page number', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await openPdf(page, 'report.en.pdf', REPORT.title);
    const texts = await sentences(page);
    assertSentences(texts, REPORT.sentences);
    const all = texts.join('\n');
    assert.doesNotMatch(all, /Harbour District Council/);
    assert.doesNotMatch(all, /Page \d/);
    assert.doesNotMatch(all, /re‐|re-organisation|inter national/);
    assert.equal(await page.locator('.notice', { hasText: 'Opened report.en.pdf (PDF)' }).count(), 1);
    await screenshot(page, 'pdf-report-en');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a Chinese article: lines joined without spaces, no header or page number', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await openPdf(page, 'article.zh.pdf', ARTICLE.title);
    const texts = await sentences(page);
    assertSentences(texts, ARTICLE.sentences);
    const all = texts.join('\n');
    assert.doesNotMatch(all, /高新区管委会办公室|政务动态/);
    assert.doesNotMatch(all, /— \d —/);
    assert.ok(texts.every((t) => !/[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(t)), 'no space between two ideographs');
    await screenshot(page, 'pdf-article-zh');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a newsletter in two columns reads column by column', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await openPdf(page, 'columns.en.pdf', 'Riverside Ward Newsletter');
    const texts = await sentences(page);
    const forum = 'Finally, the ward forum meets on the first Tuesday of each month in the community hall.';
    assertSentences(texts, [
      'Riverside Ward Newsletter, Spring 2025',
      // The sentence that goes on at the top of the right column.
      "Volunteers from the reading group will help, and the children's corner will have a storytelling hour at three o'clock every week during the school term.",
      forum,
    ]);
    assert.ok(texts.indexOf(forum) > texts.indexOf('The library will open on Sunday afternoons from May.'));
    await screenshot(page, 'pdf-columns-en');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('Chinese in fonts that are not embedded reads through the CMaps', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url, { serviceWorkers: 'block' });
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await openPdf(page, 'cid-fonts.pdf', 'Chinese in fonts that are not embedded');
    assertSentences(await sentences(page), [
      '秋季学期招生工作安排',
      '市教育局近日发布2025年秋季学期中小学招生工作安排，今年全市计划新增公办学位8600个，优先保障新建小区适龄儿童就近入学。',
      '議會公報',
      '本會今日三讀通過年度預算案，撥款三千二百萬元用於社區圖書館翻新工程。',
    ]);
    const cmaps = fetched.filter((p) => p.startsWith('/cmaps/')).sort();
    assert.deepEqual(cmaps, [
      '/cmaps/Adobe-CNS1-UCS2.bcmap',
      '/cmaps/Adobe-GB1-UCS2.bcmap',
      '/cmaps/ETen-B5-H.bcmap',
      '/cmaps/GBK-EUC-H.bcmap',
      '/cmaps/UniCNS-UCS2-H.bcmap',
      '/cmaps/UniGB-UCS2-H.bcmap',
    ]);
    await screenshot(page, 'pdf-cid-fonts');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a PDF dropped on the page opens', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    const bytes = [...(await readFile(path.join(FIXTURES, 'article.zh.pdf')))];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'dropped.pdf', { type: 'application/pdf' }));
      document.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.locator('.doc-title', { hasText: ARTICLE.title }).waitFor();
    assertSentences(await sentences(page), ARTICLE.sentences);
    await context.close();
  });

  test('?src= opens a PDF from a CORS-enabled URL', async () => {
    const files = await startServer({ root: FIXTURES, headers: { 'access-control-allow-origin': '*' } });
    try {
      const src = encodeURIComponent(`${files.url}report.en.pdf`);
      const { context, page, errors } = await openApp(app.browser, `${app.url}?src=${src}`);
      await page.locator('.doc-title', { hasText: REPORT.title }).waitFor();
      assertSentences(await sentences(page), REPORT.sentences);
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      files.server.close();
    }
  });
});

describe('PDFs that give no text', () => {
  const cases = [
    ['scanned.pdf', /no text layer: it is probably scanned\. Run OCR/],
    ['encrypted.pdf', /protected by a password/],
    ['corrupt.pdf', /damaged or incomplete/],
  ];

  test('a scan, a password and a damaged file each get their message, and the work stays', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await tagByKeys(page, 2, [['1'], ['2']]);
    const count = await sentenceCount(page);
    for (const [name, message] of cases) {
      await openThroughMenu(page, name);
      const notice = page.locator('.notice.error');
      await notice.waitFor();
      assert.match(await notice.textContent(), message, name);
      assert.match(await notice.textContent(), new RegExp(name.replace('.', '\\.')), name);
      if (name === 'scanned.pdf') await screenshot(page, 'pdf-scanned');
      assert.equal(await sentenceCount(page), count, name);
      assert.deepEqual(await chips(page, 2), ['commitments'], name);
      assert.deepEqual(await chips(page, 3), ['metrics'], name);
      await page.locator('.notice.error button').click();
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('in Chinese, too', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await page.locator('.topbar button', { hasText: '中文' }).click();
    await openThroughMenu(page, 'encrypted.pdf');
    await page.locator('.notice.error', { hasText: '受密码保护' }).waitFor();
    await context.close();
  });

  test('when pdf.js cannot be loaded, the PDF gets a message and the work stays', async () => {
    const { context, page } = await openApp(app.browser, app.url, { serviceWorkers: 'block' });
    await tagByKeys(page, 2, [['1']]);
    await context.route('**/pdf.min.mjs', (route) => route.abort());
    await openThroughMenu(page, 'report.en.pdf');
    await page.locator('.notice.error', { hasText: 'Could not load the PDF reader' }).waitFor();
    assert.match(await page.locator('.notice.error').textContent(), /report\.en\.pdf/);
    assert.deepEqual(await chips(page, 2), ['commitments']);
    await context.close();
  });
});

/** Waits until the service worker controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

describe('PDFs offline and under the strict CSP', () => {
  test('after one visit, PDFs open with the network off, CMaps included', async () => {
    const { server, url } = await serveDist({ base: '/some/sub/path/' });
    const browser = await launchBrowser();
    try {
      const { context, page, errors } = await openApp(browser, url);
      await controlled(page);
      await context.setOffline(true);
      await page.reload();
      await page.locator('.article [role=option]').first().waitFor();
      await openPdf(page, 'report.en.pdf', REPORT.title);
      assertSentences(await sentences(page), REPORT.sentences.slice(0, 3));
      await openPdf(page, 'cid-fonts.pdf', 'Chinese in fonts that are not embedded');
      assertSentences(await sentences(page), ['議會公報']);
      await context.setOffline(false);
      await context.close();
      assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
    } finally {
      await browser.close();
      server.close();
    }
  });

  test('under the strict CSP on a sub-path, with no violation', async () => {
    await underStrictCsp(async (page) => {
      await openPdf(page, 'article.zh.pdf', ARTICLE.title);
      await openPdf(page, 'cid-fonts.pdf', 'Chinese in fonts that are not embedded');
    });
  });
});
