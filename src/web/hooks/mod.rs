//! Hooks: the app's effects. Autosave, loading, exports, commands and keyboard
//! shortcuts, focus and scrolling, file drops, windowed rendering, printing, suggested tags, phrases chosen by mouse, long presses, the side panel's sheet, a long article put on the page in slices. (Two
//! dialogs act on storage from their own buttons: Recent documents, and the tag
//! editor's "save as default".)

mod autosave;
mod commands;
mod export;
mod file_drop;
mod latest;
mod loader;
mod long_press;
mod mounting;
mod phrases;
mod printing;
mod reveal;
mod sheet;
mod shortcuts;
mod suggestions;
mod tag_styles;
mod windowing;

pub use autosave::{Autosave, use_autosave};
pub use commands::use_commands;
pub use export::use_export;
pub use file_drop::use_file_drop;
pub use latest::use_latest;
pub use loader::{Loader, use_loader};
pub use long_press::use_long_press;
pub use mounting::use_mounting;
pub use phrases::{PhraseCallbacks, use_phrase_choice};
pub use printing::use_printing;
pub use reveal::use_reveal;
pub use sheet::{Sheet, SheetAction, use_sheet};
pub use shortcuts::use_shortcuts;
pub use suggestions::use_suggestions;
pub use tag_styles::use_tag_styles;
pub use windowing::{BLOCK_SENTENCES, WINDOWING_FROM, use_windowing};
