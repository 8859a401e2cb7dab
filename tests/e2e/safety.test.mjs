// What could cost a user their work or their safety, short of several tabs: spreadsheet
// formulas in CSV, CSS smuggled in an imported tag colour, deleting a saved document,
// and closing a dialog with typing in it.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chips, openApp, option, paste, screenshot, tagByKeys, useServedApp } from './support/harness.mjs';

const app = useServedApp();

async function download(page, name) {
  await page.locator('.export-menu summary').click();
  // The handout asks for its title and kind first, in a dialog.
  const handout = name === 'handout';
  if (handout) await page.locator('.export-menu [data-export=handout]').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(handout ? '[data-handout-export]' : `.export-menu [data-export=${name}]`).click(),
  ]);
  return (await readFile(await file.path())).toString('utf8').replace(/^\uFEFF/, '');
}

async function openRecent(page) {
  await page.locator('.file-menu summary').click();
  await page.locator('.file-menu .menu-item', { hasText: 'Recent documents' }).click();
  await page.locator('.recent-list').waitFor();
}

describe('exports and imports that cannot hurt', () => {
  test('CSV cells that a spreadsheet would run are neutralised, in every variant', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagByKeys(page, 2, [['1']], '=HYPERLINK("http://x","y")');
    const comma = await download(page, 'csv');
    assert.match(comma, /"'=HYPERLINK\(""http:\/\/x"",""y""\)"/);
    assert.doesNotMatch(comma, /,=HYPERLINK|,"=HYPERLINK/);

    const semicolon = await download(page, 'csv-semicolon');
    const header = semicolon.split(/\r?\n/)[0];
    assert.equal(header, 'index;paragraph;start;end;text;tags;note');
    assert.match(semicolon, /'=HYPERLINK/);

    const columns = await download(page, 'csv-columns');
    const rows = columns.trim().split(/\r?\n/);
    const sentences = await page.locator('.article [role=option]').count();
    assert.equal(rows.length, sentences + 1, 'a row for every sentence, tagged or not');
    assert.equal(rows[0], 'index,paragraph,start,end,text,commitments,metrics,attendees,note');
    assert.match(rows[3], /,1,0,0,"'=HYPERLINK/);
    assert.match(rows[1], /,0,0,0,$/);
    await context.close();
  });

  test('an imported tag colour carrying CSS is repaired, reported, and never reaches the handout', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagByKeys(page, 2, [['1']]);
    const file = JSON.parse(await download(page, 'json'));
    file.tagSet[0].color = 'red;background-image:url(https://tracker.example/p.png)';
    file.tagSet[0].label = 'promises\u202e';
    await page.locator('#file-input').setInputFiles({
      name: 'colleague.sentag.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const repairs = page.locator('.repairs li');
    await repairs.first().waitFor();
    const said = (await repairs.allTextContents()).join('\n');
    assert.match(said, /colour/i);
    assert.match(said, /red;background-image/);
    await page.locator('.modal button.primary').click();
    const handout = await download(page, 'handout');
    assert.doesNotMatch(handout, /url\(|tracker\.example/);
    assert.doesNotMatch(handout, /\u202e/);
    await context.close();
  });
});

describe('saved documents and dialogs', () => {
  test('the open document is marked and cannot be deleted; a deletion can be undone', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await tagByKeys(page, 1, [['2']]);
    await paste(page, 'Second article', 'One sentence here. Another one.');
    await openRecent(page);
    const current = page.locator('.recent-row[aria-current=true]');
    assert.match(await current.textContent(), /Second article/);
    assert.match(await current.textContent(), /open/);
    assert.equal(await current.locator('button', { hasText: 'Delete' }).count(), 0);

    const sample = page.locator('.recent-row', { hasText: '天心区' });
    await sample.locator('button', { hasText: 'Delete' }).click();
    await page.locator('.recent-removed').waitFor();
    assert.equal(await page.locator('.recent-row', { hasText: '天心区' }).count(), 0);
    await screenshot(page, 'recent-deleted-undo');
    await page.locator('.recent-removed button', { hasText: 'Undo' }).click();
    await sample.waitFor();
    await sample.locator('.recent-open').click();
    await page.locator('.doc-title', { hasText: '天心区' }).waitFor();
    assert.deepEqual(await chips(page, 1), ['metrics']);

    // Deleted for real: after a reload it is gone, and opening the text starts afresh.
    await openRecent(page);
    await page.locator('.recent-row', { hasText: 'Second article' }).locator('button', { hasText: 'Delete' }).click();
    await page.locator('.recent-removed').waitFor();
    await page.keyboard.press('Escape');
    await page.reload();
    await page.locator('[role=option]').first().waitFor();
    await openRecent(page);
    assert.equal(await page.locator('.recent-row', { hasText: 'Second article' }).count(), 0);
    await page.keyboard.press('Escape');
    await paste(page, 'Second article', 'One sentence here. Another one.');
    assert.equal(await page.locator('.chip').count(), 0);
    await context.close();
  });

  test('Esc with a note being typed asks first; an untouched dialog just closes', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await option(page, 2).click();
    await page.keyboard.press('n');
    await page.locator('.note-input').fill('half a thought');
    await page.keyboard.press('Escape');
    await page.locator('.discard-confirm').waitFor();
    await screenshot(page, 'note-discard-question');
    await page.locator('[data-keep]').click();
    assert.equal(await page.locator('.note-input').inputValue(), 'half a thought');
    await page.locator('.note-input').focus();
    await page.keyboard.press('Escape');
    await page.locator('[data-discard]').click();
    await page.locator('.note-input').waitFor({ state: 'detached' });
    assert.equal(await option(page, 2).locator('.note-marker').count(), 0);

    await page.keyboard.press('n');
    await page.locator('.note-input').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.note-input').waitFor({ state: 'detached' });
    await context.close();
  });

  test('Esc in the tag editor keeps the label being typed', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await page.locator('.toolbar button', { hasText: 'Edit tags' }).click();
    const label = page.locator('.tag-row[data-tag=metrics] .tag-label');
    await label.fill('figures');
    await page.keyboard.press('Escape');
    await page.locator('.tag-rows').waitFor({ state: 'detached' });
    await page.locator('.toolbar button', { hasText: 'figures' }).waitFor();
    await context.close();
  });
});

describe('upgrading', () => {
  test('a document saved by sentag before revisions reopens with its tags, and is stored anew', async () => {
    const first = await openApp(app.browser, app.url);
    await tagByKeys(first.page, 2, [['1']], 'kept across the upgrade');
    const saved = await download(first.page, 'json');
    await first.context.close();

    // The old layout: the whole document as sentag JSON under sentag.doc.<id>.
    const file = JSON.parse(saved);
    const id = file.document.sha256.slice(0, 16);
    const { context, page } = await openApp(app.browser, app.url);
    // The sample's first save, made when the page is idle, must not land after the old layout.
    await page.waitForFunction(() => localStorage.getItem('sentag.docs'));
    await page.evaluate(
      ([id, json, title]) => {
        localStorage.clear();
        localStorage.setItem(`sentag.doc.${id}`, json);
        localStorage.setItem('sentag.docs', JSON.stringify([{ id, title, saved: 1, sentences: 32, counts: [['commitments', 1]] }]));
        localStorage.setItem('sentag.current', JSON.stringify(id));
      },
      [id, saved, file.document.title],
    );
    await page.reload();
    await option(page, 2).locator('.note-marker').waitFor();
    assert.deepEqual(await chips(page, 2), ['commitments']);
    await option(page, 4).click();
    await page.keyboard.press('2');
    await page.waitForFunction((id) => localStorage.getItem(`sentag.state.${id}`) && !localStorage.getItem(`sentag.doc.${id}`), id);
    await page.reload();
    assert.deepEqual(await chips(page, 2), ['commitments']);
    assert.deepEqual(await chips(page, 4), ['metrics']);
    await context.close();
  });
});
