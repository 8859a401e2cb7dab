//! sentag's own JSON format, version 2: version 1 and phrases, annotations of
//! `"kind": "phrase"` (version 1 files still read). `schema/sentag-v1.schema.json`
//! describes it.

use serde::{Deserialize, Serialize};

use super::{ImportError, Incoming, IncomingAnnotation, iso_time, parse_time, sha256_hex};
use crate::core::anchor::{CharText, Quote};
use crate::core::annotation::{Millis, Tag};
use crate::core::credits::Credits;
use crate::core::document::Fixes;
use crate::core::editor::Workspace;
use crate::core::suggest::Suggestion;

/// The `kind` of a phrase's annotation.
pub const PHRASE: &str = "phrase";

/// The value of the `format` field that marks a sentag file.
pub const FORMAT: &str = "sentag";
/// The format version this build writes, and the newest it reads.
pub const VERSION: u64 = 2;

/// A sentag file, as its JSON is laid out (field names in camelCase).
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NativeFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version; [`VERSION`] when written by this build.
    pub version: u64,
    /// When the file was exported, in RFC 3339 (UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported: Option<String>,
    /// The text the annotations belong to, or at least its fingerprint.
    pub document: DocumentInfo,
    /// The tag definitions, in toolbar order.
    #[serde(default)]
    pub tag_set: Vec<Tag>,
    /// The user's merges and splits of sentences.
    #[serde(default)]
    pub sentence_fixes: Fixes,
    /// One entry per sentence that carries a tag or a note.
    #[serde(default)]
    pub annotations: Vec<Annotation>,
}

/// The annotated text: its title and fingerprint, and the text itself when the export includes it.
#[derive(Debug, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// The title shown for the document; not part of the text.
    #[serde(default)]
    pub title: String,
    /// The address the text was fetched from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The full text, when the export includes it; it must match `sha256`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The text's fingerprint ([`sha256_hex`]), to tell whether a file belongs to an open text.
    pub sha256: String,
    /// The text's length in code points.
    pub length: usize,
}

/// The marks of one sentence, or of one phrase inside a sentence, with where it is in
/// the text.
#[derive(Debug, Serialize, Deserialize)]
pub struct Annotation {
    /// `"phrase"` for a phrase; left out for a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// `s{start}-{end}`: unique within the file, made from the sentence's position.
    pub id: String,
    /// Code points, start inclusive.
    pub start: usize,
    /// Code points, end exclusive.
    pub end: usize,
    /// The sentence's text with context, to find it again if the text changed.
    pub quote: Quote,
    /// Ids of the tags on the sentence, in the order they were added.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The sentence's note; left out when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When the sentence was first marked, in RFC 3339; left out when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// When its marks last changed, in RFC 3339; left out when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// Tags suggested for the sentence that the user rejected; left out when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<String>,
    /// Who gave each tag (by id) and wrote the note (`#note`); left out when unknown.
    #[serde(default, skip_serializing_if = "Credits::is_empty")]
    pub authors: Credits,
    /// Only in an export that asked for them: the tags suggested and not yet accepted
    /// or rejected. They are not tags: an import ignores them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggested: Vec<SuggestedTag>,
}

/// A suggested tag, as an export that includes suggestions writes it.
#[derive(Debug, Serialize, Deserialize)]
pub struct SuggestedTag {
    /// The tag's id.
    pub tag: String,
    /// How sure the rule is, from 0 to 1.
    pub confidence: f32,
    /// Why, as a key (`directive`, `money`, `cue`…).
    pub reason: String,
    /// The words of the sentence that gave it away.
    pub cue: String,
}

/// What to put in an export.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// Whether to put the full text in the file, or only its fingerprint.
    pub include_text: bool,
    /// The address the text was fetched from, to record in the file.
    pub source: Option<String>,
    /// The export time, written as `exported`.
    pub now: Millis,
}

fn stamp(ms: Millis) -> Option<String> {
    (ms > 0).then(|| iso_time(ms))
}

/// The workspace as a sentag file: every sentence that carries a tag or a note.
pub fn export(workspace: &Workspace, options: &ExportOptions) -> NativeFile {
    export_with(workspace, options, &[])
}

