//! Suggested tags: which of the built-in tags a sentence likely deserves, and why.
//!
//! The rules read one sentence at a time (plus where it stands in the document), so the
//! app can run them in small steps and re-run one sentence after an edit. Precision
//! comes first: a wrong suggestion costs the user more than a missing one.

pub mod cues;
mod en;
mod zh;

use std::ops::Range;

use crate::core::annotation::{Marks, TagId, TagSet};
use crate::core::editor::Workspace;
use cues::Cues;

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

/// Below this confidence a suggestion is not shown, nor exported.
pub const MIN_CONFIDENCE: f32 = 0.5;

/// The reason key of a suggestion that a user's cue pattern made.
pub const CUE: &str = "cue";

impl Suggestion {
    /// Whether the suggestion still waits for the user on a sentence with `marks`: it
    /// is sure enough, neither the sentence nor a phrase in it has the tag (a figure
    /// tagged as a phrase settles it), and the user has not rejected it there.
    pub fn is_pending(&self, marks: &Marks) -> bool {
        self.confidence >= MIN_CONFIDENCE
            && !marks.has_anywhere(&self.tag)
            && !marks.rejects(&self.tag)
    }
}

/// The rules and the users' cue patterns of one tag set, ready to read sentences.
#[derive(Debug, Clone, Default)]
pub struct Suggester {
    builtin: Vec<&'static str>,
    cues: Vec<(TagId, Cues)>,
}

impl Suggester {
    /// Suggestions for the tags of `tags`: the rules for the built-in tags it still has,
    /// the cue patterns for every tag that has some.
    pub fn new(tags: &TagSet) -> Self {
        Suggester {
            builtin: [COMMITMENTS, METRICS, ATTENDEES]
                .into_iter()
                .filter(|id| tags.get(id).is_some())
                .collect(),
            cues: tags
                .tags
                .iter()
                .map(|t| (t.id.clone(), Cues::parse(&t.cues)))
                .filter(|(_, c)| !c.is_empty())
                .collect(),
        }
    }

    /// Whether it would never suggest anything.
    pub fn is_idle(&self) -> bool {
        self.builtin.is_empty() && self.cues.is_empty()
    }

    /// The suggestions for one sentence, at most one per tag: the rules' first, then
    /// the cue patterns' for tags the rules did not suggest. The language is the
    /// sentence's own, so a mixed article gets both rule sets.
    pub fn sentence(&self, text: &str, context: Context) -> Vec<Suggestion> {
        let mut found = if self.builtin.is_empty() {
            Vec::new()
        } else {
            suggest(text, Lang::of(text), context)
        };
        found.retain(|s| self.builtin.contains(&s.tag.as_str()));
        for (tag, cues) in &self.cues {
            if found.iter().any(|s| s.tag == *tag) {
                continue;
            }
            if let Some((cue, _)) = cues.find(text) {
                found.push(Suggestion {
                    tag: tag.clone(),
                    cue,
                    reason: CUE,
                    confidence: 0.9,
                });
            }
        }
        found
    }

    /// The suggestions still pending for every sentence of `workspace`, in order.
    pub fn pending(&self, workspace: &Workspace) -> Vec<Vec<Suggestion>> {
        let count = workspace.doc.sentences.len();
        workspace
            .doc
            .sentences
            .iter()
            .zip(workspace.marks.iter())
            .enumerate()
            .map(|(index, (s, marks))| {
                let mut found = self.sentence(&s.text, Context { index, count });
                found.retain(|f| f.is_pending(marks));
                found
            })
            .collect()
    }
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
