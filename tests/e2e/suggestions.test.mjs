// Suggested tags in a real browser: the sample arrives with suggestions outlined, the
// keys accept, reject and step through them, "accept all" goes through its review,
// exports hold only confirmed tags unless suggestions are asked for, a user's own tag
// gets suggestions from its cue words, the switch is remembered, and axe stays clean.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeSerious, chips, openApp, option, screenshot, useServedApp } from './support/harness.mjs';

const app = useServedApp();

/** The sentences that show a suggestion, by index. */
const suggested = (page) =>
  page.locator('.article .sentence.suggested').evaluateAll((els) => els.map((e) => Number(e.dataset.index)));
const suggestionChips = (page, index) => option(page, index).locator('.suggestion-chip').evaluateAll((els) => els.map((e) => e.dataset.tag));
const selectedIndex = (page) =>
  page.locator('.article [aria-selected=true]').evaluateAll((els) => els.map((e) => Number(e.dataset.index)));
const count = (page, tag) => page.locator(`.count[data-tag="${tag}"]`).textContent();

async function openWithSuggestions(browser, url, options) {
  const opened = await openApp(browser, url, options);
  await opened.page.locator('.article .sentence.suggested').first().waitFor();
  return opened;
}

async function download(page, exportName) {
  await page.locator('.export-menu summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`.export-menu [data-export=${exportName}]`).click(),
  ]);
  return (await readFile(await file.path())).toString();
}

async function includeSuggestions(page, on) {
  await page.locator('.export-menu summary').click();
  const box = page.locator('.export-menu input[data-option=suggestions]');
  if (on) await box.check(); else await box.uncheck();
  await page.locator('.export-menu summary').click();
}

