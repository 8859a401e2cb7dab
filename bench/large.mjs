// A very long article (100,000 sentences): the load from navigation, the longest
// tasks, tag toggles against the baseline's click, and memory.

import { generateArticle } from './article.mjs';
import { domNodes, memory } from './browser.mjs';
import { baselineToggles, toggles } from './interact.mjs';
import { afterToggle, navigationRounds, serveText } from './navigation.mjs';

/** The app's JS heap, wasm memory and DOM nodes after a collection. */
async function footprint(page) {
  return { ...(await memory(page, { gc: true })), nodes: await domNodes(page) };
}

export async function large(browser, url, css, { count, rounds, toggleCount }) {
  const { text, sentences } = generateArticle(count);
  const src = await serveText(`article-${count / 1000}k.txt`, text);
  const runs = await navigationRounds(browser, url, { src, want: sentences.length, css, rounds, keep: true });
  const { sentag, baseline } = runs.kept;
  try {
    const memoryOf = { sentag: await footprint(sentag.page), baseline: await footprint(baseline.page) };
    const toggled = await toggles(sentag.page, toggleCount);
    const clicked = await baselineToggles(baseline.page, toggleCount);
    runs.toggle.push(await afterToggle(sentag.page));
    return { ...runs, count: sentences.length, chars: text.length, bytes: Buffer.byteLength(text), memory: memoryOf, toggled, clicked };
  } finally {
    await sentag.context.close();
    await baseline.context.close();
  }
}
