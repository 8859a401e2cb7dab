//! Which line breaks are layout and which are structure: the lines of a hard-wrapped
//! paragraph are joined; paragraph ends, headings, list items, addresses and verse stay.
//!
//! A break is decided from the lines around it: the two it separates, the others of
//! their block (a run of non-blank lines) and, for the wrap width, of other blocks, but
//! none more than [`WINDOW`] lines away. So a text read in steps from any paragraph's
//! start is read the same as in one go.

use std::ops::Range;

use super::{LineBreaks, chars, is_line_separator};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props;

/// A line narrower than this (in columns) ends where its text ends: headings,
/// signatures, address lines and verse are short, and narrower wraps are too rare to guess.
pub(crate) const MIN_WRAP: usize = 40;
/// A block with a line wider than this was not wrapped at a fixed width: e-mail, wire
/// copy and PDF text stay within about 100 columns, one paragraph per line does not.
const MAX_WRAP: usize = 120;
/// How many lines on each side of a break the decision looks at.
const WINDOW: usize = 8;
/// Lines kept behind the one being read before the oldest are dropped.
const KEEP_BEHIND: usize = 1024;

/// A paragraph: the lines `start..end` of the text (the last one's break excluded),
/// with the soft breaks between them.
pub(crate) struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub soft: Vec<Range<usize>>,
}

/// The paragraphs of `text` from `from`, which must be the start of a line.
pub(crate) fn paragraphs(text: &str, from: usize, breaks: LineBreaks) -> Paragraphs<'_> {
    let mut scan_from = from;
    if breaks == LineBreaks::Auto {
        // One line more than the window, to see whether the block goes on beyond it.
        for _ in 0..=WINDOW {
            if scan_from == 0 {
                break;
            }
            scan_from = previous_line_start(text, scan_from);
        }
    }
    let mut paragraphs = Paragraphs {
        breaks,
        scanner: Scanner::new(text, scan_from, breaks != LineBreaks::Keep),
        lines: Vec::new(),
        base: 0,
        next: 0,
    };
    while paragraphs.has(paragraphs.next) && paragraphs.get(paragraphs.next).start < from {
        paragraphs.next += 1;
    }
    paragraphs
}

/// Reads lines as they are needed and groups them into paragraphs.
pub(crate) struct Paragraphs<'a> {
    breaks: LineBreaks,
    scanner: Scanner<'a>,
    /// The lines read and still needed; `lines[0]` is line number `base` of the scan.
    lines: Vec<Line>,
    base: usize,
    /// The number of the first line not yet in a paragraph.
    next: usize,
}

impl Iterator for Paragraphs<'_> {
    type Item = Paragraph;

    fn next(&mut self) -> Option<Paragraph> {
        if !self.has(self.next) {
            return None;
        }
        let start = self.get(self.next).start;
        let mut last = self.next;
        let mut soft = Vec::new();
        while self.has(last + 1) && self.is_soft(last) {
            let line = self.get(last);
            soft.push(line.end..line.next);
            last += 1;
        }
        let end = self.get(last).end;
        self.next = last + 1;
        if self.next - self.base > 2 * KEEP_BEHIND {
            let drop = self.next - self.base - KEEP_BEHIND;
            self.lines.drain(..drop);
            self.base += drop;
        }
        Some(Paragraph { start, end, soft })
    }
}

