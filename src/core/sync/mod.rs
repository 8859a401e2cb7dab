//! One document saved from several tabs without losing work: revisions, a write that
//! happens only on top of the revision a tab last read (compare and swap), and a
//! three-way merge, sentence by sentence, when another tab saved first.
//!
//! A tab ([`Replica`]) remembers the revision it last read or wrote and the workspace
//! it held then (its *base*). It writes only when its present differs from that base,
//! so a tab with no unsaved change never writes, however it is hidden or closed.

mod memory;
mod merge;
mod state;

use serde::{Deserialize, Serialize};

use crate::core::annotation::Millis;
use crate::core::editor::Workspace;
use state::ANCESTORS;

pub use memory::MemoryStore;
pub use merge::{Clash, merge, same_workspace};
pub use state::{CHUNK, Chunk, ChunkCache, ReadError, SavedMarks, SavedState, StateWrite};

/// A saved state's identity: a counter that grows with each save, and the tab that wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Revision {
    /// The save counter: one more than the revision the save was made on.
    pub n: u64,
    /// Id of the tab that wrote it, so that two tabs' saves with the same number differ.
    pub tab: String,
}

impl Revision {
    /// The short form stored beside the state (`12:tab`), cheap to read and compare.
    pub fn key(&self) -> String {
        format!("{}:{}", self.n, self.tab)
    }

    /// The revision a [`Revision::key`] stands for; `None` if the text is not one.
    pub fn parse(key: &str) -> Option<Revision> {
        let (n, tab) = key.split_once(':')?;
        Some(Revision {
            n: n.parse().ok()?,
            tab: tab.to_string(),
        })
    }
}

/// Why a store could not write. The UI words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The storage is full.
    Full,
    /// The storage cannot be used here (private browsing, blocked by a setting).
    Unavailable,
    /// Other tabs kept saving in between; this tab saves again shortly.
    Busy,
    /// Anything else, in the browser's own words.
    Other(String),
}

/// Where the document's state is kept, as far as the protocol needs.
pub trait Store {
    /// The revision stored now, if any.
    fn head(&self) -> Option<Revision>;
    /// The state stored now, if any.
    fn load(&self) -> Option<SavedState>;
    /// Writes `state` (its head, and the chunks the store lacks) if the stored revision
    /// is still `expected`, and says whether it did.
    fn compare_and_swap(
        &mut self,
        expected: Option<&Revision>,
        state: &StateWrite,
    ) -> Result<bool, StoreError>;
}

/// What a save or a catch-up did.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Nothing to write: no unsaved change, and storage holds what this tab holds.
    UpToDate,
    /// This tab's present was written.
    Saved,
    /// Another tab saved, and this one had no unsaved change: show this instead.
    Adopt(Workspace),
    /// Another tab saved different sentences: show this merge, already written.
    Merged(Workspace),
    /// Both tabs changed the same things; nothing was written, the user chooses.
    Conflict(Box<Conflict>),
}

/// A clash, with the other tab's version to show or keep.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The other tab's workspace, as stored.
    pub theirs: Workspace,
    /// The revision the other tab wrote.
    pub rev: Revision,
    /// The revisions that one was made on top of, newest first.
    pub ancestors: Vec<Revision>,
    /// What both tabs changed.
    pub clash: Clash,
}

/// How often a save retries when other tabs keep writing between its read and its write.
const ATTEMPTS: usize = 4;

/// This tab's writes that no other tab's state has been seen to build on yet. If two
/// tabs write at once, one write can be lost (the store's compare and swap may not be
/// atomic across tabs); the tab learns it when it sees a stored state that does not
/// descend from its write, and merges again from the state it wrote on.
#[derive(Debug, Clone)]
struct Unconfirmed {
    newest: Revision,
    /// The state the oldest of these writes was made on.
    base: Workspace,
}

/// One tab's view of the stored document.
#[derive(Debug, Clone)]
pub struct Replica {
    tab: String,
    rev: Option<Revision>,
    /// The ancestors of `rev`, newest first.
    ancestors: Vec<Revision>,
    base: Workspace,
    unconfirmed: Option<Unconfirmed>,
    chunks: ChunkCache,
}

