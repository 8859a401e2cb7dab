// A phone and a tablet: the narrow layout (compact top bar, bottom toolbar, the side
// panel as a sheet), touch (tap, long press then taps for a range, a swipe that does
// nothing), nothing wider than the screen, 44 px targets, menus on screen, axe.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeSerious, chips, downloadExport, option, screenshot, useServedApp, watchConsole } from './support/harness.mjs';

const app = useServedApp();

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

async function openPhone(options = {}) {
  const context = await app.browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto(app.url);
  await page.locator('.article [role=option]').first().waitFor();
  return { context, page, errors };
}

/** A point inside sentence `index`'s first line (an inline box's centre may lie outside it). */
async function pointIn(page, index) {
  await option(page, index).scrollIntoViewIfNeeded();
  return option(page, index).evaluate((el) => {
    const r = el.getClientRects()[0];
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  });
}

const selected = (page) =>
  page.locator('.article [role=option][aria-selected=true]').evaluateAll((els) => els.map((e) => Number(e.dataset.index)));

/** What is wider than the screen, outside a container that scrolls sideways. */
const overflowing = (page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || (r.right <= width + 1 && r.left >= -1)) continue;
      let up = el.parentElement;
      while (up && !scrolls(up)) up = up.parentElement;
      if (!up || up === document.documentElement || up === document.body) out.push(`${el.tagName}.${el.className}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 5) };
  });

/** Visible controls smaller than 44 × 44 CSS px. */
const smallTargets = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button, summary, select, input:not([type=checkbox]), .menu-check')]
      .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
      .map((el) => [el, el.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0 && (r.width < 43.5 || r.height < 43.5))
      .map(([el, r]) => `${el.tagName}.${el.className} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );

/** Whether each tag button is on top at its centre (nothing covers it). */
const uncovered = (page) =>
  page.locator('.tag-button').evaluateAll((buttons) =>
    buttons.every((b) => {
      const r = b.getBoundingClientRect();
      return b.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    }),
  );

