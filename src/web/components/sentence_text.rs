//! A sentence's text with what lies on parts of it: its phrases (an underline in the
//! tag's colour, one lane each so nested and overlapping ones stay apart, and the
//! labels after the phrase), search matches, and the phrase being chosen.

use std::ops::Range;

use yew::prelude::*;

use crate::core::annotation::{Phrase, TagSet};
use crate::core::phrases::lanes;
use crate::model::i18n::Lang;
use crate::model::view::match_ranges;

/// Underline lanes drawn; deeper nesting shares the last.
const LANES: usize = 4;

/// The phrase being chosen in this sentence, in code points of the sentence's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Choosing {
    /// The chosen stretch (empty for a caret).
    pub range: Range<usize>,
    /// Where the caret is.
    pub head: usize,
}

/// The text, cut where anything on it starts or ends. `start` is the sentence's first
/// code point in the document (phrases are in document code points).
pub fn sentence_text(
    text: &str,
    start: usize,
    query: &str,
    phrases: &[Phrase],
    tags: &TagSet,
    lang: Lang,
    choosing: Option<&Choosing>,
) -> Html {
    let matches = match_ranges(text, query);
    if phrases.is_empty() && choosing.is_none() && matches.is_empty() {
        return html! { { text.to_string() } };
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let len = chars.len();
    let byte_to_char = |b: usize| chars.partition_point(|&(i, _)| i < b);
    let matches: Vec<Range<usize>> = matches
        .into_iter()
        .map(|r| byte_to_char(r.start)..byte_to_char(r.end))
        .collect();
    // Phrases in the sentence's own code points, kept inside it.
    let local: Vec<Range<usize>> = phrases
        .iter()
        .map(|p| p.start.saturating_sub(start).min(len)..p.end.saturating_sub(start).min(len))
        .collect();
    let lane = lanes(phrases);
    let mut cuts = vec![0, len];
    cuts.extend(local.iter().flat_map(|r| [r.start, r.end]));
    cuts.extend(matches.iter().flat_map(|r| [r.start, r.end]));
    if let Some(c) = choosing {
        cuts.extend([c.range.start, c.range.end, c.head]);
    }
    cuts.retain(|&c| c <= len);
    cuts.sort_unstable();
    cuts.dedup();
    let strings = lang.strings();
    let byte_at = |c: usize| chars.get(c).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::new();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if choosing.is_some_and(|c| c.head == a && c.range.is_empty()) {
            out.push(html! { <span class="phrase-caret" aria-hidden="true"></span> });
        }
        let mut piece = html! { { text[byte_at(a)..byte_at(b)].to_string() } };
        if matches.iter().any(|m| m.start <= a && b <= m.end) {
            piece = html! { <mark>{ piece }</mark> };
        }
        // Innermost (highest lane) first, so the outer phrases wrap it.
        let mut covering: Vec<usize> = (0..phrases.len())
            .filter(|&i| local[i].start <= a && b <= local[i].end)
            .collect();
        covering.sort_by_key(|&i| std::cmp::Reverse(lane[i]));
        for i in covering {
            let phrase = &phrases[i];
            let labels: Vec<&str> = phrase
                .tags
                .iter()
                .filter_map(|t| tags.get(t))
                .map(|t| strings.tag_label(t))
                .collect();
            let mut title = labels.join(" · ");
            if !phrase.note.is_empty() {
                title = format!("{title} — {}", phrase.note);
            }
            let colour = phrase.tags.first().and_then(|t| tags.position(t));
            let class = classes!(
                "phrase",
                format!("lane-{}", lane[i].min(LANES - 1)),
                colour.map(|p| format!("t-{p}")),
                (!phrase.note.is_empty()).then_some("noted"),
            );
            let ends_here = local[i].end == b;
            let label = ends_here.then(|| labels.join(" · "));
            piece = html! {
                <span {class} title={title} data-phrase={format!("{}-{}", phrase.start, phrase.end)}
                    data-label={label}>{ piece }</span>
            };
        }
        if choosing.is_some_and(|c| c.range.start <= a && b <= c.range.end && !c.range.is_empty()) {
            piece = html! { <span class="phrase-choice">{ piece }</span> };
        }
        out.push(piece);
    }
    if choosing.is_some_and(|c| c.head == len && c.range.is_empty()) {
        out.push(html! { <span class="phrase-caret" aria-hidden="true"></span> });
    }
    out.into_iter().collect()
}
