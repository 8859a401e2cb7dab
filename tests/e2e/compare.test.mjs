// Comparing annotators in a real browser: two files made in the app by two named
// users, their differences walked and settled from the keyboard, combined into the
// document (undoable) with each tag's author kept in the W3C export; then a class of
// five students' files against the teacher's key, sorted and exported as CSV.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeSerious, chips, openApp, option, screenshot, exportText, useServedApp } from './support/harness.mjs';

const app = useServedApp();

async function setName(page, name) {
  await page.locator('.file-menu summary').click();
  await page.locator('.file-menu [data-command=author]').click();
  await page.locator('.author-input').fill(name);
  await page.keyboard.press('Enter');
  await page.locator('.modal').waitFor({ state: 'detached' });
}

/** Tags sentence `index` with the tag of `key`, from a click. */
async function tag(page, index, key) {
  await option(page, index).click();
  await page.keyboard.press(key);
}

async function openCompare(page, files, { mine = false } = {}) {
  await page.locator('.file-menu summary').click();
  await page.locator('.file-menu .menu-item', { hasText: 'Compare annotators' }).click();
  const other = page.locator('.compare .link', { hasText: 'Other files' });
  if (await other.count()) await other.click();
  const box = page.locator('.compare [data-option=mine]');
  if ((await box.isChecked()) !== mine) await box.click();
  await page.locator('.compare-files').setInputFiles(
    files.map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })),
  );
  await page.locator('.compare-figures').waitFor();
}

describe('comparing annotators', () => {
  test('two users’ files: differences by keyboard, combine with authors, undo', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await setName(page, 'Ana');
    await tag(page, 0, '1');
    await tag(page, 1, '2');
    const ana = await exportText(page, 'json');
    assert.equal(JSON.parse(ana).annotations[0].authors.commitments, 'Ana');

    await setName(page, 'Ben');
    await page.keyboard.press('Escape');
    await page.keyboard.press('u');
    await page.keyboard.press('u');
    await option(page, 0).locator('.chip').waitFor({ state: 'detached' });
    await tag(page, 1, '2');
    await tag(page, 2, '3');
    const ben = await exportText(page, 'json');

    await openCompare(page, [['ana.json', ana], ['ben.json', ben]]);
    // Each file is named by its one author.
    assert.deepEqual(await page.locator('.compare .sheet-name').allTextContents(), ['Ana', 'Ben']);
    const figures = page.locator('.compare-figures tbody tr');
    assert.equal(await figures.count(), 3);
    assert.equal(await page.locator('.compare-figures tr[data-tag=metrics] .cohen').textContent(), '1.00', 'they agree on metrics');
    assert.match(await page.locator('.compare-figures tr[data-tag=commitments] .cohen').textContent(), /^-?0\.00$/, 'only Ana tagged a commitment');
    assert.equal(await page.locator('.agreement-chart g[data-tag]').count(), 3);
    assert.deepEqual(await axeSerious(page), []);
    await screenshot(page, 'compare-two');

    // The differences, from the keyboard: take Ana's answer, then both.
    const rows = page.locator('.differences [role=option]');
    assert.equal(await rows.count(), 2);
    await page.locator('.differences').focus();
    await page.keyboard.press('1');
    await page.locator('.difference.current .difference-status', { hasText: 'Take Ana' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.locator('#diff-1[aria-selected=true]').waitFor();
    await page.keyboard.press('b');
    await page.locator('#diff-1 .difference-status', { hasText: 'Both' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.className), 'differences');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'compare-two-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.locator('[data-compare=combine]').click();
    await page.locator('.modal').waitFor({ state: 'detached' });
    await page.locator('.notice', { hasText: 'Combined: 2 differences' }).waitFor();
    assert.deepEqual(await chips(page, 0), ['commitments']);
    assert.deepEqual(await chips(page, 1), ['metrics']);
    assert.deepEqual(await chips(page, 2), ['attendees']);

    const w3c = JSON.parse(await exportText(page, 'w3c'));
    const creatorOf = (label) =>
      w3c.first.items.flatMap((a) => a.body).find((b) => b.value === label)?.creator?.name;
    assert.equal(creatorOf('commitments'), 'Ana');
    assert.equal(creatorOf('attendees'), 'Ben');
    assert.equal(creatorOf('metrics'), 'Ben');

    // One undo takes the whole combination back.
    await page.keyboard.press('Control+z');
    await option(page, 0).locator('.chip').waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a class of five students against the key: sorted table and CSV; bad files reported', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await setName(page, 'Teacher');
    for (const [index, key] of [[0, '1'], [1, '2'], [2, '3'], [3, '1']]) await tag(page, index, key);
    const key = JSON.parse(await exportText(page, 'json'));
    // Each student misses a different number of the key's four tags.
    const student = (name, keep) =>
      JSON.stringify({
        ...key,
        annotations: key.annotations.slice(0, keep).map((a) => ({ ...a, authors: { [a.tags[0]]: name } })),
      });
    const files = [
      ['key.json', JSON.stringify(key)],
      ['li.json', student('Li', 4)],
      ['mo.json', student('Mo', 3)],
      ['nia.json', student('Nia', 2)],
      ['ola.json', student('Ola', 1)],
      ['pat.json', student('Pat', 4)],
      ['notes.txt.json', 'this is not JSON'],
    ];
    // Files dropped on the dialog are compared, never opened as the document.
    await page.locator('.file-menu summary').click();
    await page.locator('.file-menu .menu-item', { hasText: 'Compare annotators' }).click();
    await page.locator('.compare-drop').evaluate((zone, files) => {
      const data = new DataTransfer();
      for (const [name, text] of files) data.items.add(new File([text], name, { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, files.slice(1, 3));
    await page.locator('.compare-figures').waitFor();
    assert.deepEqual(await page.locator('.compare .sheet-name').allTextContents(), ['Teacher', 'Li', 'Mo']);
    await page.keyboard.press('Escape');
    await page.locator('.modal').waitFor({ state: 'detached' });
    assert.deepEqual(await chips(page, 3), ['commitments'], 'the drop changed nothing');

    await openCompare(page, files);
    assert.match(await page.locator('.compare-report').textContent(), /notes\.txt\.json/);
    assert.match(await page.locator('.compare-report').textContent(), /Pat: the same tags and notes/);
    await page.locator('.compare-reference select').selectOption('Teacher');
    await page.locator('.tabs .tab', { hasText: 'Class view' }).click();
    const names = () => page.locator('.class-table tbody th').allTextContents();
    assert.deepEqual(await names(), ['Li', 'Mo', 'Nia', 'Ola', 'Pat']);
    // Sorted by the F1 of all tags, best first, then turned round.
    const overall = page.locator('.class-table thead button', { hasText: 'All tags' });
    await overall.click();
    assert.deepEqual((await names()).slice(2), ['Mo', 'Nia', 'Ola']);
    await overall.click();
    assert.deepEqual((await names()).slice(0, 3), ['Ola', 'Nia', 'Mo']);
    await screenshot(page, 'compare-class');
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-compare=class-csv]').click()]);
    const csv = (await readFile(await file.path())).toString('utf8').replace(/^\uFEFF/, '').trim().split('\n');
    assert.equal(csv.length, 6);
    assert.match(csv[0], /^name,commitments,metrics,attendees,precision,recall,F1,phrase F1/);
    assert.equal(csv.find((l) => l.startsWith('Ola,')).trim(), 'Ola,0.667,0.000,0.000,1.000,0.250,0.400,1.000');
    // Nothing in the open document changed.
    assert.deepEqual(await chips(page, 3), ['commitments']);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
