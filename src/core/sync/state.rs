//! A document's state as stored, without its text: a small head (revision, fixes, tag
//! set) and the marks in chunks of [`CHUNK`] sentences, each named by a hash of its
//! content. A save serialises and writes only the chunks an edit touched, so its cost
//! follows the edit, not the document.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Revision;
use crate::core::annotation::{Marks, Millis, Phrase, Tag, TagId, TagSet};
use crate::core::credits::Credits;
use crate::core::document::{Document, Fixes};
use crate::core::editor::{MarksList, Workspace};

/// Sentences per chunk of marks.
pub const CHUNK: usize = 256;

/// How many ancestors a state names: enough to tell, after tabs raced, whose write
/// the stored state descends from.
pub(super) const ANCESTORS: usize = 16;

/// Everything of a document that a user changes: the sentence fixes, the tag set and
/// the marks of each marked sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedState {
    /// The revision this state was saved as.
    pub rev: Revision,
    /// The revisions this one was made on top of, newest first (a few, not all).
    pub ancestors: Vec<Revision>,
    /// When it was saved.
    pub saved: Millis,
    /// The user's merges and splits of sentences.
    pub fixes: Fixes,
    /// The tag set, in toolbar order.
    pub tags: Vec<Tag>,
    /// The marks of every marked sentence, in text order.
    pub marks: Vec<SavedMarks>,
}

/// The marks of one sentence, found again by its first code point. Stored as an array,
/// `[at, tags, note, created, modified]`, with the rejected suggestions and the
/// phrases as a sixth and seventh item, and the authors as an eighth, when there are
/// any: a chunk holds up to
/// [`CHUNK`] of them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SavedMarks(
    pub usize,
    pub Vec<TagId>,
    pub String,
    pub Millis,
    pub Millis,
    #[serde(default)] pub Vec<TagId>,
    #[serde(default)] pub Vec<Phrase>,
    #[serde(default)] pub Credits,
);

#[derive(Serialize)]
#[serde(untagged)]
enum MarksOut<'a> {
    Plain(usize, &'a [TagId], &'a str, Millis, Millis),
    Rejecting(usize, &'a [TagId], &'a str, Millis, Millis, &'a [TagId]),
    Full(
        usize,
        &'a [TagId],
        &'a str,
        Millis,
        Millis,
        &'a [TagId],
        &'a [Phrase],
    ),
    Credited(
        usize,
        &'a [TagId],
        &'a str,
        Millis,
        Millis,
        &'a [TagId],
        &'a [Phrase],
        &'a Credits,
    ),
}

#[derive(Serialize)]
struct HeadOut<'a> {
    rev: &'a Revision,
    ancestors: &'a [Revision],
    saved: Millis,
    fixes: Fixes,
    tags: &'a [Tag],
    /// The chunks' names, in order; an empty name for a chunk with no marks.
    chunks: Vec<&'a str>,
}

#[derive(Deserialize)]
struct HeadIn {
    rev: Revision,
    #[serde(default)]
    ancestors: Vec<Revision>,
    #[serde(default)]
    saved: Millis,
    #[serde(default)]
    fixes: Fixes,
    tags: Vec<Tag>,
    #[serde(default)]
    chunks: Vec<String>,
}

/// A chunk of marks to store under its name.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// The name it is stored under: a hash of its JSON, so that equal chunks share a name.
    pub name: Rc<str>,
    /// The marks it holds: a JSON array of [`SavedMarks`].
    pub json: Rc<str>,
    /// Made by this write; the others were written before (a store writes them only if
    /// it lacks them).
    pub fresh: bool,
}

/// A state to write: its head, and every chunk the head names.
#[derive(Debug, Clone, PartialEq)]
pub struct StateWrite {
    /// The revision being written.
    pub rev: Revision,
    /// The head as JSON: revision, ancestors, save time, fixes, tag set and chunk names.
    pub head: String,
    /// Every chunk the head names, in order; only the `fresh` ones are new.
    pub chunks: Vec<Chunk>,
}

/// Why a stored state could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    /// The head is not JSON of the expected shape; the detail is serde's.
    Head(String),
    /// A chunk the head names is not stored (yet, or any more).
    MissingChunk(String),
    /// A chunk is not JSON of the expected shape; the detail is serde's.
    Chunk(String),
}