describe('suggested tags', () => {
  test('the sample opens with suggestions outlined, not tagged, each with its reason', async () => {
    const { context, page, errors } = await openWithSuggestions(app.browser, app.url);
    const shown = await suggested(page);
    assert.ok(shown.length >= 5, `suggestions on ${shown.length} sentences`);
    for (const tag of ['commitments', 'metrics', 'attendees']) {
      assert.equal(await count(page, tag), '0', `${tag}: a suggestion is not a tag`);
      const panel = page.locator(`.suggestion-tag[data-tag="${tag}"]`);
      assert.ok(await panel.count() === 1, `the side panel lists ${tag} suggestions`);
      assert.match(await panel.locator('.reason').first().textContent(), /→ \S/);
    }
    assert.equal(await page.locator('.article .chip').count(), 0);
    const first = option(page, shown[0]);
    assert.match(await first.locator('.suggestion-chip').first().getAttribute('title'), /^suggested: .+ \(.+ → .+\)$/);
    const style = await first.locator('.suggestion-chip').first().evaluate((el) => getComputedStyle(el).borderStyle);
    assert.equal(style, 'dashed');
    await screenshot(page, 'suggestions-sample');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('keyboard: ] and [ step, a accepts and moves on, x rejects, u undoes', async () => {
    const { context, page, errors } = await openWithSuggestions(app.browser, app.url);
    const shown = await suggested(page);
    const press = (key) => page.keyboard.press(key);
    await press(']');
    await option(page, shown[0]).and(page.locator('[aria-selected=true]')).waitFor();
    await press(']');
    await option(page, shown[1]).and(page.locator('[aria-selected=true]')).waitFor();
    await press('[');
    await option(page, shown[0]).and(page.locator('[aria-selected=true]')).waitFor();

    const tags = await suggestionChips(page, shown[0]);
    await press('a');
    await option(page, shown[1]).and(page.locator('[aria-selected=true]')).waitFor();
    assert.equal((await chips(page, shown[0])).length, tags.length, 'accepted: the tags are confirmed');
    assert.deepEqual(await suggestionChips(page, shown[0]), []);
    for (const tag of tags) assert.equal(await count(page, tag), '1');

    const rejected = await suggestionChips(page, shown[1]);
    await press('x');
    await option(page, shown[2]).and(page.locator('[aria-selected=true]')).waitFor();
    assert.deepEqual(await suggestionChips(page, shown[1]), []);
    assert.deepEqual(await chips(page, shown[1]), []);

    await press('u');
    await page.waitForFunction(
      ([i, n]) => document.querySelectorAll(`.article [data-index="${i}"] .suggestion-chip`).length === n,
      [shown[1], rejected.length],
    );
    // Enter on the selected sentence accepts too.
    await press('[');
    await option(page, shown[1]).and(page.locator('[aria-selected=true]')).waitFor();
    await press('Enter');
    await option(page, shown[1]).locator('.chip').first().waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('accept all goes through its review list, and one undo takes it back', async () => {
    const { context, page, errors } = await openWithSuggestions(app.browser, app.url);
    const group = page.locator('.suggestion-tag[data-tag="commitments"]');
    const pending = Number(await group.locator('h3 .count').textContent());
    assert.ok(pending >= 3, `${pending} commitments suggested`);
    await group.locator('.accept-all').click();
    const rows = page.locator('.modal .review-list li');
    assert.equal(await rows.count(), pending);
    await rows.nth(1).locator('input[type=checkbox]').uncheck();
    await screenshot(page, 'suggestions-review');
    await page.locator('.modal button.primary', { hasText: `Accept ${pending - 1}` }).click();
    await page.locator('.modal').waitFor({ state: 'detached' });
    assert.equal(await count(page, 'commitments'), String(pending - 1));
    assert.equal(Number(await group.locator('h3 .count').textContent()), 1, 'the unticked one still waits');
    await page.keyboard.press('u');
    await page.waitForFunction(() => document.querySelector('.count[data-tag="commitments"]').textContent === '0');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('exports hold confirmed tags only, unless suggestions are asked for', async () => {
    const { context, page, errors } = await openWithSuggestions(app.browser, app.url);
    const shown = await suggested(page);
    await option(page, shown[0]).click();
    await page.keyboard.press('a');
    const plain = JSON.parse(await download(page, 'json'));
    assert.equal(plain.annotations.length, 1);
    assert.ok(plain.annotations.every((a) => a.tags.length > 0 && !('suggested' in a)));
    const plainW3c = JSON.parse(await download(page, 'w3c'));
    assert.equal(plainW3c.first.items.length, 1);

    await includeSuggestions(page, true);
    const withSuggestions = JSON.parse(await download(page, 'json'));
    const listed = withSuggestions.annotations.filter((a) => a.suggested);
    assert.equal(listed.length, shown.length - 1);
    assert.ok(listed.every((a) => a.suggested.every((s) => s.confidence > 0 && s.reason && s.cue)));
    const w3c = JSON.parse(await download(page, 'w3c'));
    const suggestions = w3c.first.items.filter((a) => a.motivation === 'tagging');
    assert.ok(suggestions.length >= listed.length);
    for (const s of suggestions) {
      assert.equal(s.body.purpose, 'tagging');
      assert.equal(s.generator.type, 'Software');
      assert.ok(s['sentag:confidence'] > 0);
    }
    const csv = await download(page, 'csv');
    assert.match(csv.split('\n')[0], /,suggested\r?$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("a user's own tag gets suggestions from its cue words, tried in the editor first", async () => {
    const { context, page, errors } = await openWithSuggestions(app.browser, app.url);
    await page.locator('.toolbar [data-command=tags]').click();
    await page.locator('.modal').waitFor();
    await page.locator('.modal button', { hasText: 'Add tag' }).click();
    const row = page.locator('.modal .tag-row').last();
    const cues = row.locator('.tag-cue-input');
    await cues.fill('招商, 项目*落地');
    await row.locator('.cue-test').waitFor();
    const said = await row.locator('.cue-test > span').textContent();
    const matching = Number(said.match(/\d+/)[0]);
    assert.ok(matching >= 2, said);
    await cues.press('Tab');
    await page.locator('.modal button.primary').click();
    await page.locator('.modal').waitFor({ state: 'detached' });
    const id = await page.locator('.suggestion-tag').last().getAttribute('data-tag');
    assert.ok(!['commitments', 'metrics', 'attendees'].includes(id), id);
    await page.waitForFunction(
      ([tag, n]) => document.querySelectorAll(`.article .suggestion-chip[data-tag="${tag}"]`).length === n,
      [id, matching],
    );
    assert.match(await page.locator('.suggestion-tag').last().locator('.reason').first().textContent(), /→ your cue word/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('switched off, no suggestion shows, and the choice outlives a reload', async () => {
    const { context, page, errors } = await openWithSuggestions(app.browser, app.url);
    await page.locator('.suggestions .switch input').uncheck();
    await page.locator('.article .sentence.suggested').first().waitFor({ state: 'detached' });
    await page.keyboard.press(']');
    await page.locator('.notices', { hasText: 'No suggestions left' }).waitFor();
    await page.reload();
    await page.locator('[role=option]').first().waitFor();
    assert.equal(await page.locator('.suggestions .switch input').isChecked(), false);
    assert.equal(await page.locator('.article .sentence.suggested').count(), 0);
    await page.locator('.suggestions .switch input').check();
    await page.locator('.article .sentence.suggested').first().waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const scheme of ['light', 'dark']) {
    test(`axe finds no serious violation with suggestions shown (${scheme})`, async () => {
      const { context, page } = await openWithSuggestions(app.browser, app.url, { colorScheme: scheme });
      await page.locator('.suggestion-tag .accept-all').first().click();
      for (const where of ['review', 'article']) {
        assert.deepEqual(await axeSerious(page), [], where);
        if (where === 'review') {
          await page.keyboard.press('Escape');
          await page.locator('.modal').waitFor({ state: 'detached' });
        }
      }
      await screenshot(page, `suggestions-${scheme}`);
      await context.close();
    });
  }
});
