// Starts the decoder worker (src/bin/decoder.rs). Unlike a bare loader, it tells
// the app when the wasm cannot start, so opening a file never waits for ever.
/* global wasm_bindgen */
importScripts('./decoder.js');
wasm_bindgen('./decoder_bg.wasm').catch((error) => postMessage({ failed: error?.message ?? String(error) }));
