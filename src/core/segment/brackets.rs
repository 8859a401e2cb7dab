//! Matched quote and bracket pairs, so that a terminator inside `《…》` or `“…”` can be told apart.
//!
//! A title, a bracket or a quoted phrase inside a sentence (`喊着“加油！加油！”冲向终点`)
//! is sealed: no cut falls inside it. A free quotation, one that does not lean on a word
//! before it (`他说：“…”`, `(记者 杨威)“…”`, `He said, “…”`), is speech in its own right:
//! it splits into its sentences, and the closing quote stays on the last one.

use super::chars::{closing_partner, is_han, is_quote_opener, is_terminator};

/// How far down the stack a closer looks for its opener. Bounds the work on
/// text full of stray closers, and real nesting is never this deep.
const MAX_SEARCH_DEPTH: usize = 8;

/// Bytes that are an ASCII bracket or start a non-ASCII character.
const MAY_BE_BRACKET: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0x80;
    while b < 256 {
        table[b] = true;
        b += 1;
    }
    table[b'(' as usize] = true;
    table[b')' as usize] = true;
    table[b'[' as usize] = true;
    table[b']' as usize] = true;
    table[b'{' as usize] = true;
    table[b'}' as usize] = true;
    table
};

/// The quotes and brackets of a line.
#[derive(Debug, Default)]
pub struct Brackets {
    /// Byte ranges inside sealed pairs: `(just after the opener, at the closer)`.
    /// An opener without its closer on the same line encloses nothing.
    pub enclosed: Vec<(usize, usize)>,
    /// Byte ranges inside free quotations, in the same form.
    pub quotes: Vec<(usize, usize)>,
    /// Where each opener stands, matched or not.
    pub openers: Vec<usize>,
}

/// Finds the line's quotes and brackets in one pass. ASCII bytes other than
/// brackets are skipped without decoding, which keeps English text fast.
pub fn scan(line: &str) -> Brackets {
    let mut found = Brackets::default();
    let mut open: Vec<(char, usize)> = Vec::new();
    let bytes = line.as_bytes();
    let mut pos = 0;
    while let Some(skip) = bytes[pos..]
        .iter()
        .position(|&b| MAY_BE_BRACKET[b as usize])
    {
        pos += skip;
        let b = bytes[pos];
        let c = if b < 0x80 {
            pos += 1;
            b as char
        } else {
            let c = line[pos..].chars().next().expect("a char starts here");
            pos += c.len_utf8();
            c
        };
        let start = pos - c.len_utf8();
        if let Some(close) = closing_partner(c) {
            found.openers.push(start);
            open.push((close, pos));
            continue;
        }
        let lowest = open.len().saturating_sub(MAX_SEARCH_DEPTH);
        if let Some(k) = (lowest..open.len()).rev().find(|&k| open[k].0 == c) {
            let inside = open[k].1;
            let opener_at = inside - line[..inside].chars().next_back().map_or(0, char::len_utf8);
            if is_free_quotation(line, opener_at) {
                found.quotes.push((inside, start));
            } else {
                found.enclosed.push((inside, start));
            }
            open.truncate(k);
        }
    }
    found
}

