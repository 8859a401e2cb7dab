// A deterministic long article for the benchmark and the 10,000-sentence test:
// Chinese and English sentences mixed, in paragraphs of 2 to 9 sentences, each
// sentence unambiguous to any segmenter (one terminator, at its end).

const HAN = '天心区召开招商引资工作动员大会优化营商环境推动高质量发展新引进重大项目企业服务人才资金供应链创新';
const WORDS = ['the', 'committee', 'approved', 'new', 'plan', 'for', 'growth', 'report', 'city', 'budget', 'rose', 'sharply', 'today', 'officials', 'said'];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `count` sentences, as `{ text, sentences, spans }`, the same for the same seed.
 * `spans` are each sentence's `[start, end)` in code points (all text here is in
 * the Basic Multilingual Plane, so JavaScript string offsets are code points).
 */
export function generateArticle(count = 10000, seed = 42) {
  const next = random(seed);
  const pick = (n) => Math.floor(next() * n);
  const sentences = [];
  for (let i = 0; i < count; i += 1) {
    if (next() < 0.5) {
      let s = '';
      for (let k = 0, n = 8 + pick(20); k < n; k += 1) s += HAN[pick(HAN.length)];
      sentences.push(`${s}${i}号。`);
    } else {
      const words = Array.from({ length: 5 + pick(12) }, () => WORDS[pick(WORDS.length)]);
      words[0] = words[0][0].toUpperCase() + words[0].slice(1);
      sentences.push(`${words.join(' ')} number ${i}.`);
    }
  }
  const paragraphs = [];
  const spans = [];
  let offset = 0;
  for (let i = 0; i < sentences.length; ) {
    const n = 2 + pick(8);
    const group = sentences.slice(i, i + n);
    for (const s of group) {
      spans.push([offset, offset + s.length]);
      offset += s.length + 1;
    }
    paragraphs.push(group.join(' '));
    i += n;
  }
  return { text: paragraphs.join('\n'), sentences, spans };
}
