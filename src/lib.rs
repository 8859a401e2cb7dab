//! sentag: tag the sentences of an article in the browser.
//!
//! Three layers, one direction: `web` (Yew and the browser) → [`model`] (the app's
//! state and its one reducer) → [`core`] (segmentation, documents, annotations,
//! formats). `core` and `model` are plain Rust with no `yew` or `web-sys`, tested
//! natively; `web` is compiled for wasm32 only.

pub mod core;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use crate::core::annotation::{Marks, Tag, TagSet};
pub use crate::core::document::Document;
pub use crate::core::editor::{Edit, Workspace};
pub use crate::core::format::{ImportError, Incoming, parse as parse_annotations};
pub use crate::core::segment::segment;
pub use crate::model::{Action, AppState, Command, Dialog, ExportKind, Resolution};
#[cfg(target_arch = "wasm32")]
pub use crate::web::App;
