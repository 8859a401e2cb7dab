//! The English rules.

use super::{Context, Suggestion};

/// The built-in tags suggested for an English sentence.
pub(super) fn suggest(_sentence: &str, _context: Context) -> Vec<Suggestion> {
    Vec::new()
}
