// The teacher's handout: a standalone HTML file that opens from file:// with no
// script, shows the tagged sentences, the legend and the footnotes, and prints to
// PDF (A4 and Letter) with every tag label in it. As a worksheet: the student's
// pages with no tags, then the answer key on a page of its own.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ROOT, openApp, option, screenshot, tagByKeys, useServedApp } from './support/harness.mjs';

const app = useServedApp();
const OUT = path.join(ROOT, 'target', 'e2e');

describe('the handout', () => {
  test('opens from file://, shows tags, legend and footnotes, and prints every label', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagByKeys(page, 2, [['1'], ['2', '3']], '新引进项目的数字 <b>要核对</b>');

    // The app prints the same view: the article with its labels, no controls.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.toolbar').isVisible(), false);
    assert.equal(await page.locator('.side-panel').isVisible(), false);
    assert.ok(await option(page, 3).locator('.chip').first().isVisible());
    assert.equal(await option(page, 3).locator('.chip').first().evaluate((el) => getComputedStyle(el, '::before').content), '"["');
    await page.emulateMedia({ media: 'screen' });

    await page.locator('.export-menu summary').click();
    await page.locator('[data-export=handout]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-handout-export]').click()]);
    assert.match(download.suggestedFilename(), /\.handout\.html$/);
    await mkdir(OUT, { recursive: true });
    const file = path.join(OUT, 'handout.html');
    await copyFile(await download.path(), file);
    await context.close();

    const viewer = await app.browser.newContext({ javaScriptEnabled: true });
    const handout = await viewer.newPage();
    const errors = [];
    handout.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await handout.goto(pathToFileURL(file).href);
    assert.equal(await handout.locator('script').count(), 0);
    assert.equal(await handout.locator('mark').count(), 2);
    assert.deepEqual(await handout.locator('.legend .chip').allTextContents(), ['commitments', 'metrics', 'attendees']);
    assert.deepEqual(await handout.locator('p .chip').allTextContents(), ['commitments', 'metrics', 'attendees']);
    assert.deepEqual(await handout.locator('.notes li').allTextContents(), ['新引进项目的数字 <b>要核对</b> ↩']);
    assert.equal(await handout.locator('sup a[href="#note1"]').count(), 1);
    await screenshot(handout, 'handout');

    for (const format of ['A4', 'Letter']) {
      const pdf = path.join(OUT, `handout-${format}.pdf`);
      await handout.pdf({ path: pdf, format, printBackground: true });
      const { stdout } = await promisify(execFile)('pdftotext', [pdf, '-']);
      for (const label of ['commitments', 'metrics', 'attendees']) {
        assert.ok(stdout.includes(`[${label}]`), `${format} PDF has [${label}]`);
      }
    }
    assert.deepEqual(errors, []);
    await viewer.close();
  });

  test('a worksheet: student pages without tags, with tasks and numbers, then the answer key', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagByKeys(page, 2, [['1'], ['2', '3']], '新引进项目的数字要核对');

    await page.locator('.export-menu summary').click();
    await page.locator('[data-export=handout]').click();
    const title = page.locator('.modal .handout-title');
    assert.notEqual(await title.inputValue(), '', 'prefilled with the document title');
    await title.fill('Week 3: reading the minutes <b>');
    assert.equal(await page.locator('.handout-task').count(), 0, 'no tasks for the tagged handout');
    await page.locator('[data-handout=worksheet]').check();
    assert.deepEqual(await page.locator('.handout-task').evaluateAll((inputs) => inputs.map((i) => i.value)), [
      'Find 1 sentence tagged “commitments”.',
      'Find 1 sentence tagged “metrics”.',
      'Find 1 sentence tagged “attendees”.',
    ]);
    await page.locator('.handout-task').first().fill('Find the one promise the district makes.');
    assert.ok(await page.locator('[data-option=numbers]').isChecked());
    await screenshot(page, 'worksheet-dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-handout-export]').click()]);
    assert.match(download.suggestedFilename(), /^Week-3.*\.worksheet\.html$/);
    await page.locator('.modal').waitFor({ state: 'detached' });
    await mkdir(OUT, { recursive: true });
    const file = path.join(OUT, 'worksheet.html');
    await copyFile(await download.path(), file);
    await context.close();

    const viewer = await app.browser.newContext({ javaScriptEnabled: true, viewport: { width: 900, height: 1100 } });
    const sheet = await viewer.newPage();
    await sheet.goto(pathToFileURL(file).href);
    assert.equal(await sheet.locator('script, b').count(), 0);
    assert.equal(await sheet.locator('.student h1').textContent(), 'Week 3: reading the minutes <b>');
    for (const hidden of ['mark', '.chip', 'sup', '.legend', '.notes']) {
      assert.equal(await sheet.locator(`.student ${hidden}`).count(), 0, `student pages show ${hidden}`);
    }
    assert.deepEqual(await sheet.locator('.student .tasks li').allTextContents(), [
      'Find the one promise the district makes.',
      'Find 1 sentence tagged “metrics”.',
      'Find 1 sentence tagged “attendees”.',
    ]);
    const paragraphs = await sheet.locator('.student .article p').count();
    assert.ok(paragraphs > 1);
    assert.equal(await sheet.locator('.student .pn').count(), paragraphs);
    assert.equal(await sheet.locator('.key .pn').count(), paragraphs);
    assert.equal(await sheet.locator('.student .lines div').count(), 8);
    assert.equal(await sheet.locator('.key mark').count(), 2);
    assert.deepEqual(await sheet.locator('.key p .chip').allTextContents(), ['commitments', 'metrics', 'attendees']);
    // The sentence with two tags shows both: the second underline below the first.
    assert.match(await sheet.locator('.key mark').nth(1).getAttribute('style'), /^border-color:#[0-9a-f]{6};box-shadow:0 3px 0 #[0-9a-f]{6}$/);
    await screenshot(sheet, 'worksheet-student');
    await sheet.locator('.key').scrollIntoViewIfNeeded();
    await sheet.evaluate(() => document.querySelector('.key').scrollIntoView());
    await screenshot(sheet, 'worksheet-key');

    const pdf = path.join(OUT, 'worksheet-A4.pdf');
    await sheet.pdf({ path: pdf, format: 'A4', printBackground: true });
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdf, '-']);
    const at = stdout.indexOf('ANSWER KEY');
    assert.ok(at > 0, 'the PDF has the answer key');
    const [student, key] = [stdout.slice(0, at), stdout.slice(at)];
    assert.match(student, /\f\s*$/, 'the answer key starts a page');
    for (const label of ['commitments', 'metrics', 'attendees']) {
      assert.ok(!student.includes(`[${label}]`), `no [${label}] on the student pages`);
      assert.ok(key.includes(`[${label}]`), `the key has [${label}]`);
    }
    assert.match(student, /Name:/);
    assert.match(student, /Date:/);
    assert.match(student, /Find the one promise the district makes\./);
    assert.match(student, /Find 1 sentence tagged “metrics”\./);
    assert.match(student, /^\s*1\s+\S/m, 'paragraph 1 numbered');
    assert.match(student, /^\s*2\s+\S/m, 'paragraph 2 numbered');
    assert.ok(!stdout.includes('新引进项目的数字要核对') || key.includes('新引进项目的数字要核对'), 'the note only in the key');
    assert.ok(key.includes('新引进项目的数字要核对'));
    assert.ok(!stdout.includes('↩'), 'no back-links in print');
    await viewer.close();
  });
});
