// Annotating in a real browser: the same workflow by keyboard only and by mouse only,
// the tag-set editor, merge and split, accessibility (axe-core), both colour schemes
// and both interface languages.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSerious, chips, openApp, option, paste, screenshot, tagByKeys, useServedApp } from './support/harness.mjs';

const app = useServedApp();

const count = (page, tag) => page.locator(`.count[data-tag="${tag}"]`).textContent();
const waitSelected = (page, index) => page.locator(`.article [data-index="${index}"][aria-selected=true]`).waitFor();
const digest = (page, tag) =>
  page.locator(`.digest-tag[data-tag="${tag}"] button[data-index]`).evaluateAll((els) => els.map((e) => Number(e.dataset.index)));

/** The state both workflows must end in. */
async function checkTaggedFive(page) {
  const total = await page.locator('.article [role=option]').count();
  assert.equal(await count(page, 'commitments'), '3');
  assert.equal(await count(page, 'metrics'), '1');
  assert.equal(await count(page, 'attendees'), '1');
  assert.equal(await count(page, 'untagged'), String(total - 5));
  assert.deepEqual(await digest(page, 'commitments'), [0, 3, 4]);
  assert.deepEqual(await digest(page, 'metrics'), [1]);
  assert.deepEqual(await digest(page, 'attendees'), [2]);
  assert.deepEqual(await chips(page, 1), ['metrics']);
  assert.equal(await option(page, 3).locator('.note-marker').getAttribute('title'), 'Key promise');
  // A screen reader hears the note as the sentence's description.
  const described = await option(page, 3).getAttribute('aria-describedby');
  assert.equal(await page.locator(`#${described}`).textContent(), 'Note: Key promise');
}

async function checkFilteredToCommitments(page) {
  await page.locator('.show-all').waitFor();
  const shown = await page
    .locator('.article [role=option]')
    .evaluateAll((els) => els.map((e) => Number(e.dataset.index)));
  assert.deepEqual(shown, [0, 3, 4]);
}

