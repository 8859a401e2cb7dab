//! The suggestions that wait for the user, and the commands on them: accept, reject,
//! step to the next one.

use crate::core::annotation::{Millis, TagId};
use crate::core::editor::Edit;
use crate::core::suggest::{Suggester, Suggestion};
use crate::model::selection::Selection;
use crate::model::state::{AppState, Notice};
use std::rc::Rc;

use crate::model::suggested::{Pending, PendingByTag, Suggested};

impl AppState {
    /// The suggestions waiting on sentence `index`: found, sure enough, for a tag of
    /// the set, neither given nor rejected there. None while suggestions are off.
    pub fn pending(&self, index: usize) -> Vec<&Suggestion> {
        let workspace = self.workspace();
        let (Some(sentence), Some(marks)) = (
            workspace.doc.sentences.get(index),
            workspace.marks.get(index),
        ) else {
            return Vec::new();
        };
        if !self.suggest {
            return Vec::new();
        }
        self.suggested
            .get(sentence)
            .map(|found| {
                found
                    .iter()
                    .filter(|s| s.is_pending(marks) && workspace.tags.get(&s.tag).is_some())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether the rules are still reading the document: suggestions are on, the tag
    /// set has something to suggest, and not every sentence has been read with it.
    pub fn reading_suggestions(&self) -> bool {
        let workspace = self.workspace();
        self.suggest
            && (self.suggested.key != Suggested::key_for(&workspace.tags)
                || self.suggested.len() < workspace.doc.sentences.len())
            && !Suggester::new(&workspace.tags).is_idle()
    }

    /// Every sentence with a pending suggestion of `tag`, in order, with it.
    pub fn pending_of(&self, tag: &str) -> Vec<(usize, &Suggestion)> {
        (0..self.workspace().doc.sentences.len())
            .filter_map(|i| {
                self.pending(i)
                    .into_iter()
                    .find(|s| s.tag == tag)
                    .map(|s| (i, s))
            })
            .collect()
    }

    /// Per tag of the set, in order, every sentence with a pending suggestion of it.
    /// It runs after every edit: one walk over the sentences and their marks together,
    /// sharing what was found rather than copying it.
    pub fn pending_by_tag(&self) -> PendingByTag {
        let workspace = self.workspace();
        let mut lists: PendingByTag = workspace
            .tags
            .tags
            .iter()
            .map(|t| (t.id.clone(), Vec::new()))
            .collect();
        if !self.suggest || self.suggested.is_empty() {
            return lists;
        }
        let sentences = workspace.doc.sentences.iter().zip(workspace.marks.iter());
        for (i, (sentence, marks)) in sentences.enumerate() {
            let Some(found) = self.suggested.get(sentence) else {
                continue;
            };
            for (at, s) in found
                .iter()
                .enumerate()
                .filter(|(_, s)| s.is_pending(marks))
            {
                if let Some((_, list)) = lists.iter_mut().find(|(id, _)| *id == s.tag) {
                    list.push(Pending::new(i, Rc::clone(found), at));
                }
            }
        }
        lists
    }

    /// The next sentence after `from` (or before it) that shows a pending suggestion,
    /// going round the end; `from` itself comes last.
    pub fn next_pending(&self, from: Option<usize>, forward: bool) -> Option<usize> {
        let len = self.workspace().doc.sentences.len();
        if len == 0 {
            return None;
        }
        let start = from.unwrap_or(if forward { len - 1 } else { 0 });
        (1..=len)
            .map(|k| {
                if forward {
                    (start + k) % len
                } else {
                    (start + len - k % len) % len
                }
            })
            .find(|&i| self.is_visible(i) && !self.pending(i).is_empty())
    }

    /// The pending suggestions of the selected sentences, as sentence and tag.
    fn pending_selected(&self) -> Vec<(usize, TagId)> {
        self.selection
            .indices()
            .into_iter()
            .flat_map(|i| self.pending(i).into_iter().map(move |s| (i, s.tag.clone())))
            .collect()
    }

    pub(super) fn accepting(&self, now: Millis) -> Option<AppState> {
        let edit = Edit::Accept(self.pending_selected());
        self.edited(&edit, now)
            .map(|next| next.moving_on(&self.selection))
    }

    pub(super) fn rejecting(&self, now: Millis) -> Option<AppState> {
        let edit = Edit::Reject(self.pending_selected());
        self.edited(&edit, now)
            .map(|next| next.moving_on(&self.selection))
    }

    /// After one sentence's suggestions were settled, the next one that has some.
    fn moving_on(self, settled: &Selection) -> AppState {
        if settled.len() != 1 {
            return self;
        }
        match self.next_pending(settled.cursor(), true) {
            Some(next) if Some(next) > settled.cursor() => self.revealing(Selection::only(next)),
            _ => self,
        }
    }

    pub(super) fn to_suggestion(&self, forward: bool) -> Option<AppState> {
        match self.next_pending(self.selection.cursor(), forward) {
            Some(next) => Some(self.clone().revealing(Selection::only(next))),
            None => Some(AppState {
                notice: Some(Notice::info(self.lang.suggest_words().none_left)),
                ..self.clone()
            }),
        }
    }
}
