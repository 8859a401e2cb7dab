//! Inline list markers (`1.)`, `2)`, `3.`, `a.`, `(4)`, `⑤`, `六、`, `• 7.`): a list item is
//! a unit, and its marker begins it, so `1) Open the file 2) Read it` is two units.
//!
//! A list is found where a sentence starts with a marker. Each marker that follows it in
//! order (`2)` after `1)`, `b.` after `a.`, any `•` after a `•`) starts the next item,
//! unless clause punctuation leads up to one of them (`(1) 规划先行；(2) 项目跟进。`):
//! such a list is one sentence. A list opened after a colon inside a sentence stays in
//! that sentence.

use std::collections::HashSet;

use super::chars::is_clause_mark;

/// Markers, as in `1. First`: `line[start..item]` is the marker and the blank after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// Where the marker starts.
    pub start: usize,
    /// Where the item's text starts.
    pub item: usize,
    kind: Kind,
    value: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `•`, `⁃`: items are not counted.
    Bullet(char),
    /// `1.`, `1)`, `1.)`, `1、`, `(1)`, `（1）`.
    Number(Frame),
    /// `a.`, `b)`, `(c)`, `D)`.
    Letter(Frame, Case),
    /// `一、`, `（二）`.
    Han(Frame),
    /// `①`, `⑴`, `⒈`, `❶`: the run's first code point.
    Circled(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    Upper,
}

/// The bracket before a number or letter, if any, and the mark after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Frame {
    open: Option<char>,
    close: &'static str,
}

/// The markers of the lists in `line`, and the cuts that start their items.
#[derive(Debug, Default)]
pub struct Lists {
    /// Every marker found; no cut may fall after its start and up to its item.
    pub markers: Vec<Marker>,
    /// Cuts before markers that start a new item.
    pub cuts: Vec<usize>,
}

/// Finds the lists of `line` that start at its beginning or at one of `starts`
/// (the cuts proposed so far, sorted).
pub fn find(line: &str, starts: &[usize]) -> Lists {
    let mut lists = Lists::default();
    let mut seen = HashSet::new();
    let mut finder = Finder::default();
    for seed in std::iter::once(0).chain(starts.iter().copied()) {
        // `Ordinance No. 12. Motion carried.`: the number after `No.` is no list item.
        if super::abbrev::ends_before_number(&line[..seed]) {
            continue;
        }
        let Some(first) = parse(line, skip_blank(line, seed)) else {
            continue;
        };
        if !seen.insert(first.start) {
            continue;
        }
        lists.markers.push(first);
        let items_from = lists.markers.len();
        let mut in_a_sentence = false;
        let mut last = first;
        while let Some(next) = successor(line, &last, &mut finder) {
            if !seen.insert(next.start) {
                break;
            }
            let before = line[..next.start].trim_end().chars().next_back();
            in_a_sentence |= before.is_some_and(is_clause_mark);
            lists.markers.push(next);
            last = next;
        }
        if !in_a_sentence {
            let items = &lists.markers[items_from..];
            lists.cuts.extend(items.iter().map(|m| m.start));
        }
    }
    lists
}

impl Marker {
    /// The cuts that would part the marker from its item: `start + 1..=item`.
    pub fn inside(&self) -> (usize, usize) {
        (self.start + 1, self.item)
    }
}

