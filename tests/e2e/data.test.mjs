// Data in and out in a real browser: files in any encoding, autosave across reloads,
// every export format, import with re-anchoring, and bad input that never costs work.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, chips, downloadExport, openApp, option, screenshot, tagByKeys, useServedApp } from './support/harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const FIXTURES = path.join(ROOT, 'tests', 'e2e', 'fixtures');
const SAMPLE = path.join(ROOT, 'samples', 'tianxin-investment-meeting.zh.txt');

const app = useServedApp();

const sentenceCount = (page) => page.locator('.article [role=option]').count();
const title = (page) => page.locator('.doc-title').textContent();

async function openFixture(page, name, buffer) {
  const file = buffer
    ? { name, mimeType: 'application/octet-stream', buffer }
    : path.join(FIXTURES, name);
  await page.locator('#file-input').setInputFiles(file);
}

/** Makes every write to localStorage and IndexedDB fail, as in a full storage. */
const failStorage = (page) =>
  page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    IDBFactory.prototype.open = () => {
      throw new DOMException('no IndexedDB', 'InvalidStateError');
    };
  });

/** Tags sentences 2 (commitments) and 3 (metrics, with a note that holds markup). */
const tagTwo = (page) => tagByKeys(page, 2, [['1'], ['2']], '<img src=x onerror="window.__pwned=1"> figure');

const download = downloadExport;

/** sentag JSON without the full text, as a reader would send it on. */
async function exportWithoutText(page) {
  await page.locator('.export-menu summary').click();
  await page.locator('.export-menu .menu-check input[data-option=text]').uncheck();
  await page.locator('.export-menu summary').click();
  return (await download(page, 'json')).body;
}

