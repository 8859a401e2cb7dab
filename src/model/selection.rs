//! Which sentences are selected: click, shift-click ranges, ctrl-click picks, keyboard steps.

use std::collections::BTreeSet;
use std::ops::Range;

/// The selected sentences, with the anchor of a range and the keyboard cursor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    selected: BTreeSet<usize>,
    /// Where a shift-extended range starts.
    anchor: Option<usize>,
    /// The sentence that has the keyboard focus.
    cursor: Option<usize>,
}

impl Selection {
    /// Just sentence `index`.
    pub fn only(index: usize) -> Self {
        Selection {
            selected: BTreeSet::from([index]),
            anchor: Some(index),
            cursor: Some(index),
        }
    }

    /// Shift-click: the range from the anchor to `index`.
    pub fn extend_to(&self, index: usize) -> Self {
        let anchor = self.anchor.unwrap_or(index);
        Selection {
            selected: (anchor.min(index)..=anchor.max(index)).collect(),
            anchor: Some(anchor),
            cursor: Some(index),
        }
    }

    /// Ctrl/cmd-click: adds or removes `index`, keeping the rest.
    pub fn toggle(&self, index: usize) -> Self {
        let mut selected = self.selected.clone();
        if !selected.remove(&index) {
            selected.insert(index);
        }
        Selection {
            selected,
            anchor: Some(index),
            cursor: Some(index),
        }
    }

    /// One step to the next (`forward`) or previous sentence that `visible` accepts,
    /// moving the selection or, with `extend`, growing it from the anchor.
    pub fn step(
        &self,
        forward: bool,
        extend: bool,
        len: usize,
        visible: impl Fn(usize) -> bool,
    ) -> Self {
        let next = match self.cursor {
            Some(c) if forward => (c + 1..len).find(|&i| visible(i)),
            Some(c) => (0..c.min(len)).rev().find(|&i| visible(i)),
            None if forward => (0..len).find(|&i| visible(i)),
            None => (0..len).rev().find(|&i| visible(i)),
        };
        match next {
            Some(i) if extend => self.extend_to(i),
            Some(i) => Selection::only(i),
            None => self.clone(),
        }
    }

    /// The sentence that has the keyboard focus, if any.
    pub fn cursor(&self) -> Option<usize> {
        self.cursor
    }

    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty()
    }

    /// How many sentences are selected.
    pub fn len(&self) -> usize {
        self.selected.len()
    }

    /// The selected sentences, in order.
    pub fn indices(&self) -> Vec<usize> {
        self.selected.iter().copied().collect()
    }

    /// The selected indices within `range`: what one paragraph needs to know.
    pub fn in_range(&self, range: Range<usize>) -> Vec<usize> {
        self.selected.range(range).copied().collect()
    }

    /// The same sentences under new indices (`moved`), after merges and splits made
    /// elsewhere; a sentence that is gone drops out.
    pub fn remapped(&self, moved: impl Fn(usize) -> Option<usize>) -> Self {
        Selection {
            selected: self.selected.iter().filter_map(|&i| moved(i)).collect(),
            anchor: self.anchor.and_then(&moved),
            cursor: self.cursor.and_then(&moved),
        }
    }

    /// Drops indices past `len`, after the sentence list shrank.
    pub fn clamp(&self, len: usize) -> Self {
        let keep = |i: &Option<usize>| i.filter(|&i| i < len);
        Selection {
            selected: self.selected.range(..len).copied().collect(),
            anchor: keep(&self.anchor),
            cursor: keep(&self.cursor),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn click_shift_click_and_ctrl_click() {
        let s = Selection::only(3).extend_to(6);
        assert_eq!(s.indices(), [3, 4, 5, 6]);
        let s = s.extend_to(1);
        assert_eq!(s.indices(), [1, 2, 3]);
        let s = s.toggle(8).toggle(2);
        assert_eq!(s.indices(), [1, 3, 8]);
        assert_eq!(s.cursor(), Some(2));
    }

    #[test]
    fn steps_skip_hidden_sentences_and_stop_at_the_ends() {
        let even = |i: usize| i.is_multiple_of(2);
        let s = Selection::default().step(true, false, 10, even);
        assert_eq!(s.indices(), [0]);
        let s = s.step(true, false, 10, even);
        assert_eq!(s.indices(), [2]);
        let s = s.step(true, true, 10, even);
        assert_eq!(s.indices(), [2, 3, 4]);
        let end = Selection::only(8).step(true, false, 10, even);
        assert_eq!(end.indices(), [8]);
        let back = Selection::default().step(false, false, 10, |_| true);
        assert_eq!(back.indices(), [9]);
    }

    #[test]
    fn in_range_and_clamp() {
        let s = Selection::only(2).extend_to(7);
        assert_eq!(s.in_range(4..6), [4, 5]);
        let c = s.clamp(5);
        assert_eq!(c.indices(), [2, 3, 4]);
        assert_eq!(c.cursor(), None);
    }
}
