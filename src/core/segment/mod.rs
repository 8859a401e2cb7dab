//! Sentences from text: UAX #29 sentence bounds, corrected for Chinese and English news text.
//!
//! Lines make paragraphs, one each or joined where a text was hard-wrapped (see
//! [`LineBreaks`]). Within a paragraph, `unicode-segmentation` proposes the cuts and
//! the rules here add the ones it misses (an opening bracket after a terminator, an
//! ellipsis or a clock time before a new sentence, an inline list marker) and drop the
//! wrong ones (inside `《…》` or a quotation that follows a word, before a speech tail
//! such as `他说。`, after `Mr.` or an initial, before a lower-case continuation,
//! inside a grapheme). A free-standing quotation splits into its sentences.

mod abbrev;
mod brackets;
mod chars;
mod clock;
mod ellipsis;
mod lists;
mod speech;
mod uax;
mod wrap;

pub(crate) use chars::is_han;
pub(crate) use wrap::{MIN_WRAP, columns};

use std::ops::Range;

use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

/// One sentence of a text, with its place in byte and in code-point offsets.
/// `start..end` is the sentence without surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence<'a> {
    /// The sentence's text: `text[start..end]` of the segmented text, line breaks included.
    pub text: &'a str,
    /// Byte offset where the sentence starts.
    pub start: usize,
    /// Byte offset just past the sentence's end.
    pub end: usize,
    /// Code-point offset where the sentence starts.
    pub char_start: usize,
    /// Code-point offset just past the sentence's end.
    pub char_end: usize,
    /// The index of the paragraph the sentence is in (a non-blank line, or the lines
    /// of a wrapped paragraph).
    pub paragraph: usize,
}

/// How a document's line breaks are read.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum LineBreaks {
    /// Each break decided from the lines around it: the lines of a hard-wrapped
    /// paragraph are joined; paragraph ends, headings, list items, addresses, roll
    /// calls and verse stay apart.
    #[default]
    Auto,
    /// Every non-blank line is a paragraph.
    Keep,
    /// The text is wrapped: lines are joined up to a blank line or a line that starts
    /// with a bullet or a list number.
    Join,
}

/// Splits `text` into sentences, in order, deciding which line breaks end a
/// paragraph ([`LineBreaks::Auto`]).
///
/// ```
/// let s = sentag::core::segment::segment("会议现场。(杨威 摄)\nMr. Smith arrived. He sat.");
/// let texts: Vec<_> = s.iter().map(|s| s.text).collect();
/// assert_eq!(texts, ["会议现场。", "(杨威 摄)", "Mr. Smith arrived.", "He sat."]);
/// assert_eq!((s[2].paragraph, s[2].char_start), (1, 12));
/// ```
pub fn segment(text: &str) -> Vec<Sentence<'_>> {
    segment_with(text, LineBreaks::Auto)
}

/// Splits `text` into sentences, in order, reading its line breaks as `breaks` says.
/// A sentence of joined lines keeps its line breaks in its text; one never spans a
/// paragraph end.
///
/// ```
/// use sentag::core::segment::{LineBreaks, segment_with};
/// let text = "The council met at 6 p.m. and heard\nfrom residents. It adjourned.";
/// let joined: Vec<_> = segment_with(text, LineBreaks::Join).iter().map(|s| s.text).collect();
/// assert_eq!(joined, ["The council met at 6 p.m. and heard\nfrom residents.", "It adjourned."]);
/// assert_eq!(segment_with(text, LineBreaks::Keep).len(), 3);
/// ```
pub fn segment_with(text: &str, breaks: LineBreaks) -> Vec<Sentence<'_>> {
    segment_some(text, Position::default(), usize::MAX, breaks).0
}

/// The byte ranges of the paragraphs of `text` as `breaks` reads them, in order:
/// from the first non-blank character of a paragraph's first line to the last one of
/// its last line. Blank lines are in none.
pub fn paragraphs(text: &str, breaks: LineBreaks) -> Vec<Range<usize>> {
    wrap::paragraphs(text, 0, breaks)
        .filter_map(|p| {
            // By graphemes, as sentences are trimmed: a space that carries a combining
            // mark is text.
            let (a, b) = trim_blank_graphemes(&text[p.start..p.end], 0, p.end - p.start)?;
            Some(p.start + a..p.start + b)
        })
        .collect()
}

