// Hosting under a strict Content Security Policy and a sub-path: the app runs, tags
// and colours its tags, and its decoder and export workers run, with no violation.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { FIXTURES, screenshot, underStrictCsp } from './support/harness.mjs';

describe('strict CSP', () => {
  test('the app runs under the policy make dist prints, on a sub-path, with no violation', async () => {
    await underStrictCsp(async (page, policy) => {
      assert.doesNotMatch(policy, /unsafe-inline/);
      await page.keyboard.press('j');
      await page.keyboard.press('1');
      const chip = page.locator('.article [data-index="0"] .chip');
      assert.equal(await chip.textContent(), 'commitments');
      assert.equal(await chip.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(31, 122, 77)');
      assert.equal(await page.locator('.overview .tick').count(), 1);
      await screenshot(page, 'csp-subpath');
      // The decoder worker starts and compiles its wasm under the same policy.
      await page.locator('#file-input').setInputFiles(path.join(FIXTURES, 'gbk-article.txt'));
      await page.locator('.encoding', { hasText: 'GBK' }).waitFor();
      // So does the export worker.
      await page.locator('.export-menu summary').click();
      await Promise.all([page.waitForEvent('download'), page.locator('[data-export=w3c]').click()]);
    });
  });
});
