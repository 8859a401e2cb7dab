//! Export and import: sentag's own JSON, the W3C Web Annotation model (JSON-LD), CSV,
//! and the printable handout.

pub mod csv;
pub mod handout;
pub mod job;
pub mod native;
pub mod w3c;

use std::ops::Range;
use std::time::{Duration, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use crate::core::anchor::Quote;
use crate::core::annotation::{Millis, Tag};
use crate::core::credits::Credits;
use crate::core::document::Fixes;
use crate::core::validate::{Repair, sanitize};

/// What an imported file holds, whatever its format.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Incoming {
    /// The document title, if the file names one.
    pub title: Option<String>,
    /// The document's full text, if the file carries it (only a sentag file can).
    pub text: Option<String>,
    /// The fingerprint ([`sha256_hex`]) of the text the annotations were made on, if the
    /// file records it.
    pub sha256: Option<String>,
    /// Full tag definitions, where the format carries them.
    pub tags: Vec<Tag>,
    /// The user's merges and splits of sentences; empty unless a sentag file records them.
    pub fixes: Fixes,
    /// The annotations, each still to be anchored to a sentence of the text.
    pub annotations: Vec<IncomingAnnotation>,
    /// What [`parse`] changed to make the file safe to use.
    pub repairs: Vec<Repair>,
}

/// One annotation read from a file, before it is anchored to a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomingAnnotation {
    /// Whether it marks a phrase inside a sentence (`Some(true)`) or the sentence;
    /// `None` where the format does not say (W3C), so that its place decides: a
    /// stretch inside one sentence and shorter than it is a phrase.
    pub phrase: Option<bool>,
    /// The recorded code-point position.
    pub range: Option<Range<usize>>,
    /// The quoted text with its context, to find the sentence again if the text changed.
    pub quote: Quote,
    /// Tag ids, or labels where the format has no ids.
    pub tags: Vec<String>,
    /// The note; empty when there is none.
    pub note: String,
    /// When the annotation was made; 0 when the file does not say.
    pub created: Millis,
    /// When the annotation last changed; 0 when the file does not say.
    pub modified: Millis,
    /// Tag ids of suggestions the user rejected on the sentence (sentag files only).
    pub rejected: Vec<String>,
    /// Who gave each tag (by the name the file uses for it) and wrote the note.
    pub authors: Credits,
}

/// Why a file could not be imported. The current work is never touched.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// The file holds nothing but white space.
    Empty,
    /// The file is not JSON.
    NotJson {
        /// Line of the syntax error, counting from 1.
        line: usize,
        /// Column of the syntax error, counting from 1.
        column: usize,
    },
    /// Valid JSON, but neither a sentag file nor W3C annotations.
    UnknownFormat,
    /// A sentag file from a newer version of the format than this build reads.
    FutureVersion {
        /// The file's format version.
        found: u64,
        /// The newest format version this build reads.
        supported: u64,
    },
    /// A sentag file without a version number.
    NoVersion,
    /// A sentag file whose text does not match its SHA-256.
    TextMismatch,
    /// A W3C annotation with no `TextQuoteSelector`.
    NoQuote,
    /// The JSON does not have the format's shape; the detail is serde's, in English.
    Shape(String),
}

/// Reads a file in either JSON form, and repairs what it cannot use as it is
/// ([`crate::core::validate::sanitize`]).
pub fn parse(json: &str) -> Result<Incoming, ImportError> {
    let json = json.trim_start_matches('\u{feff}');
    if json.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| ImportError::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
    let mut incoming = if value.get("format").and_then(|f| f.as_str()) == Some(native::FORMAT) {
        native::read(value)?
    } else if w3c::looks_like(&value) {
        w3c::read(&value)?
    } else {
        return Err(ImportError::UnknownFormat);
    };
    incoming.repairs = sanitize(&mut incoming);
    Ok(incoming)
}

/// The SHA-256 of the text, in lower-case hex: the document's fingerprint.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// RFC 3339 time, to the millisecond, in UTC.
pub fn iso_time(ms: Millis) -> String {
    let time = UNIX_EPOCH + Duration::from_millis(ms.max(0) as u64);
    humantime::format_rfc3339_millis(time).to_string()
}

/// Milliseconds from an RFC 3339 time; 0 when it cannot be read.
pub(crate) fn parse_time(text: &str) -> Millis {
    humantime::parse_rfc3339_weak(text)
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_millis() as Millis)
}

/// A download name from the title and the date: `天心区招商大会-2026-11-27.sentag.json`.
pub fn file_name(title: &str, now: Millis, extension: &str) -> String {
    let date = &iso_time(now)[..10];
    let mut stem: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    while stem.contains("--") {
        stem = stem.replace("--", "-");
    }
    let stem: String = stem.trim_matches('-').chars().take(60).collect();
    let stem = if stem.is_empty() {
        "sentag".to_string()
    } else {
        stem
    };
    format!("{stem}-{date}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_times_and_names() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let t = 1_795_780_800_123;
        assert_eq!(iso_time(t), "2026-11-27T12:00:00.123Z");
        assert_eq!(parse_time(&iso_time(t)), t);
        assert_eq!(parse_time("yesterday"), 0);
        assert_eq!(
            file_name("天心区: 招商/大会?", t, "csv"),
            "天心区-招商-大会-2026-11-27.csv"
        );
        assert_eq!(file_name("!!!", t, "json"), "sentag-2026-11-27.json");
    }

    #[test]
    fn bad_json_is_told_apart() {
        assert_eq!(parse(""), Err(ImportError::Empty));
        assert_eq!(
            parse("{\"a\": "),
            Err(ImportError::NotJson { line: 1, column: 6 })
        );
        assert_eq!(parse("{\"a\": 1}"), Err(ImportError::UnknownFormat));
        assert_eq!(parse("[1, 2]"), Err(ImportError::UnknownFormat));
        let future = r#"{"format": "sentag", "version": 99}"#;
        assert_eq!(
            parse(future),
            Err(ImportError::FutureVersion {
                found: 99,
                supported: 2
            })
        );
    }
}
