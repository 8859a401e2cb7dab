//! What the sheets say about each sentence, tag by tag and phrase by phrase, and where
//! they do not all say the same.

use crate::core::annotation::{Marks, Phrase, TagId};

use super::Sheet;

/// Where in a sentence: the sentence itself, or one phrase of it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    /// The sentence's own tags and note.
    Sentence,
    /// The phrase at these code points of the document's text.
    Phrase {
        /// Code point where it starts.
        start: usize,
        /// Code point just past its end.
        end: usize,
    },
}

/// What is asked at a place: whether it carries a tag, or what its note says.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Subject {
    /// Whether the place carries the tag with this id.
    Tag(TagId),
    /// The place's note.
    Note,
}

/// One question about the document: a subject at a place of a sentence. A choice in
/// [`super::Decisions`] is keyed by it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    /// Index of the sentence in the open document.
    pub sentence: usize,
    /// The sentence itself or one of its phrases.
    pub place: Place,
    /// The tag or the note.
    pub subject: Subject,
}

/// Each sheet's answer to a question, in the order of the sheets.
#[derive(Debug, Clone, PartialEq)]
pub enum Answers {
    /// Whether each sheet has the tag there.
    Tag(Vec<bool>),
    /// Each sheet's note there; empty for none.
    Note(Vec<String>),
}

/// A question and the sheets' answers; in [`differences`], one they do not all answer
/// alike.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// The question.
    pub key: Key,
    /// The answers, one per sheet.
    pub answers: Answers,
}

impl Difference {
    /// Whether every sheet gives the same answer.
    pub fn is_unanimous(&self) -> bool {
        match &self.answers {
            Answers::Tag(has) => has.windows(2).all(|w| w[0] == w[1]),
            Answers::Note(notes) => notes.windows(2).all(|w| w[0] == w[1]),
        }
    }

    /// The sheets that have the tag, or a note; in sheet order.
    pub fn holders(&self) -> Vec<usize> {
        let yes: Vec<bool> = match &self.answers {
            Answers::Tag(has) => has.clone(),
            Answers::Note(notes) => notes.iter().map(|n| !n.is_empty()).collect(),
        };
        (0..yes.len()).filter(|&i| yes[i]).collect()
    }
}

/// Where the sheets differ, in text order: sentence by sentence, the sentence's own tags
/// and note before its phrases, phrases by their start and end, tags in the order of
/// the sheets' tag sets, a note after the tags. A phrase only some sheets have gives
/// one difference per tag on it (and one for its note, if it has one).
pub fn differences(sheets: &[Sheet]) -> Vec<Difference> {
    let order = tag_order(sheets);
    let empty = Marks::default();
    (0..sentences(sheets))
        .flat_map(|i| {
            let marks: Vec<&Marks> = sheets.iter().map(|s| s.at(i).unwrap_or(&empty)).collect();
            questions(i, &marks, &order)
        })
        .filter(|d| !d.is_unanimous())
        .collect()
}

/// How many sentences the sheets cover (they are of one document, so all the same).
pub(super) fn sentences(sheets: &[Sheet]) -> usize {
    sheets.iter().map(|s| s.marks.len()).max().unwrap_or(0)
}

/// The ids of the sheets' tags: the first sheet's in its order, then the others'.
pub(super) fn tag_order(sheets: &[Sheet]) -> Vec<TagId> {
    let mut order: Vec<TagId> = Vec::new();
    for tag in sheets.iter().flat_map(|s| &s.tags.tags) {
        if !order.contains(&tag.id) {
            order.push(tag.id.clone());
        }
    }
    order
}

/// Every question about sentence `sentence`, unanimous or not, given each sheet's
/// `marks` of it; tags ordered by `order`, then any tag it does not list.
pub(super) fn questions(sentence: usize, marks: &[&Marks], order: &[TagId]) -> Vec<Difference> {
    let mut out = Vec::new();
    for place in places(marks) {
        let at: Vec<(&[TagId], &str)> = marks.iter().map(|m| at_place(m, &place)).collect();
        for tag in tags_used(at.iter().map(|(tags, _)| *tags), order) {
            out.push(Difference {
                key: Key {
                    sentence,
                    place: place.clone(),
                    subject: Subject::Tag(tag.clone()),
                },
                answers: Answers::Tag(at.iter().map(|(tags, _)| tags.contains(&tag)).collect()),
            });
        }
        out.push(Difference {
            key: Key {
                sentence,
                place,
                subject: Subject::Note,
            },
            answers: Answers::Note(at.iter().map(|(_, note)| note.to_string()).collect()),
        });
    }
    out
}

/// The sentence, then every phrase span any sheet has, in text order.
fn places(marks: &[&Marks]) -> Vec<Place> {
    let mut spans: Vec<(usize, usize)> = marks
        .iter()
        .flat_map(|m| m.phrases.iter().map(|p| (p.start, p.end)))
        .collect();
    spans.sort_unstable();
    spans.dedup();
    std::iter::once(Place::Sentence)
        .chain(
            spans
                .into_iter()
                .map(|(start, end)| Place::Phrase { start, end }),
        )
        .collect()
}

/// The tags and note a sheet's marks have at `place`; none where it has no such phrase.
fn at_place<'a>(marks: &'a Marks, place: &Place) -> (&'a [TagId], &'a str) {
    match place {
        Place::Sentence => (&marks.tags, &marks.note),
        Place::Phrase { start, end } => phrase_at(marks, *start, *end)
            .map_or((&[], ""), |p| (p.tags.as_slice(), p.note.as_str())),
    }
}

pub(super) fn phrase_at(marks: &Marks, start: usize, end: usize) -> Option<&Phrase> {
    marks
        .phrases
        .iter()
        .find(|p| p.start == start && p.end == end)
}

/// The tags any of `lists` has: those in `order` first, in its order, then the rest as
/// they come.
fn tags_used<'a>(lists: impl Iterator<Item = &'a [TagId]> + Clone, order: &[TagId]) -> Vec<TagId> {
    let mut used: Vec<TagId> = order
        .iter()
        .filter(|t| lists.clone().any(|l| l.contains(t)))
        .cloned()
        .collect();
    for tag in lists.flatten() {
        if !used.contains(tag) {
            used.push(tag.clone());
        }
    }
    used
}