describe('loading', () => {
  test('a GBK file and a UTF-16 file open, with their encoding shown', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await openFixture(page, 'gbk-article.txt');
    await page.locator('.encoding', { hasText: 'GBK' }).waitFor();
    assert.equal(await title(page), 'gbk-article');
    assert.equal(await option(page, 0).locator('.sentence-text').textContent(), '天心区委书记吴新伟出席会议并讲话。');

    await openFixture(page, 'utf16-article.txt');
    await page.locator('.encoding', { hasText: 'UTF-16LE' }).waitFor();
    const texts = await page.locator('.article .sentence-text').allTextContents();
    assert.deepEqual(texts, ['优化营商环境是一座城市的核心竞争力。', '我们要全力推动招商引资。', 'Mr. Smith arrived at 9 a.m.', 'He spoke.']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the decoder worker loads only for a file that is not UTF-8', async () => {
    // No service worker: it would fetch every file ahead, for offline use.
    const { context, page, errors } = await openApp(app.browser, app.url, { serviceWorkers: 'block' });
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const decoderFiles = () => fetched.filter((p) => /\/decoder/.test(p));
    await openFixture(page, 'page.html');
    await page.locator('.doc-title', { hasText: 'page' }).waitFor();
    assert.deepEqual(decoderFiles(), [], 'a UTF-8 file is decoded by the app itself');
    await openFixture(page, 'gbk-article.txt');
    await page.locator('.encoding', { hasText: 'GBK' }).waitFor();
    assert.deepEqual(decoderFiles().sort(), ['/decoder.js', '/decoder_bg.wasm', '/decoder_loader.js']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [what, pattern] of [['its script', '**/decoder*'], ['its wasm', '**/decoder_bg.wasm']]) {
    test(`when the decoder worker cannot load ${what}, the file gets a message and the work stays`, async () => {
      const { context, page } = await openApp(app.browser, app.url, { serviceWorkers: 'block' });
      await tagTwo(page);
      await context.route(pattern, (route) => route.abort());
      await openFixture(page, 'gbk-article.txt');
      await page.locator('.notice.error', { hasText: 'Could not load the decoder' }).waitFor();
      assert.match(await page.locator('.notice.error').textContent(), /gbk-article\.txt/);
      assert.deepEqual(await chips(page, 2), ['commitments']);
      assert.deepEqual(await chips(page, 3), ['metrics']);
      await context.close();
    });
  }

  test('an HTML file opens as its text, and its scripts never run', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await openFixture(page, 'page.html');
    await page.locator('.doc-title', { hasText: 'page' }).waitFor();
    const texts = await page.locator('.article .sentence-text').allTextContents();
    assert.deepEqual(texts, ['Policy headline', 'First paragraph.', 'It has two sentences.', 'Second <script> paragraph.']);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('pasted text opens, and the earlier document stays in the recent list', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagTwo(page);
    await page.locator('.file-menu summary').click();
    await page.locator('.file-menu .menu-item', { hasText: 'Paste text' }).click();
    await page.locator('.paste-title').fill('Pasted <b>title</b>');
    await page.locator('.paste-text').fill('First pasted sentence. Second one!\nA new paragraph.');
    await page.locator('.modal button.primary').click();
    await page.locator('.doc-title', { hasText: 'Pasted <b>title</b>' }).waitFor();
    assert.equal(await sentenceCount(page), 3);

    await page.locator('.file-menu summary').click();
    await page.locator('.file-menu .menu-item', { hasText: 'Recent documents' }).click();
    const rows = page.locator('.recent-row');
    assert.equal(await rows.count(), 2);
    await rows.filter({ hasText: '天心区' }).locator('.recent-open').click();
    await page.locator('.doc-title', { hasText: '天心区' }).waitFor();
    assert.deepEqual(await chips(page, 2), ['commitments']);
    await context.close();
  });

  test('?src= loads a CORS-enabled URL, and says why when it cannot', async () => {
    const files = await startServer({ root: FIXTURES, headers: { 'access-control-allow-origin': '*' } });
    const closed = await startServer({ root: FIXTURES });
    try {
      const src = encodeURIComponent(`${files.url}utf16-article.txt`);
      const { context, page, errors } = await openApp(app.browser, `${app.url}?src=${src}`);
      await page.locator('.doc-title', { hasText: 'utf16-article' }).waitFor();
      assert.equal(await sentenceCount(page), 4);
      assert.deepEqual(errors, []);
      await context.close();

      const missing = encodeURIComponent(`${files.url}missing.txt`);
      const second = await openApp(app.browser, `${app.url}?src=${missing}`);
      await second.page.locator('.notice.error', { hasText: 'HTTP 404' }).waitFor();
      await second.context.close();

      const noCors = encodeURIComponent(`${closed.url}utf16-article.txt`);
      const third = await openApp(app.browser, `${app.url}?src=${noCors}`);
      await third.page.locator('.notice.error', { hasText: 'CORS' }).waitFor();
      assert.ok((await sentenceCount(third.page)) > 10, 'the sample stays open');
      await third.context.close();
    } finally {
      files.server.close();
      closed.server.close();
    }
  });
});

describe('dropping a file', () => {
  test('a file dropped on the page opens', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    const bytes = [...(await readFile(path.join(FIXTURES, 'utf16-article.txt')))];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'dropped.txt'));
      document.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.locator('.doc-title', { hasText: 'dropped' }).waitFor();
    assert.equal(await sentenceCount(page), 4);
    await context.close();
  });
});

