//! Combining the sheets into one workspace: each difference settled by the user's
//! choice or by a rule.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::core::annotation::{Marks, Millis, Phrase, TagId, TagSet};
use crate::core::credits::{Credits, NOTE};
use crate::core::editor::Workspace;

use super::Sheet;
use super::questions::{Answers, Difference, Key, Place, Subject, phrase_at, questions, tag_order};

/// How the user settles one difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// As this sheet has it (a sheet index past the end has nothing).
    Sheet(usize),
    /// As any sheet has it ("both"): the tag kept when one sheet has it; every
    /// different note kept, in sheet order, joined by line breaks.
    All,
    /// Neither: no tag, no note.
    None,
}

/// How to settle every difference the user has not chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// What more than half of the sheets say. A tie is no majority, so the tag is left
    /// out, and a note that no majority holds is left empty; with two sheets every
    /// difference is a tie. [`Difference::is_tie`] finds ties for the user to settle.
    Majority,
    /// As this sheet has it, like [`Choice::Sheet`].
    ReferenceWins(usize),
    /// As any sheet has it, like [`Choice::All`].
    Union,
}

/// The rule for all differences, and the user's own choices, which come first.
#[derive(Debug, Clone, PartialEq)]
pub struct Decisions {
    /// For every difference without a choice.
    pub rule: Rule,
    /// Choices by the question they settle.
    pub choices: HashMap<Key, Choice>,
}

impl Decisions {
    /// `rule` for all, with no choice made.
    pub fn rule(rule: Rule) -> Decisions {
        Decisions {
            rule,
            choices: HashMap::new(),
        }
    }

    /// These decisions with `choice` for the question `key`.
    pub fn with(mut self, key: Key, choice: Choice) -> Decisions {
        self.choices.insert(key, choice);
        self
    }
}

/// A settled answer.
#[derive(Debug, Clone, PartialEq)]
enum Settled {
    Tag(bool),
    Note(String),
}

impl Difference {
    /// Whether no answer is held by more than half of the sheets, so that
    /// [`Rule::Majority`] leaves the tag out (or the note empty) for want of a majority.
    pub fn is_tie(&self) -> bool {
        !self.is_unanimous() && self.majority().is_none()
    }

    fn settled(&self, decisions: &Decisions) -> Settled {
        if self.is_unanimous() {
            return self.pick(0);
        }
        match decisions.choices.get(&self.key) {
            Some(Choice::Sheet(i)) => self.pick(*i),
            Some(Choice::All) => self.union(),
            Some(Choice::None) => self.pick(usize::MAX),
            None => match decisions.rule {
                Rule::Majority => self.majority().unwrap_or_else(|| self.pick(usize::MAX)),
                Rule::ReferenceWins(i) => self.pick(i),
                Rule::Union => self.union(),
            },
        }
    }

    /// Sheet `i`'s answer; no tag and no note for a sheet that is not there.
    fn pick(&self, i: usize) -> Settled {
        match &self.answers {
            Answers::Tag(has) => Settled::Tag(has.get(i) == Some(&true)),
            Answers::Note(notes) => Settled::Note(notes.get(i).cloned().unwrap_or_default()),
        }
    }

    fn union(&self) -> Settled {
        match &self.answers {
            Answers::Tag(has) => Settled::Tag(has.contains(&true)),
            Answers::Note(notes) => {
                let mut kept: Vec<&str> = Vec::new();
                for note in notes.iter().filter(|n| !n.is_empty()) {
                    if !kept.contains(&note.as_str()) {
                        kept.push(note);
                    }
                }
                Settled::Note(kept.join("\n"))
            }
        }
    }

    fn majority(&self) -> Option<Settled> {
        let held = |i: usize| match &self.answers {
            Answers::Tag(has) => has.iter().filter(|h| **h == has[i]).count(),
            Answers::Note(notes) => notes.iter().filter(|n| **n == notes[i]).count(),
        };
        let sheets = match &self.answers {
            Answers::Tag(has) => has.len(),
            Answers::Note(notes) => notes.len(),
        };
        (0..sheets)
            .find(|&i| 2 * held(i) > sheets)
            .map(|i| self.pick(i))
    }
}

