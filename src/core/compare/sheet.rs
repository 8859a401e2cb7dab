//! One annotator's marks, anchored to the open document's sentences, and the matching
//! of tags across annotators.

use std::collections::HashMap;
use std::rc::Rc;

use crate::core::annotation::{Marks, TagId, TagSet};
use crate::core::credits::Credits;
use crate::core::editor::{MarksList, Workspace};
use crate::core::format::{self, ImportError, Incoming, sha256_hex, w3c};
use crate::core::import::{self, ImportReport};

/// One annotator's copy of the open document: the marks of each of its sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// Who or what it is, as the user should see it (a file name, "my tags").
    pub name: String,
    /// One entry per sentence of the open document, in order.
    pub marks: MarksList,
    /// The tags it uses; a tag the open document also has carries that tag's id.
    pub tags: TagSet,
    /// How its file's annotations were anchored; empty for the open document itself.
    pub report: ImportReport,
    /// The SHA-256 of the file's text, when it was read from one: same value, same file.
    pub fingerprint: Option<String>,
}

impl Sheet {
    /// The open document's own marks as a sheet.
    pub fn of_workspace(name: impl Into<String>, workspace: &Workspace) -> Sheet {
        Sheet {
            name: name.into(),
            marks: workspace.marks.clone(),
            tags: (*workspace.tags).clone(),
            report: ImportReport::default(),
            fingerprint: None,
        }
    }

    /// A parsed file's annotations anchored onto `base`'s document as the importer
    /// anchors them (a file of another version of the text is re-anchored; what cannot
    /// be placed is counted in [`Sheet::report`]), with its tags matched to `base`'s
    /// tags by id, else by label.
    pub fn from_incoming(name: impl Into<String>, base: &Workspace, incoming: &Incoming) -> Sheet {
        let blank = Rc::new(Marks::default());
        let empty = Workspace {
            doc: Rc::clone(&base.doc),
            tags: Rc::clone(&base.tags),
            marks: std::iter::repeat_n(blank, base.doc.sentences.len()).collect(),
        };
        let (read, report) = import::apply(&empty, incoming);
        let mut sheet = Sheet {
            name: name.into(),
            marks: read.marks,
            tags: (*read.tags).clone(),
            report,
            fingerprint: None,
        };
        let mut known = (*base.tags).clone();
        let map = match_tags(&mut known, &sheet.tags);
        sheet.rename(&map);
        sheet
    }

    /// [`Sheet::from_incoming`] from the text of a file (sentag JSON or W3C), keeping
    /// its fingerprint to tell a file loaded twice.
    pub fn read(
        name: impl Into<String>,
        base: &Workspace,
        file: &str,
    ) -> Result<Sheet, ImportError> {
        let incoming = format::parse(file)?;
        let mut sheet = Sheet::from_incoming(name, base, &incoming);
        sheet.fingerprint = Some(sha256_hex(file));
        Ok(sheet)
    }

    /// The marks of one sentence; `None` past the end.
    pub fn at(&self, sentence: usize) -> Option<&Marks> {
        self.marks.get(sentence).map(|m| &**m)
    }

    /// How many annotations its file had, placed or not.
    pub fn annotations(&self) -> usize {
        self.report.exact + self.report.reanchored + self.report.orphans.len()
    }

    /// Whether it has no tag and no note anywhere (rejected suggestions do not count).
    pub fn is_blank(&self) -> bool {
        self.marks.iter().all(|m| {
            m.is_unmarked()
                && m.phrases
                    .iter()
                    .all(|p| p.tags.is_empty() && p.note.is_empty())
        })
    }

    /// The sheet with its tag ids changed as `map` says, wherever they are used.
    fn rename(&mut self, map: &HashMap<TagId, TagId>) {
        if map.is_empty() {
            return;
        }
        self.tags.tags.retain(|t| !map.contains_key(&t.id));
        for i in 0..self.marks.len() {
            if let Some(changed) = renamed(&self.marks[i], map) {
                self.marks.set(i, Rc::new(changed));
            }
        }
    }
}

/// The sheets with their tags matched to each other and to `base`: a tag is the same
/// tag when its id is, else when its label is (ASCII letters in either case, or the
/// Chinese name of a built-in tag, as the W3C importer matches labels). Also returns
/// every tag they use: `base`'s first, then the others in the order the sheets list
/// them.
pub fn align(base: &TagSet, sheets: Vec<Sheet>) -> (TagSet, Vec<Sheet>) {
    let mut known = base.clone();
    let sheets = sheets
        .into_iter()
        .map(|mut sheet| {
            let map = match_tags(&mut known, &sheet.tags);
            sheet.rename(&map);
            sheet
        })
        .collect();
    (known, sheets)
}

/// The renames that match `theirs` to `known` (by id, else by label), adding to
/// `known` the tags that match none.
fn match_tags(known: &mut TagSet, theirs: &TagSet) -> HashMap<TagId, TagId> {
    let mut map = HashMap::new();
    for tag in &theirs.tags {
        if known.get(&tag.id).is_some() {
            continue;
        }
        match w3c::tag_for_value(known, &tag.label) {
            Some(id) => {
                map.insert(tag.id.clone(), id.to_string());
            }
            None => known.tags.push(tag.clone()),
        }
    }
    map
}

/// `marks` with its tag ids renamed, or `None` when it uses none of them.
fn renamed(marks: &Marks, map: &HashMap<TagId, TagId>) -> Option<Marks> {
    let uses = |ids: &[TagId]| ids.iter().any(|t| map.contains_key(t));
    let touched =
        uses(&marks.tags) || uses(&marks.rejected) || marks.phrases.iter().any(|p| uses(&p.tags));
    let credits = |by: &Credits| -> Credits {
        by.iter()
            .map(|(k, a)| {
                (
                    map.get(k).map_or(k, String::as_str).to_string(),
                    a.to_string(),
                )
            })
            .collect()
    };
    if !touched {
        return None;
    }
    let mut out = marks.clone();
    out.tags = rename_ids(&marks.tags, map);
    out.rejected = rename_ids(&marks.rejected, map);
    out.by = credits(&marks.by);
    for phrase in &mut out.phrases {
        phrase.tags = rename_ids(&phrase.tags, map);
        phrase.by = credits(&phrase.by);
    }
    Some(out)
}

/// The ids renamed, each kept once, in their order.
fn rename_ids(ids: &[TagId], map: &HashMap<TagId, TagId>) -> Vec<TagId> {
    let mut out: Vec<TagId> = Vec::with_capacity(ids.len());
    for id in ids {
        let id = map.get(id).unwrap_or(id);
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}