/// The marker that continues the list after `last`, searched for by its text.
fn successor(line: &str, last: &Marker, finder: &mut Finder) -> Option<Marker> {
    let value = match last.kind {
        Kind::Bullet(_) => 0,
        _ => last.value + 1,
    };
    let text = render(last.kind, value)?;
    let mut from = last.item;
    while let Some(found) = finder.find(line, &text, from) {
        if may_follow(line, found, last.kind)
            && let Some(next) = parse(line, found)
            && next.kind == last.kind
            && next.value == value
        {
            return Some(next);
        }
        from = found + text.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Whether a marker of `kind` may stand at `at` in the middle of a line. Markers made of
/// ASCII need a space or CJK punctuation before them (`item 2)`, `。2)`, not `f(2)`);
/// CJK ones may follow a Chinese character (`①抓招商②…`, `一、抓招商二、…`).
fn may_follow(line: &str, at: usize, kind: Kind) -> bool {
    let Some(prev) = line[..at].chars().next_back() else {
        return true;
    };
    if prev.is_whitespace() {
        return true;
    }
    let cjk_frame = |frame: Frame| frame.close == "、" || frame.open == Some('（');
    match kind {
        Kind::Bullet(_) => false,
        Kind::Circled(_) => true,
        Kind::Han(frame) => {
            !(prev.is_ascii_alphanumeric() || prev == '第' || han_digit(prev).is_some())
                && (cjk_frame(frame) || !prev.is_alphanumeric())
        }
        Kind::Number(frame) | Kind::Letter(frame, _) if cjk_frame(frame) => {
            !prev.is_ascii_alphanumeric()
        }
        Kind::Number(_) | Kind::Letter(..) => !prev.is_ascii() && !prev.is_alphanumeric(),
    }
}

/// The text of the marker of `kind` numbered `value`, if there is one.
fn render(kind: Kind, value: u32) -> Option<String> {
    let framed = |frame: Frame, body: String| {
        let mut text = String::new();
        text.extend(frame.open);
        text.push_str(&body);
        text.push_str(frame.close);
        text
    };
    match kind {
        Kind::Bullet(c) => Some(c.to_string()),
        Kind::Number(frame) => (value < 1000).then(|| framed(frame, value.to_string())),
        // `A.` `B.` are initials more often than a list.
        Kind::Letter(frame, Case::Upper) if frame.close == "." && frame.open.is_none() => None,
        Kind::Letter(frame, case) => {
            let base = if case == Case::Upper { b'A' } else { b'a' };
            (value <= 26).then(|| framed(frame, char::from(base + value as u8 - 1).to_string()))
        }
        Kind::Han(frame) => han_numeral(value).map(|n| framed(frame, n)),
        Kind::Circled(base) => {
            let (_, len) = circled_run(char::from_u32(base)?)?;
            (value <= len)
                .then(|| char::from_u32(base + value - 1))
                .flatten()
                .map(String::from)
        }
    }
}

/// The marker starting at `at`, if one does, with a bullet's number taken into it (`• 9.`).
fn parse(line: &str, at: usize) -> Option<Marker> {
    if !may_start_marker(line, at) {
        return None;
    }
    let c = line[at..].chars().next()?;
    if !is_bullet(c) {
        return parse_counted(line, at);
    }
    let after = skip_blank(line, at + c.len_utf8());
    let item = parse_counted(line, after).map_or(after, |m| m.item);
    Some(Marker {
        start: at,
        item,
        kind: Kind::Bullet(c),
        value: 0,
    })
}

/// A quick test, so that most sentence starts cost next to nothing: an ASCII marker
/// starts with a digit, a bracket, or a letter that a mark follows at once.
fn may_start_marker(line: &str, at: usize) -> bool {
    match &line.as_bytes()[at..] {
        [b'0'..=b'9' | b'(', ..] => true,
        [b, mark, ..] if b.is_ascii_alphabetic() => matches!(mark, b'.' | b')'),
        [] | [0..=0x7F, ..] => false,
        _ => line[at..].chars().next().is_some_and(|c| {
            c == '（' || is_bullet(c) || han_digit(c).is_some() || circled_run(c).is_some()
        }),
    }
}

fn parse_counted(line: &str, at: usize) -> Option<Marker> {
    let first = line[at..].chars().next()?;
    if let Some((base, _)) = circled_run(first) {
        return Some(Marker {
            start: at,
            item: skip_blank(line, at + first.len_utf8()),
            kind: Kind::Circled(base),
            value: first as u32 - base + 1,
        });
    }
    let open = matches!(first, '(' | '（').then_some(first);
    let body_start = at + open.map_or(0, char::len_utf8);
    let body = &line[body_start..];
    let Counted { value, len, make } = ascii_number(body)
        .or_else(|| han_number(body))
        .or_else(|| ascii_letter(body))?;
    let after_body = body_start + len;
    let close = closing_mark(&line[after_body..], open)?;
    let frame = Frame { open, close };
    let kind = make(frame);
    let end = after_body + close.len();
    let next = line[end..].chars().next();
    let fits = match (kind, close) {
        (Kind::Han(_), _) => open.is_some() || close == "、",
        (Kind::Letter(..), "、") => false,
        (Kind::Letter(..), ".") => next.is_none_or(char::is_whitespace),
        (Kind::Number(_), ".") => next.is_none_or(|c| c.is_whitespace() || super::chars::is_han(c)),
        (_, ")" | ".)") if open.is_none() => next.is_none_or(|c| !c.is_ascii_alphanumeric()),
        _ => true,
    };
    fits.then(|| Marker {
        start: at,
        item: skip_blank(line, end),
        kind,
        value,
    })
}

/// The mark that closes a numbered marker: `.)` `.` `)` `、` alone, or the partner of `open`.
fn closing_mark(rest: &str, open: Option<char>) -> Option<&'static str> {
    let marks: &[&'static str] = match open {
        Some('(') => &[")"],
        Some(_) => &["）"],
        None => &[".)", ".", ")", "、"],
    };
    marks.iter().copied().find(|m| rest.starts_with(m))
}

/// The number or letter of a marker: its value, its length in bytes, and the kind of
/// marker it makes in a frame.
struct Counted {
    value: u32,
    len: usize,
    make: fn(Frame) -> Kind,
}

fn ascii_number(body: &str) -> Option<Counted> {
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    Some(Counted {
        value: body[..digits].parse().ok()?,
        len: digits,
        make: Kind::Number,
    })
}

fn ascii_letter(body: &str) -> Option<Counted> {
    let &b = body.as_bytes().first()?;
    if !b.is_ascii_alphabetic() || body.as_bytes().get(1).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let value = u32::from(b.to_ascii_lowercase() - b'a' + 1);
    let make: fn(Frame) -> Kind = if b.is_ascii_uppercase() {
        |f| Kind::Letter(f, Case::Upper)
    } else {
        |f| Kind::Letter(f, Case::Lower)
    };
    Some(Counted {
        value,
        len: 1,
        make,
    })
}

fn han_number(body: &str) -> Option<Counted> {
    let len: usize = body
        .chars()
        .take_while(|&c| han_digit(c).is_some())
        .take(3)
        .map(char::len_utf8)
        .sum();
    let value = han_value(&body[..len])?;
    Some(Counted {
        value,
        len,
        make: Kind::Han,
    })
}

fn han_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => return None,
    })
}

