//! The components, one per file, each named after what it shows.

pub mod app;
pub mod article;
pub mod article_view;
pub mod block;
pub mod confirm_dialog;
pub mod conflict_dialog;
pub mod dialogs;
pub mod discard_guard;
pub mod header;
pub mod help;
pub mod import_dialogs;
pub mod line_breaks;
pub mod menus;
pub mod modal;
pub mod note_dialog;
pub mod notice_bar;
pub mod overview;
pub mod paragraph;
pub mod paste_dialog;
pub mod recent_dialog;
pub mod sentence;
pub mod side_panel;
pub mod split_dialog;
pub mod tag_editor;
pub mod toolbar;