impl Paragraphs<'_> {
    /// Whether the text has line number `index` of the scan, which is read if need be.
    fn has(&mut self, index: usize) -> bool {
        while self.base + self.lines.len() <= index {
            match self.scanner.next_line() {
                Some(line) => self.lines.push(line),
                None => return false,
            }
        }
        true
    }

    /// Line number `index` of the scan, once read.
    fn get(&self, index: usize) -> &Line {
        &self.lines[index - self.base]
    }

    /// Whether the break after line `index` is soft (line `index + 1` exists).
    fn is_soft(&mut self, index: usize) -> bool {
        let (a, b) = (self.get(index), self.get(index + 1));
        match self.breaks {
            LineBreaks::Keep => false,
            _ if !a.newline || a.shape.blank || b.shape.blank => false,
            LineBreaks::Join => b.shape.start != Start::Marker,
            LineBreaks::Auto => {
                let (low, high, whole) = self.block_around(index);
                let first = index.saturating_sub(WINDOW).max(self.base);
                let mut last = index + 1;
                while last < index + 1 + WINDOW && self.has(last + 1) {
                    last += 1;
                }
                let window = &self.lines[first - self.base..=last - self.base];
                decide(window, low - first..high + 1 - first, index - first, whole)
            }
        }
    }

    /// The first and last line numbers of the block around the break after `index`,
    /// at most [`WINDOW`] lines on either side, and whether that is the whole block.
    fn block_around(&mut self, index: usize) -> (usize, usize, bool) {
        let mut low = index;
        while low > self.base && index - low < WINDOW && self.goes_on(low - 1) {
            low -= 1;
        }
        let mut high = index + 1;
        while high - (index + 1) < WINDOW && self.goes_on(high) {
            high += 1;
        }
        // (The scan starts a line before the window, unless at the text's start.)
        let whole_start = low == 0 || !self.goes_on(low - 1);
        let whole_end = !self.goes_on(high);
        (low, high, whole_start && whole_end)
    }

    /// Whether line `index` and the next are in one block.
    fn goes_on(&mut self, index: usize) -> bool {
        let line = self.get(index);
        let joinable = line.newline && !line.shape.blank;
        joinable && self.has(index + 1) && !self.get(index + 1).shape.blank
    }
}

/// Whether the break after `window[a]` is soft. The window holds the lines up to
/// [`WINDOW`] away; `block` is the run of non-blank lines in it around the break,
/// `whole` when nothing of that run lies outside the window.
fn decide(window: &[Line], block: Range<usize>, a: usize, whole: bool) -> bool {
    let (first, second) = (&window[a].shape, &window[a + 1].shape);
    let lines = &window[block.clone()];
    let too_wide = lines.iter().any(|l| l.shape.width > MAX_WRAP);
    if too_wide || is_structure(first, second) || is_heading(first, second) {
        return false;
    }
    let width = lines.iter().map(|l| l.shape.width).max().unwrap_or(0);
    // A line that plainly goes on may fall a tenth short of the widest, as the lines
    // of a PDF set in a proportional font do.
    let goes_on = second.start == Start::Lower || matches!(first.end, End::GoesOn | End::Hyphen);
    if goes_on && is_full(first, second, width - width / 10) {
        return true;
    }
    if !is_full(first, second, width) {
        return false;
    }
    if is_hanging(lines, a - block.start) {
        return true;
    }
    // The other breaks between two non-blank lines in `range`.
    let pairs = |range: Range<usize>| {
        range
            .filter(move |&k| k != a)
            .filter(|&k| window[k].newline && !window[k].shape.blank)
            .filter(|&k| !window[k + 1].shape.blank)
            .map(|k| (&window[k].shape, &window[k + 1].shape))
    };
    let others = || pairs(block.start..block.end - 1);
    let wraps = || others().filter(|(f, s)| looks_wrapped(f, s, width)).count();
    match first.end {
        End::GoesOn | End::Hyphen => true,
        // Paragraphs wrapped at the same width nearby (across blank lines) will do.
        End::Open => {
            wraps() >= 1
                || pairs(0..window.len() - 1)
                    .filter(|(f, s)| f.width <= width + if is_cjk(f, s) { 2 } else { 0 })
                    .any(|(f, s)| looks_wrapped(f, s, width))
        }
        // A sentence that ends at the margin may end its paragraph too. Join only in a
        // block of wrapped paragraphs: wrapped elsewhere, and every short line in it
        // explained by structure (the next line indented, a list item, a label).
        End::Terminal | End::Colon => {
            wraps() >= if whole { 1 } else { 2 }
                && others().all(|(f, s)| is_structure(f, s) || is_full(f, s, width))
        }
    }
}

/// Whether the line after `block[a]` is indented to the text of a list item or label
/// above, with nothing but that item's lines between.
fn is_hanging(block: &[Line], a: usize) -> bool {
    let indent = block[a + 1].shape.indent;
    for line in block[..=a].iter().rev() {
        if line
            .shape
            .text_column
            .is_some_and(|c| c.abs_diff(indent) <= 1)
        {
            return true;
        }
        if line.shape.indent != indent {
            return false;
        }
    }
    false
}

