//! Agreement between raters, as pure statistics: Cohen's kappa for two raters, Fleiss'
//! kappa for two or more, Krippendorff's alpha (nominal, missing values allowed), and
//! precision, recall and F1 of one rater against a reference.
//!
//! The three chance-corrected coefficients share one form,
//! `(A_o − A_e) / (1 − A_e)`, where `A_o` is the agreement observed and `A_e` the
//! agreement expected by chance; they differ in how `A_e` is estimated (see each
//! function). [`Chance`] holds the two parts, so that a reader can be shown the plain
//! agreement too.
//!
//! Degenerate data: when every rating falls in one category, chance alone predicts
//! perfect agreement (`A_e = 1`) and the coefficient is `0 / 0`. [`Chance::corrected`]
//! then answers `None` ("cannot be told from chance"), never NaN; `observed` is 1 in
//! that case. No function here panics or divides by zero: data with nothing to measure
//! (no items, no pairable values, raters of unequal length) give `None`.

mod alpha;
mod kappa;
mod scores;

pub use alpha::krippendorff_alpha;
pub use kappa::{category_counts, cohen_kappa, fleiss_kappa};
pub use scores::Scores;

/// Observed and chance-expected agreement, each a proportion from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chance {
    /// The agreement observed: `p_o` (Cohen), `P̄` (Fleiss), `1 − D_o` (Krippendorff).
    pub observed: f64,
    /// The agreement expected by chance: `p_e`, `P̄_e`, `1 − D_e`.
    pub expected: f64,
}

impl Chance {
    /// The chance-corrected coefficient `(observed − expected) / (1 − expected)`:
    /// 1 for perfect agreement, 0 for agreement at chance level, below 0 for less.
    /// `None` when chance predicts perfect agreement (every rating in one category).
    pub fn corrected(&self) -> Option<f64> {
        (self.expected < 1.0).then(|| (self.observed - self.expected) / (1.0 - self.expected))
    }
}

/// `numerator / denominator` for counts; the callers never pass a zero denominator.
fn ratio(numerator: u64, denominator: u64) -> f64 {
    numerator as f64 / denominator as f64
}
