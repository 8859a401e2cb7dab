//! The tagged article: a legend, each tagged sentence underlined once per tag and
//! labelled, each phrase underlined in its own lane and labelled after it, and the
//! notes (of sentences and of phrases) as footnotes.

use std::fmt::Write;

use super::{escape, open_article, open_paragraph};
use crate::core::annotation::{Marks, Tag, text_color_on};
use crate::core::document::Sentence;
use crate::core::editor::Workspace;
use crate::core::joined::joined;
use crate::core::phrases::lanes;

/// How far below the first tag's underline each further tag's underline sits, in px.
const UNDERLINE: usize = 3;

/// How far below each other nested phrases' underlines sit, in px.
const LANE: usize = 3;

fn chip(html: &mut String, tag: &Tag, label: &str) {
    let _ = write!(
        html,
        "<span class=\"chip\" style=\"background:{c};color:{t}\">{l}</span>",
        c = escape(&tag.color),
        t = text_color_on(&tag.color),
        l = escape(label),
    );
}

/// A footnote mark for note `n`.
fn note_ref(n: usize) -> String {
    format!("<sup id=\"ref{n}\"><a href=\"#note{n}\">{n}</a></sup>")
}

/// The sentence's text, escaped, with each phrase underlined in the colour of its
/// first tag (one lane below the text per level of nesting, as in the app) and its
/// labels and note mark after it.
fn with_phrases(
    s: &Sentence,
    marks: &Marks,
    workspace: &Workspace,
    label_of: &impl Fn(&Tag) -> String,
    notes: &mut Vec<String>,
) -> String {
    let text = joined(&s.text);
    let phrases = &marks.phrases;
    if phrases.is_empty() {
        return escape(&text);
    }
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let local: Vec<(usize, usize)> = phrases
        .iter()
        .map(|p| {
            let at = |x: usize| x.saturating_sub(s.char_start).min(len);
            (at(p.start), at(p.end))
        })
        .collect();
    let lane = lanes(phrases);
    let mut cuts: Vec<usize> = vec![0, len];
    cuts.extend(local.iter().flat_map(|&(a, b)| [a, b]));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::new();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let mut piece = escape(&chars[a..b].iter().collect::<String>());
        let mut covering: Vec<usize> = (0..phrases.len())
            .filter(|&i| local[i].0 <= a && b <= local[i].1)
            .collect();
        covering.sort_by_key(|&i| std::cmp::Reverse(lane[i]));
        for &i in &covering {
            let color = phrases[i]
                .tags
                .iter()
                .find_map(|t| workspace.tags.get(t))
                .map_or("#57606a", |t| t.color.as_str());
            piece = format!(
                "<span class=\"phrase\" style=\"border-bottom-color:{};padding-bottom:{}px\">{piece}</span>",
                escape(color),
                LANE * lane[i].min(3)
            );
        }
        out.push_str(&piece);
        // Labels and the note mark of every phrase that ends here, innermost first.
        for &i in covering.iter().filter(|&&i| local[i].1 == b) {
            for tag in phrases[i].tags.iter().filter_map(|t| workspace.tags.get(t)) {
                chip(&mut out, tag, &label_of(tag));
            }
            if !phrases[i].note.is_empty() {
                notes.push(phrases[i].note.clone());
                out.push_str(&note_ref(notes.len()));
            }
        }
    }
    out
}

/// The legend, the article and the footnotes, written to `html`.
pub(super) fn body(
    html: &mut String,
    workspace: &Workspace,
    label_of: &impl Fn(&Tag) -> String,
    numbered: bool,
) {
    let doc = &workspace.doc;
    html.push_str("<div class=\"legend\">");
    for tag in &workspace.tags.tags {
        chip(html, tag, &label_of(tag));
    }
    html.push_str("</div>\n");

    let mut notes = Vec::new();
    open_article(html, numbered);
    for (p, range) in doc.paragraphs.iter().enumerate() {
        open_paragraph(html, p + 1, numbered);
        for index in range.clone() {
            let s = &doc.sentences[index];
            let marks = &workspace.marks[index];
            if s.space_before {
                html.push(' ');
            }
            let tags: Vec<_> = workspace
                .tags
                .tags
                .iter()
                .filter(|t| marks.has(&t.id))
                .collect();
            let text = with_phrases(s, marks, workspace, label_of, &mut notes);
            match tags.split_first() {
                None => html.push_str(&text),
                Some((first, rest)) => {
                    let _ = write!(html, "<mark style=\"border-color:{}", escape(&first.color));
                    // Every further tag: its own underline below the first.
                    for (i, tag) in rest.iter().enumerate() {
                        let sep = if i == 0 { ";box-shadow:" } else { "," };
                        let y = UNDERLINE * (i + 1);
                        let _ = write!(html, "{sep}0 {y}px 0 {}", escape(&tag.color));
                    }
                    let _ = write!(html, "\">{text}</mark>");
                    for tag in &tags {
                        chip(html, tag, &label_of(tag));
                    }
                }
            }
            if !marks.note.is_empty() {
                notes.push(marks.note.clone());
                html.push_str(&note_ref(notes.len()));
            }
        }
        html.push_str("</p>\n");
    }
    html.push_str("</div>\n");
    if !notes.is_empty() {
        html.push_str("<ol class=\"notes\">\n");
        for (i, note) in notes.iter().enumerate() {
            let n = i + 1;
            let _ = writeln!(
                html,
                "<li id=\"note{n}\">{} <a class=\"back\" href=\"#ref{n}\">↩</a></li>",
                escape(note)
            );
        }
        html.push_str("</ol>\n");
    }
}