/// A quotation opening at `at` is free unless a letter or digit stands just before it.
fn is_free_quotation(line: &str, at: usize) -> bool {
    let opener = line[at..].chars().next();
    opener.is_some_and(is_quote_opener)
        && !line[..at]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// How far back a quoted phrase's opener is looked for: phrases are short, and the
/// bound keeps a line full of closers linear.
const MAX_PHRASE_BYTES: usize = 240;

/// `大家喊着“加油！加油！”冲向终点。`: a quotation that leans on a word before it keeps
/// its own `！` or `？` inside (GB/T 15834), and the sentence around it goes on when
/// Chinese text follows at once. `before` is the line up to the closing quote.
pub fn embedded_exclamation_goes_on(before: &str, after: &str) -> bool {
    let Some(inside) = before.strip_suffix(['”', '」', '』']) else {
        return false;
    };
    if !inside.ends_with(['！', '？', '!', '?']) || !after.starts_with(is_han) {
        return false;
    }
    let mut from = inside.len().saturating_sub(MAX_PHRASE_BYTES);
    while !inside.is_char_boundary(from) {
        from += 1;
    }
    inside[from..]
        .rfind(['“', '「', '『'])
        .is_some_and(|open| !is_free_quotation(before, from + open))
}

/// Drops the cuts that would break a pair: every cut inside a sealed range, and
/// inside a free quotation every cut that does not follow a terminator or an ellipsis.
/// `cuts` must be sorted.
pub fn drop_enclosed_cuts(line: &str, cuts: &mut Vec<usize>, found: &Brackets) {
    retain_outside(cuts, &found.enclosed, |_| false);
    retain_outside(cuts, &found.quotes, |cut| {
        line[..cut]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(|c| is_terminator(c) || super::chars::is_ellipsis(c))
    });
}

/// Drops the cuts inside `ranges`, where `start <= cut <= end`. `cuts` must be sorted.
pub fn drop_cuts_in(cuts: &mut Vec<usize>, ranges: &[(usize, usize)]) {
    retain_outside(cuts, ranges, |_| false);
}

/// Keeps the cuts outside `ranges` (`start <= cut <= end` is inside), and those
/// inside for which `keep_inside` says yes. The ranges may overlap.
fn retain_outside(
    cuts: &mut Vec<usize>,
    ranges: &[(usize, usize)],
    keep_inside: impl Fn(usize) -> bool,
) {
    if ranges.is_empty() || cuts.is_empty() {
        return;
    }
    let mut events: Vec<(usize, i32)> = Vec::with_capacity(ranges.len() * 2);
    for &(start, end) in ranges {
        events.push((start, 1));
        events.push((end + 1, -1));
    }
    events.sort_unstable();
    let mut depth = 0;
    let mut next = 0;
    cuts.retain(|&cut| {
        while next < events.len() && events[next].0 <= cut {
            depth += events[next].1;
            next += 1;
        }
        depth == 0 || keep_inside(cut)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn book_title_encloses_its_exclamation() {
        let line = "看《摔跤吧！爸爸》好吗？";
        let ranges = scan(line).enclosed;
        assert_eq!(ranges.len(), 1);
        let (a, b) = ranges[0];
        assert_eq!(&line[a..b], "摔跤吧！爸爸");
    }

    #[test]
    fn stray_closer_and_unclosed_opener_enclose_nothing() {
        let found = scan("a) b ( c");
        assert!(found.enclosed.is_empty());
        assert_eq!(found.openers, vec![5]);
    }

    #[test]
    fn cuts_inside_are_dropped_cuts_outside_kept() {
        let line = "x(ab)y";
        let found = scan(line);
        let mut cuts = vec![1, 2, 3, 4, 5];
        drop_enclosed_cuts(line, &mut cuts, &found);
        assert_eq!(cuts, vec![1, 5]);
    }

    #[test]
    fn a_free_quotation_keeps_its_cuts_after_terminators_only() {
        let line = "他说：“走了。说‘好’吧。”";
        let found = scan(line);
        assert_eq!((found.quotes.len(), found.enclosed.len()), (1, 1));
        let after_stop = line.find("说‘").unwrap();
        let after_quote = line.find('吧').unwrap();
        let mut cuts = vec![after_stop, after_quote];
        drop_enclosed_cuts(line, &mut cuts, &found);
        assert_eq!(cuts, vec![after_stop]);
    }

    #[test]
    fn a_quotation_after_a_word_is_sealed() {
        let found = scan("喊着“加油！加油！”冲");
        assert_eq!((found.quotes.len(), found.enclosed.len()), (0, 1));
        let found = scan("He said, “Go. Now.”");
        assert_eq!((found.quotes.len(), found.enclosed.len()), (1, 0));
    }
}
