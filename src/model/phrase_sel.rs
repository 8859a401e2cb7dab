//! The part of one sentence the user is marking as a phrase: a caret (`anchor ==
//! head`) or a stretch, moved by character, by word or to an end, from the mouse or
//! the keyboard. Places are code points of the document's text.

use std::ops::Range;
use std::rc::Rc;

/// Where a caret step goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaretStep {
    /// One character on (`true`) or back.
    Char(bool),
    /// To the end of the next word (`true`) or the start of the previous one.
    Word(bool),
    /// To the sentence's start.
    Start,
    /// To the sentence's end.
    End,
}

/// A phrase being chosen inside one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseSel {
    /// The sentence's index.
    pub sentence: usize,
    /// The sentence's place in the text: the caret never leaves it.
    pub bounds: Range<usize>,
    /// Where the stretch started.
    pub anchor: usize,
    /// Where the caret is.
    pub head: usize,
    /// The sentence's words, as the browser's word segmentation sees them (for
    /// Chinese, words rather than characters); only word-like segments.
    pub words: Rc<[Range<usize>]>,
}

impl PhraseSel {
    /// A caret at `at` (kept inside `bounds`) in sentence `sentence`.
    pub fn caret(
        sentence: usize,
        bounds: Range<usize>,
        at: usize,
        words: Rc<[Range<usize>]>,
    ) -> Self {
        let at = at.clamp(bounds.start, bounds.end);
        PhraseSel {
            sentence,
            bounds,
            anchor: at,
            head: at,
            words,
        }
    }

    /// The stretch `range` (kept inside `bounds`), its caret at the end.
    pub fn stretch(mut self, range: Range<usize>) -> Self {
        self.anchor = range.start.clamp(self.bounds.start, self.bounds.end);
        self.head = range.end.clamp(self.anchor, self.bounds.end);
        self
    }

    /// The chosen stretch, in order; empty for a caret.
    pub fn range(&self) -> Range<usize> {
        self.anchor.min(self.head)..self.anchor.max(self.head)
    }

    /// Whether the stretch is empty: a caret, nothing to tag yet.
    pub fn is_caret(&self) -> bool {
        self.anchor == self.head
    }

    /// The caret moved by `step`; with `extend` the stretch grows or shrinks from its
    /// anchor, else the caret moves alone.
    pub fn moved(&self, step: CaretStep, extend: bool) -> PhraseSel {
        let Range { start, end } = self.bounds;
        let head = match step {
            CaretStep::Char(true) => (self.head + 1).min(end),
            CaretStep::Char(false) => self.head.saturating_sub(1).max(start),
            CaretStep::Word(true) => self
                .words
                .iter()
                .map(|w| w.end)
                .find(|&e| e > self.head)
                .unwrap_or(end),
            CaretStep::Word(false) => self
                .words
                .iter()
                .rev()
                .map(|w| w.start)
                .find(|&s| s < self.head)
                .unwrap_or(start),
            CaretStep::Start => start,
            CaretStep::End => end,
        };
        PhraseSel {
            anchor: if extend { self.anchor } else { head },
            head,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel() -> PhraseSel {
        // "会议 强调 要 确保" at 10..20: words 10..12, 13..15, 16..17, 18..20.
        let words: Rc<[Range<usize>]> = vec![10..12, 13..15, 16..17, 18..20].into();
        PhraseSel::caret(3, 10..20, 10, words)
    }

    #[test]
    fn steps_by_character_and_word_and_extends_from_the_anchor() {
        let s = sel().moved(CaretStep::Word(true), true);
        assert_eq!(s.range(), 10..12);
        let s = s.moved(CaretStep::Word(true), true);
        assert_eq!(s.range(), 10..15);
        let s = s.moved(CaretStep::Char(false), true);
        assert_eq!(s.range(), 10..14);
        let s = s.moved(CaretStep::Word(false), false);
        assert_eq!((s.range(), s.is_caret()), (13..13, true));
        let s = s.moved(CaretStep::End, true);
        assert_eq!(s.range(), 13..20);
        let s = s.moved(CaretStep::Start, true);
        assert_eq!(s.range(), 10..13, "a stretch turns round its anchor");
    }
}
