//! The W3C Web Annotation model, as JSON-LD: one Annotation per marked sentence and
//! one per phrase, in text order, each with a TextQuoteSelector and a
//! TextPositionSelector of its own text, a `tagging` body per tag and a `commenting`
//! body for the note. Each body names its `creator` where the author is known, and the
//! Annotation does too when one person made all of it.
//!
//! On import, an Annotation whose text lies inside one sentence and is shorter than it
//! becomes a phrase of that sentence (an exported phrase, or a span another tool
//! marked); one that covers a sentence or runs across sentences marks sentences.
//!
//! An export that includes suggestions adds one Annotation per pending suggestion, told
//! apart by its `motivation` of `tagging`, its [`SUGGESTER`] `generator`, and its
//! `sentag:confidence` and `sentag:reason` (a term the `@context` then defines); an
//! import leaves them out.

use serde_json::{Value, json};

use super::{ImportError, Incoming, IncomingAnnotation, iso_time, parse_time, sha256_hex};
use crate::core::anchor::{CharText, Quote};
use crate::core::annotation::{DEFAULT_TAG_NAMES_ZH, Millis, TagSet};
use crate::core::credits::{Credits, NOTE};
use crate::core::editor::Workspace;
use crate::core::suggest::Suggestion;

/// The JSON-LD `@context` of the W3C Web Annotation model.
pub(crate) const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
const SHA_URN: &str = "urn:sha256:";

/// The `generator` id of a suggestion's Annotation.
pub const SUGGESTER: &str = "urn:sentag:suggest";

/// The workspace as an AnnotationCollection.
pub fn export(workspace: &Workspace, source: Option<&str>, now: Millis) -> Value {
    export_with(workspace, source, now, &[])
}

/// The workspace as an AnnotationCollection, with an Annotation for each pending
/// suggestion of `suggested` (by sentence; empty for none).
pub fn export_with(
    workspace: &Workspace,
    source: Option<&str>,
    now: Millis,
    suggested: &[Vec<Suggestion>],
) -> Value {
    let doc = &workspace.doc;
    let text = CharText::new(&doc.text);
    let sha = sha256_hex(&doc.text);
    let target_source = source.map_or_else(|| format!("{SHA_URN}{sha}"), String::from);
    let annotation = |range: std::ops::Range<usize>,
                      id: String,
                      tags: &[String],
                      note: &str,
                      by: &Credits| {
        let quote = text.quote(range.clone());
        let creator = |key: &str| {
            by.by(key)
                .map(|name| json!({ "type": "Person", "name": name }))
        };
        let mut body: Vec<Value> = tags
            .iter()
            .filter_map(|id| workspace.tags.get(id))
            .map(|tag| {
                let mut b =
                    json!({ "type": "TextualBody", "purpose": "tagging", "value": tag.label });
                if let Some(c) = creator(&tag.id) {
                    b["creator"] = c;
                }
                b
            })
            .collect();
        if !note.is_empty() {
            let mut b = json!({ "type": "TextualBody", "purpose": "commenting", "value": note });
            if let Some(c) = creator(NOTE) {
                b["creator"] = c;
            }
            body.push(b);
        }
        let mut annotation = json!({
            "id": id,
            "type": "Annotation",
            "body": body,
            "target": {
                "source": target_source,
                "selector": [
                    { "type": "TextQuoteSelector", "exact": quote.exact, "prefix": quote.prefix, "suffix": quote.suffix },
                    { "type": "TextPositionSelector", "start": range.start, "end": range.end }
                ]
            }
        });
        if let [one] = by.authors()[..] {
            annotation["creator"] = json!({ "type": "Person", "name": one });
        }
        annotation
    };
    let mut items: Vec<Value> = Vec::new();
    for (s, m) in doc.sentences.iter().zip(workspace.marks.iter()) {
        if !m.is_unmarked() {
            let id = format!("urn:sentag:{}:{}-{}", &sha[..16], s.char_start, s.char_end);
            let mut item = annotation(s.char_start..s.char_end, id, &m.tags, &m.note, &m.by);
            if m.created > 0 {
                item["created"] = json!(iso_time(m.created));
            }
            if m.modified > 0 {
                item["modified"] = json!(iso_time(m.modified));
            }
            items.push(item);
        }
        for p in &m.phrases {
            let id = format!("urn:sentag:{}:{}-{}:phrase", &sha[..16], p.start, p.end);
            items.push(annotation(p.start..p.end, id, &p.tags, &p.note, &p.by));
        }
    }
    let suggestions = doc.sentences.iter().zip(suggested).flat_map(|(s, found)| {
        found.iter().filter_map(|f| {
            let tag = workspace.tags.get(&f.tag)?;
            let quote = text.quote(s.char_start..s.char_end);
            Some(json!({
                "id": format!("urn:sentag:{}:{}-{}:suggested:{}", &sha[..16], s.char_start, s.char_end, tag.id),
                "type": "Annotation",
                "motivation": "tagging",
                "body": { "type": "TextualBody", "purpose": "tagging", "value": tag.label },
                "generator": { "id": SUGGESTER, "type": "Software", "name": "sentag suggestions" },
                "sentag:confidence": f.confidence,
                "sentag:reason": f.reason,
                "target": {
                    "source": target_source,
                    "selector": [
                        { "type": "TextQuoteSelector", "exact": quote.exact, "prefix": quote.prefix, "suffix": quote.suffix },
                        { "type": "TextPositionSelector", "start": s.char_start, "end": s.char_end }
                    ]
                }
            }))
        })
    });
    items.extend(suggestions);
    let context = if suggested.iter().any(|f| !f.is_empty()) {
        json!([CONTEXT, { "sentag": "urn:sentag:terms:" }])
    } else {
        json!(CONTEXT)
    };
    json!({
        "@context": context,
        "type": "AnnotationCollection",
        "label": doc.title,
        "total": items.len(),
        "generated": iso_time(now),
        "first": { "type": "AnnotationPage", "startIndex": 0, "items": items }
    })
}