/// `一` → 1, `十二` → 12, `二十` → 20, `三十五` → 35.
fn han_value(text: &str) -> Option<u32> {
    let digits: Vec<u32> = text.chars().map(han_digit).collect::<Option<_>>()?;
    match digits.as_slice() {
        [d] if (1..=10).contains(d) => Some(*d),
        [10, u] if (1..=9).contains(u) => Some(10 + u),
        [t, 10] if (2..=9).contains(t) => Some(t * 10),
        [t, 10, u] if (2..=9).contains(t) && (1..=9).contains(u) => Some(t * 10 + u),
        _ => None,
    }
}

fn han_numeral(value: u32) -> Option<String> {
    let digit = |d: u32| "〇一二三四五六七八九十".chars().nth(d as usize);
    let (tens, units) = (value / 10, value % 10);
    let mut text = String::new();
    match tens {
        0 => {}
        1 => text.push('十'),
        2..=9 => text.extend([digit(tens)?, '十']),
        _ => return None,
    }
    if units > 0 {
        text.push(digit(units)?);
    }
    (!text.is_empty()).then_some(text)
}

/// The run of enclosed numbers `c` belongs to: its first code point and its length.
fn circled_run(c: char) -> Option<(u32, u32)> {
    const RUNS: [(u32, u32); 7] = [
        (0x2460, 20), // ① … ⑳
        (0x2474, 20), // ⑴ … ⒇
        (0x2488, 20), // ⒈ … ⒛
        (0x2776, 10), // ❶ … ❿
        (0x2780, 10), // ➀ … ➉
        (0x278A, 10), // ➊ … ➓
        (0x3220, 10), // ㈠ … ㈩
    ];
    let code = c as u32;
    RUNS.into_iter()
        .find(|&(base, len)| (base..base + len).contains(&code))
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '‣'
            | '⁃'
            | '∙'
            | '▪'
            | '▫'
            | '●'
            | '○'
            | '■'
            | '□'
            | '◆'
            | '◇'
            | '★'
            | '☆'
            | '►'
            | '▶'
            | '▸'
            | '➢'
            | '✓'
            | '✔'
    )
}

