//! Comparing annotated copies of one document: two annotators who tagged the same
//! article, or students' files against a teacher's key.
//!
//! Each copy becomes a [`Sheet`]: its annotations anchored onto the open document's
//! sentences as the importer anchors them, its tags matched to the document's (and,
//! with [`align`], to each other's) by id, else by label. Then:
//!
//! - [`figures`]: per tag, Cohen's kappa (two sheets), Fleiss' kappa and Krippendorff's
//!   alpha (two or more), over the sentences; and precision, recall and F1 of each
//!   sheet against a reference sheet, for sentences and for phrases (exact spans);
//! - [`differences`]: in text order, each sentence and each phrase where the sheets do
//!   not all agree on a tag or a note, with each sheet's answer;
//! - [`combine`]: a workspace of the same document in which each difference is settled
//!   by the user's [`Choice`] or by a [`Rule`] (majority, a reference, union);
//! - [`problems`]: a file of another text, a duplicate, a file with nothing in it;
//! - [`class_table`]: students × tags, F1 against a key, and its CSV.
//!
//! A sentence "has" a tag when its own tags have it ([`crate::core::annotation::Marks::has`]):
//! a phrase's tag is a separate question, at the phrase's place. See [`figures`] for
//! why.

mod class;
mod combine;
mod figures;
mod problems;
mod questions;
mod sheet;

pub use class::{ClassRow, ClassTable, class_table};
pub use combine::{Choice, Decisions, Rule, combine};
pub use figures::{TagFigures, figures};
pub use problems::{Problem, problems};
pub use questions::{Answers, Difference, Key, Place, Subject, differences};
pub use sheet::{Sheet, align};