describe('annotating', () => {
  test('keyboard only: tag five sentences with three tags, note, undo, redo, filter', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    const press = (key) => page.keyboard.press(key);

    await press('j');
    await waitSelected(page, 0);
    await press('1');
    await press('j');
    await press('2');
    await press('j');
    await press('3');
    await press('j');
    await press('Shift+J');
    await waitSelected(page, 4);
    assert.equal(await page.locator('.article [aria-selected=true]').count(), 2);
    await press('1');
    assert.deepEqual(await chips(page, 4), ['commitments']);

    await press('k');
    await waitSelected(page, 3);
    await press('n');
    await page.locator('.note-input').waitFor();
    await page.keyboard.type('Key promise');
    await press('Control+Enter');
    await option(page, 3).locator('.note-marker').waitFor();
    await checkTaggedFive(page);

    await press('u');
    await option(page, 3).locator('.note-marker').waitFor({ state: 'detached' });
    await press('Shift+U');
    await option(page, 3).locator('.note-marker').waitFor();

    // Typing in a field is not a command: "1" goes into the search box.
    await press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
    await page.keyboard.type('1');
    assert.equal(await count(page, 'commitments'), '3');
    // Esc in the search box clears it, as a search box does.
    await press('Escape');
    assert.equal(await page.locator('#search-input').inputValue(), '');

    // From the search box back to the filter's first box, then tick it.
    for (let i = 0; i < 4; i += 1) await press('Shift+Tab');
    const focused = await page.evaluate(() => document.activeElement.closest('.count-row')?.querySelector('.count')?.dataset.tag);
    assert.equal(focused, 'commitments');
    await press('Space');
    await checkFilteredToCommitments(page);
    await screenshot(page, 'keyboard-filtered');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('mouse only: the same workflow', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    const tagButton = (name) => page.locator('.tag-button', { hasText: name });

    await option(page, 0).click();
    await tagButton('commitments').click();
    await option(page, 1).click();
    await tagButton('metrics').click();
    await option(page, 2).click();
    await tagButton('attendees').click();
    await option(page, 3).click();
    await option(page, 4).click({ modifiers: ['Shift'] });
    await tagButton('commitments').click();
    assert.equal(await tagButton('commitments').getAttribute('aria-pressed'), 'true');

    await option(page, 3).click();
    await page.locator('[data-command=note]').click();
    await page.locator('.note-input').fill('Key promise');
    await page.locator('.modal button.primary').click();
    await option(page, 3).locator('.note-marker').waitFor();
    await checkTaggedFive(page);

    await page.locator('[data-command=undo]').click();
    await option(page, 3).locator('.note-marker').waitFor({ state: 'detached' });
    await page.locator('[data-command=redo]').click();
    await option(page, 3).locator('.note-marker').waitFor();

    await page.locator('.count-row', { hasText: 'commitments' }).locator('input').click();
    await checkFilteredToCommitments(page);

    // The digest jumps to a sentence, and the overview strip marks it.
    await page.locator('.digest-tag[data-tag=commitments] button[data-index="4"]').click();
    await waitSelected(page, 4);
    assert.equal(await page.locator('.overview .tick').count(), 5);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('merge and split a sentence, and undo both', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    const total = await page.locator('.article [role=option]').count();
    const first = await option(page, 5).locator('.sentence-text').textContent();
    const second = await option(page, 6).locator('.sentence-text').textContent();

    await option(page, 5).click();
    await page.keyboard.press('m');
    await page.waitForFunction((n) => document.querySelectorAll('.article [role=option]').length === n, total - 1);
    assert.equal(await option(page, 5).locator('.sentence-text').textContent(), first + second);

    await page.locator('[data-command=split]').click();
    const area = page.locator('.split-input');
    await area.waitFor();
    await area.evaluate((el, at) => el.setSelectionRange(at, at), first.length);
    await page.locator('.modal button.primary').click();
    await page.waitForFunction((n) => document.querySelectorAll('.article [role=option]').length === n, total);
    assert.equal(await option(page, 6).locator('.sentence-text').textContent(), second);

    await page.keyboard.press('u');
    await page.keyboard.press('u');
    await page.waitForFunction((n) => document.querySelectorAll('.article [role=option]').length === n, total);
    assert.equal(await option(page, 5).locator('.sentence-text').textContent(), first);

    // Split at the text caret: put it after the 5th character of sentence 7, press s.
    const sixth = await option(page, 7).locator('.sentence-text').textContent();
    await option(page, 7).click();
    await option(page, 7).locator('.sentence-text').evaluate((el) => getSelection().collapse(el.firstChild, 5));
    await page.keyboard.press('s');
    await page.locator('.split-input').waitFor();
    assert.equal(await page.locator('.split-input').evaluate((el) => el.selectionStart), 5);
    await page.locator('.modal button.primary').click();
    await page.waitForFunction((n) => document.querySelectorAll('.article [role=option]').length === n, total + 1);
    assert.equal(await option(page, 7).locator('.sentence-text').textContent(), sixth.slice(0, 5));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the split dialog moves its caret by character and by word, and Enter splits there', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await paste(page, 'Harbour', 'The board approved the harbour plan after a long debate on costs.\n\n会议强调要确保全年投资十亿元。');
    await option(page, 0).click();
    await page.keyboard.press('s');
    const area = page.locator('.split-input');
    await area.waitFor();
    const preview = () => page.locator('.split-preview li').allTextContents();
    // No caret given: it starts at a word's start, not mid-word.
    const [first] = await preview();
    assert.match(first, /^The board approved( \w+)*$/, first);
    await page.keyboard.press('Home');
    await page.locator('.split-none').waitFor();
    assert.equal(await page.locator('.modal button.primary').isDisabled(), true);
    // By word, then by character: the preview follows the caret.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.split-first')?.textContent === 'The board approved');
    assert.deepEqual(await preview(), ['The board approved', 'the harbour plan after a long debate on costs.']);
    // Typing changes nothing: the text is the sentence's.
    await page.keyboard.type('x');
    assert.equal(await area.inputValue(), 'The board approved the harbour plan after a long debate on costs.');
    await page.keyboard.press('Enter');
    await page.locator('.modal').waitFor({ state: 'detached' });
    assert.equal(await option(page, 1).locator('.sentence-text').textContent(), 'the harbour plan after a long debate on costs.');
    await page.waitForFunction(() => document.querySelector('[data-live]').textContent.startsWith('Split: sentences 1 and 2'));
    assert.match(await page.evaluate(() => document.activeElement.dataset.index), /^[01]$/);

    // Chinese moves by words too: the caret stops after a word, not after each character.
    await option(page, 2).click();
    await page.keyboard.press('s');
    await area.waitFor();
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+ArrowRight');
    await page.waitForFunction(() => document.querySelector('.split-first'));
    const [word] = await preview();
    assert.ok(word.length >= 2 && word.length <= 4, `one word: ${word}`);
    await page.keyboard.press('Escape');
    await page.locator('.modal').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.dataset.index), '2');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the tag-set editor adds, renames, re-keys and deletes tags', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await page.locator('[data-command=tags]').click();
    await page.locator('.tag-rows').waitFor();
    await page.locator('.modal button', { hasText: 'Add tag' }).click();
    const row = page.locator('.tag-row').nth(3);
    await row.locator('.tag-label').fill('evidence');
    await row.locator('.tag-label').press('Tab');
    await row.locator('.tag-key').fill('j');
    await row.locator('.tag-key').press('Tab');
    await row.locator('.field-error').waitFor();
    await row.locator('.tag-key').fill('e');
    await row.locator('.tag-key').press('Tab');
    await page.keyboard.press('Escape');
    await page.locator('.tag-button', { hasText: 'evidence' }).waitFor();

    await option(page, 6).click();
    await page.keyboard.press('e');
    assert.deepEqual(await chips(page, 6), ['evidence']);

    // Deleting a tag in use asks first, and can be undone.
    await page.locator('[data-command=tags]').click();
    await page.locator('.tag-row').nth(3).locator('button', { hasText: 'Delete' }).click();
    await page.locator('.modal button.danger').click();
    await page.locator('.tag-rows').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.tag-button', { hasText: 'evidence' }).waitFor({ state: 'detached' });
    assert.deepEqual(await chips(page, 6), []);
    await page.keyboard.press('u');
    await page.locator('.tag-button', { hasText: 'evidence' }).waitFor();
    assert.deepEqual(await chips(page, 6), ['evidence']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('help lists the shortcuts; Escape or a click outside closes it, a click inside does not', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await page.keyboard.press('?');
    await page.locator('.shortcuts').waitFor();
    assert.ok((await page.locator('.shortcuts tr').count()) >= 10);
    await page.keyboard.press('Escape');
    await page.locator('.shortcuts').waitFor({ state: 'detached' });

    await page.keyboard.press('?');
    await page.locator('.shortcuts').click();
    await page.locator('.modal h2').click();
    assert.equal(await page.locator('.shortcuts').count(), 1, 'a click inside keeps it open');
    await page.mouse.click(10, 790);
    await page.locator('.shortcuts').waitFor({ state: 'detached' });
    await context.close();
  });
});

/** Tags a few sentences so that chips, notes and the overview are on screen. */
const tagSome = (page) => tagByKeys(page, 2, [['1'], ['2', '3'], ['3']], '出席人员名单');

describe('accessibility and appearance', () => {
  for (const scheme of ['light', 'dark']) {
    test(`axe finds no serious or critical violations (${scheme})`, async () => {
      const { context, page } = await openApp(app.browser, app.url, { colorScheme: scheme });
      await tagSome(page);
      assert.deepEqual(await axeSerious(page), []);
      await context.close();
    });
  }

  test('both languages in both colour schemes, and the language is remembered', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.locator('[role=option]').first().waitFor();
    await tagSome(page);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `annotated-en-${scheme}`);
    }
    await page.locator('.topbar button', { hasText: '中文' }).click();
    await page.locator('.tag-button', { hasText: '承诺' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh');
    assert.deepEqual(await chips(page, 3), ['指标', '出席']);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `annotated-zh-${scheme}`);
    }
    await page.reload();
    await page.locator('.tag-button', { hasText: '承诺' }).waitFor();
    await context.close();
  });

  test('tag buttons stay in the Tab order with nothing selected, and the help lists every tag key', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    const button = page.locator('.tag-button').first();
    assert.equal(await button.getAttribute('aria-disabled'), 'true');
    await button.focus();
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('tag-button')), true);
    await page.keyboard.press('Enter');
    await page.locator('.notice', { hasText: 'Click a sentence' }).waitFor();
    await option(page, 0).click();
    assert.equal(await button.getAttribute('aria-disabled'), 'false');
    await page.keyboard.press('?');
    const rows = page.locator('.shortcuts tr[data-tag]');
    assert.deepEqual(await rows.allTextContents(), ['1toggle “commitments”', '2toggle “metrics”', '3toggle “attendees”']);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