/// A break that looks like a wrap by itself: a full line that stops mid-sentence, and
/// in alphabetic text more than that, as a capitalised line after one without a full
/// stop may just as well be the next item of a list.
fn looks_wrapped(first: &Shape, second: &Shape, width: usize) -> bool {
    let goes_on = match first.end {
        End::GoesOn | End::Hyphen => true,
        End::Open => is_cjk(first, second),
        End::Terminal | End::Colon => false,
    };
    (goes_on || second.start == Start::Lower)
        && is_full(first, second, width)
        && !is_structure(first, second)
        && !is_heading(first, second)
}

/// A list item or a roll-call label starts the second line, or it is indented further
/// (other than to the text of an item or label above it).
fn is_structure(first: &Shape, second: &Shape) -> bool {
    let label =
        second.start == Start::Label && !matches!(first.end, End::Open | End::GoesOn | End::Hyphen);
    let hanging = first
        .text_column
        .is_some_and(|c| c.abs_diff(second.indent) <= 1);
    let indented = second.indent > first.indent + 1 && !hanging;
    second.start == Start::Marker || label || indented
}

/// A break next to a wide character, as CJK text wraps: anywhere, with no space.
fn is_cjk(first: &Shape, second: &Shape) -> bool {
    first.wide_end || second.wide_start
}

/// An upper-case line above one that is not.
fn is_heading(first: &Shape, second: &Shape) -> bool {
    first.caps && !second.caps
}

/// Whether the second line's first word would not have fitted at the end of the
/// first, at the widest line of the block: so the first line is as full as it gets.
/// CJK text wraps between any two characters, give or take a punctuation mark kept
/// off a line's start, so it is allowed a character's slack.
fn is_full(first: &Shape, second: &Shape, width: usize) -> bool {
    let (gap, slack) = if is_cjk(first, second) {
        (0, 3)
    } else {
        (1, 1)
    };
    first.width >= MIN_WRAP && first.width + gap + second.first_word + slack > width
}

/// What the decision needs to know of a line.
#[derive(Debug, Clone, Copy, Default)]
struct Shape {
    blank: bool,
    /// Display columns, indentation included; `MAX_WRAP + 1` for any longer line.
    width: usize,
    indent: usize,
    /// After a list marker or a label, the column where the item's text starts.
    text_column: Option<usize>,
    /// Display columns of the first word (of the first character, for CJK).
    first_word: usize,
    wide_start: bool,
    wide_end: bool,
    start: Start,
    end: End,
    /// Upper case only: a heading.
    caps: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Start {
    /// A bullet or a list number: `•`, `-`, `1.`, `(a)`, `（一）`, `二、`.
    Marker,
    /// A short name and a colon: `Present:`, `出席：`.
    Label,
    /// A lower-case letter: the sentence goes on.
    Lower,
    #[default]
    Other,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum End {
    /// Sentence-final punctuation, perhaps inside closing quotes or brackets.
    Terminal,
    Colon,
    /// A comma, a semicolon, or a word that never ends an English sentence
    /// (`the`, `of`, `and`): the sentence goes on.
    GoesOn,
    /// A word broken by a hyphen.
    Hyphen,
    /// A word, a number, a dash: nothing says the sentence ended.
    #[default]
    Open,
}

fn shape(line: &str) -> Shape {
    let trimmed = line.trim_end();
    let body = trimmed.trim_start();
    if body.is_empty() {
        return Shape {
            blank: true,
            ..Shape::default()
        };
    }
    let indent = trimmed[..trimmed.len() - body.len()]
        .chars()
        .fold(0, |column, c| match c {
            '\t' => column / 8 * 8 + 8,
            c => column + char_columns(c),
        });
    let (start, text_column) = start_of(body, indent);
    let width = indent + columns(body, MAX_WRAP + 1);
    if width > MAX_WRAP {
        return Shape {
            width,
            indent,
            text_column,
            start,
            ..Shape::default()
        };
    }
    let is_wide = |c: Option<char>| c.is_some_and(|c| char_columns(c) == 2);
    let first = body.chars().next();
    let first_word = if is_wide(first) {
        2
    } else {
        let mut word = body.split(|c: char| c.is_whitespace() || is_wide(Some(c)));
        columns(word.next().unwrap_or(""), MAX_WRAP)
    };
    Shape {
        blank: false,
        width,
        indent,
        text_column,
        first_word,
        wide_start: is_wide(first),
        wide_end: is_wide(body.chars().next_back()),
        start,
        end: end_of(body),
        caps: is_caps(body),
    }
}

/// How many columns a monospace terminal gives `c`: 2 for the East Asian wide and
/// full-width blocks (Han, kana, Hangul, full-width forms, CJK punctuation, emoji),
/// else 1. Rough at the edges, but lines are only compared with each other.
fn char_columns(c: char) -> usize {
    let wide = matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A000}'..='\u{A4CF}'
        | '\u{A960}'..='\u{A97F}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE6F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{1F300}'..='\u{1F64F}'
        | '\u{1F900}'..='\u{1F9FF}'
        | '\u{20000}'..='\u{2FFFD}'
        | '\u{30000}'..='\u{3FFFD}');
    1 + usize::from(wide)
}

