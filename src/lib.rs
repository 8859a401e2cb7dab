//! sentag: tag the sentences of an article in the browser.
//!
//! The domain modules here are plain Rust with no `yew` or `web-sys`, tested natively.
//! The browser app lives in [`app`], which is compiled for wasm32 only.

pub mod anchor;
pub mod annotation;
pub mod decode;
pub mod document;
pub mod editor;
pub mod format;
pub mod history;
pub mod i18n;
pub mod import;
pub mod keymap;
pub mod samples;
pub mod segment;
pub mod selection;
pub mod session;
pub mod sync;
pub mod tag_css;
pub mod validate;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod app;
