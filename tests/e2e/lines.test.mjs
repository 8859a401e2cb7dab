// Hard-wrapped text: lines joined into sentences, the top bar's control that switches
// how line breaks are read, undo, and the choice kept across a reload.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chips, openApp, option, paste, screenshot, useServedApp } from './support/harness.mjs';

const app = useServedApp();

// Minutes as they arrive when pasted from a PDF or an e-mail: wrapped at 80 columns.
const MINUTES = [
  'CITY OF MAPLE GROVE',
  'REGULAR COUNCIL MEETING MINUTES',
  '',
  'The regular meeting of the Maple Grove City Council was called to order by Mayor Tim',
  'Willson at 6:45 p.m. in the council chambers of City Hall. Council members present',
  'were Dana Brooks, Luis Ortega and Priya Nair; Council member Sam Hall was absent.',
  '',
  'Motion by Brooks, seconded by Nair, to approve the agenda as presented. The motion',
  'carried 4-0.',
].join('\n');

const texts = (page) => page.locator('.article [role=option] .sentence-text').allTextContents();
const control = (page) => page.locator('.line-breaks select');

describe('hard-wrapped text', () => {
  test('wrapped lines are joined into sentences; the control switches, undoes and is kept', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    // The sample has one paragraph per line: nothing to choose, no control.
    assert.equal(await control(page).count(), 0);

    await paste(page, 'Council minutes', MINUTES);
    assert.deepEqual(await texts(page), [
      'CITY OF MAPLE GROVE',
      'REGULAR COUNCIL MEETING MINUTES',
      'The regular meeting of the Maple Grove City Council was called to order by Mayor Tim Willson at 6:45 p.m. in the council chambers of City Hall.',
      'Council members present were Dana Brooks, Luis Ortega and Priya Nair; Council member Sam Hall was absent.',
      'Motion by Brooks, seconded by Nair, to approve the agenda as presented.',
      'The motion carried 4-0.',
    ]);
    assert.match(await control(page).locator('option:checked').textContent(), /Auto: 3 lines joined/);
    await screenshot(page, 'lines-joined');

    await option(page, 2).click();
    await page.keyboard.press('1');
    await option(page, 2).locator('.chip').waitFor();

    await control(page).selectOption('keep');
    await page.locator('.article [role=option]', { hasText: /^Willson at 6:45/ }).waitFor();
    const kept = await texts(page);
    assert.ok(kept.includes('The regular meeting of the Maple Grove City Council was called to order by Mayor Tim'));
    assert.ok(kept.includes('carried 4-0.'));
    // The tag stays on both pieces of the sentence it was on.
    const first = kept.indexOf('The regular meeting of the Maple Grove City Council was called to order by Mayor Tim');
    assert.deepEqual(await chips(page, first), ['commitments']);
    assert.deepEqual(await chips(page, first + 1), ['commitments']);
    assert.equal(await control(page).inputValue(), 'keep');
    await screenshot(page, 'lines-kept');

    // Undo goes back to the joined reading, with the tag on its sentence.
    await option(page, 0).click();
    await page.keyboard.press('Control+z');
    await page.locator('.article [role=option]', { hasText: /Mayor Tim Willson at 6:45/ }).waitFor();
    assert.equal(await control(page).inputValue(), 'auto');
    assert.deepEqual(await chips(page, 2), ['commitments']);

    // Redo, then a reload: the reading chosen is the document's own.
    await page.keyboard.press('Control+Shift+z');
    await page.locator('.article [role=option]', { hasText: /^Willson at 6:45/ }).waitFor();
    await page.reload();
    await page.locator('.article [role=option]', { hasText: /^Willson at 6:45/ }).waitFor();
    assert.equal(await control(page).inputValue(), 'keep');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
