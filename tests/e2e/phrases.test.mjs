// Phrases in a real browser: a word chosen by dragging, by double-clicking and from the
// keyboard only, tagged and noted; each export's code-point offsets slice to the
// phrase's text with astral characters before it; a reload keeps them; a split through
// a phrase asks first.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ROOT, axeSerious, openApp, option, paste, screenshot, exportText, useServedApp } from './support/harness.mjs';

const app = useServedApp();

// 𠮷 and 🏗 are outside the BMP: two UTF-16 units each, one code point.
const TITLE = 'Phrases';
const TEXT = [
  '𠮷田区召开项目推进会🏗。会议提出，全年投资10亿元，新增岗位300个。',
  'The council met on Tuesday. It approved a budget of $2.8 billion for roads.',
].join('\n\n');

/** The text as code points, as every format counts. */
const POINTS = [...TEXT];
const slice = (start, end) => POINTS.slice(start, end).join('');

/** Drags the mouse over the first `needle` in sentence `index`, as a reader would. */
async function dragOver(page, index, needle) {
  const box = await option(page, index).locator('.sentence-text').evaluate((el, needle) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rects = [...range.getClientRects()];
      const first = rects[0];
      const last = rects[rects.length - 1];
      return { x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 1, y1: last.top + last.height / 2 };
    }
    return null;
  }, needle);
  assert.ok(box, `"${needle}" is in sentence ${index}`);
  await page.mouse.move(box.x0, box.y0);
  await page.mouse.down();
  await page.mouse.move((box.x0 + box.x1) / 2, box.y1, { steps: 4 });
  await page.mouse.move(box.x1, box.y1, { steps: 4 });
  await page.mouse.up();
}

/** The phrases drawn in sentence `index`: their text and label, by `data-phrase`. */
const drawnPhrases = (page, index) =>
  option(page, index)
    .locator('.phrase[data-phrase]')
    .evaluateAll((els) => {
      const seen = new Map();
      for (const el of els) {
        const key = el.dataset.phrase;
        seen.set(key, (seen.get(key) ?? '') + el.textContent);
      }
      return [...seen.entries()].map(([range, text]) => ({ range, text }));
    });

/** The chosen stretch in sentence `index`, over however many pieces it is drawn in. */
const choice = async (page, index) => (await option(page, index).locator('.phrase-choice').allTextContents()).join('');

