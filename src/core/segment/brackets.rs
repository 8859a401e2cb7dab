//! Matched quote and bracket pairs, so that a terminator inside `《…》` or `“…”` can be told apart.

use super::chars::closing_partner;

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
    /// Byte ranges inside matched pairs: `(just after the opener, at the closer)`.
    /// An opener without its closer on the same line encloses nothing.
    pub enclosed: Vec<(usize, usize)>,
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
            found.enclosed.push((open[k].1, start));
            open.truncate(k);
        }
    }
    found
}

/// Drops the cuts that fall inside an enclosed range, where `start <= cut <= end`:
/// a cut there would separate a pair. `cuts` must be sorted.
pub fn drop_enclosed_cuts(cuts: &mut Vec<usize>, ranges: &[(usize, usize)]) {
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
        depth == 0
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
        let ranges = scan(line).enclosed;
        let mut cuts = vec![1, 2, 3, 4, 5];
        drop_enclosed_cuts(&mut cuts, &ranges);
        assert_eq!(cuts, vec![1, 5]);
    }
}
