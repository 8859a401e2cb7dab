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

/// A W3C TextQuoteSelector: the quoted text with some context on each side, to find it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted text itself.
    pub exact: String,
    /// The text just before the quote, up to [`CONTEXT`] characters; may be empty.
    #[serde(default)]
    pub prefix: String,
    /// The text just after the quote, up to [`CONTEXT`] characters; may be empty.
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
    /// The text without white space, built on first need.
    squeezed: std::cell::OnceCell<Squeezed>,
}

impl<'a> CharText<'a> {
    /// Indexes `text` by code point, in one pass over it.
    pub fn new(text: &'a str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        CharText {
            text,
            bytes,
            squeezed: std::cell::OnceCell::new(),
        }
    }

    /// Length in code points.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// Whether the text has no characters.
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

    fn squeezed(&self) -> &Squeezed {
        self.squeezed.get_or_init(|| Squeezed::new(self.text))
    }

    fn find_ignoring_space(&self, quote: &Quote, near: usize) -> Option<Range<usize>> {
        let hay = self.squeezed();
        let needle = Squeezed::new(&quote.exact);
        let n = needle.len();
        if n == 0 {
            return None;
        }
        hay.find_all(&needle.text)
            .map(|first| hay.original(first..first + n))
            .min_by_key(|r| r.start.abs_diff(near))
    }

    /// Allows `max(1, n / 10)` changed characters in a quote of `n` (white space
    /// ignored). Candidates come from where the quote's head or tail still match.
    fn find_with_changes(&self, quote: &Quote, near: usize) -> Option<Range<usize>> {
        let hay = self.squeezed();
        let needle = Squeezed::new(&quote.exact);
        let n = needle.len();
        if n < 4 || hay.len() + 2 < n {
            return None;
        }
        let allowed = (n / 10).max(1);
        let seed = (n / 3).clamp(2, 12);
        let heads: Vec<usize> = hay.find_all(needle.slice(0..seed)).collect();
        let tail_ends: Vec<usize> = hay
            .find_all(needle.slice(n - seed..n))
            .map(|t| t + seed)
            .collect();
        // Windows that start where the head matches, or end where the tail does.
        let mut windows: Vec<(usize, usize)> = Vec::new();
        for len in n.saturating_sub(allowed)..=n + allowed {
            windows.extend(heads.iter().map(|&s| (s, s + len)));
            windows.extend(
                tail_ends
                    .iter()
                    .filter(|&&e| e >= len)
                    .map(|&e| (e - len, e)),
            );
        }
        windows.retain(|&(s, e)| s < e && e <= hay.len());
        windows.sort_unstable_by_key(|&(s, _)| hay.positions[s].abs_diff(near));
        let mut best: Option<(usize, Range<usize>)> = None;
        for (start, end) in windows.into_iter().take(200) {
            let distance = strsim::levenshtein(hay.slice(start..end), &needle.text);
            if distance <= allowed && best.as_ref().is_none_or(|(d, _)| distance < *d) {
                best = Some((distance, hay.original(start..end)));
            }
        }
        best.map(|(_, range)| range)
    }
}

/// A text without its white space, with the way back to the original offsets.
struct Squeezed {
    text: String,
    /// For each kept character, its code-point offset in the original.
    positions: Vec<usize>,
    /// The byte offset of each kept character in `text`, and its length at the end.
    bytes: Vec<usize>,
}

impl Squeezed {
    fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut positions = Vec::new();
        let mut bytes = Vec::new();
        for (i, c) in original.chars().enumerate() {
            if !c.is_whitespace() {
                bytes.push(text.len());
                text.push(c);
                positions.push(i);
            }
        }
        bytes.push(text.len());
        Squeezed {
            text,
            positions,
            bytes,
        }
    }

    fn len(&self) -> usize {
        self.positions.len()
    }

    fn slice(&self, range: Range<usize>) -> &str {
        &self.text[self.bytes[range.start]..self.bytes[range.end]]
    }

    /// Where `needle` occurs, as offsets in kept characters.
    fn find_all<'s>(&'s self, needle: &'s str) -> impl Iterator<Item = usize> + 's {
        memchr::memmem::find_iter(self.text.as_bytes(), needle.as_bytes())
            .map(|byte| self.bytes.partition_point(|&b| b < byte))
    }

    /// The original code-point range that kept characters `range` span.
    fn original(&self, range: Range<usize>) -> Range<usize> {
        self.positions[range.start]..self.positions[range.end - 1] + 1
    }
}

/// Code points in the first `units` UTF-16 code units of `text` (the DOM counts
/// UTF-16; selectors count code points). A unit inside a surrogate pair rounds down.
pub fn utf16_to_chars(text: &str, units: usize) -> usize {
    let mut seen = 0;
    text.chars()
        .take_while(|c| {
            seen += c.len_utf16();
            seen <= units
        })
        .count()
}

/// UTF-16 code units in the first `chars` code points of `text`.
pub fn chars_to_utf16(text: &str, chars: usize) -> usize {
    text.chars().take(chars).map(char::len_utf16).sum()
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