impl Replica {
    /// A tab that read `base` at `rev` (`None`: never saved yet).
    pub fn new(tab: impl Into<String>, rev: Option<Revision>, base: Workspace) -> Self {
        Replica {
            tab: tab.into(),
            rev,
            ancestors: Vec::new(),
            base,
            unconfirmed: None,
            chunks: ChunkCache::default(),
        }
    }

    /// The revision this tab last read or wrote; `None` if the document was never saved.
    pub fn rev(&self) -> Option<&Revision> {
        self.rev.as_ref()
    }

    /// Whether `present` holds anything that storage may not have.
    pub fn has_unsaved(&self, present: &Workspace) -> bool {
        self.rev.is_none() || !same_workspace(&self.base, present)
    }

    /// Writes `present` if it has unsaved changes, on top of the revision this tab
    /// last read; when another tab saved since, catches up first (merging).
    pub fn save(
        &mut self,
        present: &Workspace,
        store: &mut impl Store,
        now: Millis,
    ) -> Result<Outcome, StoreError> {
        let mut present = present.clone();
        let mut merged = false;
        for _ in 0..ATTEMPTS {
            let head = store.head();
            // The revision to write on: the one this tab has caught up with.
            let expected = if head == self.rev {
                head
            } else {
                match self.catch_up(&present, store)? {
                    Outcome::Merged(m) => {
                        present = m;
                        merged = true;
                        self.rev.clone()
                    }
                    Outcome::UpToDate if head.is_none() => None,
                    Outcome::UpToDate => self.rev.clone(),
                    other => return Ok(other),
                }
            };
            if !self.has_unsaved(&present) {
                return Ok(if merged {
                    Outcome::Merged(present)
                } else {
                    Outcome::UpToDate
                });
            }
            let next = Revision {
                n: expected.as_ref().map_or(0, |r| r.n) + 1,
                tab: self.tab.clone(),
            };
            let ancestors: Vec<Revision> = expected
                .iter()
                .chain(&self.ancestors)
                .take(ANCESTORS)
                .cloned()
                .collect();
            let state = self.chunks.write(&present, &next, &ancestors, now);
            if store.compare_and_swap(expected.as_ref(), &state)? {
                let base = std::mem::replace(&mut self.base, present.clone());
                self.unconfirmed = Some(match self.unconfirmed.take() {
                    Some(older) => Unconfirmed {
                        newest: next.clone(),
                        base: older.base,
                    },
                    None => Unconfirmed {
                        newest: next.clone(),
                        base,
                    },
                });
                self.rev = Some(next);
                self.ancestors = ancestors;
                return Ok(if merged {
                    Outcome::Merged(present)
                } else {
                    Outcome::Saved
                });
            }
        }
        Err(StoreError::Busy)
    }

    /// Learns what another tab saved. Writes nothing itself: a merge is returned for
    /// the caller to show, and is written by the next [`Replica::save`].
    pub fn catch_up(
        &mut self,
        present: &Workspace,
        store: &impl Store,
    ) -> Result<Outcome, StoreError> {
        let Some(stored) = store.load() else {
            // Deleted from another tab: written again only if edited here.
            return Ok(Outcome::UpToDate);
        };
        if Some(&stored.rev) == self.rev.as_ref() {
            return Ok(Outcome::UpToDate);
        }
        // This tab's own writes that the stored state does not build on were lost:
        // what they changed still counts as unsaved, from the state they were made on.
        let lost = self
            .unconfirmed
            .as_ref()
            .filter(|u| !stored.descends_from(&u.newest))
            .map(|u| u.base.clone());
        let theirs = stored.restore(&present.doc);
        let untouched = self.rev.is_none() && same_workspace(&self.base, present);
        let unsaved = lost.is_some() || self.has_unsaved(present);
        if !unsaved || untouched || same_workspace(present, &theirs) {
            self.adopt(stored, theirs.clone());
            return Ok(Outcome::Adopt(theirs));
        }
        let base = lost.unwrap_or_else(|| self.base.clone());
        match merge(&base, present, &theirs) {
            Ok(merged) => {
                self.adopt(stored, theirs);
                Ok(Outcome::Merged(merged))
            }
            Err(clash) => Ok(Outcome::Conflict(Box::new(Conflict {
                theirs,
                rev: stored.rev,
                ancestors: stored.ancestors,
                clash,
            }))),
        }
    }

