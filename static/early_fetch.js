// Starts fetching the text named by `?src=` while the app's wasm downloads and starts.
// The app takes this response (once) instead of asking for the text again.
(() => {
  const src = new URLSearchParams(location.search).get('src');
  if (!src) return;
  // Settled either way, so that a failure is the app's to report, not an unhandled one.
  const reply = fetch(src).then(
    (response) => ({ response }),
    (error) => ({ error: String((error && error.message) || error) }),
  );
  window.sentagEarlyFetch = { src, reply };
})();
