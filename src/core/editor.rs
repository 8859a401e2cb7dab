//! The annotated document and every change a user can make to it, as pure functions.

use std::ops::Range;
use std::rc::Rc;

use crate::core::annotation::{Marks, Millis, Phrase, Tag, TagId, TagSet};
use crate::core::document::Document;
use crate::core::phrases;
use crate::core::segment::LineBreaks;

/// The marks of every sentence, in order. A persistent vector (an RRB tree): an edit
/// copies only the path to what it changes, so undo memory grows with the change,
/// not with the document, and a clone is O(1).
#[derive(Debug, Clone, Default)]
pub struct MarksList(imbl::GenericVector<Rc<Marks>, imbl::shared_ptr::RcK>);

impl std::ops::Deref for MarksList {
    type Target = imbl::GenericVector<Rc<Marks>, imbl::shared_ptr::RcK>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for MarksList {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl MarksList {
    /// The marks in order. It walks the tree's leaves as slices, several times faster
    /// than an element-by-element iterator; saves and counts walk all 10,000.
    pub fn iter(&self) -> impl Iterator<Item = &Rc<Marks>> {
        self.0.leaves().flat_map(|leaf| leaf.iter())
    }

    /// The index ranges where `self` may differ from `earlier`, found leaf by leaf: an
    /// edit copies only the leaves it changes, so a shared leaf is the same at once.
    /// `None` when the two are shaped differently (a merge or split moved the leaves).
    pub fn changed_since(&self, earlier: &MarksList) -> Option<Vec<Range<usize>>> {
        if self.len() != earlier.len() {
            return None;
        }
        let mut changed = Vec::new();
        let mut at = 0;
        let mut theirs = earlier.0.leaves();
        for leaf in self.0.leaves() {
            let old = theirs.next()?;
            if old.len() != leaf.len() {
                return None;
            }
            if !std::ptr::eq(old.as_ptr(), leaf.as_ptr()) {
                changed.push(at..at + leaf.len());
            }
            at += leaf.len();
        }
        theirs.next().is_none().then_some(changed)
    }
}

/// Shared lists are equal at once, and lists that share most leaves compare only the
/// leaves that differ: props, effects and autosave compare them often.
impl PartialEq for MarksList {
    fn eq(&self, other: &Self) -> bool {
        if self.0.ptr_eq(&other.0) {
            return true;
        }
        match self.changed_since(other) {
            Some(ranges) => ranges.into_iter().flatten().all(|i| self[i] == other[i]),
            None => self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b),
        }
    }
}

impl FromIterator<Rc<Marks>> for MarksList {
    fn from_iter<I: IntoIterator<Item = Rc<Marks>>>(iter: I) -> Self {
        MarksList(iter.into_iter().collect())
    }
}

/// Everything that is saved and undone together. Cloning is cheap: the parts are
/// shared, and an edit replaces only what it changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Workspace {
    /// The segmented text being tagged.
    pub doc: Rc<Document>,
    /// The tags a sentence can be given, in toolbar order.
    pub tags: Rc<TagSet>,
    /// One entry per sentence of `doc`, in the same order.
    pub marks: MarksList,
}

