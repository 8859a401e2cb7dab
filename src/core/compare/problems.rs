//! What is wrong with the sheets as input, as values for the UI to word.

use crate::core::annotation::{Marks, TagId};

use super::Sheet;

/// A problem with one sheet; `sheet` is its index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Most of the file's annotations could not be placed in the open document: it is
    /// very likely a file of another text.
    OtherText {
        /// The sheet.
        sheet: usize,
        /// Annotations placed (exactly or re-anchored).
        placed: usize,
        /// Annotations that could not be placed.
        orphaned: usize,
    },
    /// Some annotations, half or fewer, could not be placed.
    NotAllPlaced {
        /// The sheet.
        sheet: usize,
        /// Annotations placed (exactly or re-anchored).
        placed: usize,
        /// Annotations that could not be placed.
        orphaned: usize,
    },
    /// The sheet is the same as an earlier one.
    Duplicate {
        /// The later sheet.
        sheet: usize,
        /// The earlier sheet it repeats.
        of: usize,
        /// Whether the two files are the same text byte for byte; otherwise they give
        /// every sentence and phrase the same tags and notes (times aside).
        same_file: bool,
    },
    /// The sheet has no tag and no note: nothing to compare.
    NoAnnotations {
        /// The sheet.
        sheet: usize,
    },
}

/// The problems of the sheets, sheet by sheet. A sheet without annotations is not also
/// called a duplicate unless its file is the same as another's.
pub fn problems(sheets: &[Sheet]) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, sheet) in sheets.iter().enumerate() {
        let orphaned = sheet.report.orphans.len();
        let placed = sheet.report.exact + sheet.report.reanchored;
        if orphaned > placed {
            out.push(Problem::OtherText {
                sheet: i,
                placed,
                orphaned,
            });
        } else if orphaned > 0 {
            out.push(Problem::NotAllPlaced {
                sheet: i,
                placed,
                orphaned,
            });
        }
        let blank = sheet.is_blank();
        if blank {
            out.push(Problem::NoAnnotations { sheet: i });
        }
        if let Some(duplicate) = duplicate_of(sheets, i, blank) {
            out.push(duplicate);
        }
    }
    out
}

fn duplicate_of(sheets: &[Sheet], i: usize, blank: bool) -> Option<Problem> {
    let sheet = &sheets[i];
    let same_file =
        |other: &Sheet| sheet.fingerprint.is_some() && sheet.fingerprint == other.fingerprint;
    let earlier = &sheets[..i];
    if let Some(of) = earlier.iter().position(same_file) {
        return Some(Problem::Duplicate {
            sheet: i,
            of,
            same_file: true,
        });
    }
    let of = earlier
        .iter()
        .position(|o| !blank && same_content(o, sheet))?;
    Some(Problem::Duplicate {
        sheet: i,
        of,
        same_file: false,
    })
}

/// Whether two sheets give every sentence and phrase the same tags and notes.
fn same_content(a: &Sheet, b: &Sheet) -> bool {
    a.marks.len() == b.marks.len()
        && a.marks
            .iter()
            .zip(b.marks.iter())
            .all(|(x, y)| same_marks(x, y))
}

fn same_marks(a: &Marks, b: &Marks) -> bool {
    same_tags(&a.tags, &b.tags)
        && a.note == b.note
        && a.phrases.len() == b.phrases.len()
        && a.phrases.iter().zip(&b.phrases).all(|(p, q)| {
            (p.start, p.end) == (q.start, q.end) && p.note == q.note && same_tags(&p.tags, &q.tags)
        })
}

fn same_tags(a: &[TagId], b: &[TagId]) -> bool {
    a.len() == b.len() && a.iter().all(|t| b.contains(t))
}
