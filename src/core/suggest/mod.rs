//! Suggested tags: which of the built-in tags a sentence likely deserves, and why.
//!
//! The rules read one sentence at a time (plus where it stands in the document), so the
//! app can run them in small steps and re-run one sentence after an edit. Precision
//! comes first: a wrong suggestion costs the user more than a missing one.

pub mod cues;
mod en;
mod zh;

use std::ops::Range;

use crate::core::annotation::TagId;

/// The built-in tags the rules suggest.
pub const COMMITMENTS: &str = "commitments";
/// Figures used as a measure.
pub const METRICS: &str = "metrics";
/// People or bodies present at the event.
pub const ATTENDEES: &str = "attendees";

/// Which rules read a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Chinese rules.
    Zh,
    /// English rules.
    En,
}

impl Lang {
    /// `zh` when Han characters make up a fifth of the sentence's letters, else `en`.
    pub fn of(sentence: &str) -> Lang {
        let (mut han, mut all) = (0usize, 0usize);
        for c in sentence.chars().filter(|c| c.is_alphabetic()) {
            all += 1;
            if crate::core::segment::is_han(c) {
                han += 1;
            }
        }
        if all > 0 && han * 5 >= all {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The language named by a BCP 47 tag's primary subtag: `zh…` is Chinese, else English.
    pub fn from_code(code: &str) -> Lang {
        if code.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

/// Where a sentence stands in its document; some cues (a roll call, a list of officials)
/// mean more near the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Context {
    /// The sentence's index in the document.
    pub index: usize,
    /// How many sentences the document has.
    pub count: usize,
}

/// One suggested tag on one sentence, with what gave it away.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The tag suggested.
    pub tag: TagId,
    /// The cue, as a byte range of the sentence.
    pub cue: Range<usize>,
    /// Why, as a stable key (`directive`, `money`, `attendance`, `cue` for a user's
    /// pattern); the UI words it in its language.
    pub reason: &'static str,
    /// How sure the rule is, from 0 to 1.
    pub confidence: f32,
}

/// The built-in tags suggested for `sentence`, at most one suggestion per tag, in the
/// order commitments, metrics, attendees.
pub fn suggest(sentence: &str, lang: Lang, context: Context) -> Vec<Suggestion> {
    let mut found = match lang {
        Lang::Zh => zh::suggest(sentence, context),
        Lang::En => en::suggest(sentence, context),
    };
    let order = |tag: &str| {
        [COMMITMENTS, METRICS, ATTENDEES]
            .iter()
            .position(|t| *t == tag)
    };
    found.sort_by_key(|s| order(&s.tag));
    found.dedup_by(|a, b| a.tag == b.tag);
    found
}

/// A suggestion for a built-in tag, its cue at `cue`.
pub(crate) fn found(
    tag: &str,
    cue: Range<usize>,
    reason: &'static str,
    confidence: f32,
) -> Suggestion {
    Suggestion {
        tag: tag.to_string(),
        cue,
        reason,
        confidence,
    }
}