/// Where segmentation stands in a text: the start of a paragraph's first line, in
/// bytes and code points, and the number of the next paragraph.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Position {
    /// Byte offset of the line to start at.
    pub byte: usize,
    /// The same offset in code points.
    pub char: usize,
    /// The index the next paragraph found will get.
    pub paragraph: usize,
}

/// Segments whole paragraphs of `text` from `from` until about `budget` bytes are
/// done, and says where to go on; `None` when the text is done. Paragraphs are
/// independent and each line break is decided from a few lines around it, so a long
/// text can be split in steps, with the page kept responsive between them, and come
/// out as in one go.
pub(crate) fn segment_some(
    text: &str,
    from: Position,
    budget: usize,
    breaks: LineBreaks,
) -> (Vec<Sentence<'_>>, Option<Position>) {
    let mut sentences = Vec::new();
    let mut chars = CharCounter {
        byte: from.byte,
        chars: from.char,
    };
    let mut paragraph = from.paragraph;
    let mut terminators = uax::TerminatorCache::default();
    let mut joined = String::new();
    for found in wrap::paragraphs(text, from.byte, breaks) {
        let start = found.start;
        if start - from.byte >= budget && start > from.byte {
            let char = chars.at(text, start);
            return (
                sentences,
                Some(Position {
                    byte: start,
                    char,
                    paragraph,
                }),
            );
        }
        // Soft breaks become spaces of the same length, so offsets stay the text's.
        let body = if found.soft.is_empty() {
            &text[start..found.end]
        } else {
            joined.clear();
            let mut at = start;
            for soft in &found.soft {
                joined.push_str(&text[at..soft.start]);
                joined.extend(std::iter::repeat_n(' ', soft.len()));
                at = soft.end;
            }
            joined.push_str(&text[at..found.end]);
            &joined
        };
        let found_before = sentences.len();
        let mut piece_start = 0;
        for cut in line_cuts(body, &mut terminators)
            .into_iter()
            .chain([body.len()])
        {
            let trimmed = trim_blank_graphemes(body, piece_start, cut).and_then(|(a, b)| {
                if found.soft.is_empty() {
                    Some((start + a, start + b))
                } else {
                    // A mark after a line break joins a space, not the break: trim again.
                    trim_blank_graphemes(text, start + a, start + b)
                }
            });
            if let Some((start, end)) = trimmed {
                sentences.push(Sentence {
                    text: &text[start..end],
                    start,
                    end,
                    char_start: chars.at(text, start),
                    char_end: chars.at(text, end),
                    paragraph,
                });
            }
            piece_start = cut;
        }
        if sentences.len() > found_before {
            paragraph += 1;
        }
    }
    (sentences, None)
}