describe('a phone', () => {
  for (const [scheme, lang] of [['light', 'en'], ['dark', 'zh']]) {
    test(`the narrow layout fits the screen (${scheme}, ${lang})`, async () => {
      const { context, page, errors } = await openPhone({ colorScheme: scheme });
      if (lang === 'zh') {
        await page.locator('.menu-toggle').tap();
        await page.locator('.topbar-actions button[lang=zh]').tap();
        await page.locator('html[lang=zh]').waitFor();
        await page.locator('.topbar-menu').waitFor({ state: 'hidden' });
      }
      // The top bar is one row: the menu button and the title, which shows.
      const bar = await page.locator('.topbar').boundingBox();
      assert.ok(bar.height < 60, `top bar ${bar.height}px`);
      const title = await page.locator('.doc-title').boundingBox();
      assert.ok(title.width > 150, `title ${title.width}px`);
      // The toolbar is at the bottom, not covered, and takes at most a sixth of the screen.
      const bottom = await page.locator('.toolbar').boundingBox();
      assert.ok(Math.abs(bottom.y + bottom.height - 844) <= 1, `toolbar ends at ${bottom.y + bottom.height}`);
      assert.ok(bottom.height <= 844 / 6, `toolbar ${bottom.height}px`);
      assert.ok(await uncovered(page), 'a tag button is covered');
      assert.deepEqual(await overflowing(page), { scrollWidth: 390, width: 390, out: [] });
      assert.deepEqual(await smallTargets(page), []);
      await screenshot(page, `phone-${scheme}-${lang}`);
      assert.deepEqual(await axeSerious(page), []);

      // The menu opens below the bar, on screen, with its items 44 px tall.
      await page.locator('.menu-toggle').tap();
      await page.locator('.export-menu summary').tap();
      await page.locator('.export-menu .menu-items').waitFor();
      assert.deepEqual(await overflowing(page), { scrollWidth: 390, width: 390, out: [] });
      assert.deepEqual(await smallTargets(page), []);
      await screenshot(page, `phone-menu-${scheme}-${lang}`);
      assert.deepEqual(await axeSerious(page), []);

      // Esc closes the Export menu, then the menu; the side panel is a sheet over the
      // article, and its close button takes the focus.
      await page.keyboard.press('Escape');
      await page.locator('.export-menu .menu-items').waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => document.activeElement.matches('.export-menu summary')), true);
      await page.keyboard.press('Escape');
      await page.locator('.topbar-menu').waitFor({ state: 'hidden' });
      await page.locator('.panel-toggle').tap();
      await page.locator('#side-sheet.open .side-panel').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.className), 'ghost sheet-close');
      assert.deepEqual(await overflowing(page), { scrollWidth: 390, width: 390, out: [] });
      await screenshot(page, `phone-sheet-${scheme}-${lang}`);
      assert.deepEqual(await axeSerious(page), []);
      await page.keyboard.press('Escape');
      await page.locator('#side-sheet .side-panel').waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => document.activeElement.classList.contains('panel-toggle')), true);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('tap selects, a long press starts a range that taps extend, a tag button tags, export; a swipe does nothing', async () => {
    const { context, page, errors } = await openPhone();
    const cdp = await context.newCDPSession(page);
    const touch = (type, point) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: point ? [{ x: point.x, y: point.y }] : [] });

    const one = await pointIn(page, 1);
    await page.touchscreen.tap(one.x, one.y);
    await page.waitForFunction(() => document.querySelector('.article [data-index="1"]').ariaSelected === 'true');
    assert.deepEqual(await selected(page), [1]);

    // A long press on sentence 3: the range starts there, and says so.
    const three = await pointIn(page, 3);
    await touch('touchStart', three);
    await page.locator('.range-hint').waitFor();
    await touch('touchEnd');
    assert.deepEqual(await selected(page), [3]);
    assert.match(await page.locator('[data-live]').textContent(), /^Range/);
    // Taps extend it.
    const five = await pointIn(page, 5);
    await page.touchscreen.tap(five.x, five.y);
    await page.waitForFunction(() => document.querySelectorAll('.article [aria-selected=true]').length === 3);
    assert.deepEqual(await selected(page), [3, 4, 5]);
    await screenshot(page, 'phone-range');
    // A tag button tags them all, and ends the range.
    const metrics = page.locator('.tag-button', { hasText: 'metrics' });
    const box = await metrics.boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.range-hint').waitFor({ state: 'detached' });
    for (const i of [3, 4, 5]) assert.ok((await chips(page, i)).includes('metrics'), `sentence ${i}`);
    const six = await pointIn(page, 6);
    await page.touchscreen.tap(six.x, six.y);
    await page.waitForFunction(() => document.querySelectorAll('.article [aria-selected=true]').length === 1);
    assert.deepEqual(await selected(page), [6]);

    // Export from the menu.
    await page.locator('.menu-toggle').tap();
    const { name, body } = await downloadExport(page, 'json');
    assert.match(name, /\.json$/);
    const tagged = JSON.parse(body).annotations.filter((a) => a.tags?.includes('metrics'));
    assert.ok(tagged.length >= 3);

    // The sheet lists them; a tap on one jumps to it and the sheet gives way.
    await page.locator('.panel-toggle').tap();
    const item = page.locator('#side-sheet .digest-tag[data-tag=metrics] button[data-index="4"]');
    await item.tap();
    await page.locator('#side-sheet .side-panel').waitFor({ state: 'hidden' });
    assert.deepEqual(await selected(page), [4]);

    // A swipe across a sentence starts nothing. To know that its long press would have
    // fired by now, a long press on another sentence, begun after it, must have fired.
    await option(page, 7).evaluate((el) => {
      window.__swiped = false;
      new MutationObserver(() => (window.__swiped ||= el.ariaSelected === 'true')).observe(el, { attributes: true });
    });
    const seven = await pointIn(page, 7);
    await touch('touchStart', seven);
    for (let dx = 10; dx <= 150; dx += 10) await touch('touchMove', { x: seven.x + dx, y: seven.y });
    await touch('touchEnd');
    const two = await pointIn(page, 2);
    await touch('touchStart', two);
    await page.locator('.range-hint').waitFor();
    await touch('touchEnd');
    assert.deepEqual(await selected(page), [2]);
    assert.equal(await page.evaluate(() => window.__swiped), false, 'the swipe selected sentence 7');

    assert.deepEqual(errors, []);
    await context.close();
  });

  test('in forced colours (high contrast) the phone layout passes axe, the sheet open too', async () => {
    const { context, page, errors } = await openPhone({ forcedColors: 'active' });
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    assert.deepEqual(await axeSerious(page), []);
    await page.locator('.panel-toggle').tap();
    await page.locator('#side-sheet.open .side-panel').waitFor();
    assert.deepEqual(await axeSerious(page), []);
    await screenshot(page, 'phone-forced-colors');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('at 320 px nothing is wider than the screen, and pinch zoom stays on', async () => {
    const { context, page, errors } = await openPhone({ viewport: { width: 320, height: 640 } });
    assert.deepEqual(await overflowing(page), { scrollWidth: 320, width: 320, out: [] });
    const viewport = await page.locator('meta[name=viewport]').getAttribute('content');
    assert.doesNotMatch(viewport, /user-scalable\s*=\s*(no|0)|maximum-scale/);
    await screenshot(page, 'phone-320');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('a tablet', () => {
  test('at 768 × 1024 the toolbar is on top and the side panel below the article', async () => {
    const { context, page, errors } = await openPhone({ viewport: { width: 768, height: 1024 }, isMobile: true });
    assert.deepEqual(await overflowing(page), { scrollWidth: 768, width: 768, out: [] });
    const toolbar = await page.locator('.toolbar').boundingBox();
    assert.ok(toolbar.y < 120, `toolbar at ${toolbar.y}`);
    assert.ok(await page.locator('.side-panel').isVisible());
    assert.equal(await page.locator('.panel-toggle').isVisible(), false);
    assert.ok(await uncovered(page));
    await screenshot(page, 'tablet');
    assert.deepEqual(await axeSerious(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
