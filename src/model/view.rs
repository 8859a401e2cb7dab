//! What part of the article is shown: the tag filter and the text search.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::core::annotation::{Marks, TagId, TagSet};
use crate::core::document::Document;
use crate::core::joined::shown;

/// Show only sentences with any of `tags`, or (with `untagged`) with no tag at all.
/// An empty filter shows everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Sentences with any of these tags show.
    pub tags: BTreeSet<TagId>,
    /// Sentences with no tag show.
    pub untagged: bool,
}

impl Filter {
    /// Whether it hides anything.
    pub fn is_active(&self) -> bool {
        self.untagged || !self.tags.is_empty()
    }

    /// Whether a sentence with these marks shows: it or one of its phrases has a tag of
    /// the filter, or it is untagged (no tag, nor any phrase with one) and those show.
    pub fn shows(&self, marks: &Marks) -> bool {
        !self.is_active()
            || (self.untagged && marks.is_untagged())
            || self.tags.iter().any(|t| marks.has_anywhere(t))
    }

    /// The filter without the tags `tags` no longer has: a deleted tag must not
    /// hide every sentence behind a checkbox that is gone.
    pub fn without_missing(&self, tags: &TagSet) -> Filter {
        Filter {
            tags: self
                .tags
                .iter()
                .filter(|t| tags.get(t).is_some())
                .cloned()
                .collect(),
            untagged: self.untagged,
        }
    }

    /// The filter with `tag` added, or taken out if it was in.
    pub fn toggled_tag(&self, tag: &str) -> Filter {
        let mut next = self.clone();
        if !next.tags.remove(tag) {
            next.tags.insert(tag.to_string());
        }
        next
    }
}

/// Byte ranges of `text` that match `query`, ignoring ASCII case. A zero-width space
/// (a joined line break between two Chinese characters, see
/// [`crate::core::joined::shown`]) is passed over, so `出席会议` is found across one.
pub fn match_ranges(text: &str, query: &str) -> Vec<Range<usize>> {
    const ZWSP: char = '\u{200B}';
    if !text.contains(ZWSP) {
        return plain_match_ranges(text, query);
    }
    let mut stripped = String::with_capacity(text.len());
    // For each byte of `stripped`, where it is in `text`.
    let mut at = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices().filter(|&(_, c)| c != ZWSP) {
        stripped.push(c);
        at.extend(i..i + c.len_utf8());
    }
    plain_match_ranges(&stripped, query)
        .into_iter()
        .map(|r| at[r.start]..at[r.end - 1] + 1)
        .collect()
}

fn plain_match_ranges(text: &str, query: &str) -> Vec<Range<usize>> {
    let needle = query.trim().as_bytes();
    if needle.is_empty() {
        return Vec::new();
    }
    let hay = text.as_bytes();
    let mut found = Vec::new();
    let mut pos = 0;
    while pos + needle.len() <= hay.len() {
        if text.is_char_boundary(pos) && hay[pos..pos + needle.len()].eq_ignore_ascii_case(needle) {
            found.push(pos..pos + needle.len());
            pos += needle.len();
        } else {
            pos += 1;
        }
    }
    found
}

/// The sentences whose text, as shown (a joined line break reads as a space),
/// matches `query`.
pub fn matching_sentences(doc: &Document, query: &str) -> Vec<usize> {
    doc.sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| !match_ranges(&shown(&s.text), query).is_empty())
        .map(|(i, _)| i)
        .collect()
}

