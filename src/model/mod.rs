//! The app's state, the actions on it and the one reducer, with what the view needs
//! (selection, filter, keymap, words of the UI). Native: time and anything from the
//! browser come in through the actions.

#![deny(missing_docs)]

pub mod action;
pub mod announce;
pub mod command;
pub mod compare_words;
pub mod comparing;
pub mod handout_words;
pub mod i18n;
pub mod keymap;
pub mod phrase_sel;
mod reduce;
pub mod scroll;
pub mod selection;
pub mod split_place;
pub mod state;
pub mod suggest_words;
pub mod suggested;
mod suggesting;
pub mod tag_css;
pub mod view;
mod wording;

pub use action::{Action, Resolution};
pub use command::{Command, ExportKind};
pub use state::{AppState, Dialog, Loaded, Notice, Search};
