//! Text quote and position selectors, and finding a quote again in a text that changed.
//!
//! Offsets are Unicode code points, start inclusive, end exclusive, as in the W3C
//! Web Annotation model. Finding a quote tries, in order: its old position; the exact
//! quote anywhere (the best prefix and suffix win, then the nearest); the quote with
//! white space ignored; and the quote with a few characters changed.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// How many characters of context a quote keeps on each side.
pub const CONTEXT: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
}

/// Where a quote was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// At its recorded position, unchanged.
    Exact(Range<usize>),
    /// Elsewhere, or with small changes.
    Moved(Range<usize>),
}

/// A text indexed by code point, for selectors.
pub struct CharText<'a> {
    text: &'a str,
    /// The byte offset of every character, and the text's length at the end.
    bytes: Vec<usize>,
}

impl<'a> CharText<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        CharText { text, bytes }
    }

    /// Length in code points.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text between two code-point offsets (clamped to the text).
    pub fn slice(&self, range: Range<usize>) -> &'a str {
        let end = range.end.min(self.len());
        let start = range.start.min(end);
        &self.text[self.bytes[start]..self.bytes[end]]
    }

    fn char_at_byte(&self, byte: usize) -> usize {
        self.bytes.partition_point(|&b| b < byte)
    }

    /// The quote selector for a code-point range.
    pub fn quote(&self, range: Range<usize>) -> Quote {
        Quote {
            exact: self.slice(range.clone()).to_string(),
            prefix: self
                .slice(range.start.saturating_sub(CONTEXT)..range.start)
                .to_string(),
            suffix: self.slice(range.end..range.end + CONTEXT).to_string(),
        }
    }

    /// Finds `quote` in this text, near `hint` (its recorded position) if given.
    pub fn find(&self, quote: &Quote, hint: Option<Range<usize>>) -> Option<Found> {
        if quote.exact.is_empty() {
            return None;
        }
        if let Some(h) = &hint
            && h.end <= self.len()
            && self.slice(h.clone()) == quote.exact
        {
            return Some(Found::Exact(h.clone()));
        }
        let near = hint.map_or(0, |h| h.start);
        self.find_exact(quote, near)
            .or_else(|| self.find_ignoring_space(quote, near))
            .or_else(|| self.find_with_changes(quote, near))
            .map(Found::Moved)
    }

    fn find_exact(&self, quote: &Quote, near: usize) -> Option<Range<usize>> {
        let len = quote.exact.chars().count();
        memchr::memmem::find_iter(self.text.as_bytes(), quote.exact.as_bytes())
            .map(|byte| {
                let start = self.char_at_byte(byte);
                start..start + len
            })
            .max_by_key(|r| {
                let context = common_suffix(
                    self.slice(r.start.saturating_sub(CONTEXT)..r.start),
                    &quote.prefix,
                ) + common_prefix(self.slice(r.end..r.end + CONTEXT), &quote.suffix);
                (context, std::cmp::Reverse(r.start.abs_diff(near)))
            })
    }

    fn find_ignoring_space(&self, quote: &Quote, near: usize) -> Option<Range<usize>> {
        let (squeezed, positions) = squeeze(self.text);
        let (needle, _) = squeeze(&quote.exact);
        if needle.is_empty() {
            return None;
        }
        let needle_len = needle.chars().count();
        let squeezed_chars = CharText::new(&squeezed);
        memchr::memmem::find_iter(squeezed.as_bytes(), needle.as_bytes())
            .map(|byte| {
                let first = squeezed_chars.char_at_byte(byte);
                positions[first]..positions[first + needle_len - 1] + 1
            })
            .min_by_key(|r| r.start.abs_diff(near))
    }

    /// Allows `max(1, n / 10)` changed characters in a quote of `n` (white space
    /// ignored). Candidates come from where the quote's head or tail still match.
    fn find_with_changes(&self, quote: &Quote, near: usize) -> Option<Range<usize>> {
        let (squeezed, positions) = squeeze(self.text);
        let (needle, _) = squeeze(&quote.exact);
        let needle: Vec<char> = needle.chars().collect();
        let hay: Vec<char> = squeezed.chars().collect();
        let n = needle.len();
        if n < 4 || hay.len() + 2 < n {
            return None;
        }
        let allowed = (n / 10).max(1);
        let seed = (n / 3).clamp(2, 12);
        let head: String = needle[..seed].iter().collect();
        let tail: String = needle[n - seed..].iter().collect();
        let hay_text = CharText::new(&squeezed);
        let mut starts: Vec<usize> =
            memchr::memmem::find_iter(squeezed.as_bytes(), head.as_bytes())
                .map(|b| hay_text.char_at_byte(b))
                .collect();
        starts.extend(
            memchr::memmem::find_iter(squeezed.as_bytes(), tail.as_bytes())
                .map(|b| (hay_text.char_at_byte(b) + seed).saturating_sub(n)),
        );
        starts.sort_unstable_by_key(|&s| positions.get(s).map_or(usize::MAX, |p| p.abs_diff(near)));
        starts.dedup();
        let target: String = needle.iter().collect();
        let mut best: Option<(usize, Range<usize>)> = None;
        for start in starts.into_iter().take(50) {
            for len in n.saturating_sub(allowed)..=n + allowed {
                let end = start + len;
                if len == 0 || end > hay.len() {
                    continue;
                }
                let window: String = hay[start..end].iter().collect();
                let distance = strsim::levenshtein(&window, &target);
                if distance <= allowed && best.as_ref().is_none_or(|(d, _)| distance < *d) {
                    best = Some((distance, positions[start]..positions[end - 1] + 1));
                }
            }
        }
        best.map(|(_, range)| range)
    }
}

