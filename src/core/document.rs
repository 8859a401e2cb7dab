//! The article being annotated: its title, text, paragraphs and sentences.

use std::ops::Range;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::core::segment::{LineBreaks, MIN_WRAP, Position, columns, is_han, segment_some};

/// One sentence of the document. Offsets are into [`Document::text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence's text, without surrounding white space.
    pub text: Rc<str>,
    /// Byte offset where the sentence starts in the document's text.
    pub start: usize,
    /// Byte offset just past the sentence's end.
    pub end: usize,
    /// Code-point offset where the sentence starts: the offset that files and anchors use.
    pub char_start: usize,
    /// Code-point offset just past the sentence's end.
    pub char_end: usize,
    /// Index of the paragraph the sentence is in, into [`Document::paragraphs`].
    pub paragraph: usize,
    /// Whether white space separates it from the previous sentence of its paragraph
    /// (as in English), so that the view can show it.
    pub space_before: bool,
}

/// Builds a document in steps, so that a long text can show progress and leave the
/// page responsive between steps.
pub struct DocumentBuilder {
    title: String,
    text: Rc<str>,
    breaks: LineBreaks,
    next: Option<Position>,
    sentences: Vec<Sentence>,
    paragraphs: Vec<Range<usize>>,
}

impl DocumentBuilder {
    /// A builder for `text` under `title`, with nothing segmented yet; its line
    /// breaks are judged one by one ([`LineBreaks::Auto`]).
    pub fn new(title: impl Into<String>, text: impl Into<Rc<str>>) -> Self {
        Self::with_breaks(title, text, LineBreaks::Auto)
    }

    /// A builder that reads the text's line breaks as `breaks` says.
    pub fn with_breaks(
        title: impl Into<String>,
        text: impl Into<Rc<str>>,
        breaks: LineBreaks,
    ) -> Self {
        DocumentBuilder {
            title: title.into(),
            text: text.into(),
            breaks,
            next: Some(Position::default()),
            sentences: Vec::new(),
            paragraphs: Vec::new(),
        }
    }

    /// Segments about `budget` more bytes; true when the whole text is done.
    pub fn step(&mut self, budget: usize) -> bool {
        let Some(from) = self.next else {
            return true;
        };
        let (found, next) = segment_some(&self.text, from, budget, self.breaks);
        for s in found {
            let index = self.sentences.len();
            let previous = self.sentences.last().filter(|p| p.paragraph == s.paragraph);
            let space_before = previous.is_some_and(|p| p.end < s.start);
            match self.paragraphs.get_mut(s.paragraph) {
                Some(range) => range.end = index + 1,
                None => self.paragraphs.push(index..index + 1),
            }
            self.sentences.push(Sentence {
                text: s.text.into(),
                start: s.start,
                end: s.end,
                char_start: s.char_start,
                char_end: s.char_end,
                paragraph: s.paragraph,
                space_before,
            });
        }
        self.next = next;
        next.is_none()
    }

    /// How much of the text is done, from 0 to 1.
    pub fn progress(&self) -> f64 {
        match self.next {
            None => 1.0,
            Some(at) => at.byte as f64 / self.text.len().max(1) as f64,
        }
    }

    /// The document, once whatever text is left has been segmented.
    pub fn finish(mut self) -> Document {
        while !self.step(usize::MAX) {}
        let auto_starts = self.sentences.iter().map(|s| s.char_start).collect();
        let lines = LineCounts::of(&self.text, &self.sentences, &self.paragraphs);
        Document {
            title: self.title,
            text: self.text,
            sentences: self.sentences,
            paragraphs: self.paragraphs,
            auto_starts,
            breaks: self.breaks,
            lines,
        }
    }
}

/// How the sentences differ from the automatic segmentation, as code-point offsets:
/// sentence starts the user removed (`merged`) and added (`split`), and how the
/// text's line breaks are read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fixes {
    /// How line breaks were read. States and files from before sentag joined wrapped
    /// lines do not say, and read every line as a paragraph, as they were made.
    #[serde(default = "kept_lines")]
    pub lines: LineBreaks,
    /// Code-point offsets of automatic sentence starts that the user merged away.
    #[serde(default)]
    pub merged: Vec<usize>,
    /// Code-point offsets where the user split a sentence, starting a new one.
    #[serde(default)]
    pub split: Vec<usize>,
}

fn kept_lines() -> LineBreaks {
    LineBreaks::Keep
}

