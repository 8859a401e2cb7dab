//! Hooks that connect the app to the browser: keyboard shortcuts, focus and scrolling.

mod reveal;
mod shortcuts;

pub use reveal::use_reveal;
pub use shortcuts::use_shortcuts;