/// The text without white space, and the code-point offset of each kept character.
fn squeeze(text: &str) -> (String, Vec<usize>) {
    let mut squeezed = String::with_capacity(text.len());
    let mut positions = Vec::new();
    for (i, c) in text.chars().enumerate() {
        if !c.is_whitespace() {
            squeezed.push(c);
            positions.push(i);
        }
    }
    (squeezed, positions)
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "会议现场。(杨威 摄)\n要深入实施招商引资“一号工程”。新引进10亿元以上重大项目4个。";

    #[test]
    fn quotes_carry_context_and_find_themselves() {
        let text = CharText::new(TEXT);
        let q = text.quote(12..28);
        assert_eq!(q.exact, "要深入实施招商引资“一号工程”。");
        assert_eq!(q.prefix, "会议现场。(杨威 摄)\n");
        assert_eq!(text.find(&q, Some(12..28)), Some(Found::Exact(12..28)));
    }

    #[test]
    fn finds_a_quote_after_an_inserted_paragraph() {
        let old = CharText::new(TEXT);
        let q = old.quote(28..44);
        let edited = format!("新的一段。\n{TEXT}");
        let new = CharText::new(&edited);
        assert_eq!(new.find(&q, Some(28..44)), Some(Found::Moved(34..50)));
    }

    #[test]
    fn picks_the_occurrence_whose_context_matches() {
        let text = CharText::new("好。A好。B好。");
        let q = Quote {
            exact: "好。".into(),
            prefix: "B".into(),
            suffix: String::new(),
        };
        assert_eq!(text.find(&q, None), Some(Found::Moved(6..8)));
    }

    #[test]
    fn tolerates_white_space_and_a_changed_character() {
        let q = Quote {
            exact: "Mr. Smith arrived today.".into(),
            prefix: String::new(),
            suffix: String::new(),
        };
        let spaced = CharText::new("Intro.  Mr.  Smith arrived\ttoday. End.");
        assert_eq!(spaced.find(&q, Some(7..31)), Some(Found::Moved(8..33)));
        let changed = CharText::new("Intro. Mr. Smyth arrived today. End.");
        assert_eq!(changed.find(&q, Some(7..31)), Some(Found::Moved(7..31)));
        let other = CharText::new("Something else entirely.");
        assert_eq!(other.find(&q, Some(0..5)), None);
    }
}