describe('autosave', () => {
  test('tags, notes, fixes and the tag set survive a reload', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagTwo(page);
    await option(page, 4).click();
    await page.keyboard.press('m');
    const count = await sentenceCount(page);
    await page.locator('[data-command=tags]').click();
    await page.locator('.modal button', { hasText: 'Add tag' }).click();
    await page.keyboard.press('Escape');
    await page.locator('.tag-button', { hasText: 'new tag' }).waitFor();

    await page.reload();
    await page.locator('[role=option]').first().waitFor();
    assert.deepEqual(await chips(page, 2), ['commitments']);
    assert.deepEqual(await chips(page, 3), ['metrics']);
    assert.match(await option(page, 3).locator('.note-marker').getAttribute('title'), /figure/);
    assert.equal(await sentenceCount(page), count);
    await page.locator('.tag-button', { hasText: 'new tag' }).waitFor();

    // The reading position comes back too.
    await page.evaluate(() => window.scrollTo(0, 700));
    await page.waitForFunction(() => window.scrollY >= 690);
    await page.reload();
    await page.locator('[role=option]').first().waitFor();
    await page.waitForFunction(() => window.scrollY >= 690);
    await context.close();
  });

  test('a document too large for localStorage goes to IndexedDB and comes back', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    // Texts no longer fit in localStorage; the small index and the state still do.
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key.startsWith('sentag.text.')) throw new DOMException('quota', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    // Start from an empty profile, so that the sample is stored anew under that rule
    // (once the sample's own first save, made when the page is idle, is done).
    await page.waitForFunction(() => localStorage.getItem('sentag.docs'));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('[role=option]').first().waitFor();
    await tagTwo(page);
    await page.waitForFunction(() =>
      JSON.parse(localStorage.getItem('sentag.docs') ?? '[]').some((e) => e.in_idb && e.counts.length === 2),
    );
    await page.reload();
    await option(page, 3).locator('.chip', { hasText: 'metrics' }).waitFor();
    assert.deepEqual(await chips(page, 2), ['commitments']);
    assert.equal(await page.locator('.storage-warning').count(), 0);
    await context.close();
  });

  test('a note being typed survives a storage warning that arrives meanwhile', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await failStorage(page);
    await option(page, 2).click();
    await page.keyboard.press('1'); // its autosave fails a moment later
    await page.keyboard.press('n');
    await page.locator('.note-input').fill('typed before the warning');
    await page.locator('.storage-warning').waitFor();
    assert.equal(await page.locator('.note-input').inputValue(), 'typed before the warning');
    await page.keyboard.press('Control+Enter');
    await option(page, 2).locator('.note-marker').waitFor();
    await context.close();
  });

  test('a full storage warns, keeps the work, and export still works', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await failStorage(page);
    await tagTwo(page);
    await page.locator('.storage-warning').waitFor();
    assert.deepEqual(await chips(page, 2), ['commitments']);
    const { body } = await download(page, 'json');
    assert.equal(JSON.parse(body.toString()).annotations.length, 2);
    await context.close();
  });
});

