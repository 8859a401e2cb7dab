// Hosting under a strict Content Security Policy and a sub-path: the app runs, tags
// and colours its tags, and its decoder and export workers run, with no violation.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { policyFor } from '../../scripts/csp.mjs';
import { ROOT, launchBrowser, openApp, screenshot, serveDist } from './support/harness.mjs';

describe('strict CSP', () => {
  test('the app runs under the policy make dist prints, on a sub-path, with no violation', async () => {
    const policy = await policyFor(path.join(ROOT, 'dist'));
    assert.doesNotMatch(policy, /unsafe-inline/);
    const { server, url } = await serveDist({ base: '/some/sub/path/', headers: { 'content-security-policy': policy } });
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      const console = [];
      page.on('console', (m) => m.type() === 'error' && console.push(m.text()));
      await page.goto(url);
      await page.locator('.article [role=option]').first().waitFor();
      await page.keyboard.press('j');
      await page.keyboard.press('1');
      const chip = page.locator('.article [data-index="0"] .chip');
      assert.equal(await chip.textContent(), 'commitments');
      assert.equal(await chip.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(31, 122, 77)');
      assert.equal(await page.locator('.overview .tick').count(), 1);
      await screenshot(page, 'csp-subpath');
      // The decoder worker starts and compiles its wasm under the same policy.
      await page.locator('#file-input').setInputFiles(path.join(ROOT, 'tests', 'e2e', 'fixtures', 'gbk-article.txt'));
      await page.locator('.encoding', { hasText: 'GBK' }).waitFor();
      // So does the export worker.
      await page.locator('.export-menu summary').click();
      await Promise.all([page.waitForEvent('download'), page.locator('[data-export=w3c]').click()]);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(console, []);
      await context.close();
    } finally {
      await browser.close();
      server.close();
    }
  });
});
