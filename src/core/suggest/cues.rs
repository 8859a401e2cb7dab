//! A user's cue patterns for a tag: words or phrases, `*` for any run of characters.
//!
//! `risk` finds "risk", "Risks" and "risky" but not "brisk" (a pattern that starts with a
//! Latin letter starts at a word's start); `坚持*原则` finds "坚持……的原则". ASCII letters
//! match either case.

use std::ops::Range;

/// One pattern, split at its wildcards.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pattern {
    /// The pattern as the user wrote it, trimmed.
    source: String,
    /// The literal pieces between `*`s, lowercased (ASCII), none empty.
    pieces: Vec<String>,
}

/// A tag's patterns, ready to match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cues {
    patterns: Vec<Pattern>,
}

impl Cues {
    /// The patterns among `sources`; blank ones and lone wildcards are left out.
    pub fn parse<S: AsRef<str>>(sources: &[S]) -> Cues {
        let patterns = sources
            .iter()
            .map(|s| s.as_ref().trim())
            .filter_map(|source| {
                let pieces: Vec<String> = source
                    .split('*')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_ascii_lowercase)
                    .collect();
                (!pieces.is_empty()).then(|| Pattern {
                    source: source.to_string(),
                    pieces,
                })
            })
            .collect();
        Cues { patterns }
    }

    /// Whether there is no pattern to match.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// The first pattern that matches `sentence`: where (a byte range) and which.
    pub fn find(&self, sentence: &str) -> Option<(Range<usize>, &str)> {
        let folded = sentence.to_ascii_lowercase();
        self.patterns
            .iter()
            .find_map(|p| p.find(&folded).map(|range| (range, p.source.as_str())))
    }
}

impl Pattern {
    /// The first match in `folded` (the sentence, ASCII-lowercased: same byte offsets).
    fn find(&self, folded: &str) -> Option<Range<usize>> {
        let (first, rest) = self.pieces.split_first()?;
        let wordy = first.starts_with(|c: char| c.is_ascii_alphabetic());
        let mut from = 0;
        while let Some(at) = folded[from..].find(first.as_str()).map(|i| i + from) {
            from = at + first.len();
            if wordy && starts_word_inside(folded, at) {
                continue;
            }
            let mut end = at + first.len();
            let all = rest
                .iter()
                .all(|piece| match folded[end..].find(piece.as_str()) {
                    Some(i) => {
                        end += i + piece.len();
                        true
                    }
                    None => false,
                });
            if all {
                return Some(at..end);
            }
        }
        None
    }
}

/// Whether the letter at `at` continues a word rather than starting one.
fn starts_word_inside(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() && !crate::core::segment::is_han(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(cues: &'a Cues, s: &'a str) -> Option<&'a str> {
        cues.find(s).map(|(r, _)| &s[r])
    }

    #[test]
    fn words_match_at_a_word_start_in_either_case() {
        let cues = Cues::parse(&["risk"]);
        assert_eq!(find(&cues, "Risks remain high."), Some("Risk"));
        assert_eq!(find(&cues, "A brisk walk, then a risky bet."), Some("risk"));
        assert_eq!(find(&cues, "A brisk walk."), None);
    }

    #[test]
    fn wildcards_span_any_run_and_chinese_needs_no_word_start() {
        let cues = Cues::parse(&["  ", "*", "坚持*原则"]);
        assert_eq!(cues.patterns.len(), 1);
        let s = "会议强调，要坚持稳中求进的原则。";
        assert_eq!(find(&cues, s), Some("坚持稳中求进的原则"));
        assert_eq!(find(&Cues::parse(&["生词"]), "这是生词表"), Some("生词"));
        assert_eq!(find(&cues, "坚持到底。"), None);
        assert!(Cues::parse::<&str>(&[]).is_empty());
    }

    #[test]
    fn the_matching_pattern_is_named() {
        let cues = Cues::parse(&["flood", "drought"]);
        assert_eq!(
            cues.find("The drought ended.").map(|(_, p)| p),
            Some("drought")
        );
    }
}
