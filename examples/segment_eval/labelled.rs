//! The labelled texts of `tests/fixtures/wrapped`: each `name.txt` with its true sentences
//! and paragraphs in `name.expected`, one sentence a line (a line break inside shown as a
//! space), a blank line between paragraphs. Texts named `flat-*` are not wrapped.

use std::collections::BTreeSet;
use std::ops::Range;

use sentag::core::segment::{LineBreaks, paragraphs, segment_with};

pub struct Fixture {
    pub name: String,
    pub text: String,
    /// The true sentences' byte ranges.
    pub sentences: Vec<Range<usize>>,
    /// Where each true paragraph starts (its first sentence's start).
    pub paragraph_starts: Vec<usize>,
}

impl Fixture {
    pub fn is_wrapped(&self) -> bool {
        !self.name.starts_with("flat-")
    }
}

/// How one segmentation of a fixture compares with its labels.
#[derive(Debug, Clone, Copy, Default)]
pub struct Score {
    /// Sentences found whose start and end both match a true one.
    pub right: usize,
    pub found: usize,
    pub expected: usize,
    /// True paragraph starts that the segmentation joined to the paragraph before.
    pub joined_paragraphs: usize,
    /// Paragraph starts found that are no true paragraph's start: wraps left.
    pub wraps_left: usize,
}

impl Score {
    pub fn add(&mut self, other: Score) {
        self.right += other.right;
        self.found += other.found;
        self.expected += other.expected;
        self.joined_paragraphs += other.joined_paragraphs;
        self.wraps_left += other.wraps_left;
    }

    pub fn precision(&self) -> f64 {
        self.right as f64 / self.found.max(1) as f64
    }

    pub fn recall(&self) -> f64 {
        self.right as f64 / self.expected.max(1) as f64
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

pub fn score(fixture: &Fixture, breaks: LineBreaks) -> Score {
    let truth: BTreeSet<(usize, usize)> =
        fixture.sentences.iter().map(|r| (r.start, r.end)).collect();
    let found = segment_with(&fixture.text, breaks);
    let right = found
        .iter()
        .filter(|s| truth.contains(&(s.start, s.end)))
        .count();
    let true_starts: BTreeSet<usize> = fixture.paragraph_starts.iter().copied().collect();
    let found_starts: BTreeSet<usize> = paragraphs(&fixture.text, breaks)
        .iter()
        .map(|p| p.start)
        .collect();
    Score {
        right,
        found: found.len(),
        expected: truth.len(),
        joined_paragraphs: true_starts.difference(&found_starts).count(),
        wraps_left: found_starts.difference(&true_starts).count(),
    }
}

/// Every labelled text, by name.
pub fn load_all() -> Vec<Fixture> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/wrapped");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("the fixture folder")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            Some(name.strip_suffix(".txt")?.to_string())
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(format!("{dir}/{name}.txt")).unwrap();
            let labels = std::fs::read_to_string(format!("{dir}/{name}.expected")).unwrap();
            let (sentences, paragraph_starts) = locate_all(&name, &text, &labels);
            Fixture {
                name,
                text,
                sentences,
                paragraph_starts,
            }
        })
        .collect()
}

fn locate_all(name: &str, text: &str, labels: &str) -> (Vec<Range<usize>>, Vec<usize>) {
    let (mut sentences, mut starts) = (Vec::new(), Vec::new());
    let mut at = 0;
    for paragraph in labels.split("\n\n") {
        for (i, label) in paragraph.lines().filter(|l| !l.is_empty()).enumerate() {
            let found = locate(text, label, at).unwrap_or_else(|| {
                panic!("{name}: {label:?} is not next in the text after byte {at}")
            });
            if i == 0 {
                starts.push(found.start);
            }
            at = found.end;
            sentences.push(found);
        }
    }
    assert!(
        text[at..].trim().is_empty(),
        "{name}: text after the last label"
    );
    (sentences, starts)
}

/// Finds `label` at the next non-blank character from `from`; a space in the label
/// stands for any run of white space (line breaks included).
fn locate(text: &str, label: &str, from: usize) -> Option<Range<usize>> {
    let start = from + (text[from..].len() - text[from..].trim_start().len());
    let mut at = start;
    for c in label.chars() {
        let rest = &text[at..];
        if c == ' ' {
            let after = rest.trim_start();
            if after.len() == rest.len() {
                return None;
            }
            at += rest.len() - after.len();
        } else if rest.starts_with(c) {
            at += c.len_utf8();
        } else {
            return None;
        }
    }
    Some(start..at)
}
