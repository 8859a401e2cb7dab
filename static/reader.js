// The reader view's side in JavaScript: src/web/reader.rs loads it, with Mozilla's
// Readability, only when a web page is opened. sentagReadPage parses the page with
// DOMParser, into an inert document: no script runs, nothing is fetched, nothing is
// shown. It returns the page and the walk through its body; sentagFindArticle then
// returns the article Readability finds in it, if any, with the walk through its
// content. A walk is what core::html_blocks makes blocks of: '<tag' or '<ol 3' (an
// element starts, with its start attribute), '>tag' (it ends), '#text' (a text node).
/* global Readability, isProbablyReaderable */
/* exported sentagReadPage, sentagFindArticle */

function sentagWalk(root) {
  const out = [];
  const visit = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
        out.push('#' + child.nodeValue);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.localName.toLowerCase();
        const start = child.getAttribute('start');
        out.push('<' + tag + (start === null ? '' : ' ' + start));
        visit(child);
        out.push('>' + tag);
      }
    }
  };
  if (root) visit(root);
  return out;
}

// A start tag with its attributes, quoted or not, as the HTML tokenizer reads one (no
// `<` in a name or an unquoted value, so that a search never runs on past a new tag).
const sentagStartTag = /<[a-zA-Z][^\s/<>]*(?:\s+[^\s/<>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>]*))?|\s*\/)*\s*>/g;
const sentagStyleAttribute = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi;

/** `html` without its <style> elements: each runs to the first `</style`, as in HTML. */
function sentagWithoutStyleElements(html) {
  const open = /<style[\s/>]/gi;
  const close = /<\/style[^>]*>?/gi;
  let out = '';
  let at = 0;
  while (open.exec(html)) {
    out += html.slice(at, open.lastIndex - 7);
    close.lastIndex = open.lastIndex;
    if (!close.exec(html)) return out;
    at = close.lastIndex;
    open.lastIndex = at;
  }
  return out + html.slice(at);
}

function sentagReadPage(html) {
  // The page's styles go first, <style> elements and style attributes: even in an
  // inert document the app's strict Content-Security-Policy refuses each one as it is
  // parsed, and logs it. They hold no text. Style attributes are taken out of start
  // tags only.
  const unstyled = sentagWithoutStyleElements(html).replace(sentagStartTag, (tag) => tag.replace(sentagStyleAttribute, ''));
  const page = new DOMParser().parseFromString(unstyled, 'text/html');
  return { page, whole: sentagWalk(page.body) };
}

function sentagFindArticle(page, minContentLength, charThreshold) {
  if (!isProbablyReaderable(page, { minContentLength })) return null;
  // Readability changes the document it reads: it reads a copy. Its content comes
  // back as an element (the serializer), not as HTML to parse again.
  const found = new Readability(page.cloneNode(true), { charThreshold, serializer: (el) => el }).parse();
  if (!found || !found.content) return null;
  return { title: found.title ?? '', byline: found.byline ?? null, walk: sentagWalk(found.content) };
}
