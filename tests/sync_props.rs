//! Two tabs editing one document on the revision protocol, in any interleaving:
//! no acknowledged edit is ever lost, and a tab with nothing unsaved never writes.
//! Run twice: on an atomic store, and on one where each tab sees the others' writes
//! late, so that two compare-and-swaps can both pass (as `localStorage` across tabs).

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sentag::core::annotation::TagSet;
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::sync::{
    MemoryStore, Outcome, Replica, Revision, SavedState, StateWrite, Store, StoreError,
};

const TEXT: &str = "One. Two. Three. Four.\n五。六。七。八。\nNine. Ten.";
const TAGS: [&str; 3] = ["commitments", "metrics", "attendees"];

/// Storage as one tab sees it: `view` lags the `truth` until a delivery.
struct TabStore<'a> {
    truth: &'a mut MemoryStore,
    view: &'a mut MemoryStore,
}

impl Store for TabStore<'_> {
    fn head(&self) -> Option<Revision> {
        self.view.head()
    }
    fn load(&self) -> Option<SavedState> {
        self.view.load()
    }
    fn compare_and_swap(
        &mut self,
        expected: Option<&Revision>,
        state: &StateWrite,
    ) -> Result<bool, StoreError> {
        if self.view.head().as_ref() != expected {
            return Ok(false);
        }
        self.truth.put(state);
        self.view.put(state);
        Ok(true)
    }
}

#[derive(Debug, Clone)]
enum Op {
    /// Adds a tag to the sentence at a position (never removes one).
    Tag {
        tab: usize,
        sentence: usize,
        tag: usize,
    },
    Merge {
        tab: usize,
        sentence: usize,
    },
    Split {
        tab: usize,
        sentence: usize,
        at: usize,
    },
    Save {
        tab: usize,
    },
    /// The tab learns the stored state (a `storage` event) and catches up.
    Deliver {
        tab: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let tab = 0..2usize;
    prop_oneof![
        4 => (tab.clone(), 0..12usize, 0..3usize).prop_map(|(tab, sentence, tag)| Op::Tag { tab, sentence, tag }),
        1 => (tab.clone(), 0..12usize).prop_map(|(tab, sentence)| Op::Merge { tab, sentence }),
        1 => (tab.clone(), 0..12usize, 1..6usize).prop_map(|(tab, sentence, at)| Op::Split { tab, sentence, at }),
        3 => tab.clone().prop_map(|tab| Op::Save { tab }),
        2 => tab.prop_map(|tab| Op::Deliver { tab }),
    ]
}

struct Tab {
    replica: Replica,
    present: Workspace,
    /// Tags added here and not yet written: (a code point of the sentence, tag).
    pending: Vec<(usize, &'static str)>,
}

/// Whether the sentence holding code point `at` carries `tag`.
fn has(w: &Workspace, at: usize, tag: &str) -> bool {
    let i = w.doc.sentences.partition_point(|s| s.char_start <= at) - 1;
    w.marks[i].has(tag)
}

struct World {
    truth: MemoryStore,
    views: [MemoryStore; 2],
    racy: bool,
    tabs: Vec<Tab>,
    acknowledged: Vec<(usize, &'static str)>,
    /// Versions the user chose not to keep: saved as copies, so still not lost.
    copies: Vec<Workspace>,
    keep_ours: bool,
}

impl World {
    fn new(keep_ours: bool, racy: bool) -> Self {
        let opened = Workspace::new(Document::new("t", TEXT), TagSet::default());
        let (mut truth, mut view) = (MemoryStore::default(), MemoryStore::default());
        let mut first = Replica::new("a", None, opened.clone());
        let mut store = TabStore {
            truth: &mut truth,
            view: &mut view,
        };
        first.save(&opened, &mut store, 1).unwrap();
        let second = Replica::new("b", first.rev().cloned(), opened.clone());
        let tab = |replica| Tab {
            replica,
            present: opened.clone(),
            pending: Vec::new(),
        };
        World {
            views: [truth.clone(), truth.clone()],
            truth,
            racy,
            tabs: vec![tab(first), tab(second)],
            acknowledged: Vec::new(),
            copies: Vec::new(),
            keep_ours,
        }
    }

