// Several tabs of one browser profile on the same document: a stale tab never
// overwrites newer work, edits in two tabs both survive, the same sentence edited in
// two tabs asks the user, and a burst of edits closed at once is all there.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chips, launchProfile, option, serveDist, watchConsole } from './support/harness.mjs';

let server;
let url;
before(async () => {
  ({ server, url } = await serveDist());
});
after(() => server?.close());

/** A profile in a fresh folder, to launch (and launch again) and finally remove. */
async function profile() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sentag-profile-'));
  const launch = () => launchProfile(dir);
  return { dir, launch, remove: () => rm(dir, { recursive: true, force: true }) };
}

async function tab(context) {
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto(url);
  await page.locator('[role=option]').first().waitFor();
  return { page, errors };
}

/** Closes a tab as a user does: `pagehide` and `beforeunload` run. */
const closeTab = (page) => page.close({ runBeforeUnload: true });

/** The marks stored for the open document: its head names chunks of `[at, tags, …]`. */
const storedMarks = (page) =>
  page.evaluate(() => {
    const body = (value) => value.slice(value.indexOf('\n') + 1);
    // The id is stored as JSON, which is how the app reads it back at start.
    const id = JSON.parse(localStorage.getItem('sentag.current'));
    const head = JSON.parse(body(localStorage.getItem(`sentag.state.${id}`)));
    return head.chunks.filter(Boolean).flatMap((name) => JSON.parse(body(localStorage.getItem(`sentag.chunk.${name}`))));
  });

const waitForChip = (page, index, label) =>
  option(page, index).locator('.chip', { hasText: label }).waitFor();

describe('several tabs', () => {
  test('a stale tab closed last does not erase the newer tab\'s tags', async () => {
    const p = await profile();
    try {
      let context = await p.launch();
      const b = await tab(context);
      const a = await tab(context);
      await option(b.page, 6).click();
      await option(a.page, 1).click();
      for (const key of ['1', 'j', '2', 'j', '3']) await a.page.keyboard.press(key);
      await a.page.waitForFunction(() => {
        const [entry] = JSON.parse(localStorage.getItem('sentag.docs') ?? '[]');
        return entry?.counts.reduce((sum, [, n]) => sum + n, 0) === 3;
      });
      assert.equal((await storedMarks(a.page)).length, 3);
      // B learns of it quietly, with no unsaved change of its own, and keeps its place.
      await waitForChip(b.page, 3, 'attendees');
      assert.equal(await b.page.locator('.conflict-dialog').count(), 0);
      assert.equal(await option(b.page, 6).getAttribute('aria-selected'), 'true');
      await closeTab(a.page);
      await closeTab(b.page);
      await context.close();

      context = await p.launch();
      const again = await tab(context);
      assert.deepEqual(await chips(again.page, 1), ['commitments']);
      assert.deepEqual(await chips(again.page, 2), ['metrics']);
      assert.deepEqual(await chips(again.page, 3), ['attendees']);
      assert.deepEqual([...a.errors, ...b.errors, ...again.errors], []);
      await context.close();
    } finally {
      await p.remove();
    }
  });

  test('two tabs tagging different sentences: both tags survive', async () => {
    const p = await profile();
    try {
      let context = await p.launch();
      const a = await tab(context);
      const b = await tab(context);
      await option(a.page, 2).click();
      await option(b.page, 5).click();
      // Close together: neither waits for the other's save.
      await Promise.all([a.page.keyboard.press('1'), b.page.keyboard.press('2')]);
      for (const { page } of [a, b]) {
        await waitForChip(page, 2, 'commitments');
        await waitForChip(page, 5, 'metrics');
      }
      await closeTab(a.page);
      await closeTab(b.page);
      await context.close();

      context = await p.launch();
      const again = await tab(context);
      assert.deepEqual(await chips(again.page, 2), ['commitments']);
      assert.deepEqual(await chips(again.page, 5), ['metrics']);
      await context.close();
    } finally {
      await p.remove();
    }
  });

  test('two tabs tagging the same sentence: the user chooses, the other version is kept', async () => {
    const p = await profile();
    try {
      const context = await p.launch();
      const a = await tab(context);
      const b = await tab(context);
      await option(a.page, 2).click();
      await option(b.page, 2).click();
      await Promise.all([a.page.keyboard.press('1'), b.page.keyboard.press('3')]);
      // Whichever tab saves second finds the clash.
      const asked = await Promise.race(
        [a, b].map(async (t) => {
          await t.page.locator('.conflict-dialog').waitFor();
          return t;
        }),
      );
      const other = asked === a ? b : a;
      const mine = asked === a ? 'commitments' : 'attendees';
      const theirs = asked === a ? 'attendees' : 'commitments';
      assert.match(await asked.page.locator('.conflict-dialog').textContent(), /sentence 3/);
      // Esc does not make the choice for the user.
      await asked.page.keyboard.press('Escape');
      assert.equal(await asked.page.locator('.conflict-dialog').count(), 1);

      await asked.page.locator('[data-choice=mine]').click();
      await asked.page.locator('.conflict-dialog').waitFor({ state: 'detached' });
      assert.deepEqual(await chips(asked.page, 2), [mine]);
      // The other tab, with nothing unsaved, follows quietly.
      await waitForChip(other.page, 2, mine);
      assert.deepEqual(await chips(other.page, 2), [mine]);
      assert.deepEqual((await storedMarks(asked.page)).map(([, tags]) => tags), [[mine]]);

      // The version not kept is a copy in Recent documents, with its tag.
      await asked.page.locator('.file-menu summary').click();
      await asked.page.locator('.file-menu .menu-item', { hasText: 'Recent documents' }).click();
      const copy = asked.page.locator('.recent-row', { hasText: 'copy from another tab' });
      await copy.locator('.recent-open').click();
      await waitForChip(asked.page, 2, theirs);
      assert.deepEqual(await chips(asked.page, 2), [theirs]);
      await context.close();
    } finally {
      await p.remove();
    }
  });

  test('a burst of 100 edits closed at once is all there after a restart', async () => {
    const p = await profile();
    try {
      let context = await p.launch();
      const { page } = await tab(context);
      const count = await page.locator('.article [role=option]').count();
      assert.ok(count > 26, `the sample has ${count} sentences`);
      // 100 toggles, four on each of 25 sentences; the model of what they leave:
      const expected = Array.from({ length: 25 }, () => new Set());
      const labels = ['commitments', 'metrics', 'attendees'];
      await option(page, 0).click();
      for (let k = 0; k < 100; k++) {
        const tag = labels[(k * k + k) % 3];
        await page.keyboard.press(String(labels.indexOf(tag) + 1));
        const set = expected[Math.floor(k / 4)];
        set.has(tag) ? set.delete(tag) : set.add(tag);
        if (k % 4 === 3) await page.keyboard.press('j');
      }
      await closeTab(page);
      await context.close();

      context = await p.launch();
      const again = await tab(context);
      assert.ok(expected.some((set) => set.size > 0), 'the burst leaves tags');
      for (let i = 0; i < 25; i++) {
        const want = labels.filter((l) => expected[i].has(l));
        assert.deepEqual((await chips(again.page, i)).sort(), want.sort(), `sentence ${i + 1}`);
      }
      await context.close();
    } finally {
      await p.remove();
    }
  });
});
