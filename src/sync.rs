//! One document saved from several tabs without losing work: revisions, a write that
//! happens only on top of the revision a tab last read (compare and swap), and a
//! three-way merge, sentence by sentence, when another tab saved first.
//!
//! A tab ([`Replica`]) remembers the revision it last read or wrote and the workspace
//! it held then (its *base*). It writes only when its present differs from that base,
//! so a tab with no unsaved change never writes, however it is hidden or closed.

use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::annotation::{Marks, Millis, Tag, TagId, TagSet};
use crate::document::{Document, Fixes};
use crate::editor::{MarksList, Workspace};

/// A saved state's identity: a counter that grows with each save, and the tab that wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Revision {
    pub n: u64,
    pub tab: String,
}

impl Revision {
    /// The short form stored beside the state (`12:tab`), cheap to read and compare.
    pub fn key(&self) -> String {
        format!("{}:{}", self.n, self.tab)
    }

    pub fn parse(key: &str) -> Option<Revision> {
        let (n, tab) = key.split_once(':')?;
        Some(Revision {
            n: n.parse().ok()?,
            tab: tab.to_string(),
        })
    }
}

/// Everything of a document that a user changes, without its text (stored once, apart):
/// the sentence fixes, the tag set and the marks of each marked sentence.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SavedState {
    pub rev: Revision,
    /// The revisions this one was made on top of, newest first (a few, not all).
    #[serde(default)]
    pub ancestors: Vec<Revision>,
    #[serde(default)]
    pub saved: Millis,
    #[serde(default)]
    pub fixes: Fixes,
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub marks: Vec<SavedMarks>,
}

/// The marks of one sentence, found again by its first code point.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SavedMarks {
    pub at: usize,
    #[serde(default)]
    pub tags: Vec<TagId>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub created: Millis,
    #[serde(default)]
    pub modified: Millis,
}

/// [`SavedState`] as written: borrowed, so that a save copies no tag or note.
#[derive(Serialize)]
struct StateOut<'a> {
    rev: &'a Revision,
    ancestors: &'a [Revision],
    saved: Millis,
    fixes: Fixes,
    tags: &'a [Tag],
    marks: Vec<MarksOut<'a>>,
}

#[derive(Serialize)]
struct MarksOut<'a> {
    at: usize,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    tags: &'a [TagId],
    #[serde(skip_serializing_if = "str::is_empty")]
    note: &'a str,
    created: Millis,
    modified: Millis,
}

/// How many ancestors a state names: enough to tell, after tabs raced, whose write
/// the stored state descends from.
const ANCESTORS: usize = 16;

/// The workspace's state as stored at revision `rev`, made on top of `ancestors`
/// (newest first). Linear in the sentences; it neither segments the text nor copies it.
pub fn state_json(
    workspace: &Workspace,
    rev: &Revision,
    ancestors: &[Revision],
    now: Millis,
) -> String {
    let marks = workspace
        .doc
        .sentences
        .iter()
        .zip(workspace.marks.iter())
        .filter(|(_, m)| !m.is_empty())
        .map(|(s, m)| MarksOut {
            at: s.char_start,
            tags: &m.tags,
            note: &m.note,
            created: m.created,
            modified: m.modified,
        })
        .collect();
    let out = StateOut {
        rev,
        ancestors: &ancestors[..ancestors.len().min(ANCESTORS)],
        saved: now,
        fixes: workspace.doc.fixes(),
        tags: &workspace.tags.tags,
        marks,
    };
    serde_json::to_string(&out).expect("a state always serialises")
}

impl SavedState {
    pub fn from_json(json: &str) -> Result<SavedState, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// Whether this state is `rev` or was made on top of it.
    pub fn descends_from(&self, rev: &Revision) -> bool {
        self.rev == *rev || self.ancestors.contains(rev)
    }

    /// The workspace this state describes, over the text of `like` (the same text).
    /// `like` itself is reused when its sentences already carry these fixes.
    pub fn restore(&self, like: &Rc<Document>) -> Workspace {
        let doc = if like.fixes() == self.fixes {
            Rc::clone(like)
        } else {
            let text = Rc::clone(&like.text);
            Rc::new(Document::with_fixes(like.title.clone(), text, &self.fixes))
        };
        let empty = Rc::new(Marks::default());
        let mut marks: MarksList = std::iter::repeat_n(empty, doc.sentences.len()).collect();
        for saved in &self.marks {
            // The sentence that starts there, else the one that holds it.
            let Some(index) = doc
                .sentences
                .partition_point(|s| s.char_start <= saved.at)
                .checked_sub(1)
            else {
                continue;
            };
            let restored = Marks {
                tags: saved.tags.clone(),
                note: saved.note.clone(),
                created: saved.created,
                modified: saved.modified,
            };
            let merged = marks[index].merged(&restored);
            marks.set(index, Rc::new(merged));
        }
        Workspace {
            doc,
            tags: Rc::new(TagSet {
                tags: self.tags.clone(),
            }),
            marks,
        }
    }
}

