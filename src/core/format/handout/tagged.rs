//! The tagged article: a legend, each tagged sentence underlined once per tag and
//! labelled, and the notes as footnotes.

use std::fmt::Write;

use super::{escape, open_article, open_paragraph};
use crate::core::annotation::{Tag, text_color_on};
use crate::core::editor::Workspace;
use crate::core::joined::joined;

/// How far below the first tag's underline each further tag's underline sits, in px.
const UNDERLINE: usize = 3;

fn chip(html: &mut String, tag: &Tag, label: &str) {
    let _ = write!(
        html,
        "<span class=\"chip\" style=\"background:{c};color:{t}\">{l}</span>",
        c = escape(&tag.color),
        t = text_color_on(&tag.color),
        l = escape(label),
    );
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
            // Phrases inside a sentence (issue 15, later) are to be marked within
            // this text, inside the sentence's underline.
            let text = escape(&joined(&s.text));
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
                let n = notes.len();
                let _ = write!(
                    html,
                    "<sup id=\"ref{n}\"><a href=\"#note{n}\">{n}</a></sup>"
                );
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
