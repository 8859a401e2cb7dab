//! sentag: tag the sentences of an article in the browser.
//!
//! Three layers, one direction: [`web`] (Yew and the browser) → [`model`] (the app's
//! state and its one reducer) → [`core`] (segmentation, documents, annotations,
//! formats). `core` and `model` are plain Rust with no `yew` or `web-sys`, tested
//! natively; `web` is compiled for wasm32 only.

pub mod core;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod web;
