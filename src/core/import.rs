//! Applying imported annotations to a workspace: anchor each one, merge it into
//! the sentence it lands on, and report what anchored and what did not.

use std::rc::Rc;

use crate::core::anchor::{CharText, Found};
use crate::core::annotation::{Marks, Phrase, Tag, TagSet};
use crate::core::credits::{Credits, NOTE};
use crate::core::document::Document;
use crate::core::editor::Workspace;
use crate::core::format::{Incoming, IncomingAnnotation, sha256_hex, w3c};
use crate::core::phrases;
use crate::core::validate::Repair;

/// What became of each incoming annotation, for the report shown after an import.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    /// Found at their recorded position in the same text.
    pub exact: usize,
    /// Found again after the text changed.
    pub reanchored: usize,
    /// Not found: listed, never dropped silently.
    pub orphans: Vec<IncomingAnnotation>,
    /// What was changed in the file as it was read.
    pub repairs: Vec<Repair>,
}

/// Whether the file was made from this very text.
pub fn same_text(workspace: &Workspace, incoming: &Incoming) -> bool {
    incoming.sha256.as_deref() == Some(sha256_hex(&workspace.doc.text).as_str())
}

/// The workspace with the incoming annotations merged in.
pub fn apply(workspace: &Workspace, incoming: &Incoming) -> (Workspace, ImportReport) {
    let mut tags = (*workspace.tags).clone();
    let mut marks = workspace.marks.clone();
    let mut report = ImportReport {
        repairs: incoming.repairs.clone(),
        ..ImportReport::default()
    };
    let doc = &workspace.doc;
    let text = CharText::new(&doc.text);
    for annotation in &incoming.annotations {
        let found = text.find(&annotation.quote, annotation.range.clone());
        let (range, exact) = match found {
            Some(Found::Exact(r)) => (r, true),
            Some(Found::Moved(r)) => (r, false),
            None => {
                report.orphans.push(annotation.clone());
                continue;
            }
        };
        let Some(index) = sentence_for(doc, range.clone()) else {
            report.orphans.push(annotation.clone());
            continue;
        };
        // A phrase belongs inside one sentence; one that now runs across two is not placed.
        // Where the file does not say (W3C), a stretch inside a sentence is a phrase.
        let holder = &doc.sentences[index];
        let inside = holder.char_start <= range.start && range.end <= holder.char_end;
        let shorter = range.len() < holder.char_end - holder.char_start;
        let phrase = annotation.phrase.unwrap_or(inside && shorter);
        if phrase && !inside {
            report.orphans.push(annotation.clone());
            continue;
        }
        if exact {
            report.exact += 1;
        } else {
            report.reanchored += 1;
        }
        let ids: Vec<String> = annotation
            .tags
            .iter()
            .map(|name| resolve_tag(&mut tags, incoming, name))
            .collect();
        // The file's authors, under the ids its tag names resolved to.
        let by: Credits = annotation
            .authors
            .iter()
            .filter_map(|(key, name)| {
                let id = match annotation.tags.iter().position(|t| t == key) {
                    Some(i) => ids[i].clone(),
                    None if key == NOTE => key.to_string(),
                    None => return None,
                };
                Some((id, name.to_string()))
            })
            .collect();
        let merged = if phrase {
            let phrase = Phrase {
                start: range.start,
                end: range.end,
                tags: ids,
                note: annotation.note.clone(),
                by,
            };
            phrases::merged_in(&marks[index], phrase)
        } else {
            let merged = merge_marks(&marks[index], &ids, annotation, |t| tags.get(t).is_some());
            Marks {
                by: merged.by.merged(&by),
                ..merged
            }
        };
        marks.set(index, Rc::new(merged));
    }
    let next = Workspace {
        doc: Rc::clone(&workspace.doc),
        tags: Rc::new(tags),
        marks,
    };
    (next, report)
}

/// A new workspace from a file that carries its own text, with its fixes and annotations.
pub fn open_as_document(
    incoming: &Incoming,
    default_tags: &TagSet,
) -> Option<(Workspace, ImportReport)> {
    let text = incoming.text.as_deref()?;
    let title = incoming.title.clone().unwrap_or_default();
    let doc = Document::with_fixes(title, text, &incoming.fixes);
    let tags = if incoming.tags.is_empty() {
        default_tags.clone()
    } else {
        TagSet {
            tags: incoming.tags.clone(),
        }
    };
    Some(apply(&Workspace::new(doc, tags), incoming))
}

/// The sentence that overlaps `range` most.
fn sentence_for(doc: &Document, range: std::ops::Range<usize>) -> Option<usize> {
    let first = doc.sentences.partition_point(|s| s.char_end <= range.start);
    doc.sentences[first..]
        .iter()
        .take_while(|s| s.char_start < range.end)
        .enumerate()
        .map(|(i, s)| {
            (
                first + i,
                s.char_end
                    .min(range.end)
                    .saturating_sub(s.char_start.max(range.start)),
            )
        })
        .filter(|(_, overlap)| *overlap > 0)
        .max_by_key(|(i, overlap)| (*overlap, std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
}

/// The id of the tag `name` refers to, adding the tag to `tags` when it is new.
fn resolve_tag(tags: &mut TagSet, incoming: &Incoming, name: &str) -> String {
    if tags.get(name).is_some() {
        return name.to_string();
    }
    if let Some(defined) = incoming.tags.iter().find(|t| t.id == name) {
        tags.tags.push(defined.clone());
        return defined.id.clone();
    }
    if let Some(id) = w3c::tag_for_value(tags, name) {
        return id.to_string();
    }
    let tag = Tag {
        id: tags.new_id(name),
        label: name.to_string(),
        color: tags.next_color(),
        hotkey: None,
        cues: Vec::new(),
    };
    tags.tags.push(tag.clone());
    tag.id
}

fn merge_marks(
    old: &Marks,
    tags: &[String],
    annotation: &IncomingAnnotation,
    tags_known: impl Fn(&str) -> bool,
) -> Marks {
    let mut all = old.tags.clone();
    all.extend(tags.iter().filter(|t| !old.has(t)).cloned());
    let note = match (old.note.as_str(), annotation.note.as_str()) {
        (old, "") => old.to_string(),
        ("", new) => new.to_string(),
        (old, new) if old == new => old.to_string(),
        (old, new) => format!("{old}\n{new}"),
    };
    let (created, modified) = if old.is_empty() {
        (annotation.created, annotation.modified)
    } else {
        (old.created, old.modified.max(annotation.modified))
    };
    let mut rejected = old.rejected.clone();
    rejected.extend(
        annotation
            .rejected
            .iter()
            .filter(|t| !old.rejects(t) && tags_known(t))
            .cloned(),
    );
    Marks {
        tags: all,
        note,
        created,
        modified,
        rejected,
        phrases: old.phrases.clone(),
        by: old.by.clone(),
    }
}