fn has_type(value: &Value, name: &str) -> bool {
    match value.get("type") {
        Some(Value::String(t)) => t == name,
        Some(Value::Array(ts)) => ts.iter().any(|t| t == name),
        _ => false,
    }
}

/// A value or an array of them, as a list.
fn list(value: Option<&Value>) -> Vec<&Value> {
    match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(v) => vec![v],
        None => Vec::new(),
    }
}

pub(super) fn looks_like(value: &Value) -> bool {
    let context = value
        .get("@context")
        .is_some_and(|c| c.to_string().contains("anno.jsonld"));
    context
        || has_type(value, "AnnotationCollection")
        || has_type(value, "Annotation")
        || value
            .as_array()
            .is_some_and(|items| items.first().is_some_and(|i| has_type(i, "Annotation")))
}

fn annotations(value: &Value) -> Vec<&Value> {
    if let Some(items) = value.as_array() {
        return items.iter().collect();
    }
    if has_type(value, "Annotation") {
        return vec![value];
    }
    let page = value.get("first").unwrap_or(value);
    list(page.get("items"))
}

fn text_of(value: &Value, key: &str) -> String {
    value
        .get(key)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

pub(super) fn read(value: &Value) -> Result<Incoming, ImportError> {
    let mut incoming = Incoming {
        title: value
            .get("label")
            .and_then(|v| v.as_str())
            .map(String::from),
        ..Incoming::default()
    };
    for item in annotations(value) {
        let generator = item.get("generator");
        if generator.is_some_and(|g| g.get("id").and_then(Value::as_str) == Some(SUGGESTER)) {
            continue;
        }
        let target = list(item.get("target")).into_iter().next();
        if incoming.sha256.is_none() {
            let source = target.map(|t| text_of(t, "source")).unwrap_or_default();
            incoming.sha256 = source.strip_prefix(SHA_URN).map(String::from);
        }
        let selectors = target.map(|t| list(t.get("selector"))).unwrap_or_default();
        let quote = selectors
            .iter()
            .find(|s| has_type(s, "TextQuoteSelector"))
            .map(|s| Quote {
                exact: text_of(s, "exact"),
                prefix: text_of(s, "prefix"),
                suffix: text_of(s, "suffix"),
            });
        let range = selectors
            .iter()
            .find(|s| has_type(s, "TextPositionSelector"))
            .and_then(|s| {
                let start = s.get("start")?.as_u64()? as usize;
                let end = s.get("end")?.as_u64()? as usize;
                (start < end).then_some(start..end)
            });
        let Some(quote) = quote.filter(|q| !q.exact.is_empty()) else {
            return Err(ImportError::NoQuote);
        };
        let mut tags = Vec::new();
        let mut note = String::new();
        let mut authors = Vec::new();
        let everyone = creator_name(item);
        for body in list(item.get("body")) {
            let value = text_of(body, "value");
            let key = match body.get("purpose").and_then(|p| p.as_str()) {
                Some("tagging") if !value.is_empty() => {
                    tags.push(value.clone());
                    value
                }
                Some("commenting") | None if !value.is_empty() => {
                    note = value;
                    NOTE.to_string()
                }
                _ => continue,
            };
            if let Some(name) = creator_name(body).or_else(|| everyone.clone()) {
                authors.push((key, name));
            }
        }
        incoming.annotations.push(IncomingAnnotation {
            phrase: None,
            authors: authors.into_iter().collect(),
            range,
            quote,
            tags,
            note,
            created: parse_time(&text_of(item, "created")),
            modified: parse_time(&text_of(item, "modified")),
            rejected: Vec::new(),
        });
    }
    Ok(incoming)
}

/// The name of an Annotation's or a body's `creator`: a string, or an Agent's `name`
/// (or `nickname`); the first of a list.
fn creator_name(value: &Value) -> Option<String> {
    let creator = list(value.get("creator")).into_iter().next()?;
    let name = match creator {
        Value::String(s) => s.clone(),
        agent => agent
            .get("name")
            .or_else(|| agent.get("nickname"))
            .and_then(|n| n.as_str())?
            .to_string(),
    };
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// The tag a W3C `tagging` value names in `tags`: by id, label or Chinese label.
pub(crate) fn tag_for_value<'a>(tags: &'a TagSet, value: &str) -> Option<&'a str> {
    tags.tags
        .iter()
        .find(|t| {
            t.id == value
                || t.label.eq_ignore_ascii_case(value)
                || DEFAULT_TAG_NAMES_ZH
                    .iter()
                    .any(|(id, zh)| *id == t.id && *id == t.label && *zh == value)
        })
        .map(|t| t.id.as_str())
}