/// What two tabs both changed, so that neither can be kept without the user choosing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clash {
    /// Sentences (indices in this tab's document) whose marks both changed.
    pub sentences: Vec<usize>,
    /// Both changed the tag set, or one removed a tag the other used.
    pub tags: bool,
    /// Both merged or split sentences, differently.
    pub structure: bool,
}

impl Clash {
    fn is_empty(&self) -> bool {
        self.sentences.is_empty() && !self.tags && !self.structure
    }
}

fn same_marks(a: &Rc<Marks>, b: &Rc<Marks>) -> bool {
    Rc::ptr_eq(a, b) || a == b
}

fn same_sentences(a: &Document, b: &Document) -> bool {
    a.sentences.len() == b.sentences.len()
        && a.sentences
            .iter()
            .zip(&b.sentences)
            .all(|(x, y)| x.char_start == y.char_start && x.char_end == y.char_end)
}

/// Of three versions of one thing, the one a merge keeps: the side that changed it,
/// either when both changed it alike, none when they changed it differently.
fn pick<'a, T: ?Sized>(
    base: &'a T,
    ours: &'a T,
    theirs: &'a T,
    same: impl Fn(&T, &T) -> bool,
) -> Option<&'a T> {
    if same(ours, base) {
        Some(theirs)
    } else if same(theirs, base) || same(ours, theirs) {
        Some(ours)
    } else {
        None
    }
}

/// This tab's changes (`ours`, from `base`) and another tab's (`theirs`, from the same
/// base) together, when they touched different things; else what clashed.
pub fn merge(base: &Workspace, ours: &Workspace, theirs: &Workspace) -> Result<Workspace, Clash> {
    let mut clash = Clash::default();
    let doc = pick(&base.doc, &ours.doc, &theirs.doc, |a, b| {
        Rc::ptr_eq(a, b) || same_sentences(a, b)
    });
    let tags = pick(&base.tags, &ours.tags, &theirs.tags, |a, b| {
        Rc::ptr_eq(a, b) || a == b
    });
    let (Some(doc), Some(tags)) = (doc, tags) else {
        clash.structure = doc.is_none();
        clash.tags = tags.is_none();
        return Err(clash);
    };
    let aligned = same_sentences(&base.doc, &ours.doc) && same_sentences(&base.doc, &theirs.doc);
    let marks = if aligned {
        merge_aligned(base, ours, theirs, &mut clash)
    } else {
        merge_keyed(doc, base, ours, theirs, &mut clash)
    };
    let dangling = marks
        .iter()
        .flat_map(|m| m.tags.iter())
        .any(|t| tags.get(t).is_none());
    clash.tags |= dangling;
    if !clash.is_empty() {
        return Err(clash);
    }
    Ok(Workspace {
        doc: Rc::clone(doc),
        tags: Rc::clone(tags),
        marks,
    })
}

/// The marks, when all three have the same sentences: compared index by index.
fn merge_aligned(
    base: &Workspace,
    ours: &Workspace,
    theirs: &Workspace,
    clash: &mut Clash,
) -> MarksList {
    if base.marks.ptr_eq(&ours.marks) {
        return theirs.marks.clone();
    }
    if base.marks.ptr_eq(&theirs.marks) {
        return ours.marks.clone();
    }
    let mut marks = theirs.marks.clone();
    let triples = base
        .marks
        .iter()
        .zip(ours.marks.iter())
        .zip(theirs.marks.iter());
    for (i, ((b, o), t)) in triples.enumerate() {
        match pick(b, o, t, same_marks) {
            Some(kept) if !Rc::ptr_eq(kept, t) => {
                marks.set(i, Rc::clone(kept));
            }
            Some(_) => {}
            None => clash.sentences.push(i),
        }
    }
    marks
}

/// Each sentence's marks by its range, for documents whose sentences differ.
fn by_range(workspace: &Workspace) -> HashMap<(usize, usize), &Rc<Marks>> {
    workspace
        .doc
        .sentences
        .iter()
        .zip(workspace.marks.iter())
        .map(|(s, m)| ((s.char_start, s.char_end), m))
        .collect()
}