    fn adopt(&mut self, stored: SavedState, workspace: Workspace) {
        self.base = workspace;
        self.rev = Some(stored.rev);
        self.ancestors = stored.ancestors;
        self.unconfirmed = None;
    }

    /// The user keeps this tab's version: it is written over the other tab's, which
    /// the caller keeps as a copy.
    pub fn keep_ours(
        &mut self,
        present: &Workspace,
        conflict: &Conflict,
        store: &mut impl Store,
        now: Millis,
    ) -> Result<Outcome, StoreError> {
        self.take_theirs(conflict);
        self.save(present, store, now)
    }

    /// The user takes the other tab's version; the caller keeps this tab's as a copy.
    pub fn take_theirs(&mut self, conflict: &Conflict) -> Workspace {
        self.base = conflict.theirs.clone();
        self.rev = Some(conflict.rev.clone());
        self.ancestors = conflict.ancestors.clone();
        self.unconfirmed = None;
        conflict.theirs.clone()
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::core::annotation::{Tag, TagSet};
    use crate::core::document::Document;
    use crate::core::editor::Edit;

    fn workspace() -> Workspace {
        Workspace::new(
            Document::new("t", "One. Two. Three.\n四。五。六。"),
            TagSet::default(),
        )
    }

    fn toggle(w: &Workspace, tag: &str, sentence: usize) -> Workspace {
        let edit = Edit::ToggleTag {
            tag: tag.into(),
            sentences: vec![sentence],
        };
        w.apply(&edit, 7).unwrap()
    }

    #[test]
    fn a_state_round_trips_without_its_text() {
        let w = toggle(&workspace(), "metrics", 4);
        let w = w.apply(&Edit::MergeWithNext { sentence: 0 }, 8).unwrap();
        let w = w
            .apply(
                &Edit::SetNote {
                    sentence: 2,
                    note: "a \"quoted\" note".into(),
                },
                9,
            )
            .unwrap();
        let rev = Revision {
            n: 3,
            tab: "a".into(),
        };
        let mut store = MemoryStore::default();
        let write = ChunkCache::default().write(&w, &rev, &[], 10);
        assert!(!write.head.contains("One.") && !write.chunks[0].json.contains("One."));
        store.put(&write);
        let state = store.load().unwrap();
        assert_eq!(state.rev, rev);
        let fresh = Rc::new(Document::new("t", "One. Two. Three.\n四。五。六。"));
        assert_eq!(state.restore(&fresh), w);
        assert_eq!(state.restore(&w.doc).doc, w.doc);
    }

    #[test]
    fn revisions_have_a_short_form() {
        let rev = Revision {
            n: 12,
            tab: "x:y".into(),
        };
        assert_eq!(Revision::parse(&rev.key()), Some(rev));
        assert_eq!(Revision::parse("nope"), None);
    }

    #[test]
    fn different_sentences_merge_and_the_same_sentence_clashes() {
        let base = workspace();
        let ours = toggle(&base, "metrics", 1);
        let theirs = toggle(&base, "commitments", 4);
        let merged = merge(&base, &ours, &theirs).unwrap();
        assert!(merged.marks[1].has("metrics") && merged.marks[4].has("commitments"));
        let clash = merge(&base, &ours, &toggle(&base, "attendees", 1)).unwrap_err();
        assert_eq!(clash.sentences, [1]);
        // The same change on both sides is no clash.
        assert!(merge(&base, &ours, &toggle(&base, "metrics", 1)).is_ok());
    }

    #[test]
    fn a_merge_on_one_side_and_tags_elsewhere_on_the_other() {
        let base = workspace();
        let ours = base.apply(&Edit::MergeWithNext { sentence: 0 }, 1).unwrap();
        let theirs = toggle(&base, "metrics", 4);
        let merged = merge(&base, &ours, &theirs).unwrap();
        assert_eq!(merged.doc, ours.doc);
        assert!(merged.marks[3].has("metrics"));
        // Tagging a sentence that the other side merged away clashes.
        let clash = merge(&base, &ours, &toggle(&base, "metrics", 1)).unwrap_err();
        assert_eq!(clash.sentences, [0]);
    }

    #[test]
    fn tag_sets_changed_on_both_sides_clash() {
        let base = workspace();
        let add = |label: &str| {
            let tag = Tag {
                id: label.into(),
                label: label.into(),
                color: "#123456".into(),
                hotkey: None,
                cues: Vec::new(),
            };
            base.apply(&Edit::AddTag(tag), 1).unwrap()
        };
        assert!(merge(&base, &add("risks"), &add("vocab")).unwrap_err().tags);
        // A tag deleted there and used here cannot be merged silently.
        let deleted = base
            .apply(
                &Edit::DeleteTag {
                    id: "metrics".into(),
                },
                1,
            )
            .unwrap();
        assert!(
            merge(&base, &toggle(&base, "metrics", 2), &deleted)
                .unwrap_err()
                .tags
        );
    }

    #[test]
    fn a_stale_tab_never_writes_and_adopts_the_newer_state() {
        let mut store = MemoryStore::default();
        let opened = workspace();
        let mut b = Replica::new("b", None, opened.clone());
        assert_eq!(b.save(&opened, &mut store, 1), Ok(Outcome::Saved));
        let mut a = Replica::new("a", b.rev().cloned(), opened.clone());
        let tagged = toggle(&toggle(&opened, "metrics", 0), "metrics", 2);
        assert_eq!(a.save(&tagged, &mut store, 2), Ok(Outcome::Saved));
        // B, untouched, is closed: nothing to write.
        assert!(!b.has_unsaved(&opened));
        assert_eq!(
            b.save(&opened, &mut store, 3),
            Ok(Outcome::Adopt(tagged.clone()))
        );
        assert_eq!(store.load().unwrap().restore(&opened.doc), tagged);
    }

    #[test]
    fn a_tab_with_changes_merges_then_writes() {
        let mut store = MemoryStore::default();
        let opened = workspace();
        let mut a = Replica::new("a", None, opened.clone());
        a.save(&opened, &mut store, 1).unwrap();
        let mut b = Replica::new("b", a.rev().cloned(), opened.clone());
        a.save(&toggle(&opened, "metrics", 1), &mut store, 2)
            .unwrap();
        let ours = toggle(&opened, "commitments", 4);
        let Ok(Outcome::Merged(merged)) = b.save(&ours, &mut store, 3) else {
            panic!("expected a merge")
        };
        let stored = store.load().unwrap().restore(&opened.doc);
        assert_eq!(stored, merged);
        assert!(stored.marks[1].has("metrics") && stored.marks[4].has("commitments"));
    }

    #[test]
    fn a_clash_writes_nothing_until_the_user_chooses() {
        let mut store = MemoryStore::default();
        let opened = workspace();
        let mut a = Replica::new("a", None, opened.clone());
        a.save(&opened, &mut store, 1).unwrap();
        let mut b = Replica::new("b", a.rev().cloned(), opened.clone());
        let theirs = toggle(&opened, "metrics", 1);
        a.save(&theirs, &mut store, 2).unwrap();
        let ours = toggle(&opened, "attendees", 1);
        let Ok(Outcome::Conflict(conflict)) = b.save(&ours, &mut store, 3) else {
            panic!("expected a conflict")
        };
        assert_eq!(store.load().unwrap().restore(&opened.doc), theirs);
        assert_eq!(conflict.theirs, theirs);
        assert_eq!(
            b.keep_ours(&ours, &conflict, &mut store, 4),
            Ok(Outcome::Saved)
        );
        assert_eq!(store.load().unwrap().restore(&opened.doc), ours);
        let Ok(Outcome::Adopt(now)) = a.catch_up(&theirs, &store) else {
            panic!("A has nothing unsaved")
        };
        assert_eq!(now, ours);
    }
}
