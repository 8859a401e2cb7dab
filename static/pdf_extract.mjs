// The text of a PDF as positioned pieces per page, with pdf.js: what the PDF worker
// (static/pdf_worker.mjs) sends on, and what scripts/make-pdf-fixtures.mjs records for
// the native tests of the layout (src/core/pdf_layout.rs), which does everything else.

/** pdf.js's options: no eval (strict CSP), no fonts loaded, CMaps from `cMapUrl`. */
export const options = (data, cMapUrl) => ({
  data,
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  // In a worker there is no `document`, which pdf.js's page-side fetch needs; with
  // this it fetches the CMaps itself, with plain fetch().
  useWorkerFetch: true,
  useWasm: false,
  stopAtErrors: false,
  cMapUrl,
  cMapPacked: true,
  verbosity: 0,
});

const round = (v) => Math.round(v * 100) / 100;

/** One page's pieces of text, upright, y from the top; rotated text is left out. */
async function pageItems(pdfjs, page) {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = [];
  for (const item of content.items) {
    if (!item.str) continue;
    const [a, b, c, d, x, y] = pdfjs.Util.transform(viewport.transform, item.transform);
    const size = Math.hypot(c, d);
    if (!(size > 0) || a <= 0 || Math.abs(b) > 0.01 * size || Math.abs(c) > 0.01 * size) continue;
    items.push({ str: item.str, x: round(x), y: round(y), width: round(item.width), height: round(size) });
  }
  return { width: round(viewport.width), height: round(viewport.height), items };
}

/**
 * `{ pages, title }` for the PDF in `data`, or `{ error }`: `password` when it needs
 * one, `corrupt` when pdf.js cannot read it (or any of its pages). `overrides` are
 * for Node.js, which reads the CMaps from files.
 */
export async function extract(pdfjs, data, cMapUrl, overrides = {}) {
  let doc;
  try {
    doc = await pdfjs.getDocument({ ...options(data, cMapUrl), ...overrides }).promise;
  } catch (error) {
    return { error: error?.name === 'PasswordException' ? 'password' : 'corrupt' };
  }
  try {
    const pages = [];
    let failed = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        pages.push(await pageItems(pdfjs, page));
        page.cleanup();
      } catch {
        failed += 1;
      }
    }
    if (failed > 0 && failed === doc.numPages) return { error: 'corrupt' };
    const meta = await doc.getMetadata().catch(() => null);
    const title = typeof meta?.info?.Title === 'string' ? meta.info.Title : '';
    return { pages, title };
  } finally {
    await doc.destroy();
  }
}