/// What the sheets, settled, give one sentence.
#[derive(Default)]
struct Decided {
    tags: Vec<TagId>,
    note: String,
    phrases: Vec<Phrase>,
}

/// The sheets combined into a workspace of `base`'s document: where the sheets agree,
/// what they say; where they differ, the user's choice, else the rule. The sheets
/// decide every tag and note, of sentences and of phrases (so marks that only `base`
/// has are not kept, unless `base` is one of the sheets); `base` gives the document,
/// the tag set (to which the sheets' tags in use are added), the rejected suggestions,
/// and the marks of every sentence that comes out the same, times included. Changed
/// tags or notes are stamped `now`. With no sheet, `base` is returned as it is.
pub fn combine(
    base: &Workspace,
    sheets: &[Sheet],
    decisions: &Decisions,
    now: Millis,
) -> Workspace {
    if sheets.is_empty() {
        return base.clone();
    }
    let order = tag_order(sheets);
    let empty = Marks::default();
    let mut marks = base.marks.clone();
    let mut used = HashSet::new();
    for (i, old) in base.marks.iter().enumerate() {
        let at: Vec<&Marks> = sheets.iter().map(|s| s.at(i).unwrap_or(&empty)).collect();
        let decided = decide(i, &at, &order, decisions);
        used.extend(decided.tags.iter().cloned());
        used.extend(decided.phrases.iter().flat_map(|p| p.tags.iter().cloned()));
        let next = compose(old, decided, now);
        if !Rc::ptr_eq(&next, old) {
            marks.set(i, Rc::new(credited(&next, old, &at, sheets)));
        }
    }
    let mut tags: TagSet = (*base.tags).clone();
    for tag in sheets.iter().flat_map(|s| &s.tags.tags) {
        if used.contains(&tag.id) && tags.get(&tag.id).is_none() {
            tags.tags.push(tag.clone());
        }
    }
    let tags = if tags == *base.tags {
        Rc::clone(&base.tags)
    } else {
        Rc::new(tags)
    };
    Workspace {
        doc: Rc::clone(&base.doc),
        tags,
        marks,
    }
}

/// Every question about sentence `sentence` settled.
fn decide(sentence: usize, marks: &[&Marks], order: &[TagId], decisions: &Decisions) -> Decided {
    let mut out = Decided::default();
    for question in questions(sentence, marks, order) {
        let settled = question.settled(decisions);
        let Key { place, subject, .. } = question.key;
        let (tags, note) = match place {
            Place::Sentence => (&mut out.tags, &mut out.note),
            Place::Phrase { start, end } => {
                if out
                    .phrases
                    .last()
                    .is_none_or(|p| (p.start, p.end) != (start, end))
                {
                    out.phrases.push(Phrase {
                        start,
                        end,
                        ..Phrase::default()
                    });
                }
                let phrase = out.phrases.last_mut().expect("just pushed");
                (&mut phrase.tags, &mut phrase.note)
            }
        };
        match (subject, settled) {
            (Subject::Tag(tag), Settled::Tag(true)) => tags.push(tag),
            (Subject::Note, Settled::Note(text)) => *note = text,
            _ => {}
        }
    }
    out.phrases
        .retain(|p| !p.tags.is_empty() || !p.note.is_empty());
    out
}

