//! sentag: tag the sentences of an article in the browser.
//!
//! The domain modules here are plain Rust with no `yew` or `web-sys`, tested natively.
//! The browser app lives in [`app`], which is compiled for wasm32 only.

pub mod document;
pub mod samples;
pub mod segment;

#[cfg(target_arch = "wasm32")]
pub mod app;
