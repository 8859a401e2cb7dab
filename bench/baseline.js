// The plain-JavaScript baseline: split with a simple regex and render the same spans
// sentag renders, with no framework, then make them clickable. `?src=` fetches a text
// and renders it at once, as sentag opens its `?src=`; otherwise the Open button
// renders the textarea's text.

const params = new URLSearchParams(location.search);
const css = params.get('css');
if (css) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = css;
  document.head.append(link);
}

const SENTENCE = /[^。！？.!?]+[。！？.!?]+[”’」』）)]*/g;

function render(text) {
  const article = document.querySelector('.article');
  const fragment = document.createDocumentFragment();
  let index = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const p = document.createElement('p');
    p.className = 'paragraph';
    p.setAttribute('role', 'group');
    for (const match of line.match(SENTENCE) ?? [line]) {
      const span = document.createElement('span');
      span.className = 'sentence';
      span.setAttribute('role', 'option');
      span.setAttribute('aria-selected', 'false');
      span.dataset.index = String(index);
      span.tabIndex = index === 0 ? 0 : -1;
      const inner = document.createElement('span');
      inner.className = 'sentence-text';
      inner.textContent = match.trim();
      span.append(inner);
      p.append(span, ' ');
      index += 1;
    }
    fragment.append(p);
  }
  article.replaceChildren(fragment);
  article.dataset.count = String(index);
}

document.querySelector('.article').addEventListener('click', (event) => {
  const sentence = event.target.closest('.sentence');
  if (!sentence) return;
  document.querySelector('.sentence.selected')?.classList.remove('selected');
  sentence.classList.add('selected');
  sentence.setAttribute('aria-selected', 'true');
});

document.querySelector('.open').addEventListener('click', () => {
  render(document.querySelector('.paste-text').value);
});

const src = params.get('src');
if (src) {
  fetch(src)
    .then((response) => response.text())
    .then(render);
}
