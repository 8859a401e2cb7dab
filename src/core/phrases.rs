//! Phrases inside a sentence: tagging and noting one, and sharing a sentence's phrases
//! out when the sentence is split or read another way. Places are code points of the
//! document's text.

use std::ops::Range;

use crate::core::annotation::{Marks, Phrase};
use crate::core::document::Sentence;

/// `marks` with the tag given to the phrase at `range` (made if it is new), or taken
/// from it when it has it; a phrase left with no tag and no note goes.
pub fn toggle_tag(marks: &Marks, range: Range<usize>, tag: &str) -> Marks {
    change(marks, range, |phrase| {
        if phrase.has(tag) {
            phrase.tags.retain(|t| t != tag);
        } else {
            phrase.tags.push(tag.to_string());
        }
    })
}

/// `marks` with the phrase at `range` given `note` (trimmed; empty removes it), or
/// `None` when the note is already that.
pub fn set_note(marks: &Marks, range: Range<usize>, note: &str) -> Option<Marks> {
    let note = note.trim();
    let current = marks
        .phrases
        .iter()
        .find(|p| p.start == range.start && p.end == range.end)
        .map_or("", |p| p.note.as_str());
    (current != note).then(|| change(marks, range, |phrase| phrase.note = note.to_string()))
}

fn change(marks: &Marks, range: Range<usize>, edit: impl FnOnce(&mut Phrase)) -> Marks {
    let mut phrases = marks.phrases.clone();
    let at = phrases
        .iter()
        .position(|p| p.start == range.start && p.end == range.end);
    let at = at.unwrap_or_else(|| {
        let place = phrases.partition_point(|p| (p.start, p.end) < (range.start, range.end));
        phrases.insert(
            place,
            Phrase {
                start: range.start,
                end: range.end,
                ..Phrase::default()
            },
        );
        place
    });
    edit(&mut phrases[at]);
    if phrases[at].tags.is_empty() && phrases[at].note.is_empty() {
        phrases.remove(at);
    }
    // The sentence's own times are those of its tags and note: a phrase leaves them.
    Marks {
        phrases,
        ..marks.clone()
    }
}

/// `marks` with `phrase` added; a phrase already at its place gets its tags too, and
/// its note when it has none (an import into marks that may have it).
pub fn merged_in(marks: &Marks, phrase: Phrase) -> Marks {
    let mut phrases = marks.phrases.clone();
    match phrases
        .iter_mut()
        .find(|p| p.start == phrase.start && p.end == phrase.end)
    {
        Some(old) => {
            for tag in phrase.tags {
                if !old.has(&tag) {
                    old.tags.push(tag);
                }
            }
            if old.note.is_empty() {
                old.note = phrase.note;
            }
            old.by = old.by.merged(&phrase.by);
        }
        None => {
            let place = phrases.partition_point(|p| (p.start, p.end) < (phrase.start, phrase.end));
            phrases.insert(place, phrase);
        }
    }
    phrases.retain(|p| !p.tags.is_empty() || !p.note.is_empty());
    Marks {
        phrases,
        ..marks.clone()
    }
}

/// `marks` with the tag taken from every phrase (a deleted tag); phrases left with no
/// tag and no note go.
pub fn without_tag(marks: &Marks, tag: &str) -> Marks {
    let mut phrases = marks.phrases.clone();
    for p in &mut phrases {
        p.tags.retain(|t| t != tag);
    }
    phrases.retain(|p| !p.tags.is_empty() || !p.note.is_empty());
    Marks {
        phrases,
        ..marks.clone()
    }
}

/// The text of `range` (code points of the document) in `sentence`, which holds it.
pub fn text_in(sentence: &Sentence, range: Range<usize>) -> String {
    let skip = range.start.saturating_sub(sentence.char_start);
    sentence.text.chars().skip(skip).take(range.len()).collect()
}

/// Each phrase's underline lane: the first one free, in text order, longer phrases
/// first, so nested and overlapping phrases stay apart.
pub fn lanes(phrases: &[Phrase]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..phrases.len()).collect();
    order.sort_by_key(|&i| (phrases[i].start, std::cmp::Reverse(phrases[i].end)));
    let mut ends: Vec<usize> = Vec::new();
    let mut lane = vec![0; phrases.len()];
    for i in order {
        let free = ends.iter().position(|&e| e <= phrases[i].start);
        let l = free.unwrap_or(ends.len());
        if l == ends.len() {
            ends.push(0);
        }
        ends[l] = phrases[i].end;
        lane[i] = l;
    }
    lane
}

/// Whether a phrase runs across code point `at`, so that a cut there would break it.
pub fn crosses(marks: &Marks, at: usize) -> bool {
    marks.phrases.iter().any(|p| p.start < at && p.end > at)
}

/// The phrases of `marks` that start in `range`.
pub fn starting_in(marks: &Marks, range: Range<usize>) -> Vec<Phrase> {
    marks
        .phrases
        .iter()
        .filter(|p| range.contains(&p.start))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_is_made_tagged_noted_and_goes_when_empty() {
        let m = toggle_tag(&Marks::default(), 4..9, "metrics");
        assert_eq!(m.phrases.len(), 1);
        assert!(m.phrases[0].has("metrics") && m.tags.is_empty());
        assert!(!m.is_empty() && m.is_unmarked());
        let m = toggle_tag(&m, 1..2, "vocab");
        assert_eq!(
            m.phrases.iter().map(|p| p.start).collect::<Vec<_>>(),
            [1, 4],
            "in text order"
        );
        let m = set_note(&m, 4..9, " a figure ").unwrap();
        assert_eq!(m.phrases[1].note, "a figure");
        assert!(set_note(&m, 4..9, "a figure").is_none());
        let m = toggle_tag(&m, 4..9, "metrics");
        assert_eq!(
            m.phrases[1].note, "a figure",
            "a noted phrase stays untagged"
        );
        let m = set_note(&m, 4..9, "").unwrap();
        let m = toggle_tag(&m, 1..2, "vocab");
        assert!(m.is_empty(), "{m:?}");
    }

    #[test]
    fn a_cut_inside_a_phrase_crosses_it() {
        let m = toggle_tag(&Marks::default(), 4..9, "metrics");
        assert!(crosses(&m, 5) && !crosses(&m, 4) && !crosses(&m, 9));
        assert_eq!(starting_in(&m, 0..4).len(), 0);
        assert_eq!(starting_in(&m, 4..20).len(), 1);
    }

    #[test]
    fn nested_and_overlapping_phrases_get_their_own_lanes() {
        let phrase = |start, end| Phrase {
            start,
            end,
            ..Phrase::default()
        };
        let phrases = [phrase(0, 10), phrase(2, 4), phrase(8, 12), phrase(11, 14)];
        assert_eq!(lanes(&phrases), [0, 1, 1, 0]);
    }
}
