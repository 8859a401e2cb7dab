//! The English rules: each tag's cues read from the sentence's tokens.

mod attendees;
mod clause;
mod commitments;
mod metrics;
mod tokens;
mod words;

use super::{ATTENDEES, COMMITMENTS, Context, METRICS, Suggestion, found};
use tokens::Tokens;

/// The built-in tags suggested for an English sentence.
pub(super) fn suggest(sentence: &str, context: Context) -> Vec<Suggestion> {
    let t = Tokens::new(sentence);
    let mut out = Vec::new();
    for (tag, hit) in [
        (COMMITMENTS, commitments::find(&t)),
        (METRICS, metrics::find(&t)),
        (ATTENDEES, attendees::find(&t, context)),
    ] {
        if let Some((cue, reason, confidence)) = hit {
            out.push(found(tag, cue, reason, confidence));
        }
    }
    out
}