/// A change to the workspace. Each one can be undone.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Adds the tag to every sentence listed, or removes it from all of them
    /// when they all have it already.
    ToggleTag {
        /// Id of the tag to toggle.
        tag: TagId,
        /// Indices of the sentences to toggle it on; indices past the end are ignored.
        sentences: Vec<usize>,
    },
    /// Replaces a sentence's note; the note is trimmed, and an empty one removes it.
    SetNote {
        /// Index of the sentence.
        sentence: usize,
        /// The new note text.
        note: String,
    },
    /// Joins a sentence to the next one of its paragraph; their marks are united.
    MergeWithNext {
        /// Index of the first of the two sentences.
        sentence: usize,
    },
    /// Splits a sentence before its `at`-th character.
    Split {
        /// Index of the sentence to split.
        sentence: usize,
        /// Code point within the sentence before which to cut.
        at: usize,
    },
    /// Appends a new tag to the set; refused when its id is taken or its label is blank.
    AddTag(Tag),
    /// Replaces the tag with the same id: rename, recolour, re-key.
    UpdateTag(Tag),
    /// Moves a tag to another place in the order (and so to another digit key).
    MoveTag {
        /// Id of the tag to move.
        id: TagId,
        /// The place it takes, clamped to the last.
        to: usize,
    },
    /// Deletes the tag from the set and from every sentence.
    DeleteTag {
        /// Id of the tag to delete.
        id: TagId,
    },
    /// Reads the text's line breaks another way (joining wrapped lines, or keeping
    /// every line); each new sentence gets the marks of the sentences it overlaps.
    LineBreaks(LineBreaks),
    /// Gives each listed sentence the listed tag (accepting suggestions); a sentence
    /// that has it already is left as it is.
    Accept(Vec<(usize, TagId)>),
    /// Turns down the listed tag's suggestion on each listed sentence, so that it is
    /// not suggested there again.
    Reject(Vec<(usize, TagId)>),
    /// Gives a phrase of a sentence the tag, or takes it away (a phrase left with no
    /// tag and no note goes). Refused when the range is empty or not in the sentence.
    TogglePhraseTag {
        /// Index of the sentence.
        sentence: usize,
        /// The phrase, in code points of the document's text.
        range: Range<usize>,
        /// Id of the tag.
        tag: TagId,
    },
    /// Takes a phrase away, with its tags and note.
    RemovePhrase {
        /// Index of the sentence.
        sentence: usize,
        /// The phrase, in code points of the document's text.
        range: Range<usize>,
    },
    /// Splits a sentence like [`Edit::Split`], taking away the phrases the cut runs
    /// through (the user was asked).
    SplitThrough {
        /// Index of the sentence to split.
        sentence: usize,
        /// Code point within the sentence before which to cut.
        at: usize,
    },
    /// Replaces a phrase's note (trimmed; an empty one removes it).
    SetPhraseNote {
        /// Index of the sentence.
        sentence: usize,
        /// The phrase, in code points of the document's text.
        range: Range<usize>,
        /// The new note.
        note: String,
    },
}

/// The marks of `old`'s sentences carried onto `new`'s (the same text, segmented
/// another way): a new sentence gets the tags of every old one it overlaps; a note
/// goes to the first new sentence of the old one it was on.
fn marks_onto(old: &Document, marks: &MarksList, new: &Document) -> MarksList {
    let empty = Rc::new(Marks::default());
    let mut out: MarksList = std::iter::repeat_n(Rc::clone(&empty), new.sentences.len()).collect();
    let mut first = 0;
    for (sentence, m) in old.sentences.iter().zip(marks.iter()) {
        if m.is_empty() {
            continue;
        }
        let (a, b) = (sentence.char_start, sentence.char_end);
        first += new.sentences[first..].partition_point(|n| n.char_end <= a);
        let mut note = m.note.as_str();
        for j in first..new.sentences.len() {
            if new.sentences[j].char_start >= b {
                break;
            }
            // A phrase goes to the sentence it starts in (or the white space after it).
            let until = new
                .sentences
                .get(j + 1)
                .map_or(usize::MAX, |n| n.char_start);
            let starts = if j == first {
                0..until
            } else {
                new.sentences[j].char_start..until
            };
            let carried = Marks {
                note: note.to_string(),
                phrases: phrases::starting_in(m, starts),
                ..(**m).clone()
            };
            note = "";
            let merged = if out[j].is_empty() {
                carried
            } else {
                out[j].merged(&carried)
            };
            out.set(j, Rc::new(merged));
        }
    }
    out
}

