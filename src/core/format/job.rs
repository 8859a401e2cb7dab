//! An export as a job for the export worker, a wasm module of its own that the app
//! loads only when the user exports: the export code and its dependencies (the csv
//! crate, serde_json's pretty printer, the W3C model) stay out of the start-up bundle.
//!
//! The job carries the document in the form autosave stores it (text, and a head
//! with fixes, tag set and chunks of marks), so the worker rebuilds exactly the
//! workspace the user sees.

use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::csv::CsvOptions;
use super::handout::{HandoutKind, HandoutOptions};
use super::{csv, file_name, handout, native, w3c};
use crate::core::annotation::{Millis, TagId};
use crate::core::document::Document;
use crate::core::editor::Workspace;
use crate::core::suggest::{Suggester, Suggestion};
use crate::core::sync::{ChunkCache, Revision, SavedState};

/// The file formats.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum ExportFormat {
    /// sentag's own JSON, with the article's text or only its fingerprint.
    Native {
        /// Whether the file carries the text.
        include_text: bool,
    },
    /// The W3C Web Annotation model, as JSON-LD.
    W3c,
    /// A spreadsheet.
    Csv(CsvOptions),
    /// A printable HTML page, as [`ExportJob::handout`] asks.
    Handout,
}

/// Everything the worker needs to write one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportJob {
    /// The format.
    pub format: ExportFormat,
    /// The document's title.
    pub title: String,
    /// The article's text.
    pub text: String,
    /// The address the text was fetched from, if any.
    pub source: Option<String>,
    /// The stored head: fixes, tag set, chunk names.
    pub head: String,
    /// The chunks of marks the head names, by name.
    pub chunks: Vec<(String, String)>,
    /// Each tag's label in the UI's language, for the handout.
    pub labels: Vec<(TagId, String)>,
    /// The export time.
    pub now: Millis,
    /// A fingerprint of the sentences the page shows: the worker refuses a job whose
    /// document it would split differently (a worker of another release).
    pub layout: String,
    /// Whether the file holds the pending suggestions too, marked as suggestions.
    #[serde(default)]
    pub suggestions: bool,
    /// The handout's title, kind, numbers and tasks (a job from before has none:
    /// today's tagged handout).
    #[serde(default)]
    pub handout: HandoutOptions,
}

/// Why the worker could not write the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError {
    /// The stored form of the document could not be read.
    Unreadable,
    /// The worker splits the text into other sentences than the page: it belongs to
    /// another release of sentag (a tab older than the installed update).
    OtherRelease,
}

impl JobError {
    /// The error as a short code, for the worker's reply.
    pub fn code(&self) -> &'static str {
        match self {
            JobError::Unreadable => "unreadable",
            JobError::OtherRelease => "other-release",
        }
    }

    /// The error a [`JobError::code`] stands for.
    pub fn from_code(code: &str) -> Option<JobError> {
        match code {
            "unreadable" => Some(JobError::Unreadable),
            "other-release" => Some(JobError::OtherRelease),
            _ => None,
        }
    }
}

/// The fingerprint of a document's sentences and paragraphs.
fn layout(doc: &Document) -> String {
    let mut spans = String::new();
    for s in &doc.sentences {
        spans.push_str(&format!("{},{},{};", s.start, s.end, s.paragraph));
    }
    super::sha256_hex(&spans)
}

/// A file to download.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportFile {
    /// Its name, from the title and the date.
    pub name: String,
    /// Its media type.
    pub mime: String,
    /// Its content.
    pub body: String,
}

impl ExportJob {
    /// The job for `workspace` in `format`.
    pub fn new(
        workspace: &Workspace,
        source: Option<String>,
        format: ExportFormat,
        labels: Vec<(TagId, String)>,
        now: Millis,
    ) -> Self {
        let rev = Revision {
            n: 0,
            tab: "export".into(),
        };
        let state = ChunkCache::default().write(workspace, &rev, &[], now);
        ExportJob {
            format,
            title: workspace.doc.title.clone(),
            text: workspace.doc.text.to_string(),
            source,
            head: state.head,
            chunks: state
                .chunks
                .iter()
                .map(|c| (c.name.to_string(), c.json.to_string()))
                .collect(),
            labels,
            now,
            layout: layout(&workspace.doc),
            suggestions: false,
            handout: HandoutOptions::default(),
        }
    }

    /// The workspace the job was made from.
    pub fn workspace(&self) -> Result<Workspace, JobError> {
        let chunks: HashMap<&str, &str> = self
            .chunks
            .iter()
            .map(|(name, json)| (name.as_str(), json.as_str()))
            .collect();
        let state = SavedState::read(&self.head, |name| chunks.get(name).map(|j| j.to_string()))
            .map_err(|_| JobError::Unreadable)?;
        let like = Rc::new(Document::new(self.title.clone(), self.text.as_str()));
        let workspace = state.restore(&like);
        if layout(&workspace.doc) != self.layout {
            return Err(JobError::OtherRelease);
        }
        Ok(workspace)
    }

    /// Writes the file.
    pub fn run(&self) -> Result<ExportFile, JobError> {
        let workspace = self.workspace()?;
        let suggested = if self.suggestions {
            Suggester::new(&workspace.tags).pending(&workspace)
        } else {
            Vec::new()
        };
        Ok(export(
            &workspace,
            self.source.clone(),
            self.format,
            &self.labels,
            self.now,
            &suggested,
            &self.handout,
        ))
    }
}