/// The marks, when one side merged or split sentences: compared by sentence range.
/// A change to a sentence that the other side merged or split away is a clash.
fn merge_keyed(
    doc: &Document,
    base: &Workspace,
    ours: &Workspace,
    theirs: &Workspace,
    clash: &mut Clash,
) -> MarksList {
    let (b, o, t) = (by_range(base), by_range(ours), by_range(theirs));
    let same = |x: &Option<&&Rc<Marks>>, y: &Option<&&Rc<Marks>>| match (x, y) {
        (Some(x), Some(y)) => same_marks(x, y),
        (None, None) => true,
        _ => false,
    };
    let ours_index = |at: usize| {
        ours.doc
            .sentences
            .partition_point(|s| s.char_start <= at)
            .saturating_sub(1)
    };
    let empty = Rc::new(Marks::default());
    let mut marks = MarksList::default();
    for s in &doc.sentences {
        let key = (s.char_start, s.char_end);
        let (kb, ko, kt) = (b.get(&key), o.get(&key), t.get(&key));
        let kept = if same(&ko, &kb) {
            kt
        } else if same(&kt, &kb) || same(&ko, &kt) {
            ko
        } else {
            clash.sentences.push(ours_index(s.char_start));
            ko
        };
        marks.push_back(kept.map_or_else(|| Rc::clone(&empty), |m| Rc::clone(m)));
    }
    let kept: std::collections::HashSet<(usize, usize)> = doc
        .sentences
        .iter()
        .map(|s| (s.char_start, s.char_end))
        .collect();
    for side in [&o, &t] {
        for (key, m) in side.iter().filter(|(key, _)| !kept.contains(key)) {
            if !same(&Some(m), &b.get(key)) {
                clash.sentences.push(ours_index(key.0));
            }
        }
    }
    clash.sentences.sort_unstable();
    clash.sentences.dedup();
    marks
}

/// Where the document's state is kept, as far as the protocol needs.
pub trait Store {
    /// The revision stored now, if any.
    fn head(&self) -> Option<Revision>;
    /// The state stored now, if any.
    fn load(&self) -> Option<SavedState>;
    /// Writes `json` (the state at revision `next`) if the stored revision is still
    /// `expected`, and says whether it did.
    fn compare_and_swap(
        &mut self,
        expected: Option<&Revision>,
        next: &Revision,
        json: &str,
    ) -> Result<bool, String>;
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
    pub theirs: Workspace,
    pub rev: Revision,
    pub ancestors: Vec<Revision>,
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
        }
    }

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
    ) -> Result<Outcome, String> {
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
            let json = state_json(&present, &next, &ancestors, now);
            if store.compare_and_swap(expected.as_ref(), &next, &json)? {
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
        Err("other tabs kept saving this document; it will be saved again shortly".into())
    }

    /// Learns what another tab saved. Writes nothing itself: a merge is returned for
    /// the caller to show, and is written by the next [`Replica::save`].
    pub fn catch_up(&mut self, present: &Workspace, store: &impl Store) -> Result<Outcome, String> {
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
    ) -> Result<Outcome, String> {
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

/// Equal workspaces, compared by pointer first (edits replace what they change).
pub fn same_workspace(a: &Workspace, b: &Workspace) -> bool {
    (Rc::ptr_eq(&a.doc, &b.doc) || same_sentences(&a.doc, &b.doc))
        && (Rc::ptr_eq(&a.tags, &b.tags) || a.tags == b.tags)
        && (a.marks.ptr_eq(&b.marks) || a.marks == b.marks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::Edit;

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
        let json = state_json(&w, &rev, &[], 10);
        assert!(!json.contains("One."), "the text is not in the state");
        let state = SavedState::from_json(&json).unwrap();
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

    /// Storage in memory, as the property tests and these tests use it.
    #[derive(Default)]
    struct Memory(Option<(Revision, String)>);

    impl Store for Memory {
        fn head(&self) -> Option<Revision> {
            self.0.as_ref().map(|(r, _)| r.clone())
        }
        fn load(&self) -> Option<SavedState> {
            self.0
                .as_ref()
                .map(|(_, j)| SavedState::from_json(j).unwrap())
        }
        fn compare_and_swap(
            &mut self,
            expected: Option<&Revision>,
            next: &Revision,
            json: &str,
        ) -> Result<bool, String> {
            if self.head().as_ref() != expected {
                return Ok(false);
            }
            self.0 = Some((next.clone(), json.to_string()));
            Ok(true)
        }
    }

    #[test]
    fn a_stale_tab_never_writes_and_adopts_the_newer_state() {
        let mut store = Memory::default();
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
        let mut store = Memory::default();
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
        let mut store = Memory::default();
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
