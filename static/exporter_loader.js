// Starts the export worker (src/bin/exporter.rs). Unlike a bare loader, it tells
// the app when the wasm cannot start, so an export never waits for ever.
/* global wasm_bindgen */
importScripts('./exporter.js');
wasm_bindgen('./exporter_bg.wasm').catch((error) => postMessage({ failed: error?.message ?? String(error) }));
