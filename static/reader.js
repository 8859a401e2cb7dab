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

function sentagReadPage(html) {
  const page = new DOMParser().parseFromString(html, 'text/html');
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
