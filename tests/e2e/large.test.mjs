// Correctness at 10,000 sentences (windowed rendering): everything still tags,
// filters, jumps and exports right. No timing here: timing lives in `make bench`.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateArticle } from '../../bench/article.mjs';
import { ROOT, openApp, screenshot, useServedApp } from './support/harness.mjs';

const app = useServedApp();

describe('a 10,000-sentence article', () => {
  test('opens with progress, tags, filters, jumps and exports right', async () => {
    const { text, sentences } = generateArticle(10000);
    const { context, page, errors } = await openApp(app.browser, app.url);
    await page.locator('#file-input').setInputFiles({ name: 'long-report.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.locator('.doc-title', { hasText: 'long-report' }).waitFor();
    assert.equal(await page.locator('.count[data-tag=untagged]').textContent(), '10000');

    // Windowed: far paragraphs are plain text, yet all the text is on the page.
    const drawn = await page.locator('.article [role=option]').count();
    assert.ok(drawn < 2000, `only near paragraphs are drawn in full (${drawn})`);
    assert.ok((await page.locator('.article').textContent()).includes(sentences[9999]));

    await page.keyboard.press('j');
    await page.keyboard.press('1');
    await page.locator('#search-input').fill(sentences[9999]);
    await page.locator('#search-input').press('Enter');
    const last = page.locator('.article [data-index="9999"][aria-selected=true]');
    await last.waitFor();
    await last.click();
    await page.keyboard.press('2');
    assert.equal(await page.locator('.count[data-tag=commitments]').textContent(), '1');
    assert.equal(await page.locator('.count[data-tag=metrics]').textContent(), '1');
    assert.deepEqual(await last.locator('.chip').allTextContents(), ['metrics']);
    await screenshot(page, 'large-last-sentence');

    await page.locator('.count-row', { hasText: 'metrics' }).locator('input').click();
    await page.waitForFunction(() => document.querySelectorAll('.article [role=option]').length === 1);
    assert.equal(await page.locator('.article .sentence-text').textContent(), sentences[9999]);
    await page.locator('.show-all').click();

    // Scrolling draws the blocks it comes near in full.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.waitForFunction((n) => document.querySelectorAll('.article [role=option]').length > n, drawn);

    // Printing draws every block, so the printed copy shows every tag, not only
    // those near the reader (sentences 0 and 9999 are far from here, unselected).
    await page.locator('.article [role=option]').nth(3).click();
    await mkdir(path.join(ROOT, 'target', 'e2e'), { recursive: true });
    const pdf = path.join(ROOT, 'target', 'e2e', 'large-print.pdf');
    await page.pdf({ path: pdf });
    const { stdout: printed } = await promisify(execFile)('pdftotext', [pdf, '-'], { maxBuffer: 64 << 20 });
    assert.match(printed, /\[commitments\]/);
    assert.match(printed, /\[metrics\]/);
    assert.match(printed, /9999/, 'the whole text is printed');
    await page.waitForFunction(() => document.querySelectorAll('.article [role=option]').length < 2000);

    await page.locator('.export-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=json]').click()]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.deepEqual(exported.annotations.map((a) => [a.quote.exact, a.tags]), [
      [sentences[0], ['commitments']],
      [sentences[9999], ['metrics']],
    ]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('windowing goes both ways, a reload comes back to the same place, a merge keeps it', async () => {
    const { text, sentences, spans } = generateArticle(10000);
    const { context, page, errors } = await openApp(app.browser, app.url);
    await page.locator('#file-input').setInputFiles({ name: 'long-report.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.locator('.doc-title', { hasText: 'long-report' }).waitFor();
    assert.equal(await page.locator('.article [data-index="0"]').count(), 1);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.6));
    // The blocks passed go back to plain text (the first stays drawn: it holds the
    // keyboard's tab stop); the blocks here are drawn in full.
    await page.waitForFunction(() => !document.querySelector('.article [data-index="200"]'));
    const firstBelow200 = () => {
      const hit = [...document.querySelectorAll('.article [role=option]')].find((s) => s.getBoundingClientRect().bottom > 200);
      return hit && hit.getBoundingClientRect().top < 400 ? hit.dataset.index : null;
    };
    // Read once the windowing has settled (the same sentence two frames running):
    // the place saved on reload is the settled one.
    const before = await page.evaluate(async (source) => {
      const first = new Function(`return (${source})()`);
      const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      let last = first();
      for (let i = 0; i < 600; i += 1) {
        await frames();
        const now = first();
        if (now !== null && now === last) return now;
        last = now;
      }
      return last;
    }, firstBelow200.toString());
    const drawn = await page.locator('.article [role=option]').count();
    assert.ok(drawn < 2000, `only near blocks are drawn in full (${drawn})`);
    assert.ok(Number(before) > 4000, `scrolled into the article (sentence ${before})`);
    assert.ok((await page.locator('.article').textContent()).includes(sentences[200]), 'far text stays on the page');

    await page.reload();
    await page.locator('.doc-title', { hasText: 'long-report' }).waitFor();
    await page.waitForFunction(`(${firstBelow200})() === ${JSON.stringify(before)}`);

    // A merge here changes the blocks; the ones in view stay drawn in full.
    let index = Number(before);
    while (text[spans[index][1]] !== ' ') index += 1; // the next one in its paragraph
    await page.locator(`.article [data-index="${index}"]`).click();
    await page.keyboard.press('m');
    await page.locator('.count[data-tag=untagged]', { hasText: '9999' }).waitFor();
    assert.equal(await page.locator(`.article [data-index="${index}"] .sentence-text`).textContent(), `${sentences[index]} ${sentences[index + 1]}`);
    await page.waitForFunction((i) => document.querySelector(`.article [data-index="${i + 5}"]`), index);

    // A click at nine tenths of the overview strip jumps nine tenths into the text.
    const strip = await page.locator('.overview').boundingBox();
    await page.mouse.click(strip.x + strip.width / 2, strip.y + strip.height * 0.9);
    const jumped = await (
      await page.waitForFunction((merged) => {
        const selected = document.querySelector('.article [aria-selected=true]')?.dataset.index;
        return selected !== String(merged) && selected;
      }, index)
    ).jsonValue();
    // Sentences after the merged one moved down by one.
    assert.ok(Math.abs(spans[Number(jumped) + 1][0] / text.length - 0.9) < 0.01, `jumped to sentence ${jumped}`);
    await page.locator(`.article [data-index="${jumped}"]`).waitFor();

    assert.deepEqual(errors, []);
    await context.close();
  });
});
