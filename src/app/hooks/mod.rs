//! Hooks that connect the app to the browser: autosave, keyboard shortcuts, focus and
//! scrolling, file drops, windowed rendering, and printing.

mod autosave;
mod file_drop;
mod printing;
mod reveal;
mod shortcuts;
mod tag_styles;
mod windowing;

pub use autosave::{Autosave, Resolution, use_autosave};
pub use file_drop::use_file_drop;
pub use printing::use_printing;
pub use reveal::use_reveal;
pub use shortcuts::use_shortcuts;
pub use tag_styles::use_tag_styles;
pub use windowing::{BLOCK_SENTENCES, WINDOWING_FROM, use_windowing};
