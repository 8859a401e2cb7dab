//! Three versions of one document (the base two tabs started from, and each tab's),
//! merged sentence by sentence when the tabs touched different things.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::core::annotation::Marks;
use crate::core::document::Document;
use crate::core::editor::{MarksList, Workspace};

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
        Rc::ptr_eq(a, b) || (same_sentences(a, b) && a.line_breaks() == b.line_breaks())
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
    let kept: HashSet<(usize, usize)> = doc
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

/// Equal workspaces, compared by pointer first (edits replace what they change).
pub fn same_workspace(a: &Workspace, b: &Workspace) -> bool {
    (Rc::ptr_eq(&a.doc, &b.doc) || same_sentences(&a.doc, &b.doc))
        && (Rc::ptr_eq(&a.tags, &b.tags) || a.tags == b.tags)
        && (a.marks.ptr_eq(&b.marks) || a.marks == b.marks)
}
