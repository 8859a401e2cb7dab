// The PDF worker: pdf.js, loaded only when a PDF is opened, reads the positioned text
// of each page (static/pdf_extract.mjs); the decoder worker then lays it out as text.
// pdf.js runs its own "worker" here, in this thread, so no second worker starts.
//
// Protocol, as our other workers (src/web/worker.rs): posts "ready"; takes one
// { bytes }; answers { pages, title } (pages as JSON text) or { error } (`password`,
// `corrupt`). If pdf.js cannot be loaded (offline before it was cached), this module
// fails and the page gets the worker's error event.

import * as pdfjs from './pdf.min.mjs';
import { extract } from './pdf_extract.mjs';

// pdf.worker.min.mjs, loaded in a worker, would take this worker's messages as its own
// and greet the page; hiding postMessage while it loads keeps it to the in-thread role.
const post = self.postMessage;
self.postMessage = undefined;
globalThis.pdfjsWorker = await import('./pdf.worker.min.mjs');
self.postMessage = post;

const CMAPS = new URL('./cmaps/', import.meta.url).href;

self.onmessage = async ({ data }) => {
  try {
    const result = await extract(pdfjs, data.bytes, CMAPS);
    postMessage(result.error ? { error: result.error } : { pages: JSON.stringify(result.pages), title: result.title });
  } catch (error) {
    postMessage({ failed: error?.message ?? String(error) });
  }
};
postMessage('ready');
