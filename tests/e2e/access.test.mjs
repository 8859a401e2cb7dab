// Accessibility beyond axe's rules: the whole workflow with the keyboard only (where
// the focus lands after each dialog, what the live region says after each action),
// forced colours (Windows High Contrast), 200 % zoom, and axe at the tablet and
// desktop sizes in light, dark and forced colours. (The phone is in phone.test.mjs.)

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSerious, chips, openApp, option, screenshot, useServedApp } from './support/harness.mjs';

const app = useServedApp();

const live = (page) => page.locator('[data-live]').textContent().then((t) => t.replace(/\u200B/g, ''));
const said = (page, words) =>
  page.waitForFunction((w) => document.querySelector('[data-live]').textContent.replace(/\u200B/g, '') === w, words);
/** What has the focus: a sentence's index, else a short description. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.dataset.index !== undefined && el.getAttribute('role') === 'option') return `sentence ${el.dataset.index}`;
    return el === document.body ? 'body' : `${el.tagName.toLowerCase()}.${el.className}`;
  });
/** Presses Tab until `matches` holds for the focused element (at most `most` times). */
async function tabTo(page, matches, most = 80) {
  for (let i = 0; i < most; i += 1) {
    if (await page.evaluate(matches)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}

describe('the keyboard only', () => {
  test('tag, note, merge, split, undo, help, filter, search and export: focus and announcements', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await tabTo(page, () => document.activeElement?.getAttribute('role') === 'option');
    assert.equal(await focused(page), 'sentence 0');
    // Space selects the sentence with the focus; j moves on.
    await page.keyboard.press('Space');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    assert.equal(await focused(page), 'sentence 2');
    await page.keyboard.press('2');
    await said(page, 'Tagged metrics: sentence 3');
    assert.deepEqual(await chips(page, 2), ['metrics']);

    // The note dialog: saved with Ctrl+Enter, then Esc'd; the focus comes back both times.
    await page.keyboard.press('n');
    await page.locator('.note-input').waitFor();
    assert.equal(await focused(page), 'textarea.note-input');
    await page.keyboard.type('Figures to check');
    await page.keyboard.press('Control+Enter');
    await page.locator('.modal').waitFor({ state: 'detached' });
    await said(page, 'Note saved');
    assert.equal(await focused(page), 'sentence 2');
    await page.keyboard.press('n');
    await page.locator('.note-input').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.modal').waitFor({ state: 'detached' });
    assert.equal(await focused(page), 'sentence 2');

    // Merge, then split it again at a word, from the keyboard.
    const total = await page.locator('.article [role=option]').count();
    await page.keyboard.press('m');
    await said(page, 'Merged: sentence 3');
    assert.equal(await page.locator('.article [role=option]').count(), total - 1);
    assert.equal(await focused(page), 'sentence 2');
    await page.keyboard.press('s');
    await page.locator('.split-input').waitFor();
    assert.equal(await focused(page), 'textarea.split-input');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+ArrowLeft');
    await page.keyboard.press('Enter');
    await page.locator('.modal').waitFor({ state: 'detached' });
    await said(page, 'Split: sentences 3 and 4');
    assert.equal(await focused(page), 'sentence 2');

    // Undo says so, and the focus stays in the article.
    await page.keyboard.press('u');
    await said(page, 'Undone: split');
    assert.match(await focused(page), /^sentence /);

    // Help opens and closes; the focus comes back to the sentence.
    await page.keyboard.press('?');
    await page.locator('.shortcuts').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.modal').waitFor({ state: 'detached' });
    assert.equal(await focused(page), 'sentence 2');

    // The filter, reached by Tab: it says how many sentences show.
    await tabTo(page, () => document.activeElement?.closest('.count-row.t-1') !== null);
    await page.keyboard.press('Space');
    await said(page, 'Showing 1 of 32 sentences');
    assert.equal(await page.locator('.article [role=option]').count(), 1);
    await page.keyboard.press('Space');
    await said(page, 'Showing all 32 sentences');

    // Search: / goes to the box, Esc leaves it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('/');
    assert.equal(await focused(page), 'input.');
    await page.keyboard.type('招商');
    await page.locator('.search-status', { hasText: /\d/ }).waitFor();

    // An export from the Export menu, by keyboard.
    await tabTo(page, () => document.activeElement?.matches('.export-menu summary'));
    await page.keyboard.press('Enter');
    await tabTo(page, () => document.activeElement?.matches('.export-menu [data-export=json]'), 5);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /\.json$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('in Chinese the announcements are Chinese', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => localStorage.setItem('sentag.lang', '"zh"'));
    const page = await context.newPage();
    await page.goto(app.url);
    await page.locator('.article [role=option]').first().waitFor();
    await tabTo(page, () => document.activeElement?.getAttribute('role') === 'option');
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await said(page, '已标注承诺：第 1 句');
    await page.keyboard.press('u');
    await said(page, '已撤销：承诺，第 1 句');
    await context.close();
  });
});

describe('forced colours and zoom', () => {
  for (const scheme of ['light', 'dark']) {
    test(`forced colours (${scheme}): tags differ by label and line pattern, the selection shows`, async () => {
      const { context, page, errors } = await openApp(app.browser, app.url, { forcedColors: 'active', colorScheme: scheme });
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      await option(page, 1).click();
      await page.keyboard.press('2');
      await page.keyboard.press('3');
      // Each tag's own pattern, on the sentence's underline and on its chip.
      const patterns = (i) =>
        option(page, i).evaluate((el) => [
          getComputedStyle(el).textDecorationStyle,
          ...[...el.querySelectorAll('.chip')].map((c) => `${c.textContent} ${getComputedStyle(c).borderTopStyle}`),
        ]);
      // Sentence 1: metrics (the second tag) underlines it; its chips carry both patterns.
      assert.deepEqual(await patterns(1), ['dashed', 'metrics dashed', 'attendees dotted']);
      await option(page, 0).click();
      await page.keyboard.press('1');
      assert.deepEqual(await patterns(0), ['solid', 'commitments solid']);
      await option(page, 1).click();
      assert.notEqual(
        await option(page, 1).evaluate((el) => getComputedStyle(el).outlineStyle),
        'none',
        'the selection has an outline',
      );
      await screenshot(page, `access-forced-colors-${scheme}`);
      assert.deepEqual(await axeSerious(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('at 200 % zoom nothing is cut off: no sideways scroll, menus and dialogs on screen', async () => {
    // 200 % zoom of a 1280 × 800 window: a 640 × 400 CSS-pixel viewport.
    const { context, page, errors } = await openApp(app.browser, app.url, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const wide = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.equal(await wide(), 0);
    await page.locator('.export-menu summary').click();
    const menu = await page.locator('.export-menu .menu-items').boundingBox();
    assert.ok(menu.x >= 0 && menu.x + menu.width <= 640, JSON.stringify(menu));
    await page.keyboard.press('Escape');
    await page.locator('.export-menu .menu-items').waitFor({ state: 'hidden' });
    await option(page, 2).click();
    await page.keyboard.press('?');
    const modal = page.locator('.modal');
    await modal.waitFor();
    const box = await modal.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 400 && box.x >= 0 && box.x + box.width <= 640, JSON.stringify(box));
    // Its content scrolls inside it: the last shortcut can be reached.
    await page.locator('.shortcuts tr').last().scrollIntoViewIfNeeded();
    assert.ok(await page.locator('.shortcuts tr').last().isVisible());
    await screenshot(page, 'access-zoom-200-help');
    await page.keyboard.press('Escape');
    assert.equal(await wide(), 0);
    await screenshot(page, 'access-zoom-200');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('axe', () => {
  for (const [width, height] of [[1280, 800], [768, 1024]]) {
    for (const scheme of ['light', 'dark', 'forced']) {
      test(`no serious violations at ${width}×${height}, ${scheme}`, async () => {
        const options = scheme === 'forced' ? { forcedColors: 'active' } : { colorScheme: scheme };
        const { context, page, errors } = await openApp(app.browser, app.url, { viewport: { width, height }, ...options });
        await option(page, 1).click();
        await page.keyboard.press('2');
        // A phrase, shown with its label on the selected sentence.
        await page.keyboard.press('p');
        await page.keyboard.press('Home');
        await page.keyboard.press('Shift+Control+ArrowRight');
        await page.keyboard.press('1');
        await option(page, 1).locator('.phrase[data-phrase]').first().waitFor();
        assert.deepEqual(await axeSerious(page), []);
        await page.keyboard.press('Escape');
        await page.keyboard.press('n');
        await page.locator('.note-input').waitFor();
        assert.deepEqual(await axeSerious(page), [], 'with the note dialog open');
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
});
