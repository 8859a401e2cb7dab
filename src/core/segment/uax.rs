//! UAX #29 sentence bounds, computed only in short windows around terminators.
//!
//! `unicode-segmentation` runs at about 25 MB/s on English. But a UAX #29 sentence
//! bound (within a line) only ever follows a terminator, and its rules look just one
//! character behind the terminator's word and ahead to the next letter. So the text
//! is cut at *quiet points*, where no rule looks across, and only the windows that
//! hold a terminator go through `unicode-segmentation`. The result equals running
//! it over the whole line, which the property tests check.

use std::collections::HashMap;

use unicode_segmentation::UnicodeSegmentation;

/// Sentence bounds inside `line` (not its start or end), exactly as UAX #29 puts them.
pub fn sentence_bounds(line: &str, terminators: &mut TerminatorCache) -> Vec<usize> {
    let mut bounds = Vec::new();
    let mut done_to = 0;
    let bytes = line.as_bytes();
    while let Some(at) = terminators.next_in(line, done_to) {
        // Decimals, URLs, e-mail addresses: a full stop directly before a digit or a
        // lower-case letter never ends a sentence (rules SB6 and SB8), and that
        // digit or letter stops every rule's look-back, so the next window may start on it.
        if bytes[at] == b'.'
            && bytes
                .get(at + 1)
                .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            done_to = at + 1;
            continue;
        }
        let start = quiet_point_before(line, at, done_to);
        let end = quiet_point_after(line, at);
        let window = &line[start..end];
        bounds.extend(
            window
                .split_sentence_bound_indices()
                .map(|(i, _)| start + i)
                .filter(|&i| i > start),
        );
        done_to = end;
    }
    bounds
}

/// Which characters UAX #29 treats as sentence terminators (STerm or ATerm).
/// Common text is classified here; any other character is asked of
/// `unicode-segmentation` once and remembered, so no Unicode table is copied.
#[derive(Default)]
pub struct TerminatorCache {
    asked: HashMap<char, bool>,
}

impl TerminatorCache {
    /// The byte offset of the first terminator at or after `from`.
    fn next_in(&mut self, line: &str, from: usize) -> Option<usize> {
        let rest = &line[from..];
        let bytes = rest.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if matches!(b, b'.' | b'!' | b'?') {
                    return Some(from + i);
                }
                i += 1;
                continue;
            }
            let c = rest[i..].chars().next().expect("a char starts here");
            if self.is_terminator(c) {
                return Some(from + i);
            }
            i += c.len_utf8();
        }
        None
    }

    fn is_terminator(&mut self, c: char) -> bool {
        match c {
            '。' | '！' | '？' | '．' | '｡' => true,
            '，' | '、' | '：' | '；' | '“' | '”' | '‘' | '’' | '《' | '》' | '（' | '）' | '…'
            | '—' | '·' | '「' | '」' | '『' | '』' | '【' | '】' => false,
            c if c.is_alphanumeric() || c.is_whitespace() => false,
            c => *self.asked.entry(c).or_insert_with(|| {
                let probe = format!("a{c} B");
                probe.split_sentence_bounds().count() > 1
            }),
        }
    }
}

/// Letters whose UAX #29 class is plain (Upper, Lower or OLetter) and never Extend.
fn is_plain_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || super::chars::is_han(c)
}

/// Quiet: a plain letter follows, and a plain letter, or a plain letter and one
/// space, precede. No rule's context crosses such a point, and no bound falls on it.
fn is_quiet(before2: Option<char>, before1: char, at: char) -> bool {
    is_plain_letter(at)
        && (is_plain_letter(before1) || (before1 == ' ' && before2.is_some_and(is_plain_letter)))
}

/// The last quiet point at or before `at`, but not before `floor`: the line's start,
/// the end of the previous window, or a letter or digit just after a full stop.
fn quiet_point_before(line: &str, at: usize, floor: usize) -> usize {
    let mut chars = line[floor..at]
        .char_indices()
        .rev()
        .map(|(i, c)| (floor + i, c));
    let mut next = line[at..].chars().next();
    let mut prev = chars.next();
    while let (Some((pos, c)), Some(after)) = (prev, next) {
        let before = chars.next();
        if is_quiet(before.map(|(_, b)| b), c, after) {
            return pos + c.len_utf8();
        }
        next = Some(c);
        prev = before;
    }
    floor
}

/// The first quiet point after the character at `at`, or the end of the line.
/// A window may end just after any plain letter, which no bound follows and no
/// look-ahead passes; ending on a quiet point also lets the next window start there.
fn quiet_point_after(line: &str, at: usize) -> usize {
    let mut before2 = None;
    let mut before1 = None;
    for (pos, c) in line[at..].char_indices().map(|(i, c)| (at + i, c)) {
        if let Some(b1) = before1
            && pos > at
            && is_quiet(before2, b1, c)
        {
            return pos;
        }
        before2 = before1;
        before1 = Some(c);
    }
    line.len()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn plain_uax(line: &str) -> Vec<usize> {
        line.split_sentence_bound_indices()
            .map(|(i, _)| i)
            .filter(|&i| i > 0)
            .collect()
    }

    fn line_text() -> impl Strategy<Value = String> {
        let pool: Vec<char> =
            "  ...!?。！？．｡؟।։…“”\"'()（）《》,，;:-5 aAbBzZ好是Бб\u{301}\u{200d}\u{2060}😀\t"
                .chars()
                .collect();
        let piece = prop_oneof![
            8 => proptest::sample::select(pool),
            1 => any::<char>(),
        ];
        proptest::collection::vec(piece, 0..80).prop_map(|chars| {
            chars
                .into_iter()
                .filter(|c| !matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'))
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        #[test]
        fn windows_give_the_same_bounds_as_the_whole_line(line in line_text()) {
            let mut cache = TerminatorCache::default();
            prop_assert_eq!(sentence_bounds(&line, &mut cache), plain_uax(&line));
        }
    }

    #[test]
    fn windows_match_on_the_sample_and_on_english() {
        let english = "Mr. Smith met Dr. J. R. Jones at 5 p.m. in the U.S. Army base. \"Why?\" he asked. Wait... what? OK.";
        for line in crate::core::samples::SAMPLE_TEXT.lines().chain([english]) {
            let mut cache = TerminatorCache::default();
            assert_eq!(sentence_bounds(line, &mut cache), plain_uax(line), "{line}");
        }
    }
}
