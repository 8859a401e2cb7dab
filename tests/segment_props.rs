//! Invariants of segmentation on arbitrary text: order, coverage, offsets, graphemes.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sentag::core::segment::{LineBreaks, segment, segment_with};
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

/// Text made mostly of what the rules look at, plus any Unicode at all.
fn tricky_text() -> impl Strategy<Value = String> {
    let pool: Vec<char> = "..!?。！？…“”‘’「」《》()（）【】\"' \n\r\u{3000}\u{2029}\u{301}\u{200d}😀🇨🇳👋🏽aeMrSUEg.12$%,；，：好是的"
        .chars()
        .collect();
    let piece = prop_oneof![
        6 => proptest::sample::select(pool),
        2 => proptest::char::range('a', 'z'),
        1 => proptest::char::range('A', 'Z'),
        1 => any::<char>(),
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|chars| chars.into_iter().collect())
}

fn is_grapheme_boundary(text: &str, pos: usize) -> bool {
    GraphemeCursor::new(pos, text.len(), true)
        .is_boundary(text, 0)
        .unwrap()
}

fn check_invariants(text: &str) {
    let sentences = segment(text);
    let mut covered = vec![false; text.len()];
    let mut previous_end = 0;
    let mut previous_paragraph = None;
    for s in &sentences {
        assert!(s.start < s.end, "empty sentence in {text:?}");
        assert!(previous_end <= s.start, "overlap or disorder in {text:?}");
        assert_eq!(&text[s.start..s.end], s.text);
        // Trimmed by whole graphemes: a space that carries a combining mark stays.
        let graphemes: Vec<&str> = s.text.graphemes(true).collect();
        let blank = |g: &&str| g.chars().all(char::is_whitespace);
        assert!(
            !blank(&graphemes[0]) && !blank(graphemes.last().unwrap()),
            "untrimmed in {text:?}"
        );
        assert_eq!(text[..s.start].chars().count(), s.char_start);
        assert_eq!(text[..s.end].chars().count(), s.char_end);
        assert!(is_grapheme_boundary(text, s.start) && is_grapheme_boundary(text, s.end));
        let paragraph_step = previous_paragraph.map_or(s.paragraph, |p| s.paragraph - p);
        assert!(paragraph_step <= 1, "paragraph numbers skip in {text:?}");
        covered[s.start..s.end].fill(true);
        previous_end = s.end;
        previous_paragraph = Some(s.paragraph);
    }
    for (i, c) in text.char_indices() {
        assert!(
            c.is_whitespace() || covered[i],
            "{c:?} at {i} is in no sentence of {text:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn invariants_hold_on_tricky_text(text in tricky_text()) {
        check_invariants(&text);
    }

    #[test]
    fn invariants_hold_on_any_unicode(text in any::<String>()) {
        check_invariants(&text);
    }

    #[test]
    fn a_kept_line_break_always_separates_sentences(a in tricky_text(), b in tricky_text()) {
        let text = format!("{a}\n{b}");
        let cut = a.len();
        for s in segment_with(&text, LineBreaks::Keep) {
            prop_assert!(s.end <= cut || s.start > cut);
        }
    }
}
