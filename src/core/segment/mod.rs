//! Sentences from text: UAX #29 sentence bounds, corrected for Chinese and English news text.
//!
//! Every line is a paragraph. Within a line, `unicode-segmentation` proposes the cuts and
//! the rules here add the ones it misses (an opening bracket after a terminator, an
//! ellipsis before a new sentence) and drop the wrong ones (inside `《…》` or `“…”`,
//! after `Mr.` or an initial, before a lower-case continuation, inside a grapheme).

mod abbrev;
mod brackets;
mod chars;
mod clock;
mod ellipsis;
mod lists;
mod speech;
mod uax;

pub(crate) use chars::is_han;

use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

/// One sentence of a text, with its place in byte and in code-point offsets.
/// `start..end` is the sentence without surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence<'a> {
    /// The sentence's text: `text[start..end]` of the segmented text.
    pub text: &'a str,
    /// Byte offset where the sentence starts.
    pub start: usize,
    /// Byte offset just past the sentence's end.
    pub end: usize,
    /// Code-point offset where the sentence starts.
    pub char_start: usize,
    /// Code-point offset just past the sentence's end.
    pub char_end: usize,
    /// The index of the paragraph (a non-blank line) the sentence is in.
    pub paragraph: usize,
}

/// Splits `text` into sentences, in order.
///
/// ```
/// let s = sentag::core::segment::segment("会议现场。(杨威 摄)\nMr. Smith arrived. He sat.");
/// let texts: Vec<_> = s.iter().map(|s| s.text).collect();
/// assert_eq!(texts, ["会议现场。", "(杨威 摄)", "Mr. Smith arrived.", "He sat."]);
/// assert_eq!((s[2].paragraph, s[2].char_start), (1, 12));
/// ```
pub fn segment(text: &str) -> Vec<Sentence<'_>> {
    segment_some(text, Position::default(), usize::MAX).0
}

/// Where segmentation stands in a text: the start of a line, in bytes and code
/// points, and the number of the next paragraph.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Position {
    /// Byte offset of the line to start at.
    pub byte: usize,
    /// The same offset in code points.
    pub char: usize,
    /// The index the next paragraph found will get.
    pub paragraph: usize,
}

/// Segments whole lines of `text` from `from` until about `budget` bytes are done,
/// and says where to go on; `None` when the text is done. Lines are independent,
/// so a long text can be split in steps, with the page kept responsive between them.
pub(crate) fn segment_some(
    text: &str,
    from: Position,
    budget: usize,
) -> (Vec<Sentence<'_>>, Option<Position>) {
    let mut sentences = Vec::new();
    let mut chars = CharCounter {
        byte: from.byte,
        chars: from.char,
    };
    let mut paragraph = from.paragraph;
    let mut terminators = uax::TerminatorCache::default();
    for (offset, line) in lines(&text[from.byte..]) {
        let line_start = from.byte + offset;
        if line_start - from.byte >= budget && line_start > from.byte {
            let char = chars.at(text, line_start);
            return (
                sentences,
                Some(Position {
                    byte: line_start,
                    char,
                    paragraph,
                }),
            );
        }
        let found_before = sentences.len();
        let mut piece_start = 0;
        for cut in line_cuts(line, &mut terminators)
            .into_iter()
            .chain([line.len()])
        {
            if let Some((a, b)) = trim_blank_graphemes(line, piece_start, cut) {
                let (start, end) = (line_start + a, line_start + b);
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

/// The lines of `text` with their byte offsets.
fn lines<'a>(text: &'a str) -> Box<dyn Iterator<Item = (usize, &'a str)> + 'a> {
    let bytes = text.as_bytes();
    let rare_separators = memchr::memchr2(0x0B, 0x0C, bytes).is_some()
        || ['\u{85}', '\u{2028}', '\u{2029}']
            .iter()
            .any(|&c| text.contains(c));
    let base = text.as_ptr() as usize;
    let with_offsets = move |line: &'a str| (line.as_ptr() as usize - base, line);
    if rare_separators {
        return Box::new(text.split(is_line_separator).map(with_offsets));
    }
    // The common case: only CR and LF end lines, found with memchr.
    let ends = memchr::memchr2_iter(b'\n', b'\r', bytes).chain([bytes.len()]);
    let mut start = 0;
    Box::new(ends.map(move |end| {
        let line = (start, &text[start..end]);
        start = end + 1;
        line
    }))
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