/// The workspace as a sentag file, with each sentence's pending suggestions from
/// `suggested` (by sentence; empty for none).
pub fn export_with(
    workspace: &Workspace,
    options: &ExportOptions,
    suggested: &[Vec<Suggestion>],
) -> NativeFile {
    let doc = &workspace.doc;
    let text = CharText::new(&doc.text);
    let none = Vec::new();
    let annotations = doc
        .sentences
        .iter()
        .zip(workspace.marks.iter())
        .enumerate()
        .map(|(i, (s, m))| (s, m, suggested.get(i).unwrap_or(&none)))
        .filter(|(_, m, found)| !m.is_unmarked() || !m.rejected.is_empty() || !found.is_empty())
        .map(|(s, m, found)| Annotation {
            kind: None,
            id: format!("s{}-{}", s.char_start, s.char_end),
            start: s.char_start,
            end: s.char_end,
            quote: text.quote(s.char_start..s.char_end),
            tags: m.tags.clone(),
            note: m.note.clone(),
            created: stamp(m.created),
            modified: stamp(m.modified),
            rejected: m.rejected.clone(),
            authors: m.by.clone(),
            suggested: found
                .iter()
                .map(|f| SuggestedTag {
                    tag: f.tag.clone(),
                    confidence: f.confidence,
                    reason: f.reason.to_string(),
                    cue: s.text.get(f.cue.clone()).unwrap_or_default().to_string(),
                })
                .collect(),
        })
        .collect::<Vec<_>>();
    let phrases = workspace
        .marks
        .iter()
        .flat_map(|m| m.phrases.iter())
        .map(|p| Annotation {
            kind: Some(PHRASE.into()),
            id: format!("p{}-{}", p.start, p.end),
            start: p.start,
            end: p.end,
            quote: text.quote(p.start..p.end),
            tags: p.tags.clone(),
            note: p.note.clone(),
            created: None,
            modified: None,
            rejected: Vec::new(),
            authors: p.by.clone(),
            suggested: Vec::new(),
        });
    let mut annotations = annotations;
    annotations.extend(phrases);
    // In text order; a sentence before the phrases it holds.
    annotations.sort_by_key(|a| (a.start, a.kind.is_some(), a.end));
    NativeFile {
        format: FORMAT.into(),
        version: VERSION,
        exported: stamp(options.now),
        document: DocumentInfo {
            title: doc.title.clone(),
            source: options.source.clone(),
            text: options.include_text.then(|| doc.text.to_string()),
            sha256: sha256_hex(&doc.text),
            length: text.len(),
        },
        tag_set: workspace.tags.tags.clone(),
        sentence_fixes: doc.fixes(),
        annotations,
    }
}

/// The file as pretty-printed JSON.
pub fn to_json(file: &NativeFile) -> String {
    serde_json::to_string_pretty(file).expect("a sentag file always serialises")
}

pub(super) fn read(value: serde_json::Value) -> Result<Incoming, ImportError> {
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > VERSION {
        return Err(ImportError::FutureVersion {
            found: version,
            supported: VERSION,
        });
    }
    if version == 0 {
        return Err(ImportError::NoVersion);
    }
    let file: NativeFile =
        serde_json::from_value(value).map_err(|e| ImportError::Shape(e.to_string()))?;
    if let Some(text) = &file.document.text
        && sha256_hex(text) != file.document.sha256
    {
        return Err(ImportError::TextMismatch);
    }
    Ok(Incoming {
        title: Some(file.document.title),
        text: file.document.text,
        sha256: Some(file.document.sha256),
        tags: file.tag_set,
        fixes: file.sentence_fixes,
        annotations: file
            .annotations
            .into_iter()
            // An entry that only lists suggestions carries nothing to import.
            .filter(|a| !a.tags.is_empty() || !a.note.is_empty() || !a.rejected.is_empty())
            .map(|a| IncomingAnnotation {
                phrase: Some(a.kind.as_deref() == Some(PHRASE)),
                range: (a.start < a.end).then_some(a.start..a.end),
                quote: a.quote,
                tags: a.tags,
                note: a.note,
                created: a.created.as_deref().map_or(0, parse_time),
                modified: a.modified.as_deref().map_or(0, parse_time),
                rejected: a.rejected,
                authors: a.authors,
            })
            .collect(),
        repairs: Vec::new(),
    })
}