fn skip_blank(line: &str, at: usize) -> usize {
    match line.as_bytes().get(at) {
        Some(b) if b.is_ascii() && !b.is_ascii_whitespace() => at,
        _ => line.len() - line[at..].trim_start().len(),
    }
}

/// Where each marker text was last found, so that a line full of first markers
/// is searched once for each successor, not once per marker.
#[derive(Default)]
struct Finder {
    found: Vec<(String, usize, Option<usize>)>,
}

impl Finder {
    fn find(&mut self, line: &str, text: &str, from: usize) -> Option<usize> {
        let entry = match self.found.iter_mut().position(|(t, ..)| t == text) {
            Some(i) => &mut self.found[i],
            None => {
                self.found.push((text.to_owned(), usize::MAX, None));
                self.found.last_mut().expect("just pushed")
            }
        };
        let (_, searched_from, at) = entry;
        let known = *searched_from <= from && at.is_none_or(|at| at >= from);
        if !known {
            *searched_from = from;
            *at = line[from..].find(text).map(|i| from + i);
        }
        *at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(line: &str) -> Vec<&str> {
        let lists = find(line, &[]);
        let mut cuts = lists.cuts;
        cuts.push(line.len());
        let mut start = 0;
        cuts.iter()
            .map(|&cut| {
                let piece = line[start..cut].trim();
                start = cut;
                piece
            })
            .collect()
    }

    #[test]
    fn markers_in_order_start_items() {
        assert_eq!(items("1.) One 2.) Two"), ["1.) One", "2.) Two"]);
        assert_eq!(
            items("a. One b. Two c. Three"),
            ["a. One", "b. Two", "c. Three"]
        );
        assert_eq!(items("• 9. Nine • 10. Ten"), ["• 9. Nine", "• 10. Ten"]);
        assert_eq!(items("(1) 一 (2) 二"), ["(1) 一", "(2) 二"]);
        assert_eq!(items("①抓招商②优环境"), ["①抓招商", "②优环境"]);
        assert_eq!(items("一、抓招商二、优环境"), ["一、抓招商", "二、优环境"]);
        assert_eq!(items("（九）甲（十）乙"), ["（九）甲", "（十）乙"]);
    }

    #[test]
    fn out_of_order_or_glued_markers_do_not() {
        assert_eq!(items("1. One 3. Three"), ["1. One 3. Three"]);
        assert_eq!(items("1) call f(2) now"), ["1) call f(2) now"]);
        assert_eq!(items("一、统一、规范"), ["一、统一、规范"]);
        assert_eq!(items("A. Smith and B. Jones"), ["A. Smith and B. Jones"]);
        assert_eq!(
            items("(1) 规划先行；(2) 项目跟进"),
            ["(1) 规划先行；(2) 项目跟进"]
        );
        assert_eq!(items("1. Buy 2.5 kg"), ["1. Buy 2.5 kg"]);
    }

    #[test]
    fn what_is_a_marker() {
        for marker in [
            "1.",
            "12)",
            "3.)",
            "b.",
            "C)",
            "(d)",
            "（4）",
            "5、",
            "六、",
            "（七）",
            "⑧",
            "•",
        ] {
            assert!(parse(marker, 0).is_some(), "{marker}");
        }
        for text in [
            "1234. x",
            "Hi. x",
            "e.g. x",
            "3.5",
            "Mr. x",
            "十一二、",
            "a、",
        ] {
            assert!(parse(text, 0).is_none(), "{text}");
        }
    }

    #[test]
    fn numerals() {
        for (value, text) in [
            (1, "一"),
            (10, "十"),
            (12, "十二"),
            (20, "二十"),
            (35, "三十五"),
        ] {
            assert_eq!(han_numeral(value).as_deref(), Some(text));
            assert_eq!(han_value(text), Some(value));
        }
        assert_eq!(han_value("一一"), None);
    }
}
