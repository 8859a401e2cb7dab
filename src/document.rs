//! The article being annotated: its title, text, paragraphs and sentences.

use std::ops::Range;
use std::rc::Rc;

use crate::segment::{is_han, segment};

/// One sentence of the document. Offsets are into [`Document::text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: Rc<str>,
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub paragraph: usize,
    /// Whether white space separates it from the previous sentence of its paragraph
    /// (as in English), so that the view can show it.
    pub space_before: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub title: String,
    pub text: Rc<str>,
    pub sentences: Vec<Sentence>,
    /// For each paragraph, the range of its sentences in [`Document::sentences`].
    pub paragraphs: Vec<Range<usize>>,
}

impl Document {
    pub fn new(title: impl Into<String>, text: impl Into<Rc<str>>) -> Self {
        let text: Rc<str> = text.into();
        let mut sentences: Vec<Sentence> = Vec::new();
        let mut paragraphs: Vec<Range<usize>> = Vec::new();
        for (index, s) in segment(&text).into_iter().enumerate() {
            let previous = sentences.last().filter(|p| p.paragraph == s.paragraph);
            let space_before = previous.is_some_and(|p| p.end < s.start);
            match paragraphs.get_mut(s.paragraph) {
                Some(range) => range.end = index + 1,
                None => paragraphs.push(index..index + 1),
            }
            sentences.push(Sentence {
                text: s.text.into(),
                start: s.start,
                end: s.end,
                char_start: s.char_start,
                char_end: s.char_end,
                paragraph: s.paragraph,
                space_before,
            });
        }
        Document {
            title: title.into(),
            text,
            sentences,
            paragraphs,
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn empty_text_has_no_paragraphs() {
        let doc = Document::new("t", " \n\t\n");
        assert!(doc.sentences.is_empty());
        assert!(doc.paragraphs.is_empty());
    }
}