/// The display width of `s`, or `limit` if that is less.
pub(crate) fn columns(s: &str, limit: usize) -> usize {
    // Wider than the limit whatever its characters: nothing to count.
    if s.len() > 4 * limit {
        return limit;
    }
    if s.is_ascii() {
        return s.len().min(limit);
    }
    let mut width = 0;
    for c in s.chars() {
        width += char_columns(c);
        if width >= limit {
            return limit;
        }
    }
    width
}

fn start_of(body: &str, indent: usize) -> (Start, Option<usize>) {
    let (start, len) = if let Some(len) = marker_len(body) {
        (Start::Marker, len)
    } else if let Some(len) = label_len(body) {
        (Start::Label, len)
    } else if body.starts_with(char::is_lowercase) {
        return (Start::Lower, None);
    } else {
        return (Start::Other, None);
    };
    let text = body[len..].trim_start();
    let column = indent + columns(&body[..body.len() - text.len()], MAX_WRAP);
    (start, Some(column))
}

fn end_of(body: &str) -> End {
    let open = body.trim_end_matches(chars::is_closer);
    let mut last_two = open.chars().rev();
    match (last_two.next(), last_two.next()) {
        (Some(c), _) if chars::is_terminator(c) || chars::is_ellipsis(c) => End::Terminal,
        _ if open.len() < body.len() => End::Open,
        (Some(':' | '：'), _) => End::Colon,
        (Some(',' | '，' | '、' | ';' | '；'), _) => End::GoesOn,
        (Some('-'), Some(before)) if before.is_alphabetic() => End::Hyphen,
        _ => {
            let word = open.rsplit(|c: char| !c.is_ascii_alphabetic()).next();
            if word.is_some_and(|w| NEVER_LAST.binary_search(&w).is_ok()) {
                End::GoesOn
            } else {
                End::Open
            }
        }
    }
}

/// English words that a sentence never ends on (sorted, for binary search).
const NEVER_LAST: &[&str] = &[
    "a", "about", "an", "and", "as", "at", "between", "but", "by", "for", "from", "his", "in",
    "into", "its", "my", "nor", "of", "on", "onto", "or", "our", "over", "per", "than", "that",
    "the", "their", "to", "under", "upon", "via", "whose", "with", "your",
];

fn is_caps(body: &str) -> bool {
    let mut upper = 0;
    for c in body.chars() {
        if c.is_lowercase() {
            return false;
        }
        upper += usize::from(c.is_uppercase());
    }
    upper >= 4
}

const BULLETS: &[char] = &[
    '•', '◦', '‣', '⁃', '▪', '▫', '●', '○', '■', '□', '◆', '◇', '►', '▶', '➢', '➤', '✓', '✔', '☐',
    '☑', '・', '·',
];

/// The byte length of a list marker starting `body`: a bullet, `1.`, `12)`, `3、`,
/// `(a)`, `（一）`, `iv.`, `二、`, `①`.
fn marker_len(body: &str) -> Option<usize> {
    let first = body.chars().next()?;
    let spaced = |len: usize| body[len..].chars().next().is_none_or(char::is_whitespace);
    if BULLETS.contains(&first) || ('\u{2460}'..='\u{249B}').contains(&first) {
        return Some(first.len_utf8());
    }
    if matches!(first, '-' | '*' | '+' | '–') {
        return spaced(first.len_utf8()).then_some(first.len_utf8());
    }
    if let Some(inner) = body.strip_prefix(['(', '（']) {
        let close = inner.find([')', '）'])?;
        let len = body.len() - inner.len() + close + inner[close..].chars().next()?.len_utf8();
        return is_item_number(&inner[..close]).then_some(len);
    }
    let number = body
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || is_han_numeral(c)))
        .map_or(body.len(), |(i, _)| i);
    let punctuation = body[number..].chars().next()?;
    let len = number + punctuation.len_utf8();
    let name = &body[..number];
    if !is_item_number(name) {
        return None;
    }
    let han = name.chars().all(is_han_numeral);
    match punctuation {
        '、' => Some(len),
        '）' | '．' if !han => Some(len),
        ')' if !han => spaced(len).then_some(len),
        // `1.加强领导` is an item, `1.5` and `3.Mr` are not.
        '.' if !han => body[len..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || !c.is_ascii())
            .then_some(len),
        _ => None,
    }
}

