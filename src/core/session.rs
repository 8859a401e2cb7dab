//! Saving and reopening a whole workspace, and opening new text, as pure functions.

use crate::core::annotation::{Millis, TagSet};
use crate::core::document::Document;
use crate::core::editor::Workspace;
use crate::core::format::{self, native, sha256_hex};
use crate::core::import::open_as_document;
use sha2::{Digest, Sha256};

/// A document's id in storage: the start of its text's fingerprint.
pub fn doc_id(text: &str) -> String {
    sha256_hex(text)[..16].to_string()
}

/// [`doc_id`] computed a piece at a time, so that a long text's fingerprint never
/// holds the page up (6 MB take some 60 ms at once).
pub struct DocIdSteps<'a> {
    rest: &'a [u8],
    hasher: Sha256,
}

impl<'a> DocIdSteps<'a> {
    /// Starts on `text`.
    pub fn new(text: &'a str) -> Self {
        DocIdSteps {
            rest: text.as_bytes(),
            hasher: Sha256::new(),
        }
    }

    /// Reads up to `bytes` more of the text; the id once all is read.
    pub fn step(&mut self, bytes: usize) -> Option<String> {
        let (now, rest) = self.rest.split_at(bytes.min(self.rest.len()));
        self.hasher.update(now);
        self.rest = rest;
        if !self.rest.is_empty() {
            return None;
        }
        let digest = std::mem::take(&mut self.hasher).finalize();
        Some(digest[..8].iter().map(|b| format!("{b:02x}")).collect())
    }
}

/// The workspace as stored: sentag JSON with the full text.
pub fn to_saved_json(workspace: &Workspace, source: Option<&str>, now: Millis) -> String {
    let options = native::ExportOptions {
        include_text: true,
        source: source.map(String::from),
        now,
    };
    native::to_json(&native::export(workspace, &options))
}

/// A stored workspace, read back: the text, its fixes, tag set and marks.
pub fn from_saved_json(json: &str, default_tags: &TagSet) -> Option<(Workspace, Option<String>)> {
    let incoming = format::parse(json).ok()?;
    let source = serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .and_then(|v| v["document"]["source"].as_str().map(String::from));
    // The saved text is the text itself, so every annotation anchors exactly.
    let (workspace, _) = open_as_document(&incoming, default_tags)?;
    Some((workspace, source))
}

/// A fresh workspace for new text.
pub fn new_workspace(title: &str, text: &str, tags: &TagSet) -> Workspace {
    Workspace::new(Document::new(title, text), tags.clone())
}

/// A title for text that came without one: its first line, shortened.
pub fn title_from_text(text: &str, fallback: &str) -> String {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or(fallback);
    let mut title: String = first.chars().take(40).collect();
    if first.chars().count() > 40 {
        title.push('…');
    }
    title
}

/// Tag label and count for each tag in use, for the recent-documents list.
/// One pass over the marks, whatever the number of tags: every autosave lists them.
pub fn tag_counts(workspace: &Workspace) -> Vec<(String, usize)> {
    let tags = &workspace.tags.tags;
    let mut counts = vec![0; tags.len()];
    for marks in workspace.marks.iter().filter(|m| !m.tags.is_empty()) {
        for id in &marks.tags {
            if let Some(at) = tags.iter().position(|t| t.id == *id) {
                counts[at] += 1;
            }
        }
    }
    tags.iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(t, n)| (t.label.clone(), n))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::editor::Edit;

    #[test]
    fn a_saved_workspace_reopens_whole() {
        let w = new_workspace("t", "一。二。\n三。", &TagSet::default());
        let w = w.apply(&Edit::MergeWithNext { sentence: 0 }, 1).unwrap();
        let w = w
            .apply(
                &Edit::ToggleTag {
                    tag: "metrics".into(),
                    sentences: vec![1],
                },
                2,
            )
            .unwrap();
        let json = to_saved_json(&w, Some("https://example.org/a.txt"), 3);
        let (back, source) = from_saved_json(&json, &TagSet::default()).unwrap();
        assert_eq!(back, w);
        assert_eq!(source.as_deref(), Some("https://example.org/a.txt"));
        assert_eq!(tag_counts(&back), [("metrics".to_string(), 1)]);
        assert!(from_saved_json("{broken", &TagSet::default()).is_none());
    }

    #[test]
    fn titles_and_ids() {
        assert_eq!(title_from_text("\n  First line\nsecond", "x"), "First line");
        assert_eq!(title_from_text("", "Untitled"), "Untitled");
        assert_eq!(doc_id("abc"), "ba7816bf8f01cfea");
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn the_id_in_steps_is_the_id(text in "\\PC{0,300}", step in 1usize..64) {
            let mut steps = DocIdSteps::new(&text);
            let id = loop {
                if let Some(id) = steps.step(step) {
                    break id;
                }
            };
            proptest::prop_assert_eq!(id, doc_id(&text));
        }
    }
}
