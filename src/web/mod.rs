//! The browser app: the state adapter, hooks and components. It renders domain state
//! and turns user input into actions; the domain modules do the work.

pub mod caret;
pub mod components;
pub mod decoder;
pub mod exporter;
pub mod hooks;
mod idle;
pub mod io;
pub mod loader;
pub mod offline;
pub mod pdf;
pub mod phrase_dom;
pub mod reader;
pub mod render_count;
pub mod scroll;
mod state;
pub mod storage;
pub mod worker;

pub use components::app::App;

/// Mounts the app on the page's `<body>`. (It readies itself for offline use once the
/// first document shows and the page is idle: see the loader hook.)
pub fn start() {
    scroll::take_over_restoration();
    yew::Renderer::<App>::new().render();
}

/// Counts the sentences of `text`: the in-browser segmentation benchmark calls it
/// through `window.wasmBindings`.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn count_sentences(text: &str) -> usize {
    crate::core::segment::segment(text).len()
}
