//! Sentences from text: UAX #29 sentence bounds, corrected for Chinese and English news text.
//!
//! Every line is a paragraph. Within a line, `unicode-segmentation` proposes the cuts and
//! the rules here add the ones it misses (an opening bracket after a terminator, an
//! ellipsis before a new sentence) and drop the wrong ones (inside `《…》` or `“…”`,
//! after `Mr.` or an initial, before a lower-case continuation, inside a grapheme).

mod abbrev;
mod brackets;
mod chars;
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
    segment_with(text, LineBreaks::Auto)
}

/// How a document's line breaks are read.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum LineBreaks {
    /// Each break is judged: joined where the text is wrapped, kept where it is structure.
    #[default]
    Auto,
    /// Every line is a paragraph.
    Keep,
    /// Breaks inside a block of lines are joined, except before list items.
    Join,
}

/// Splits `text` into sentences, reading its line breaks as `breaks` says.
pub fn segment_with(text: &str, breaks: LineBreaks) -> Vec<Sentence<'_>> {
    segment_some(text, Position::default(), usize::MAX, breaks).0
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
    _breaks: LineBreaks,
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
    add_cuts_after_ellipses(line, &mut cuts);
    cuts.sort_unstable();
    cuts.dedup();
    brackets::drop_enclosed_cuts(&mut cuts, &brackets.enclosed);
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

/// `……` is no terminator in UAX #29. It ends a sentence when a capitalised word
/// follows after a space (an opening bracket is handled with the other openers).
fn add_cuts_after_ellipses(line: &str, cuts: &mut Vec<usize>) {
    if !line.contains('…') && !line.contains('⋯') {
        return;
    }
    let mut rest_start = 0;
    while let Some(found) = line[rest_start..].find(chars::is_ellipsis) {
        let after_run = line[rest_start + found..]
            .trim_start_matches(chars::is_ellipsis)
            .trim_start_matches(chars::is_closer);
        let next = after_run.trim_start();
        let spaced = next.len() < after_run.len();
        let offset = line.len() - next.len();
        if spaced && next.starts_with(|c: char| c.is_ascii_uppercase()) {
            cuts.push(offset);
        }
        rest_start = line.len() - after_run.len();
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
    if abbrev::is_list_marker(line[piece_start..cut].trim()) {
        return true;
    }
    let (before, after) = (line[..cut].trim_end(), &line[cut..]);
    if before.ends_with('.') {
        return abbrev::continues_after_full_stop(before, after);
    }
    let last = before
        .trim_end_matches(chars::is_closer)
        .chars()
        .next_back();
    // `"Where?" he asked.`: a lower-case word after `?` or `!` continues the sentence.
    last.is_some_and(chars::is_strong_terminator)
        && after.trim_start().starts_with(|c: char| c.is_lowercase())
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