describe('export and import', () => {
  test('each format downloads complete and well-formed', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagTwo(page);

    const json = await download(page, 'json');
    assert.match(json.name, /\.sentag\.json$/);
    const own = JSON.parse(json.body.toString());
    assert.equal(own.format, 'sentag');
    assert.equal(own.version, 2);
    assert.equal(own.document.text, await readFile(SAMPLE, 'utf8'));
    assert.match(own.document.sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(own.annotations.map((a) => a.tags), [['commitments'], ['metrics']]);
    assert.equal(own.annotations[1].note, '<img src=x onerror="window.__pwned=1"> figure');
    assert.ok(own.annotations[0].created && own.annotations[0].modified);

    const w3c = JSON.parse((await download(page, 'w3c')).body.toString());
    assert.equal(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
    const [first, second] = w3c.first.items;
    const selectors = Object.fromEntries(first.target.selector.map((s) => [s.type, s]));
    assert.equal(selectors.TextPositionSelector.start, own.annotations[0].start);
    assert.equal(selectors.TextQuoteSelector.exact, own.annotations[0].quote.exact);
    assert.deepEqual(second.body.map((b) => b.purpose), ['tagging', 'commenting']);

    const csv = await download(page, 'csv');
    assert.deepEqual([...csv.body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = csv.body.toString('utf8').slice(1).trim().split('\n');
    assert.equal(lines[0], 'index,paragraph,start,end,text,tags,note');
    assert.equal(lines.length, 3);
    assert.match(lines[2], /^4,2,/);

    // Notes and titles with markup render as text, never as HTML.
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('.notes img').count(), 0);
    await context.close();
  });

  test('Copy JSON puts the sentag file on the clipboard', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    await tagTwo(page);
    await page.locator('.export-menu summary').click();
    await page.locator('.export-menu [data-export=copy]').click();
    await page.locator('.notice', { hasText: 'Copied' }).waitFor();
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(copied.format, 'sentag');
    assert.equal(copied.annotations.length, 2);
    await context.close();
  });

  test('importing into a slightly edited article re-anchors and reports', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagTwo(page);
    const exported = await exportWithoutText(page);
    assert.equal(JSON.parse(exported.toString()).document.text, undefined);

    const edited = `新插入的一段。\n${(await readFile(SAMPLE, 'utf8')).replace('招商引资工作动员', '招商引资工作  动员').replace('第一时间', '第1时间')}`;
    await page.locator('.file-menu summary').click();
    await page.locator('.file-menu .menu-item', { hasText: 'Paste text' }).click();
    await page.locator('.paste-title').fill('Edited');
    await page.locator('.paste-text').fill(edited);
    await page.locator('.modal button.primary').click();
    await page.locator('.doc-title', { hasText: 'Edited' }).waitFor();

    await openFixture(page, 'export.sentag.json', exported);
    const summary = page.locator('.import-summary');
    await summary.waitFor();
    assert.equal(await summary.getAttribute('data-reanchored'), '2');
    assert.equal(await summary.getAttribute('data-orphans'), '0');
    await screenshot(page, 'import-report');
    await page.keyboard.press('Escape');
    assert.deepEqual(await chips(page, 3), ['commitments']);
    assert.deepEqual(await chips(page, 4), ['metrics']);
    await page.keyboard.press('u');
    assert.deepEqual(await chips(page, 3), []);
    await context.close();
  });

  test('a file that carries its own text offers to open it as a new document', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagTwo(page);
    const exported = (await download(page, 'json')).body;
    await openFixture(page, 'utf16-article.txt');
    await page.locator('.encoding', { hasText: 'UTF-16LE' }).waitFor();

    await openFixture(page, 'work.sentag.json', exported);
    await page.locator('.modal .open-new').click();
    await page.locator('.doc-title', { hasText: '天心区' }).waitFor();
    assert.deepEqual(await chips(page, 2), ['commitments']);
    assert.deepEqual(await chips(page, 3), ['metrics']);
    await context.close();
  });
});

describe('bad input', () => {
  const cases = [
    ['empty.txt', /empty/],
    ['image.png', /PNG file, not text/],
    ['archive.zip', /ZIP/],
    ['broken.json', /not valid JSON \(line 1/],
    ['other.json', /neither a sentag export nor W3C/],
    ['future.json', /version 7/],
  ];

  test('each bad file gets its message and the work stays', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await tagTwo(page);
    const count = await sentenceCount(page);
    for (const [name, message] of cases) {
      await openFixture(page, name);
      const notice = page.locator('.notice.error');
      await notice.waitFor();
      assert.match(await notice.textContent(), message, name);
      assert.equal(await sentenceCount(page), count, name);
      assert.deepEqual(await chips(page, 2), ['commitments'], name);
      await page.locator('.notice.error button').click();
    }
    const huge = Buffer.alloc(25 * 1024 * 1024, 0x61);
    await openFixture(page, 'huge.txt', huge);
    await page.locator('.notice.error', { hasText: 'up to 20.0 MB' }).waitFor();
    await screenshot(page, 'bad-input');
    assert.deepEqual(await chips(page, 2), ['commitments']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('annotations for another article are reported as not found', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagTwo(page);
    const exported = await exportWithoutText(page);
    await openFixture(page, 'utf16-article.txt');
    await page.locator('.encoding', { hasText: 'UTF-16LE' }).waitFor();
    await openFixture(page, 'other-article.sentag.json', exported);
    const summary = page.locator('.import-summary');
    await summary.waitFor();
    assert.equal(await summary.getAttribute('data-orphans'), '2');
    assert.equal(await page.locator('.orphans li').count(), 2);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.article .chip').count(), 0);
    await context.close();
  });
});
