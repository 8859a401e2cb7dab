//! The Chinese rules: each tag's cues in its own module, each returning its best cue.

mod attendees;
mod commitments;
mod metrics;
mod text;

use std::ops::Range;

use super::{ATTENDEES, COMMITMENTS, Context, METRICS, Suggestion, found};

/// One cue found for a tag: where, why and how sure.
#[derive(Debug, Clone, PartialEq)]
struct Hit {
    cue: Range<usize>,
    reason: &'static str,
    confidence: f32,
}

impl Hit {
    fn new(cue: Range<usize>, reason: &'static str, confidence: f32) -> Hit {
        Hit {
            cue,
            reason,
            confidence,
        }
    }
}

/// How a cue word is read in its sentence: given the sentence and the word's byte
/// range, a reason and a confidence, or `None` when the word is no cue there.
type Check = fn(&str, usize, usize) -> Option<(&'static str, f32)>;

/// Every place where a word of `cues` stands, outside a title, and its check holds.
fn checked_hits(s: &str, seen: text::Seen, cues: &[(&str, Check)]) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (word, check) in cues {
        if !seen.may_hold(word) {
            continue;
        }
        for (at, _) in s.match_indices(word) {
            if text::in_title(s, at) {
                continue;
            }
            if let Some((reason, confidence)) = check(s, at, at + word.len()) {
                hits.push(Hit::new(at..at + word.len(), reason, confidence));
            }
        }
    }
    hits
}

/// Keeps the surer of two hits; the earlier one when they are as sure.
fn better(best: Option<Hit>, hit: Hit) -> Option<Hit> {
    match best {
        Some(b) if b.confidence >= hit.confidence => Some(b),
        _ => Some(hit),
    }
}

/// The built-in tags suggested for a Chinese sentence.
pub(super) fn suggest(sentence: &str, context: Context) -> Vec<Suggestion> {
    let metric = metrics::find(sentence);
    let commitment = commitments::find(sentence, metric.is_some());
    let attendee = attendees::find(sentence, context);
    [
        (COMMITMENTS, commitment),
        (METRICS, metric),
        (ATTENDEES, attendee),
    ]
    .into_iter()
    .filter_map(|(tag, hit)| hit.map(|h| found(tag, h.cue, h.reason, h.confidence)))
    .collect()
}
