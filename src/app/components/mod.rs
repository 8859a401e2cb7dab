//! The components, one per file, each named after what it shows.

pub mod app;
pub mod article;
pub mod confirm_dialog;
pub mod header;
pub mod help;
pub mod modal;
pub mod note_dialog;
pub mod overview;
pub mod paragraph;
pub mod sentence;
pub mod side_panel;
pub mod split_dialog;
pub mod tag_editor;
pub mod toolbar;
