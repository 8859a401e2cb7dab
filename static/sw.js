// sentag's service worker: after one visit the app opens and works with the network
// off. scripts/sw.mjs prepends VERSION and FILES (the release's files) at build time.
/* global VERSION, FILES */

const CACHE = `sentag-${VERSION}`;

// Trunk names the app's own files by their content (`sentag-<hash>_bg.wasm`): such a
// file never changes, so the copy the page has just downloaded is the right one.
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/;

self.addEventListener('install', (event) => {
  // The app registers this worker only once the page is idle, and the files the page
  // already fetched come from the HTTP cache ('force-cache'): the app's wasm is not
  // downloaded twice. 'reload' skips the HTTP cache for the rest: the workers' files
  // (decoder, exporter, PDF reader, CMaps) keep one name across releases, so a stale
  // copy from an earlier release must not be cached with this one.
  const requests = FILES.map((file) => new Request(file, { cache: HASHED.test(file) ? 'force-cache' : 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('sentag-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page comes from the network when it can, so a new release is picked up
    // on the next visit; offline, the cached page opens.
    event.respondWith(fetch(request).catch(() => caches.match('./index.html', { ignoreSearch: true })));
    return;
  }
  // Every file of this release was cached at install: the cache has the right one.
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});