/** A CSV file's rows as arrays of cells (quoted cells may hold commas). */
function csvRows(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('phrases', () => {
  test('mouse and keyboard choose words; tags and notes land on them, survive a reload, and export at their code points', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await paste(page, TITLE, TEXT);
    const press = (key) => page.keyboard.press(key);

    // Drag over a figure in the English sentence, then tag it by its key.
    await dragOver(page, 3, '$2.8 billion');
    await option(page, 3).locator('.phrase-choice').first().waitFor();
    assert.equal(await choice(page, 3), '$2.8 billion');
    await press('2');
    await option(page, 3).locator('.phrase.t-1').first().waitFor();
    // The live region says what happened, for a screen reader.
    await page.locator('[data-live]', { hasText: 'Tagged metrics: phrase “$2.8 billion”' }).waitFor({ state: 'attached' });
    assert.deepEqual(
      (await drawnPhrases(page, 3)).map((p) => p.text),
      ['$2.8 billion'],
    );
    assert.equal(await page.locator('.count[data-tag=metrics]').textContent(), '1', 'a phrase counts for its sentence');

    // Double-click a word: it becomes the chosen phrase.
    await option(page, 2).getByText('council', { exact: false }).first().dblclick({ position: { x: 40, y: 8 } });
    await option(page, 2).locator('.phrase-choice').first().waitFor();
    const doubled = (await choice(page, 2)).trim();
    assert.ok(['council', 'The council met on Tuesday.'].includes(doubled) || /^\w+$/.test(doubled), doubled);
    await press('3');
    await option(page, 2).locator('.phrase[data-phrase]').first().waitFor();

    // Keyboard only: select the Chinese sentence, enter phrase mode, choose 10亿元.
    await press('Escape');
    await press('Escape');
    await page.locator('.article [aria-selected=true]').first().waitFor({ state: 'detached' });
    await press('j');
    await press('j');
    await page.locator('.article [data-index="1"][aria-selected=true]').waitFor();
    await press('p');
    await option(page, 1).locator('.phrase-caret').waitFor();
    assert.match(await page.locator('.phrase-keys').textContent(), /Shift/);
    const before = [...'会议提出，全年投资'].length;
    for (let i = 0; i < before; i += 1) await press('ArrowRight');
    for (let i = 0; i < 4; i += 1) await press('Shift+ArrowRight');
    assert.equal(await choice(page, 1), '10亿元');
    await press('2');
    await press('n');
    await page.locator('.note-input').waitFor();
    assert.match(await page.locator('.modal h2').textContent(), /phrase/i);
    await page.keyboard.type('one billion yuan');
    await press('Control+Enter');
    await option(page, 1).locator('.phrase.noted').waitFor();
    // An overlapping, longer phrase around it gets a lane of its own.
    await press('p');
    await press('p');
    await press('Home');
    for (let i = 0; i < [...'会议提出，'].length; i += 1) await press('ArrowRight');
    for (let i = 0; i < [...'全年投资10亿元'].length; i += 1) await press('Shift+ArrowRight');
    assert.equal(await choice(page, 1), '全年投资10亿元');
    await press('1');
    await option(page, 1).locator('.phrase.lane-1').first().waitFor();
    assert.deepEqual(
      (await drawnPhrases(page, 1)).map((p) => p.text).sort(),
      ['10亿元', '全年投资10亿元'],
    );

    // Word steps follow the browser's words: two words of the English sentence.
    await press('Escape');
    await press('j');
    await page.locator('.article [data-index="2"][aria-selected=true]').waitFor();
    await press('p');
    await press('Control+Shift+ArrowRight');
    await press('Control+Shift+ArrowRight');
    assert.equal(await choice(page, 2), 'The council');
    await press('Escape');
    await option(page, 2).locator('.phrase-caret').waitFor({ state: 'detached' });

    // The side panel lists the phrases of the selected sentence with their labels.
    await option(page, 1).click();
    await page.locator('.phrase-item', { hasText: '“10亿元”' }).waitFor();
    assert.match(await page.locator('.phrase-item', { hasText: '“10亿元”' }).textContent(), /metrics.*one billion yuan/);
    // The label shows on the selected sentence, after the phrase (generated content).
    const label = await option(page, 1)
      .locator('.phrase[data-label=metrics]')
      .evaluate((el) => getComputedStyle(el, '::after').content);
    assert.match(label, /metrics/);
    assert.deepEqual(await axeSerious(page), []);
    await screenshot(page, 'phrases');

    // Every format places the phrases at code points that slice to their text.
    const own = JSON.parse(await exportText(page, 'json'));
    const phrases = own.annotations.filter((a) => a.kind === 'phrase');
    assert.deepEqual(
      phrases.map((p) => slice(p.start, p.end)).sort(),
      ['$2.8 billion', '10亿元', '全年投资10亿元', doubled].sort(),
    );
    for (const p of phrases) assert.equal(p.quote.exact, slice(p.start, p.end));
    assert.equal(own.version, 2);

    const w3c = JSON.parse(await exportText(page, 'w3c'));
    const w3cPhrases = w3c.first.items.filter((a) => a.id.endsWith(':phrase'));
    assert.equal(w3cPhrases.length, 4);
    for (const a of w3cPhrases) {
      const [quote, position] = a.target.selector;
      assert.equal(slice(position.start, position.end), quote.exact);
    }

    const [header, ...rows] = csvRows((await exportText(page, 'csv')).replace(/^\uFEFF/, ''));
    const col = (name) => header.indexOf(name);
    assert.equal(header.at(-1), 'phrase');
    const csvPhrases = rows.filter((r) => r[col('phrase')]);
    assert.equal(csvPhrases.length, 4);
    for (const r of csvPhrases) assert.equal(slice(Number(r[col('start')]), Number(r[col('end')])), r[col('phrase')]);

    // A reload keeps them.
    await page.reload();
    await option(page, 1).locator('.phrase.noted').waitFor();
    assert.deepEqual(
      (await drawnPhrases(page, 1)).map((p) => p.text).sort(),
      ['10亿元', '全年投资10亿元'],
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    await option(page, 1).click();
    await screenshot(page, 'phrases-dark');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a split through a phrase warns before it takes the phrase away', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await paste(page, TITLE, TEXT);
    await dragOver(page, 3, 'budget of $2.8');
    await option(page, 3).locator('.phrase-choice').first().waitFor();
    await page.keyboard.press('1');
    await option(page, 3).locator('.phrase[data-phrase]').first().waitFor();
    // The phrase caret chooses where to cut: inside the phrase.
    await page.keyboard.press('p');
    await page.keyboard.press('p');
    await page.keyboard.press('Home');
    const inside = [...'It approved a budget of'].length;
    for (let i = 0; i < inside; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('s');
    await page.locator('.split-input').waitFor();
    // The warning stands before anything is pressed, and the button says what it does.
    await page.locator('.split-warning').waitFor();
    assert.equal(await page.locator('.modal button.primary').textContent(), 'Split and remove the phrase');
    // The caret moved out of the phrase: no warning; back in: the warning again.
    await page.keyboard.press('Home');
    await page.locator('.split-warning').waitFor({ state: 'detached' });
    assert.equal(await page.locator('.modal button.primary').textContent(), 'Split');
    for (let i = 0; i < inside; i += 1) await page.keyboard.press('ArrowRight');
    await page.locator('.split-warning').waitFor();
    assert.equal(await page.locator('.article [role=option]').count(), 4, 'not split yet');
    await page.locator('.modal button.primary').click();
    await page.locator('.article [role=option]').nth(4).waitFor();
    assert.equal(await page.locator('.article .phrase').count(), 0, 'the phrase went with the cut');
    await page.keyboard.press('u');
    await option(page, 3).locator('.phrase[data-phrase]').first().waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the worksheet marks phrases in the answer key and lists the vocabulary with its glosses', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await paste(page, TITLE, TEXT);
    await dragOver(page, 1, '10亿元');
    await option(page, 1).locator('.phrase-choice').first().waitFor();
    await page.keyboard.press('2');
    await page.keyboard.press('n');
    await page.locator('.note-input').fill('one billion yuan');
    await page.keyboard.press('Control+Enter');
    await option(page, 1).locator('.phrase.noted').waitFor();

    await page.locator('.export-menu summary').click();
    await page.locator('[data-export=handout]').click();
    await page.locator('[data-handout=worksheet]').check();
    await page.locator('.handout-vocabulary').selectOption('metrics');
    await screenshot(page, 'phrases-handout-dialog');
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-handout-export]').click()]);
    const out = path.join(ROOT, 'target', 'e2e');
    await mkdir(out, { recursive: true });
    const html = path.join(out, 'phrases-worksheet.html');
    await copyFile(await file.path(), html);
    assert.deepEqual(errors, []);
    await context.close();

    const viewer = await app.browser.newContext({ viewport: { width: 900, height: 1100 } });
    const sheet = await viewer.newPage();
    await sheet.goto(pathToFileURL(html).href);
    assert.equal(await sheet.locator('.student .phrase').count(), 0, 'no marks for the student');
    assert.equal(await sheet.locator('.key .phrase').count(), 1);
    assert.deepEqual(await sheet.locator('.student .vocabulary dt').allTextContents(), ['10亿元']);
    assert.deepEqual(await sheet.locator('.student .vocabulary dd').allTextContents(), ['one billion yuan']);
    await sheet.locator('.student .vocabulary').scrollIntoViewIfNeeded();
    await screenshot(sheet, 'phrases-worksheet-student');
    await sheet.evaluate(() => document.querySelector('.key').scrollIntoView());
    await screenshot(sheet, 'phrases-worksheet-key');
    const pdf = path.join(out, 'phrases-worksheet.pdf');
    await sheet.pdf({ path: pdf, format: 'A4', printBackground: true });
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdf, '-']);
    const at = stdout.indexOf('ANSWER KEY');
    assert.ok(at > 0);
    const [student, key] = [stdout.slice(0, at), stdout.slice(at)];
    assert.match(student, /Vocabulary/);
    assert.match(student, /10亿元\s+one billion yuan/);
    assert.ok(!student.includes('[metrics]'));
    assert.match(key, /10亿元\s*\[metrics\]/);
    await viewer.close();
  });
});
