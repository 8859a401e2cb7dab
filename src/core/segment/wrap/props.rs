//! Property tests of reading line breaks: in steps as in one go, and sentences that
//! stay inside their paragraphs, on texts made of wrapped paragraphs and short lines.

use proptest::prelude::*;

use crate::core::segment::{
    LineBreaks, Position, Sentence, is_line_separator, paragraphs, segment_some, segment_with,
};

const MODES: [LineBreaks; 3] = [LineBreaks::Auto, LineBreaks::Keep, LineBreaks::Join];

/// Words of news copy and of what the rules look at: markers, labels, CJK, marks.
fn word() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(vec![
        "the",
        "council",
        "approved",
        "of",
        "and",
        "Mayor",
        "Willson",
        "p.m.",
        "6:45",
        "Mr.",
        "U.S.",
        "water-",
        "plant.",
        "budget,",
        "said:",
        "“We",
        "agree.”",
        "(AP)",
        "—",
        "a.",
        "1.",
        "-",
        "•",
        "Present:",
        "ROLL",
        "CALL",
        "会议",
        "强调，",
        "发展。",
        "“要",
        "落实”",
        "（一）",
        "二、",
        "出席：",
        "GDP增长5.2%",
        "😀",
        "e\u{301}",
        "\u{3000}",
        "…",
        "re-",
        "i.",
    ])
}

/// A paragraph of words wrapped greedily at a width, with some indentation.
fn wrapped() -> impl Strategy<Value = String> {
    let indent = proptest::sample::select(vec!["", "", "   ", "\u{3000}\u{3000}", "- ", "1. "]);
    let breaks = proptest::collection::vec(proptest::sample::select(vec!["\n", "\r\n", "\r"]), 40);
    (
        indent,
        proptest::collection::vec(word(), 1..60),
        20usize..110,
        breaks,
    )
        .prop_map(|(indent, words, width, breaks)| {
            let mut text = String::from(indent);
            let mut line = indent.chars().count();
            let mut lines = 0;
            for word in words {
                let len = word.chars().count() + 1;
                if line > 0 && line + len > width {
                    text.push_str(breaks[lines % breaks.len()]);
                    lines += 1;
                    line = 0;
                } else if line > indent.chars().count() {
                    text.push(' ');
                }
                text.push_str(word);
                line += len;
            }
            text
        })
}

fn text() -> impl Strategy<Value = String> {
    let part =
        prop_oneof![3 => wrapped(), 1 => word().prop_map(String::from), 1 => any::<String>()];
    let between = proptest::sample::select(vec![
        "\n", "\n", "\n\n", "\r\n", "\u{2029}", "\n \n", "\u{0B}",
    ]);
    proptest::collection::vec((part, between), 0..8)
        .prop_map(|parts| parts.into_iter().map(|(p, b)| p + b).collect())
}

fn in_steps(text: &str, budget: usize, breaks: LineBreaks) -> Vec<Sentence<'_>> {
    let mut all = Vec::new();
    let mut at = Some(Position::default());
    while let Some(from) = at {
        let (found, next) = segment_some(text, from, budget, breaks);
        all.extend(found);
        if let Some(next) = next {
            assert!(next.byte > from.byte, "no progress at {from:?}");
            assert_eq!(text[..next.byte].chars().count(), next.char);
        }
        at = next;
    }
    all
}

/// `\r\n` as one break: the pieces of `s` between line breaks.
fn line_pieces(s: &str) -> Vec<&str> {
    s.split("\r\n")
        .flat_map(|p| p.split(is_line_separator))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn in_steps_as_in_one_go(text in text(), budget in 1usize..400) {
        for breaks in MODES {
            prop_assert_eq!(in_steps(&text, budget, breaks), segment_with(&text, breaks), "{:?}", breaks);
        }
    }

    #[test]
    fn sentences_are_ordered_and_stay_in_their_paragraph(text in text()) {
        for breaks in MODES {
            let found = paragraphs(&text, breaks);
            let mut previous_end = 0;
            for s in segment_with(&text, breaks) {
                prop_assert!(previous_end <= s.start && s.start < s.end);
                prop_assert_eq!(&text[s.start..s.end], s.text);
                prop_assert_eq!(text[..s.start].chars().count(), s.char_start);
                prop_assert_eq!(text[..s.end].chars().count(), s.char_end);
                let paragraph = &found[s.paragraph];
                prop_assert!(paragraph.start <= s.start && s.end <= paragraph.end, "{:?} {:?}", s, breaks);
                let pieces = line_pieces(s.text);
                match breaks {
                    LineBreaks::Keep => prop_assert_eq!(pieces.len(), 1),
                    // Only CR and LF join lines, and never across a blank line.
                    _ => {
                        let hard = s.text.contains(|c| is_line_separator(c) && c != '\n' && c != '\r');
                        prop_assert!(!hard, "{:?}", s.text);
                        prop_assert!(pieces.iter().skip(1).all(|p| !p.trim().is_empty()));
                    }
                }
                previous_end = s.end;
            }
        }
    }

    #[test]
    fn auto_joins_only_what_join_joins(text in text()) {
        let joined = paragraphs(&text, LineBreaks::Join);
        for p in paragraphs(&text, LineBreaks::Auto) {
            prop_assert!(joined.iter().any(|j| j.start <= p.start && p.end <= j.end), "{:?}", p);
        }
    }
}