/// The chunks last written, with the marks they were made from, so that a write
/// serialises only the chunks whose marks changed (found leaf by leaf, see
/// [`MarksList::changed_since`]).
#[derive(Debug, Clone, Default)]
pub struct ChunkCache {
    /// The document the chunks belong to (its sentences give each mark's position).
    doc: Option<Rc<Document>>,
    /// The marks written last; holding them keeps their leaves, so a pointer compare
    /// cannot mistake a new leaf for an old one.
    marks: MarksList,
    /// Each chunk's name and JSON; `None` for a chunk with no marks.
    chunks: Vec<Option<(Rc<str>, Rc<str>)>>,
    /// The document's fixes: the same for as long as the document is.
    fixes: Fixes,
}

fn chunk_name(json: &str) -> Rc<str> {
    let digest = Sha256::digest(json.as_bytes());
    digest[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()
        .into()
}

impl ChunkCache {
    /// The workspace's state as stored at revision `rev`, made on top of `ancestors`
    /// (newest first). It never segments the text, and serialises only changed chunks.
    pub fn write(
        &mut self,
        workspace: &Workspace,
        rev: &Revision,
        ancestors: &[Revision],
        now: Millis,
    ) -> StateWrite {
        let doc = &workspace.doc;
        let count = doc.sentences.len().div_ceil(CHUNK);
        let same_doc = self.doc.as_ref().is_some_and(|d| Rc::ptr_eq(d, doc));
        let mut dirty = vec![!same_doc || self.chunks.len() != count; count];
        if !dirty.iter().all(|&d| d) {
            match workspace.marks.changed_since(&self.marks) {
                Some(ranges) => {
                    for range in ranges {
                        let last = (range.end - 1) / CHUNK;
                        dirty[range.start / CHUNK..=last].fill(true);
                    }
                }
                None => dirty.fill(true),
            }
        }
        if !same_doc {
            self.fixes = doc.fixes();
        }
        self.doc = Some(Rc::clone(doc));
        self.marks = workspace.marks.clone();
        self.chunks.resize(count, None);
        let mut chunks = Vec::new();
        let mut names: Vec<Rc<str>> = Vec::with_capacity(count);
        for (k, &fresh) in dirty.iter().enumerate() {
            if fresh {
                let range = k * CHUNK..((k + 1) * CHUNK).min(doc.sentences.len());
                let out: Vec<MarksOut> = range
                    .filter_map(|i| {
                        let m = &workspace.marks[i];
                        let s = &doc.sentences[i];
                        (!m.is_empty()).then(|| {
                            let (at, tags, note) = (s.char_start, &m.tags[..], &m.note[..]);
                            let (created, modified) = (m.created, m.modified);
                            let rejected = &m.rejected[..];
                            let phrases = &m.phrases[..];
                            match (rejected.is_empty(), phrases.is_empty(), m.by.is_empty()) {
                                (true, true, true) => {
                                    MarksOut::Plain(at, tags, note, created, modified)
                                }
                                (false, true, true) => {
                                    MarksOut::Rejecting(at, tags, note, created, modified, rejected)
                                }
                                (_, false, true) => MarksOut::Full(
                                    at, tags, note, created, modified, rejected, phrases,
                                ),
                                (_, _, false) => MarksOut::Credited(
                                    at, tags, note, created, modified, rejected, phrases, &m.by,
                                ),
                            }
                        })
                    })
                    .collect();
                self.chunks[k] = (!out.is_empty()).then(|| {
                    let json = serde_json::to_string(&out).expect("marks always serialise");
                    (chunk_name(&json), Rc::from(json))
                });
            }
            match &self.chunks[k] {
                Some((name, json)) => {
                    chunks.push(Chunk {
                        name: Rc::clone(name),
                        json: Rc::clone(json),
                        fresh,
                    });
                    names.push(Rc::clone(name));
                }
                None => names.push(Rc::from("")),
            }
        }
        let head = HeadOut {
            rev,
            ancestors: &ancestors[..ancestors.len().min(ANCESTORS)],
            saved: now,
            fixes: self.fixes.clone(),
            tags: &workspace.tags.tags,
            chunks: names.iter().map(|n| &**n).collect(),
        };
        StateWrite {
            rev: rev.clone(),
            head: serde_json::to_string(&head).expect("a head always serialises"),
            chunks,
        }
    }
}

impl SavedState {
    /// A stored state, from its head and the chunks it names (`chunk` reads one by name).
    pub fn read(head: &str, chunk: impl Fn(&str) -> Option<String>) -> Result<Self, ReadError> {
        let head: HeadIn =
            serde_json::from_str(head).map_err(|e| ReadError::Head(e.to_string()))?;
        let mut marks = Vec::new();
        for name in head.chunks.iter().filter(|n| !n.is_empty()) {
            let json = chunk(name).ok_or_else(|| ReadError::MissingChunk(name.clone()))?;
            let part: Vec<SavedMarks> =
                serde_json::from_str(&json).map_err(|e| ReadError::Chunk(e.to_string()))?;
            marks.extend(part);
        }
        Ok(SavedState {
            rev: head.rev,
            ancestors: head.ancestors,
            saved: head.saved,
            fixes: head.fixes,
            tags: head.tags,
            marks,
        })
    }

    /// The chunk names a stored head refers to, for sweeping away the others.
    pub fn chunk_names(head: &str) -> Vec<String> {
        serde_json::from_str::<HeadIn>(head)
            .map(|h| h.chunks.into_iter().filter(|n| !n.is_empty()).collect())
            .unwrap_or_default()
    }

    /// Whether this state is `rev` or was made on top of it.
    pub(crate) fn descends_from(&self, rev: &Revision) -> bool {
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
        for SavedMarks(at, tags, note, created, modified, rejected, phrases, by) in &self.marks {
            // The sentence that starts there, else the one that holds it.
            let Some(index) = doc
                .sentences
                .partition_point(|s| s.char_start <= *at)
                .checked_sub(1)
            else {
                continue;
            };
            let restored = Marks {
                tags: tags.clone(),
                note: note.clone(),
                created: *created,
                modified: *modified,
                rejected: rejected.clone(),
                phrases: phrases.clone(),
                by: by.clone(),
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

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::core::editor::Edit;

    fn big() -> Workspace {
        let text: String = (0..1000).map(|i| format!("Sentence {i} here. ")).collect();
        let w = Workspace::new(Document::new("t", text), TagSet::default());
        let edit = Edit::ToggleTag {
            tag: "metrics".into(),
            sentences: (0..1000).step_by(3).collect(),
        };
        w.apply(&edit, 1).unwrap()
    }

    fn rev(n: u64) -> Revision {
        Revision { n, tab: "t".into() }
    }

    fn read(write: &StateWrite) -> SavedState {
        let chunks: HashMap<&str, &str> =
            write.chunks.iter().map(|c| (&*c.name, &*c.json)).collect();
        SavedState::read(&write.head, |n| chunks.get(n).map(|j| j.to_string())).unwrap()
    }

    #[test]
    fn a_toggle_rewrites_one_chunk() {
        let w = big();
        let mut cache = ChunkCache::default();
        let first = cache.write(&w, &rev(1), &[], 1);
        assert_eq!(first.chunks.len(), 4);
        assert!(first.chunks.iter().all(|c| c.fresh));
        let edit = Edit::ToggleTag {
            tag: "attendees".into(),
            sentences: vec![600],
        };
        let w2 = w.apply(&edit, 2).unwrap();
        let second = cache.write(&w2, &rev(2), &[rev(1)], 2);
        let fresh: Vec<bool> = second.chunks.iter().map(|c| c.fresh).collect();
        assert_eq!(fresh, [false, false, true, false]);
        assert_eq!(read(&second).restore(&w2.doc), w2);
        assert_eq!(read(&first).restore(&w.doc), w);
    }

    #[test]
    fn a_missing_chunk_is_an_error_not_an_empty_state() {
        let w = big();
        let write = ChunkCache::default().write(&w, &rev(1), &[], 1);
        let err = SavedState::read(&write.head, |_| None).unwrap_err();
        assert!(matches!(err, ReadError::MissingChunk(_)));
        assert_eq!(SavedState::chunk_names(&write.head).len(), 4);
    }

    #[test]
    fn a_merge_rewrites_the_chunks_from_there_on() {
        let w = big();
        let mut cache = ChunkCache::default();
        cache.write(&w, &rev(1), &[], 1);
        let merged = w.apply(&Edit::MergeWithNext { sentence: 10 }, 2).unwrap();
        let write = cache.write(&merged, &rev(2), &[], 2);
        assert!(
            write.chunks.iter().all(|c| c.fresh),
            "a new document: all afresh"
        );
        assert_eq!(read(&write).restore(&w.doc), merged);
    }
}