fn is_line_separator(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Byte offsets inside `line` where one sentence ends and the next begins.
fn line_cuts(line: &str, terminators: &mut uax::TerminatorCache) -> Vec<usize> {
    let mut cuts = uax::sentence_bounds(line, terminators);
    let brackets = brackets::scan(line);
    add_cuts_before_openers(line, &brackets.openers, &mut cuts);
    ellipsis::add_cuts_after_ellipses(line, &mut cuts);
    add_cuts_before_numbers(line, &mut cuts);
    cuts.sort_unstable();
    cuts.dedup();
    ellipsis::respace_cuts_after_spaced_dots(line, &mut cuts);
    let lists = lists::find(line, &cuts);
    if !lists.cuts.is_empty() {
        cuts.extend(&lists.cuts);
        cuts.sort_unstable();
        cuts.dedup();
    }
    brackets::drop_enclosed_cuts(line, &mut cuts, &brackets);
    let markers: Vec<_> = lists.markers.iter().map(lists::Marker::inside).collect();
    brackets::drop_cuts_in(&mut cuts, &markers);
    drop_false_ends(line, cuts)
}

/// UAX #29 counts an opening bracket as a closing one, so `会议现场。(杨威 摄)` stays
/// one unit. A quote or bracket that opens after a terminator starts a new sentence.
fn add_cuts_before_openers(line: &str, openers: &[usize], cuts: &mut Vec<usize>) {
    for &pos in openers {
        let before = line[..pos].trim_end().trim_end_matches(chars::is_closer);
        if before
            .chars()
            .next_back()
            .is_some_and(|t| chars::is_terminator(t) || chars::is_ellipsis(t))
        {
            cuts.push(pos);
        }
    }
}

/// UAX #29 runs a sentence on from a full stop over a number into a lower-case word
/// (`injured. 12 were treated`), for the sake of `etc. 5 apples`. The abbreviation
/// rules tell those apart, so a full stop, a space and a digit is a cut to weigh.
fn add_cuts_before_numbers(line: &str, cuts: &mut Vec<usize>) {
    let bytes = line.as_bytes();
    for dot in memchr::memchr_iter(b'.', bytes) {
        let rest = &bytes[dot + 1..];
        let spaces = rest.iter().take_while(|&&b| b == b' ').count();
        if spaces > 0 && rest.get(spaces).is_some_and(u8::is_ascii_digit) {
            cuts.push(dot + 1 + spaces);
        }
    }
}

/// Keeps the cuts where a sentence really ends.
fn drop_false_ends(line: &str, cuts: Vec<usize>) -> Vec<usize> {
    let mut kept = Vec::with_capacity(cuts.len());
    let mut piece_start = 0;
    for cut in cuts {
        if !sentence_goes_on(line, piece_start, cut) {
            kept.push(cut);
            piece_start = cut;
        }
    }
    kept
}

fn sentence_goes_on(line: &str, piece_start: usize, cut: usize) -> bool {
    if !is_grapheme_boundary(line, cut) {
        return true;
    }
    let (before, after) = (line[..cut].trim_end(), &line[cut..]);
    if before.ends_with('.') {
        let sentence = &line[piece_start.min(before.len())..before.len()];
        return abbrev::continues_after_full_stop(sentence, &line[before.len()..]);
    }
    // `《营商优无止境！》和…`: a title's own `！` or `？` ends no sentence.
    if before.ends_with(['》', '〉'])
        || ends_in_elision(before)
        || speech::is_tail(before, after)
        || brackets::embedded_exclamation_goes_on(before, after)
    {
        return true;
    }
    let last = before
        .trim_end_matches(chars::is_closer)
        .chars()
        .next_back();
    // `"Where?" he asked.`: a lower-case word after `?` or `!` continues the sentence.
    last.is_some_and(chars::is_strong_terminator)
        && after.trim_start().starts_with(|c: char| c.is_lowercase())
}

/// `[...]` and `[…]` mark words left out of a quotation; they end no sentence.
fn ends_in_elision(before: &str) -> bool {
    let before = before.trim_end_matches(chars::is_quote_closer);
    before.ends_with(']') && (before.ends_with("[...]") || before.ends_with("[…]"))
}

fn is_grapheme_boundary(line: &str, pos: usize) -> bool {
    GraphemeCursor::new(pos, line.len(), true)
        .is_boundary(line, 0)
        .unwrap_or(true)
}

/// Narrows `line[a..b]` to its first and last graphemes that are not white space.
fn trim_blank_graphemes(line: &str, a: usize, b: usize) -> Option<(usize, usize)> {
    let piece = &line[a..b];
    let is_blank = |g: &str| g.chars().all(char::is_whitespace);
    let (first, _) = piece.grapheme_indices(true).find(|&(_, g)| !is_blank(g))?;
    let (last, g) = piece
        .grapheme_indices(true)
        .rev()
        .find(|&(_, g)| !is_blank(g))?;
    Some((a + first, a + last + g.len()))
}

/// Turns increasing byte offsets into code-point offsets in one pass over the text.
struct CharCounter {
    byte: usize,
    chars: usize,
}

impl CharCounter {
    fn at(&mut self, text: &str, byte: usize) -> usize {
        self.chars += text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}