/// `12`, `b`, `iv`, `一`, `十二`: what numbers a list item.
fn is_item_number(name: &str) -> bool {
    let digits = name.bytes().all(|b| b.is_ascii_digit());
    let letter = name.len() == 1 && name.bytes().all(|b| b.is_ascii_alphabetic());
    let roman = name.len() <= 4
        && (name.bytes().all(|b| b"ivx".contains(&b)) || name.bytes().all(|b| b"IVX".contains(&b)));
    let han = name.chars().count() <= 3 && name.chars().all(is_han_numeral);
    !name.is_empty() && ((digits && name.len() <= 3) || letter || roman || han)
}

fn is_han_numeral(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

/// The byte length of a label starting `body`: one to three words, the first
/// capitalised, or two to six Han characters, then a colon (`Present:`, `出席：`).
fn label_len(body: &str) -> Option<usize> {
    let (colon, c) = body
        .char_indices()
        .take(28)
        .find(|&(_, c)| c == ':' || c == '：')?;
    let name = &body[..colon];
    let len = colon + c.len_utf8();
    let han = (2..=6).contains(&name.chars().count()) && name.chars().all(chars::is_han);
    let words = name.split(' ').count() <= 3
        && name.starts_with(|c: char| c.is_uppercase())
        && name
            .split(' ')
            .all(|w| !w.is_empty() && w.chars().all(char::is_alphabetic));
    let spaced = body[len..].chars().next().is_none_or(char::is_whitespace);
    (han || (words && spaced)).then_some(len)
}

/// One line: its text `start..end`, and where the next line starts.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    next: usize,
    /// Ended by `\n`, `\r\n` or `\r`, the breaks that may be soft.
    newline: bool,
    shape: Shape,
}

/// Finds the lines of a text; `\r\n` is one break.
struct Scanner<'a> {
    text: &'a str,
    at: Option<usize>,
    /// Whether breaks other than CR and LF occur, which memchr does not look for.
    rare: bool,
    /// Whether the lines' shapes are needed (every break is hard otherwise).
    shapes: bool,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, from: usize, shapes: bool) -> Self {
        let rest = &text.as_bytes()[from..];
        let rare = memchr::memchr2(0x0B, 0x0C, rest).is_some()
            || ["\u{85}", "\u{2028}", "\u{2029}"]
                .iter()
                .any(|c| memchr::memmem::find(rest, c.as_bytes()).is_some());
        Scanner {
            text,
            at: Some(from),
            rare,
            shapes,
        }
    }

    fn next_line(&mut self) -> Option<Line> {
        let start = self.at?;
        let rest = &self.text[start..];
        let found = if self.rare {
            rest.find(is_line_separator)
        } else {
            memchr::memchr2(b'\n', b'\r', rest.as_bytes())
        };
        let (end, next, newline) = match found {
            None => (self.text.len(), self.text.len(), false),
            Some(i) => {
                let separator = rest[i..].chars().next()?;
                let len = if rest[i..].starts_with("\r\n") {
                    2
                } else {
                    separator.len_utf8()
                };
                (start + i, start + i + len, matches!(separator, '\n' | '\r'))
            }
        };
        self.at = found.map(|_| next);
        Some(Line {
            start,
            end,
            next,
            newline,
            shape: if self.shapes {
                shape(&self.text[start..end])
            } else {
                Shape::default()
            },
        })
    }
}

/// The start of the line before the one that starts at `at` (after a line break).
fn previous_line_start(text: &str, at: usize) -> usize {
    let before = &text[..at];
    let break_len = if before.ends_with("\r\n") {
        2
    } else {
        before.chars().next_back().map_or(0, char::len_utf8)
    };
    let line_end = at - break_len;
    text[..line_end]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_line_separator(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}