/// Writes `workspace` in `format`, each tag shown by its label in `labels` (else its own).
/// `suggested` holds each sentence's pending suggestions when the file should carry
/// them (empty when not); the handout never shows them. `handout` shapes the handout.
pub fn export(
    workspace: &Workspace,
    source: Option<String>,
    format: ExportFormat,
    labels: &[(TagId, String)],
    now: Millis,
    suggested: &[Vec<Suggestion>],
    handout: &HandoutOptions,
) -> ExportFile {
    let title = &workspace.doc.title;
    let file = |suffix: &str, mime: &str, body: String| ExportFile {
        name: file_name(title, now, suffix),
        mime: mime.to_string(),
        body,
    };
    match format {
        ExportFormat::Native { include_text } => {
            let options = native::ExportOptions {
                include_text,
                source,
                now,
            };
            let json = native::to_json(&native::export_with(workspace, &options, suggested));
            file("sentag.json", "application/json", json)
        }
        ExportFormat::W3c => {
            let annotations = w3c::export_with(workspace, source.as_deref(), now, suggested);
            let json = serde_json::to_string_pretty(&annotations).unwrap_or_default();
            file("w3c.jsonld", "application/ld+json", json)
        }
        ExportFormat::Csv(options) => {
            let bytes = csv::export_with(workspace, &options, suggested);
            let body = String::from_utf8(bytes).expect("the CSV writer writes UTF-8");
            file("csv", "text/csv;charset=utf-8", body)
        }
        ExportFormat::Handout => {
            let label_of = |tag: &crate::core::annotation::Tag| {
                labels
                    .iter()
                    .find(|(id, _)| *id == tag.id)
                    .map_or_else(|| tag.label.clone(), |(_, label)| label.clone())
            };
            let html = handout::export_with(workspace, now, label_of, handout);
            let suffix = match handout.kind {
                HandoutKind::Tagged => "handout.html",
                HandoutKind::Worksheet => "worksheet.html",
            };
            ExportFile {
                name: file_name(handout.title.as_ref().unwrap_or(title), now, suffix),
                mime: "text/html;charset=utf-8".into(),
                body: html,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::TagSet;
    use crate::core::editor::Edit;

    #[test]
    fn a_job_rebuilds_the_workspace_and_writes_what_a_direct_export_writes() {
        let doc = Document::new(
            "Minutes",
            "The council met. It approved 3 items. 会议结束。",
        );
        let mut w = Workspace::new(doc, TagSet::default());
        for edit in [
            Edit::ToggleTag {
                tag: "metrics".into(),
                sentences: vec![1],
            },
            Edit::MergeWithNext { sentence: 1 },
            Edit::SetNote {
                sentence: 0,
                note: "=SUM(A1)".into(),
            },
        ] {
            w = w.apply(&edit, 5).unwrap();
        }
        let labels = vec![("metrics".to_string(), "指标".to_string())];
        for format in [
            ExportFormat::Native { include_text: true },
            ExportFormat::W3c,
            ExportFormat::Csv(CsvOptions::default()),
            ExportFormat::Handout,
        ] {
            let job = ExportJob::new(
                &w,
                Some("https://x.test/a".into()),
                format,
                labels.clone(),
                9,
            );
            let json = serde_json::to_string(&job).unwrap();
            let back: ExportJob = serde_json::from_str(&json).unwrap();
            assert_eq!(back.workspace().unwrap(), w, "{format:?}");
            let source = Some("https://x.test/a".into());
            let direct = export(
                &w,
                source,
                format,
                &labels,
                9,
                &[],
                &HandoutOptions::default(),
            );
            assert_eq!(back.run().unwrap(), direct, "{format:?}");
        }
        let mut other = ExportJob::new(&w, None, ExportFormat::W3c, labels.clone(), 9);
        other.layout = "split by another release".into();
        assert_eq!(other.run(), Err(JobError::OtherRelease));
        for error in [JobError::Unreadable, JobError::OtherRelease] {
            assert_eq!(JobError::from_code(error.code()), Some(error));
        }
        let plain = HandoutOptions::default();
        let handout = export(&w, None, ExportFormat::Handout, &labels, 9, &[], &plain);
        assert!(handout.body.contains("指标"));
        assert!(handout.name.ends_with(".handout.html"), "{}", handout.name);
    }

    #[test]
    fn a_worksheet_job_keeps_its_options_and_a_job_from_before_writes_the_tagged_handout() {
        let doc = Document::new("Minutes", "The council met. It approved 3 items.");
        let w = Workspace::new(doc, TagSet::default())
            .apply(
                &Edit::ToggleTag {
                    tag: "metrics".into(),
                    sentences: vec![1],
                },
                5,
            )
            .unwrap();
        let mut job = ExportJob::new(&w, None, ExportFormat::Handout, Vec::new(), 9);
        job.handout = HandoutOptions {
            title: Some("Week 3: the council".into()),
            kind: HandoutKind::Worksheet,
            paragraph_numbers: true,
            tasks: vec![("metrics".into(), "Find 1 figure.".into())],
            ..HandoutOptions::default()
        };
        let json = serde_json::to_string(&job).unwrap();
        let back: ExportJob = serde_json::from_str(&json).unwrap();
        assert_eq!(back, job);
        let file = back.run().unwrap();
        assert!(file.name.starts_with("Week-3"), "{}", file.name);
        assert!(file.name.ends_with(".worksheet.html"), "{}", file.name);
        assert!(file.body.contains("<li>Find 1 figure.</li>"));

        let mut old: serde_json::Value = serde_json::from_str(&json).unwrap();
        old.as_object_mut().unwrap().remove("handout");
        let old: ExportJob = serde_json::from_value(old).unwrap();
        assert_eq!(old.handout, HandoutOptions::default());
        assert!(old.run().unwrap().name.ends_with(".handout.html"));
    }
}