impl Fixes {
    /// Whether the sentences are exactly the automatic segmentation of their line breaks.
    pub fn is_empty(&self) -> bool {
        self.merged.is_empty() && self.split.is_empty()
    }
}

/// A text segmented into paragraphs and sentences, with the user's merges and splits applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The title shown and exported; not part of the text.
    pub title: String,
    /// The whole text as opened; every sentence's offsets point into it.
    pub text: Rc<str>,
    /// Every sentence, in text order; a sentence's index is where its marks are kept.
    pub sentences: Vec<Sentence>,
    /// For each paragraph, the range of its sentences in [`Document::sentences`].
    pub paragraphs: Vec<Range<usize>>,
    /// Where the automatic segmentation started each sentence (code points, ascending),
    /// kept so that [`Document::fixes`] never segments the text again.
    auto_starts: Rc<[usize]>,
    /// How the line breaks were read.
    breaks: LineBreaks,
    /// What the line breaks of the text are, for the control that switches them.
    lines: LineCounts,
}

/// The line breaks of a text, counted for the control that shows how they were read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LineCounts {
    /// Line breaks inside a paragraph: lines that were joined.
    pub joined: usize,
    /// Line breaks after a wide line that does not end a sentence, followed by a
    /// non-blank one: where a text looks wrapped, whether or not it was joined.
    pub open: usize,
}

impl LineCounts {
    fn of(text: &str, sentences: &[Sentence], paragraphs: &[Range<usize>]) -> LineCounts {
        let joined = paragraphs
            .iter()
            .map(|p| {
                let span = &text[sentences[p.start].start..sentences[p.end - 1].end];
                line_breaks(span).count()
            })
            .sum();
        let mut open = 0;
        let mut lines = text.lines().map(str::trim_end).peekable();
        while let Some(line) = lines.next() {
            let next_blank = lines.peek().is_none_or(|l| l.trim().is_empty());
            if !next_blank && is_wide(line) && !ends_sentence(line) {
                open += 1;
            }
        }
        LineCounts { joined, open }
    }
}

/// The places where a line ends in `text`: `\r\n`, `\n` or `\r`.
fn line_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'\n', b'\r', bytes)
        .filter(move |&i| !(bytes[i] == b'\n' && i > 0 && bytes[i - 1] == b'\r'))
}

/// Wide enough to be a wrapped line (in columns, a Han character counting two):
/// headings, captions and bylines are narrower.
fn is_wide(line: &str) -> bool {
    columns(line, MIN_WRAP) >= MIN_WRAP
}

fn ends_sentence(line: &str) -> bool {
    let last = line
        .trim_end_matches(|c: char| "\"'”’」』)）]】》".contains(c))
        .chars()
        .next_back();
    last.is_some_and(|c| ".!?。！？…;；:：".contains(c))
}

impl Document {
    /// The text segmented automatically, with no merges or splits, its line breaks
    /// judged one by one.
    pub fn new(title: impl Into<String>, text: impl Into<Rc<str>>) -> Self {
        DocumentBuilder::new(title, text).finish()
    }

    /// How the text's line breaks are read.
    pub fn line_breaks(&self) -> LineBreaks {
        self.breaks
    }

    /// The text's line breaks, counted: how many were joined, how many look wrapped.
    pub fn line_counts(&self) -> LineCounts {
        self.lines
    }

    /// The document with its line breaks read as `breaks`, keeping the user's merges
    /// and splits that still apply; `None` when they are read so already.
    pub fn with_line_breaks(&self, breaks: LineBreaks) -> Option<Document> {
        if breaks == self.breaks {
            return None;
        }
        let fixes = Fixes {
            lines: breaks,
            ..self.fixes()
        };
        Some(Document::with_fixes(
            self.title.clone(),
            Rc::clone(&self.text),
            &fixes,
        ))
    }

    /// The sentences of a run of consecutive paragraphs.
    pub fn sentences_of(&self, paragraphs: Range<usize>) -> Range<usize> {
        match &self.paragraphs[paragraphs] {
            [] => 0..0,
            [first, .., last] => first.start..last.end,
            [only] => only.clone(),
        }
    }

