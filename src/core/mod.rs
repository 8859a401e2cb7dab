//! The domain: segmentation, the document, annotations, editing, history, anchoring,
//! file formats, import and sync. No UI language and no browser here.

#![deny(missing_docs)]

pub mod agreement;
pub mod anchor;
pub mod annotation;
pub mod blocks;
pub mod compare;
pub mod credits;
pub mod decode;
pub mod document;
pub mod docx;
pub mod editor;
pub mod format;
pub mod history;
pub mod html_blocks;
pub mod import;
pub mod joined;
pub mod page;
pub mod pdf_layout;
pub mod phrases;
pub mod samples;
pub mod segment;
pub mod session;
pub mod suggest;
pub mod sync;
pub mod validate;
