//! Matched quote and bracket pairs, so that a terminator inside `《…》` or `“…”` can be told apart.

use super::chars::closing_partner;

/// How far down the stack a closer looks for its opener. Bounds the work on
/// text full of stray closers, and real nesting is never this deep.
const MAX_SEARCH_DEPTH: usize = 8;

/// Byte ranges inside matched pairs: `(just after the opener, at the closer)`.
/// An opener without its closer on the same line encloses nothing.
pub fn enclosed_ranges(line: &str) -> Vec<(usize, usize)> {
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut ranges = Vec::new();
    for (pos, c) in line.char_indices() {
        if let Some(close) = closing_partner(c) {
            open.push((close, pos + c.len_utf8()));
            continue;
        }
        let lowest = open.len().saturating_sub(MAX_SEARCH_DEPTH);
        if let Some(k) = (lowest..open.len()).rev().find(|&k| open[k].0 == c) {
            ranges.push((open[k].1, pos));
            open.truncate(k);
        }
    }
    ranges
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
        let ranges = enclosed_ranges(line);
        assert_eq!(ranges.len(), 1);
        let (a, b) = ranges[0];
        assert_eq!(&line[a..b], "摔跤吧！爸爸");
    }

    #[test]
    fn stray_closer_and_unclosed_opener_enclose_nothing() {
        assert!(enclosed_ranges("a) b ( c").is_empty());
    }

    #[test]
    fn cuts_inside_are_dropped_cuts_outside_kept() {
        let line = "x(ab)y";
        let ranges = enclosed_ranges(line);
        let mut cuts = vec![1, 2, 3, 4, 5];
        drop_enclosed_cuts(&mut cuts, &ranges);
        assert_eq!(cuts, vec![1, 5]);
    }
}