/// The sentence's new marks: `old` itself when nothing changed, tags in `old`'s order
/// where it had them.
fn compose(old: &Rc<Marks>, decided: Decided, now: Millis) -> Rc<Marks> {
    let tags = in_order_of(&old.tags, decided.tags);
    let phrases: Vec<Phrase> = decided
        .phrases
        .into_iter()
        .map(|p| {
            let before = phrase_at(old, p.start, p.end).map_or(&[][..], |b| &b.tags);
            Phrase {
                tags: in_order_of(before, p.tags.clone()),
                ..p
            }
        })
        .collect();
    let own_changed = tags != old.tags || decided.note != old.note;
    if !own_changed && phrases == old.phrases {
        return Rc::clone(old);
    }
    if tags.is_empty() && decided.note.is_empty() && phrases.is_empty() && old.rejected.is_empty() {
        return Rc::new(Marks::default());
    }
    // A sentence's times are those of its own tags and note; phrases leave them.
    let (created, modified) = match (own_changed, old.is_unmarked()) {
        (false, _) => (old.created, old.modified),
        (true, true) => (now, now),
        (true, false) => (old.created, now),
    };
    Rc::new(Marks {
        tags,
        note: decided.note,
        phrases,
        created,
        modified,
        ..(**old).clone()
    })
}

/// A sentence's or a phrase's own tags, note and credits.
struct Held<'a> {
    tags: &'a [TagId],
    note: &'a str,
    by: &'a Credits,
}

impl<'a> From<&'a Marks> for Held<'a> {
    fn from(m: &'a Marks) -> Self {
        Held {
            tags: &m.tags,
            note: &m.note,
            by: &m.by,
        }
    }
}

impl<'a> From<&'a Phrase> for Held<'a> {
    fn from(p: &'a Phrase) -> Self {
        Held {
            tags: &p.tags,
            note: &p.note,
            by: &p.by,
        }
    }
}

/// The credits of `now`'s tags and note: as `before` credits one it had the same, else
/// as the first of `sheets` that has it credits it, else to that sheet (a file with
/// no authors is credited to its name).
fn credits_for(now: Held, before: Option<Held>, sheets: &[(Option<Held>, &str)]) -> Credits {
    let has = |h: &Held, key: &str| match key {
        NOTE => h.note == now.note,
        tag => h.tags.iter().any(|t| t == tag),
    };
    let note = (!now.note.is_empty()).then_some(NOTE);
    let keys = now.tags.iter().map(String::as_str).chain(note);
    keys.filter_map(|key| {
        let kept = before
            .as_ref()
            .filter(|b| has(b, key))
            .and_then(|b| b.by.by(key));
        let author = kept.map(String::from).or_else(|| {
            sheets.iter().find_map(|(held, name)| {
                let held = held.as_ref().filter(|h| has(h, key))?;
                Some(held.by.by(key).unwrap_or(name).to_string())
            })
        })?;
        Some((key.to_string(), author))
    })
    .collect()
}

/// The phrase of `marks` at `p`'s place, if it has one.
fn phrase_held<'a>(marks: &'a Marks, p: &Phrase) -> Option<Held<'a>> {
    phrase_at(marks, p.start, p.end).map(Held::from)
}

/// `marks` (a sentence's settled marks, `old` before) with each tag and note of it and
/// of its phrases credited (see [`credits_for`]).
fn credited(marks: &Marks, old: &Marks, at: &[&Marks], sheets: &[Sheet]) -> Marks {
    let sentences: Vec<_> = at
        .iter()
        .zip(sheets)
        .map(|(m, sheet)| (Some(Held::from(*m)), sheet.name.as_str()))
        .collect();
    let phrases = marks
        .phrases
        .iter()
        .map(|p| {
            let sheets: Vec<_> = at
                .iter()
                .zip(sheets)
                .map(|(m, sheet)| (phrase_held(m, p), sheet.name.as_str()))
                .collect();
            Phrase {
                by: credits_for(p.into(), phrase_held(old, p), &sheets),
                ..p.clone()
            }
        })
        .collect();
    Marks {
        by: credits_for(marks.into(), Some(old.into()), &sentences),
        phrases,
        ..marks.clone()
    }
}

/// `ids` with those in `before` first, in its order, then the others.
fn in_order_of(before: &[TagId], ids: Vec<TagId>) -> Vec<TagId> {
    let mut out: Vec<TagId> = before.iter().filter(|t| ids.contains(t)).cloned().collect();
    out.extend(ids.into_iter().filter(|t| !before.contains(t)));
    out
}