/// `new` with its credits and its phrases' stamped by `author` against `old`.
fn credited(old: &Marks, new: &Marks, author: &str) -> Marks {
    let by = new
        .by
        .stamped((&old.tags, &old.note), (&new.tags, &new.note), author);
    let phrases = new
        .phrases
        .iter()
        .map(|p| {
            let before = old
                .phrases
                .iter()
                .find(|o| o.start == p.start && o.end == p.end);
            let (tags, note) = before.map_or((&[][..], ""), |o| (&o.tags[..], &o.note[..]));
            Phrase {
                by: p.by.stamped((tags, note), (&p.tags, &p.note), author),
                ..p.clone()
            }
        })
        .collect();
    Marks {
        by,
        phrases,
        ..new.clone()
    }
}

impl Workspace {
    /// A workspace for `doc` and `tags`, with no sentence marked.
    pub fn new(doc: Document, tags: TagSet) -> Self {
        // Unmarked sentences share one empty value; an edit replaces its own entry.
        let marks = std::iter::repeat_n(Rc::new(Marks::default()), doc.sentences.len()).collect();
        Workspace {
            doc: Rc::new(doc),
            tags: Rc::new(tags),
            marks,
        }
    }

    /// The workspace after `edit`, made at `now`, or `None` when the edit changes
    /// nothing or does not apply.
    /// `apply`, with what `edit` gives credited to `author` (see [`Credits`]): the
    /// tags it adds and the note it writes, on sentences and phrases. An empty author
    /// credits nothing; what an edit takes away is forgotten either way.
    pub fn apply_as(&self, edit: &Edit, now: Millis, author: &str) -> Option<Workspace> {
        let next = self.apply(edit, now)?;
        let touched: Vec<usize> = match edit {
            Edit::ToggleTag { sentences, .. } => sentences.clone(),
            Edit::Accept(pairs) => pairs.iter().map(|(i, _)| *i).collect(),
            Edit::SetNote { sentence, .. }
            | Edit::TogglePhraseTag { sentence, .. }
            | Edit::SetPhraseNote { sentence, .. } => vec![*sentence],
            _ => return Some(next),
        };
        let mut marks = next.marks.clone();
        for i in touched {
            let (Some(old), Some(new)) = (self.marks.get(i), next.marks.get(i)) else {
                continue;
            };
            if Rc::ptr_eq(old, new) {
                continue;
            }
            marks.set(i, Rc::new(credited(old, new, author)));
        }
        Some(Workspace { marks, ..next })
    }

