// Bytes downloaded on a first and on a repeat visit, in a browser profile that keeps
// its HTTP cache and service worker between the two, as a visitor's does.

import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { EXECUTABLE, FLAGS, IDLE, ROOT, VIEWPORT, deadline, recordTasks } from './browser.mjs';
import { loadMarks, watchLoad } from './navigation.mjs';

/** The app's own wasm (not the workers'), as Trunk names it. */
const APP_WASM = /\/sentag-[0-9a-f]+_bg\.wasm$/;

/**
 * Every request of the context, the page's and the service worker's (Playwright
 * reports a Chromium service worker's requests on the context), with its bytes on the
 * wire: the encoded body and the response headers (CDP `Network.loadingFinished`'s
 * `encodedDataLength`). A page request the service worker answered is marked `fromWorker`.
 * A request the server never saw was answered by the HTTP cache: no bytes (the
 * service worker takes the app's hashed files from there).
 */
class Ledger {
  constructor(context, server) {
    this.entries = [];
    this.phase = 'first';
    this.inflight = new Map();
    this.waiters = [];
    this.served = new Map();
    server.on('request', (req) => {
      const key = `${this.phase} ${new URL(req.url, 'http://x').pathname}`;
      this.served.set(key, (this.served.get(key) ?? 0) + 1);
    });
    context.on('request', (request) => this.inflight.set(request, this.phase));
    context.on('requestfinished', (request) => this.#done(request, false));
    context.on('requestfailed', (request) => this.#done(request, true));
  }

  async #done(request, failed) {
    const phase = this.inflight.get(request) ?? this.phase;
    const key = `${phase} ${new URL(request.url()).pathname}`;
    const seen = this.served.get(key) ?? 0;
    if (seen > 0) this.served.set(key, seen - 1);
    const cached = !failed && seen === 0;
    const response = failed ? null : await request.response().catch(() => null);
    const sizes = failed ? null : await request.sizes().catch(() => null);
    const fromWorker = response?.fromServiceWorker() ?? false;
    const free = fromWorker || cached;
    const headers = free ? 0 : (sizes?.responseHeadersSize ?? 0);
    let body = free ? 0 : Math.max(0, sizes?.responseBodySize ?? 0);
    // CDP gives no body bytes for the service worker's own script; the server sends files
    // as they are (no compression), so the file's size is taken.
    const size = !failed && !free && body === 0 ? ((await stat(fileFor(request.url())).catch(() => null))?.size ?? 0) : 0;
    const corrected = size > 0;
    if (corrected) body = size;
    this.entries.push({ phase, url: request.url(), worker: Boolean(request.serviceWorker()), fromWorker, cached, bytes: headers + body, body, corrected, failed });
    this.inflight.delete(request);
    this.#check();
  }

  #check() {
    this.waiters = this.waiters.filter(({ test, resolve }) => !(test() && (resolve(), true)));
  }

  /** Resolves once `test()` holds (checked after every finished request), or after `ms`. */
  until(test, ms = 30000) {
    return new Promise((resolve) => {
      if (test()) return resolve(true);
      const timer = setTimeout(() => resolve(false), ms);
      this.waiters.push({ test, resolve: () => (clearTimeout(timer), resolve(true)) });
    });
  }

  /** What one visit downloaded: the page's own requests and the service worker's. */
  summary(phase) {
    const of = this.entries.filter((e) => e.phase === phase && !e.failed);
    const page = of.filter((e) => !e.worker && !e.fromWorker);
    const worker = of.filter((e) => e.worker);
    const sum = (xs) => xs.reduce((total, e) => total + e.bytes, 0);
    return {
      page: { bytes: sum(page), requests: page.length },
      worker: { bytes: sum(worker), requests: worker.length },
      answeredByWorker: of.filter((e) => e.fromWorker).length,
      wasm: of
        .filter((e) => APP_WASM.test(e.url))
        .map((e) => `${e.worker ? 'worker' : e.fromWorker ? 'page, from the worker' : 'page'}${e.cached ? ', HTTP cache' : ''}`),
      downloaded: [...page, ...worker],
      corrected: of.filter((e) => e.corrected).map((e) => new URL(e.url).pathname),
      failed: this.entries.filter((e) => e.phase === phase && e.failed).length,
    };
  }
}

/** Resource Timing's count in a global (a page or the service worker): transferSize summed. */
const TRANSFERRED = () =>
  [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce(
    (total, e) => total + e.transferSize,
    0,
  );

/** The file the server sends for `url` (it serves the repo root). */
function fileFor(url) {
  const file = path.join(ROOT, decodeURIComponent(new URL(url).pathname));
  return file.endsWith(path.sep) ? path.join(file, 'index.html') : file;
}

/** The bytes of `entries` had the server sent each body gzipped (level 6), headers as they were. */
async function gzipped(entries) {
  let total = 0;
  for (const e of entries) {
    const body = await readFile(fileFor(e.url)).catch(() => null);
    total += body ? e.bytes - e.body + gzipSync(body, { level: 6 }).length : e.bytes;
  }
  return total;
}

/**
 * A first visit to `address` in a new profile, until the article is interactive and
 * the service worker is active with no request in flight; then a repeat visit (a new
 * tab in the same profile) until interactive and quiet.
 */
export async function visits(address, want, server) {
  const files = (await readFile(path.join(ROOT, 'dist', 'sw.js'), 'utf8')).match(/const FILES = (\[.*\]);/);
  const precached = files ? JSON.parse(files[1]).length : 0;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sentag-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: EXECUTABLE, args: FLAGS, viewport: VIEWPORT });
  try {
    await context.addInitScript(recordTasks);
    await context.addInitScript(watchLoad, { app: 'sentag', want });
    const ledger = new Ledger(context, server);
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto(address, { waitUntil: 'commit' });
    const firstMarks = await loadMarks(first, 'first visit', 180000);
    await deadline(first.evaluate(() => navigator.serviceWorker.ready.then(() => true)), 60000, 'first visit: no active service worker');
    const workerDone = await ledger.until(
      () => ledger.inflight.size === 0 && ledger.entries.filter((e) => e.phase === 'first' && e.worker).length >= precached,
    );
    const pageTiming = await first.evaluate(TRANSFERRED);
    const workerTiming = await Promise.all(context.serviceWorkers().map((w) => w.evaluate(TRANSFERRED).catch(() => NaN)));

    const repeat = await context.newPage();
    await first.close();
    ledger.phase = 'repeat';
    await repeat.goto(address, { waitUntil: 'commit' });
    const repeatMarks = await loadMarks(repeat, 'repeat visit', 180000);
    await deadline(repeat.evaluate(IDLE), 30000, 'repeat visit: never idle');
    await ledger.until(() => ledger.inflight.size === 0);
    const repeatTiming = await repeat.evaluate(TRANSFERRED);

    const result = { precached, workerDone };
    for (const [phase, marks, timing] of [['first', firstMarks, pageTiming], ['repeat', repeatMarks, repeatTiming]]) {
      const summary = ledger.summary(phase);
      result[phase] = { ...summary, marks, pageTiming: timing, gzip: await gzipped(summary.downloaded) };
    }
    result.first.workerTiming = workerTiming.reduce((a, b) => a + b, 0);
    return result;
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
