//! Precision, recall and F1 of one rater's yes/no answers against a reference.

use std::iter::Sum;
use std::ops::{Add, AddAssign};

/// The counts behind precision, recall and F1. Counts add up, so the scores of several
/// tags together (micro-averaged) are those of their summed counts.
///
/// When there is nothing to divide by:
///
/// - [`Scores::precision`] is `None` when the rater marked nothing, and
///   [`Scores::recall`] is `None` when the reference has nothing to find: the figure is
///   not zero, it does not exist, and a table should show that.
/// - [`Scores::f1`], `2TP / (2TP + FP + FN)`, always has a value: it is defined whenever
///   either side marked anything, and it is 1 when neither did, since the rater then
///   matches the reference exactly. A class table ranks and averages F1, so a student
///   who rightly marked nothing scores 1 rather than a blank.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    /// Items both the rater and the reference marked.
    pub true_positives: u64,
    /// Items the rater marked and the reference did not.
    pub false_positives: u64,
    /// Items the reference marked and the rater did not.
    pub false_negatives: u64,
}

impl Scores {
    /// The counts of `found` against `reference`, item by item; items past the end of
    /// the shorter list count as unmarked in it.
    pub fn of(found: &[bool], reference: &[bool]) -> Scores {
        let at = |list: &[bool], i: usize| list.get(i).copied().unwrap_or(false);
        (0..found.len().max(reference.len()))
            .map(|i| Scores::one(at(found, i), at(reference, i)))
            .sum()
    }

    /// The counts of one item.
    pub fn one(found: bool, reference: bool) -> Scores {
        Scores {
            true_positives: u64::from(found && reference),
            false_positives: u64::from(found && !reference),
            false_negatives: u64::from(!found && reference),
        }
    }

    /// `TP / (TP + FP)`: how much of what the rater marked is right; `None` when the
    /// rater marked nothing.
    pub fn precision(&self) -> Option<f64> {
        share(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    /// `TP / (TP + FN)`: how much of the reference the rater found; `None` when the
    /// reference has nothing.
    pub fn recall(&self) -> Option<f64> {
        share(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    /// `2TP / (2TP + FP + FN)`, the harmonic mean of precision and recall; 1 when
    /// neither side marked anything.
    pub fn f1(&self) -> f64 {
        let marked = 2 * self.true_positives + self.false_positives + self.false_negatives;
        share(2 * self.true_positives, marked).unwrap_or(1.0)
    }
}

fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

impl Add for Scores {
    type Output = Scores;
    fn add(self, other: Scores) -> Scores {
        Scores {
            true_positives: self.true_positives + other.true_positives,
            false_positives: self.false_positives + other.false_positives,
            false_negatives: self.false_negatives + other.false_negatives,
        }
    }
}

impl AddAssign for Scores {
    fn add_assign(&mut self, other: Scores) {
        *self = *self + other;
    }
}

impl Sum for Scores {
    fn sum<I: Iterator<Item = Scores>>(iter: I) -> Scores {
        iter.fold(Scores::default(), Add::add)
    }
}