/// Consecutive paragraphs grouped into blocks of at least `size` sentences (the last
/// may hold fewer): the unit the article is drawn and windowed in, so that a long
/// article is a few hundred blocks rather than thousands of paragraphs. Each block is
/// a range of paragraph indices; together they cover `paragraphs` in order.
pub fn blocks(paragraphs: &[Range<usize>], size: usize) -> Vec<Range<usize>> {
    let mut blocks = Vec::new();
    let mut start = 0;
    let mut sentences = 0;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        sentences += paragraph.len();
        if sentences >= size.max(1) {
            blocks.push(start..index + 1);
            start = index + 1;
            sentences = 0;
        }
    }
    if start < paragraphs.len() {
        blocks.push(start..paragraphs.len());
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_by_tags_or_untagged() {
        let tagged = Marks {
            tags: vec!["metrics".into()],
            ..Marks::default()
        };
        let plain = Marks::default();
        let all = Filter::default();
        assert!(all.shows(&tagged) && all.shows(&plain));
        let metrics = all.toggled_tag("metrics");
        assert!(metrics.shows(&tagged) && !metrics.shows(&plain));
        let untagged = Filter {
            untagged: true,
            ..Filter::default()
        };
        assert!(!untagged.shows(&tagged) && untagged.shows(&plain));
        assert!(!metrics.toggled_tag("metrics").is_active());
    }

    #[test]
    fn search_ignores_ascii_case_and_respects_characters() {
        assert_eq!(match_ranges("The U.S. and the us", "us"), vec![17..19]);
        assert_eq!(match_ranges("招商引资和招商", "招商"), [0..6, 15..21]);
        assert_eq!(match_ranges("Abc abc", "ABC"), [0..3, 4..7]);
        assert!(match_ranges("abc", "  ").is_empty());
        let doc = Document::new("t", "招商引资。优化环境。再招商。");
        assert_eq!(matching_sentences(&doc, "招商"), [0, 2]);
    }

    #[test]
    fn search_finds_words_across_a_joined_line() {
        // As shown: a joined break between two Han characters is a zero-width space.
        let shown = "区委书记出\u{200B}席会议";
        assert_eq!(match_ranges(shown, "出席"), vec![12..21]);
        assert_eq!(&shown[12..21], "出\u{200B}席");
        assert_eq!(match_ranges(shown, "会议"), vec![21..27]);
        assert_eq!(
            match_ranges("Mayor Tim Willson", "tim willson"),
            vec![6..17]
        );
        let fixes = crate::core::document::Fixes {
            lines: crate::core::segment::LineBreaks::Join,
            ..Default::default()
        };
        let doc = Document::with_fixes(
            "t",
            "区委书记出\n席会议并讲话。\nMayor Tim\nWillson spoke.",
            &fixes,
        );
        assert_eq!(matching_sentences(&doc, "出席会议"), [0]);
        assert_eq!(matching_sentences(&doc, "Tim Willson"), [1]);
    }

    #[test]
    fn blocks_gather_paragraphs_up_to_a_size() {
        let paragraphs = [0..3, 3..4, 4..9, 9..10, 10..11];
        assert_eq!(blocks(&paragraphs, 4), [0..2, 2..3, 3..5]);
        assert_eq!(blocks(&paragraphs, 100), vec![Range { start: 0, end: 5 }]);
        assert_eq!(blocks(&paragraphs, 1), [0..1, 1..2, 2..3, 3..4, 4..5]);
        assert!(blocks(&[], 4).is_empty());
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Blocks cover every paragraph once, in order, and all but the last
            /// hold at least `size` sentences.
            #[test]
            fn blocks_partition_the_paragraphs(lengths in proptest::collection::vec(1usize..12, 0..60), size in 1usize..40) {
                let mut paragraphs = Vec::new();
                let mut at = 0;
                for n in lengths {
                    paragraphs.push(at..at + n);
                    at += n;
                }
                let blocks = blocks(&paragraphs, size);
                let covered: Vec<usize> = blocks.iter().flat_map(Clone::clone).collect();
                prop_assert_eq!(covered, (0..paragraphs.len()).collect::<Vec<_>>());
                for (i, block) in blocks.iter().enumerate() {
                    prop_assert!(!block.is_empty());
                    let sentences: usize = paragraphs[block.clone()].iter().map(|p| p.len()).sum();
                    if i + 1 < blocks.len() {
                        prop_assert!(sentences >= size);
                    }
                }
            }
        }
    }
}
