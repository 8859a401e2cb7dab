//! The student's pages of a worksheet: a name and date line, the tasks, the article
//! with no tags, notes or legend, and ruled lines to write on.

use std::fmt::Write;

use super::{HandoutOptions, escape, open_article, open_paragraph};
use crate::core::editor::Workspace;
use crate::core::joined::joined;

/// How many ruled lines follow the article.
const LINES: usize = 8;

/// The student's pages (after the title), written to `html`.
pub(super) fn student(html: &mut String, workspace: &Workspace, options: &HandoutOptions) {
    let doc = &workspace.doc;
    let words = &options.words;
    let _ = writeln!(
        html,
        "<p class=\"who\"><span>{}</span><span>{}</span></p>",
        escape(&words.name),
        escape(&words.date)
    );
    let tasks: Vec<_> = options
        .tasks
        .iter()
        .filter(|(id, text)| workspace.tags.get(id).is_some() && !text.trim().is_empty())
        .collect();
    if !tasks.is_empty() {
        html.push_str("<ol class=\"tasks\">\n");
        for (_, text) in tasks {
            let _ = writeln!(html, "<li>{}</li>", escape(text.trim()));
        }
        html.push_str("</ol>\n");
    }
    open_article(html, options.paragraph_numbers);
    for (p, range) in doc.paragraphs.iter().enumerate() {
        open_paragraph(html, p + 1, options.paragraph_numbers);
        for s in &doc.sentences[range.clone()] {
            if s.space_before {
                html.push(' ');
            }
            html.push_str(&escape(&joined(&s.text)));
        }
        html.push_str("</p>\n");
    }
    html.push_str("</div>\n<div class=\"lines\" aria-hidden=\"true\">");
    html.push_str(&"<div></div>".repeat(LINES));
    html.push_str("</div>\n");
}