    /// A BCP 47 hint for the text's language: `zh` when Han characters make up a
    /// fifth of its letters (judged on the first few thousand), else `en`.
    pub fn language(&self) -> &'static str {
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).take(4000);
        let (mut han, mut all) = (0, 0);
        for c in letters {
            all += 1;
            if is_han(c) {
                han += 1;
            }
        }
        if all > 0 && han * 5 >= all {
            "zh"
        } else {
            "en"
        }
    }

    /// The sentences of paragraph `index`.
    pub fn paragraph(&self, index: usize) -> &[Sentence] {
        &self.sentences[self.paragraphs[index].clone()]
    }

    /// The document with sentence `index` joined to the next one of its paragraph.
    pub fn merge_with_next(&self, index: usize) -> Option<Document> {
        let (a, b) = (self.sentences.get(index)?, self.sentences.get(index + 1)?);
        if a.paragraph != b.paragraph {
            return None;
        }
        let merged = Sentence {
            text: self.text[a.start..b.end].into(),
            end: b.end,
            char_end: b.char_end,
            ..a.clone()
        };
        let mut sentences = self.sentences.clone();
        sentences.splice(index..index + 2, [merged]);
        Some(self.with_sentences(sentences))
    }

    /// The document with sentence `index` split before its `at`-th character.
    /// White space at the cut goes; both parts must keep some text.
    pub fn split(&self, index: usize, at: usize) -> Option<Document> {
        let s = self.sentences.get(index)?;
        let cut = s.start + s.text.char_indices().nth(at)?.0;
        let left = self.text[s.start..cut].trim_end();
        let right = self.text[cut..s.end].trim_start();
        if left.is_empty() || right.is_empty() {
            return None;
        }
        let right_start = s.end - right.len();
        let first = Sentence {
            text: left.into(),
            end: s.start + left.len(),
            char_end: s.char_start + left.chars().count(),
            ..s.clone()
        };
        let second = Sentence {
            text: right.into(),
            start: right_start,
            char_start: s.char_end - right.chars().count(),
            space_before: right_start > first.end,
            ..s.clone()
        };
        let mut sentences = self.sentences.clone();
        sentences.splice(index..=index, [first, second]);
        Some(self.with_sentences(sentences))
    }

    /// The user's merges and splits, against a fresh segmentation of the text.
    /// Linear in the number of sentences: both lists of starts are ascending.
    pub fn fixes(&self) -> Fixes {
        let mut fixes = Fixes {
            lines: self.breaks,
            ..Fixes::default()
        };
        let mut auto = self.auto_starts.iter().copied().peekable();
        let mut now = self.sentences.iter().map(|s| s.char_start).peekable();
        loop {
            match (auto.peek().copied(), now.peek().copied()) {
                (Some(a), Some(n)) if a == n => {
                    auto.next();
                    now.next();
                }
                (Some(a), Some(n)) if a < n => {
                    fixes.merged.push(a);
                    auto.next();
                }
                (Some(_), Some(n)) | (None, Some(n)) => {
                    fixes.split.push(n);
                    now.next();
                }
                (Some(a), None) => {
                    fixes.merged.push(a);
                    auto.next();
                }
                (None, None) => return fixes,
            }
        }
    }

    /// The document segmented afresh, then with `fixes` applied; fixes that no
    /// longer fit the text are skipped.
    pub fn with_fixes(
        title: impl Into<String>,
        text: impl Into<Rc<str>>,
        fixes: &Fixes,
    ) -> Document {
        let mut doc = DocumentBuilder::with_breaks(title, text, fixes.lines).finish();
        for &start in &fixes.merged {
            let at = doc.sentences.iter().position(|s| s.char_start == start);
            if let Some(merged) = at
                .filter(|&i| i > 0)
                .and_then(|i| doc.merge_with_next(i - 1))
            {
                doc = merged;
            }
        }
        for &start in &fixes.split {
            let at = doc
                .sentences
                .iter()
                .position(|s| s.char_start < start && start < s.char_end);
            if let Some(split) = at.and_then(|i| doc.split(i, start - doc.sentences[i].char_start))
            {
                doc = split;
            }
        }
        doc
    }

    fn with_sentences(&self, sentences: Vec<Sentence>) -> Document {
        let mut paragraphs: Vec<Range<usize>> = Vec::new();
        for (index, s) in sentences.iter().enumerate() {
            match paragraphs.get_mut(s.paragraph) {
                Some(range) => range.end = index + 1,
                None => paragraphs.push(index..index + 1),
            }
        }
        Document {
            title: self.title.clone(),
            text: Rc::clone(&self.text),
            sentences,
            paragraphs,
            auto_starts: Rc::clone(&self.auto_starts),
            breaks: self.breaks,
            lines: self.lines,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_of_paragraphs() {
        let doc = Document::new("t", "一。二。\n三。\n四。五。");
        assert_eq!(doc.paragraphs, [0..2, 2..3, 3..5]);
        assert_eq!(doc.sentences_of(0..2), 0..3);
        assert_eq!(doc.sentences_of(1..3), 2..5);
        assert_eq!(doc.sentences_of(2..3), 3..5);
        assert_eq!(doc.sentences_of(1..1), 0..0);
    }

    #[test]
    fn groups_sentences_into_paragraphs() {
        let doc = Document::new("t", "One. Two.\n\n三。四。\n");
        assert_eq!(doc.paragraphs, vec![0..2, 2..4]);
        assert_eq!(&*doc.paragraph(1)[0].text, "三。");
        assert!(doc.sentences[1].space_before);
        assert!(!doc.sentences[3].space_before);
        assert!(!doc.sentences[2].space_before);
    }

    #[test]
    fn language_hint() {
        assert_eq!(Document::new("t", "会议现场。Mr. Smith").language(), "zh");
        assert_eq!(Document::new("t", "Mr. Smith said 你好.").language(), "en");
        assert_eq!(Document::new("t", "").language(), "en");
    }

    #[test]
    fn merge_joins_within_a_paragraph_only() {
        let doc = Document::new("t", "One. Two.\nThree.");
        let merged = doc.merge_with_next(0).unwrap();
        assert_eq!(&*merged.sentences[0].text, "One. Two.");
        assert_eq!(
            (merged.sentences[0].char_start, merged.sentences[0].char_end),
            (0, 9)
        );
        assert_eq!(merged.paragraphs, vec![0..1, 1..2]);
        assert!(doc.merge_with_next(1).is_none());
        assert!(doc.merge_with_next(2).is_none());
    }

    #[test]
    fn split_cuts_at_a_character_and_trims() {
        let doc = Document::new("t", "Alpha beta. 天心😀区。");
        let split = doc.split(0, 5).unwrap();
        let texts: Vec<&str> = split.sentences.iter().map(|s| &*s.text).collect();
        assert_eq!(texts, ["Alpha", "beta.", "天心😀区。"]);
        assert_eq!(
            (split.sentences[1].char_start, split.sentences[1].char_end),
            (6, 11)
        );
        assert!(split.sentences[1].space_before);
        let astral = doc.split(1, 2).unwrap();
        assert_eq!(&*astral.sentences[2].text, "😀区。");
        assert_eq!(astral.sentences[2].char_start, 14);
        assert!(doc.split(0, 0).is_none());
        assert!(doc.split(0, 99).is_none());
    }

    #[test]
    fn split_then_merge_restores_the_sentence() {
        let doc = Document::new("t", "会议现场。(杨威 摄)\nMr. Smith arrived. He sat.");
        for (index, s) in doc.sentences.iter().enumerate() {
            for at in 1..s.text.chars().count() {
                if let Some(split) = doc.split(index, at) {
                    assert_eq!(split.merge_with_next(index).unwrap(), doc);
                }
            }
        }
    }

    #[test]
    fn fixes_record_merges_and_splits_and_replay_them() {
        let text = "会议现场。(杨威 摄)\nMr. Smith arrived. He sat. Then he spoke.";
        let doc = Document::new("t", text);
        assert!(doc.fixes().is_empty());
        let fixed = doc
            .merge_with_next(0)
            .unwrap()
            .merge_with_next(2)
            .unwrap()
            .split(1, 4)
            .unwrap();
        let fixes = fixed.fixes();
        assert_eq!(
            fixes,
            Fixes {
                lines: LineBreaks::Auto,
                merged: vec![5, 39],
                split: vec![16]
            }
        );
        assert_eq!(Document::with_fixes("t", text, &fixes), fixed);
    }

    #[test]
    fn building_in_small_steps_gives_the_same_document() {
        let text = crate::core::samples::SAMPLE_TEXT;
        let mut builder = DocumentBuilder::new("t", text);
        let mut steps = 0;
        let mut last = 0.0;
        while !builder.step(300) {
            steps += 1;
            assert!(builder.progress() > last);
            last = builder.progress();
        }
        assert!(steps > 5);
        assert_eq!(builder.finish(), Document::new("t", text));
    }

    #[test]
    fn empty_text_has_no_paragraphs() {
        let doc = Document::new("t", " \n\t\n");
        assert!(doc.sentences.is_empty());
        assert!(doc.paragraphs.is_empty());
    }
}
