//! sentag's own JSON format, version 1. `schema/sentag-v1.schema.json` describes it.

use serde::{Deserialize, Serialize};

use super::{ImportError, Incoming, IncomingAnnotation, iso_time, parse_time, sha256_hex};
use crate::core::anchor::{CharText, Quote};
use crate::core::annotation::{Millis, Tag};
use crate::core::document::Fixes;
use crate::core::editor::Workspace;

pub const FORMAT: &str = "sentag";
pub const VERSION: u64 = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NativeFile {
    pub format: String,
    pub version: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported: Option<String>,
    pub document: DocumentInfo,
    #[serde(default)]
    pub tag_set: Vec<Tag>,
    #[serde(default)]
    pub sentence_fixes: Fixes,
    #[serde(default)]
    pub annotations: Vec<Annotation>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct DocumentInfo {
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub sha256: String,
    /// The text's length in code points.
    pub length: usize,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Annotation {
    pub id: String,
    /// Code points, start inclusive.
    pub start: usize,
    /// Code points, end exclusive.
    pub end: usize,
    pub quote: Quote,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
}

/// What to put in an export.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    pub include_text: bool,
    pub source: Option<String>,
    pub now: Millis,
}

fn stamp(ms: Millis) -> Option<String> {
    (ms > 0).then(|| iso_time(ms))
}

/// The workspace as a sentag file: every sentence that carries a tag or a note.
pub fn export(workspace: &Workspace, options: &ExportOptions) -> NativeFile {
    let doc = &workspace.doc;
    let text = CharText::new(&doc.text);
    let annotations = doc
        .sentences
        .iter()
        .zip(workspace.marks.iter())
        .filter(|(_, m)| !m.is_empty())
        .map(|(s, m)| Annotation {
            id: format!("s{}-{}", s.char_start, s.char_end),
            start: s.char_start,
            end: s.char_end,
            quote: text.quote(s.char_start..s.char_end),
            tags: m.tags.clone(),
            note: m.note.clone(),
            created: stamp(m.created),
            modified: stamp(m.modified),
        })
        .collect();
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
            .map(|a| IncomingAnnotation {
                range: (a.start < a.end).then_some(a.start..a.end),
                quote: a.quote,
                tags: a.tags,
                note: a.note,
                created: a.created.as_deref().map_or(0, parse_time),
                modified: a.modified.as_deref().map_or(0, parse_time),
            })
            .collect(),
        repairs: Vec::new(),
    })
}