    fn edit(&mut self, tab: usize, edit: Edit, added: Option<(usize, &'static str)>) {
        let t = &mut self.tabs[tab];
        if let Some(next) = t.present.apply(&edit, 5) {
            t.present = next;
            t.pending.extend(added);
        }
    }

    fn outcome(&mut self, tab: usize, outcome: Outcome, wrote: bool) {
        let t = &mut self.tabs[tab];
        match outcome {
            Outcome::UpToDate => assert!(!wrote, "an up-to-date tab wrote"),
            Outcome::Saved => {
                self.acknowledged.append(&mut t.pending);
            }
            Outcome::Merged(merged) => {
                t.present = merged;
                if wrote {
                    self.acknowledged.append(&mut t.pending);
                }
            }
            Outcome::Adopt(theirs) => {
                assert!(!wrote, "adopting writes nothing");
                // Only a tab whose changes storage already holds adopts.
                for &(at, tag) in &t.pending {
                    assert!(has(&theirs, at, tag), "adopting dropped unsaved {tag}");
                }
                self.acknowledged.append(&mut t.pending);
                t.present = theirs;
            }
            Outcome::Conflict(conflict) => {
                assert!(!wrote, "a conflict writes nothing");
                if self.keep_ours {
                    self.copies.push(conflict.theirs.clone());
                    let before = self.truth.writes;
                    let mut store = TabStore {
                        truth: &mut self.truth,
                        view: &mut self.views[tab],
                    };
                    let next = t
                        .replica
                        .keep_ours(&t.present, &conflict, &mut store, 6)
                        .unwrap();
                    let wrote = self.truth.writes > before;
                    self.outcome(tab, next, wrote);
                } else {
                    self.copies.push(t.present.clone());
                    t.present = t.replica.take_theirs(&conflict);
                    t.pending.clear();
                }
            }
        }
    }

    fn run(&mut self, op: Op) {
        if !self.racy {
            self.views = [self.truth.clone(), self.truth.clone()];
        }
        match op {
            Op::Tag { tab, sentence, tag } => {
                let w = &self.tabs[tab].present;
                let Some(s) = w.doc.sentences.get(sentence) else {
                    return;
                };
                let tag = TAGS[tag];
                if !w.marks[sentence].has(tag) {
                    let edit = Edit::ToggleTag {
                        tag: tag.into(),
                        sentences: vec![sentence],
                    };
                    self.edit(tab, edit, Some((s.char_start, tag)));
                }
            }
            Op::Merge { tab, sentence } => self.edit(tab, Edit::MergeWithNext { sentence }, None),
            Op::Split { tab, sentence, at } => self.edit(tab, Edit::Split { sentence, at }, None),
            Op::Save { tab } => {
                let before = self.truth.writes;
                let t = &mut self.tabs[tab];
                let unsaved = t.replica.has_unsaved(&t.present);
                let mut store = TabStore {
                    truth: &mut self.truth,
                    view: &mut self.views[tab],
                };
                let outcome = t.replica.save(&t.present, &mut store, 5).unwrap();
                let wrote = self.truth.writes > before;
                assert!(unsaved || !wrote, "a tab with nothing unsaved wrote");
                self.outcome(tab, outcome, wrote);
            }
            Op::Deliver { tab } => {
                self.views[tab] = self.truth.clone();
                let t = &mut self.tabs[tab];
                let store = TabStore {
                    truth: &mut self.truth,
                    view: &mut self.views[tab],
                };
                let outcome = t.replica.catch_up(&t.present, &store).unwrap();
                self.outcome(tab, outcome, false);
            }
        }
    }

    /// With no conflict on the way, both tabs end showing what is stored.
    fn converged(&self) {
        if self.copies.is_empty() {
            let stored = self.stored();
            assert_eq!(self.tabs[0].present, stored);
            assert_eq!(self.tabs[1].present, stored);
        }
    }

    fn stored(&self) -> Workspace {
        let state = self.truth.load().unwrap();
        state.restore(&self.tabs[0].present.doc)
    }

    /// Every acknowledged tag is in storage, or in a copy the user chose to keep aside.
    fn check(&self) {
        let stored = self.stored();
        for &(at, tag) in &self.acknowledged {
            let kept = has(&stored, at, tag) || self.copies.iter().any(|c| has(c, at, tag));
            assert!(kept, "acknowledged {tag} at {at} was lost");
        }
        if self.copies.is_empty() {
            for &(at, tag) in &self.acknowledged {
                assert!(
                    has(&stored, at, tag),
                    "no conflict, yet {tag} at {at} is not stored"
                );
            }
        }
    }
}

/// Both tabs finish: each learns the stored state and saves, until neither writes.
fn settle(world: &mut World) {
    for _ in 0..6 {
        for tab in [0, 1] {
            world.run(Op::Deliver { tab });
            world.run(Op::Save { tab });
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_acknowledged_edit_is_lost(ops in proptest::collection::vec(op(), 1..60), keep_ours: bool) {
        let mut world = World::new(keep_ours, false);
        for op in ops {
            world.run(op);
            world.check();
        }
        settle(&mut world);
        world.check();
        world.converged();
    }

    #[test]
    fn racing_writes_lose_nothing_once_the_tabs_learn_of_them(
        ops in proptest::collection::vec(op(), 1..60),
        keep_ours: bool,
    ) {
        let mut world = World::new(keep_ours, true);
        for op in ops {
            world.run(op);
        }
        settle(&mut world);
        world.check();
        world.converged();
    }
}
