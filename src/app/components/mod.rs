//! The components, one per file, each named after what it shows.

pub mod app;
pub mod article;
pub mod header;
pub mod paragraph;
pub mod sentence;
pub mod side_panel;