    /// The workspace after `edit` at time `now`, or `None` when it changes nothing;
    /// no author is credited (see [`Workspace::apply_as`]).
    pub fn apply(&self, edit: &Edit, now: Millis) -> Option<Workspace> {
        match edit {
            Edit::ToggleTag { tag, sentences } => self.toggle_tag(tag, sentences, now),
            Edit::SetNote { sentence, note } => {
                let old = self.marks.get(*sentence)?;
                let note = note.trim();
                (old.note != note).then(|| {
                    let marks = old.changed(old.tags.clone(), note.to_string(), now);
                    self.with_marks_at(*sentence, marks)
                })
            }
            Edit::MergeWithNext { sentence } => {
                let doc = self.doc.merge_with_next(*sentence)?;
                let merged = self.marks[*sentence].merged(&self.marks[*sentence + 1]);
                let mut marks = self.marks.clone();
                marks.remove(*sentence + 1);
                marks.set(*sentence, Rc::new(merged));
                Some(self.with(doc, marks))
            }
            Edit::Split { sentence, at } => {
                let doc = self.doc.split(*sentence, *at)?;
                // Both halves keep the tags; the note stays with the first half; each
                // phrase stays on its side, and a cut through one is refused.
                let old = &self.marks[*sentence];
                let (left, right) = (&doc.sentences[*sentence], &doc.sentences[*sentence + 1]);
                let crossed = old
                    .phrases
                    .iter()
                    .any(|p| p.start < right.char_start && p.end > left.char_end);
                if crossed {
                    return None;
                }
                let first = Marks {
                    phrases: phrases::starting_in(old, 0..right.char_start),
                    ..(**old).clone()
                };
                let second = Marks {
                    note: String::new(),
                    phrases: phrases::starting_in(old, right.char_start..usize::MAX),
                    ..(**old).clone()
                };
                let mut marks = self.marks.clone();
                marks.set(*sentence, Rc::new(first));
                marks.insert(*sentence + 1, Rc::new(second));
                Some(self.with(doc, marks))
            }
            Edit::SplitThrough { sentence, at } => {
                let old = self.marks.get(*sentence)?;
                let cut = self.doc.sentences[*sentence].char_start + *at;
                if !phrases::crosses(old, cut) {
                    return self.apply(
                        &Edit::Split {
                            sentence: *sentence,
                            at: *at,
                        },
                        now,
                    );
                }
                let kept = Marks {
                    phrases: old
                        .phrases
                        .iter()
                        .filter(|p| !(p.start < cut && p.end > cut))
                        .cloned()
                        .collect(),
                    ..(**old).clone()
                };
                self.with_marks_at(*sentence, kept).apply(
                    &Edit::Split {
                        sentence: *sentence,
                        at: *at,
                    },
                    now,
                )
            }
            Edit::RemovePhrase { sentence, range } => {
                let old = self.marks.get(*sentence)?;
                let kept: Vec<_> = old
                    .phrases
                    .iter()
                    .filter(|p| !(p.start == range.start && p.end == range.end))
                    .cloned()
                    .collect();
                (kept.len() != old.phrases.len()).then(|| {
                    let marks = Marks {
                        phrases: kept,
                        ..(**old).clone()
                    };
                    self.with_marks_at(*sentence, marks)
                })
            }
            Edit::TogglePhraseTag {
                sentence,
                range,
                tag,
            } => {
                self.tags.get(tag)?;
                let old = self.phrase_marks(*sentence, range)?;
                let marks = phrases::toggle_tag(old, range.clone(), tag);
                Some(self.with_marks_at(*sentence, marks))
            }
            Edit::SetPhraseNote {
                sentence,
                range,
                note,
            } => {
                let old = self.phrase_marks(*sentence, range)?;
                let marks = phrases::set_note(old, range.clone(), note)?;
                Some(self.with_marks_at(*sentence, marks))
            }
            Edit::AddTag(tag) => {
                if self.tags.get(&tag.id).is_some() || tag.label.trim().is_empty() {
                    return None;
                }
                let mut tags = (*self.tags).clone();
                tags.tags.push(tag.clone());
                Some(self.with_tags(tags))
            }
            Edit::UpdateTag(tag) => {
                let at = self.tags.position(&tag.id)?;
                if self.tags.tags[at] == *tag || tag.label.trim().is_empty() {
                    return None;
                }
                let mut tags = (*self.tags).clone();
                if let Some(key) = tag.hotkey {
                    // A key toggles one tag: the last one given it.
                    for other in tags.tags.iter_mut().filter(|t| t.hotkey == Some(key)) {
                        other.hotkey = None;
                    }
                }
                tags.tags[at] = tag.clone();
                Some(self.with_tags(tags))
            }
            Edit::MoveTag { id, to } => {
                let from = self.tags.position(id)?;
                let to = (*to).min(self.tags.tags.len() - 1);
                if from == to {
                    return None;
                }
                let mut tags = (*self.tags).clone();
                let tag = tags.tags.remove(from);
                tags.tags.insert(to, tag);
                Some(self.with_tags(tags))
            }
            Edit::LineBreaks(breaks) => {
                let doc = self.doc.with_line_breaks(*breaks)?;
                let marks = marks_onto(&self.doc, &self.marks, &doc);
                Some(self.with(doc, marks))
            }
            Edit::Accept(pairs) => self.marking(pairs, now, |m, tag, now| {
                let mut tags = m.tags.clone();
                tags.push(tag.to_string());
                (!m.has(tag)).then(|| m.changed(tags, m.note.clone(), now))
            }),
            Edit::Reject(pairs) => self.marking(pairs, now, |m, tag, now| {
                let mut rejected = m.rejected.clone();
                rejected.push(tag.to_string());
                (!m.rejects(tag) && !m.has(tag))
                    .then(|| m.changed_with(m.tags.clone(), m.note.clone(), rejected, now))
            }),
            Edit::DeleteTag { id } => {
                let at = self.tags.position(id)?;
                let mut tags = (*self.tags).clone();
                tags.tags.remove(at);
                let mut marks = self.marks.clone();
                for (i, m) in self
                    .marks
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.has_anywhere(id))
                {
                    let tags = m.tags.iter().filter(|t| *t != id).cloned().collect();
                    let changed = if m.has(id) {
                        m.changed(tags, m.note.clone(), now)
                    } else {
                        (**m).clone()
                    };
                    marks.set(i, Rc::new(phrases::without_tag(&changed, id)));
                }
                Some(Workspace {
                    tags: Rc::new(tags),
                    marks,
                    doc: Rc::clone(&self.doc),
                })
            }
        }
    }

    /// How many sentences carry the tag, themselves or in a phrase.
    pub fn count(&self, tag: &str) -> usize {
        self.marks.iter().filter(|m| m.has_anywhere(tag)).count()
    }

    /// How many sentences carry no tag, themselves or in a phrase (a note alone does not count).
    pub fn untagged_count(&self) -> usize {
        self.marks.iter().filter(|m| m.is_untagged()).count()
    }

    fn toggle_tag(&self, tag: &str, sentences: &[usize], now: Millis) -> Option<Workspace> {
        self.tags.get(tag)?;
        let targets: Vec<usize> = sentences
            .iter()
            .copied()
            .filter(|&i| i < self.marks.len())
            .collect();
        if targets.is_empty() {
            return None;
        }
        let remove = targets.iter().all(|&i| self.marks[i].has(tag));
        let mut marks = self.marks.clone();
        for i in targets {
            let old = &self.marks[i];
            if remove {
                let tags = old.tags.iter().filter(|t| *t != tag).cloned().collect();
                marks.set(i, Rc::new(old.changed(tags, old.note.clone(), now)));
            } else if !old.has(tag) {
                let mut tags = old.tags.clone();
                tags.push(tag.to_string());
                marks.set(i, Rc::new(old.changed(tags, old.note.clone(), now)));
            }
        }
        Some(Workspace {
            marks,
            ..self.clone()
        })
    }

    /// The marks of `sentence`, when `range` is a non-empty part of it.
    fn phrase_marks(&self, sentence: usize, range: &Range<usize>) -> Option<&Marks> {
        let s = self.doc.sentences.get(sentence)?;
        let inside = s.char_start <= range.start && range.end <= s.char_end;
        (range.start < range.end && inside).then(|| &*self.marks[sentence])
    }

    /// Each listed sentence's marks changed by `change` for its tag (`None`: unchanged);
    /// pairs with a sentence or tag that does not exist are left out.
    fn marking(
        &self,
        pairs: &[(usize, TagId)],
        now: Millis,
        change: impl Fn(&Marks, &str, Millis) -> Option<Marks>,
    ) -> Option<Workspace> {
        let mut marks = self.marks.clone();
        let mut changed = false;
        for (i, tag) in pairs {
            if self.tags.get(tag).is_none() {
                continue;
            }
            let Some(old) = marks.get(*i).cloned() else {
                continue;
            };
            if let Some(new) = change(&old, tag, now) {
                marks.set(*i, Rc::new(new));
                changed = true;
            }
        }
        changed.then(|| Workspace {
            marks,
            ..self.clone()
        })
    }

    fn with_marks_at(&self, index: usize, marks: Marks) -> Workspace {
        Workspace {
            marks: MarksList(self.marks.update(index, Rc::new(marks))),
            ..self.clone()
        }
    }

    fn with(&self, doc: Document, marks: MarksList) -> Workspace {
        Workspace {
            doc: Rc::new(doc),
            tags: Rc::clone(&self.tags),
            marks,
        }
    }

    fn with_tags(&self, tags: TagSet) -> Workspace {
        Workspace {
            tags: Rc::new(tags),
            ..self.clone()
        }
    }
}
