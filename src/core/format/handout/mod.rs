//! The teacher's handout: one standalone HTML file with the article, each tagged
//! sentence underlined and labelled, a legend, and the notes as numbered footnotes;
//! or a worksheet: the student's pages (tasks, numbered paragraphs, lines to write on,
//! no tags) and then the answer key. It has no script, opens from `file://`, and
//! prints on A4 or Letter.

mod style;
mod tagged;
mod worksheet;

use std::fmt::Write;

use serde::{Deserialize, Serialize};

use super::iso_time;
use crate::core::annotation::{Millis, Tag, TagId};
use crate::core::editor::Workspace;
use crate::core::joined::joined;
use crate::core::phrases::text_in;

/// Text made safe for HTML, in text and in attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Which handout to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum HandoutKind {
    /// The article with its tags, a legend and the notes.
    #[default]
    Tagged,
    /// The student's pages with no tags, then the answer key (the tagged article)
    /// after a page break.
    Worksheet,
}

/// The fixed words a handout prints, in the UI's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HandoutWords {
    /// Before the export date: "Exported".
    pub exported: String,
    /// The student's name field, with its colon: "Name:".
    pub name: String,
    /// The date field, with its colon.
    pub date: String,
    /// The heading of the answer key.
    pub answer_key: String,
    /// The heading of the vocabulary list.
    pub vocabulary: String,
}

impl Default for HandoutWords {
    fn default() -> Self {
        HandoutWords {
            exported: "Exported".into(),
            name: "Name:".into(),
            date: "Date:".into(),
            answer_key: "Answer key".into(),
            vocabulary: "Vocabulary".into(),
        }
    }
}

/// What the teacher chose for the handout. The default is the tagged handout under
/// the document's title.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct HandoutOptions {
    /// The title printed on it; `None`: the document's title.
    pub title: Option<String>,
    /// Tagged handout or worksheet.
    pub kind: HandoutKind,
    /// Whether each paragraph carries its number in the margin.
    pub paragraph_numbers: bool,
    /// A task line per tag for the student ("Find 3 commitments."), in this order;
    /// tags not listed get none.
    pub tasks: Vec<(TagId, String)>,
    /// The fixed words, in the UI's language.
    pub words: HandoutWords,
    /// The tag whose phrases make the vocabulary list at the end (each with its note
    /// as the gloss); `None` for no list.
    pub vocabulary: Option<TagId>,
}

/// The handout for `workspace`, dated `now`, each tag shown by `label_of` (the UI's
/// words for it): today's tagged handout.
pub fn export(workspace: &Workspace, now: Millis, label_of: impl Fn(&Tag) -> String) -> String {
    export_with(workspace, now, label_of, &HandoutOptions::default())
}

/// The handout for `workspace` as `options` ask, dated `now`, each tag shown by
/// `label_of`.
pub fn export_with(
    workspace: &Workspace,
    now: Millis,
    label_of: impl Fn(&Tag) -> String,
    options: &HandoutOptions,
) -> String {
    let doc = &workspace.doc;
    let title = escape(options.title.as_deref().unwrap_or(&doc.title));
    let date = format!(
        "{} {}",
        escape(&options.words.exported),
        &iso_time(now)[..10]
    );
    let mut html = String::new();
    let _ = write!(
        html,
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{style}</style>\n</head>\n<body>\n",
        lang = doc.language(),
        style = style::STYLE,
    );
    let tagged = |html: &mut String| {
        let _ = write!(html, "<h1>{title}</h1>\n<p class=\"date\">{date}</p>\n");
        tagged::body(html, workspace, &label_of, options.paragraph_numbers);
        vocabulary(html, workspace, options);
    };
    match options.kind {
        HandoutKind::Tagged => tagged(&mut html),
        HandoutKind::Worksheet => {
            html.push_str("<section class=\"student\">\n");
            let _ = write!(html, "<h1>{title}</h1>\n<p class=\"date\">{date}</p>\n");
            worksheet::student(&mut html, workspace, options);
            vocabulary(&mut html, workspace, options);
            let _ = write!(
                html,
                "</section>\n<section class=\"key\">\n<p class=\"key-heading\">{}</p>\n",
                escape(&options.words.answer_key)
            );
            tagged(&mut html);
            html.push_str("</section>\n");
        }
    }
    html.push_str("</body>\n</html>\n");
    html
}

/// The vocabulary list, when one was asked for and the tag has phrases: each phrase's
/// text once, in text order, with its note (the first one given) as the gloss.
fn vocabulary(html: &mut String, workspace: &Workspace, options: &HandoutOptions) {
    let Some(tag) = options.vocabulary.as_deref() else {
        return;
    };
    let mut entries: Vec<(String, String)> = Vec::new();
    let doc = &workspace.doc;
    for (s, m) in doc.sentences.iter().zip(workspace.marks.iter()) {
        for p in m.phrases.iter().filter(|p| p.has(tag)) {
            let term = joined(&text_in(s, p.start..p.end)).into_owned();
            match entries.iter_mut().find(|(t, _)| *t == term) {
                Some((_, gloss)) if gloss.is_empty() => gloss.clone_from(&p.note),
                Some(_) => {}
                None => entries.push((term, p.note.clone())),
            }
        }
    }
    if entries.is_empty() {
        return;
    }
    let _ = writeln!(
        html,
        "<section class=\"vocabulary\">\n<h2>{}</h2>\n<dl>",
        escape(&options.words.vocabulary)
    );
    for (term, gloss) in entries {
        let _ = writeln!(
            html,
            "<dt>{}</dt><dd>{}</dd>",
            escape(&term),
            escape(&gloss)
        );
    }
    html.push_str("</dl>\n</section>\n");
}

/// Opens paragraph `n` (from 1), with its number in the margin when `numbered`.
fn open_paragraph(html: &mut String, n: usize, numbered: bool) {
    if numbered {
        let _ = write!(html, "<p><span class=\"pn\">{n}</span>");
    } else {
        html.push_str("<p>");
    }
}

/// Opens the article, numbered or not.
fn open_article(html: &mut String, numbered: bool) {
    html.push_str(if numbered {
        "<div class=\"article numbered\">\n"
    } else {
        "<div class=\"article\">\n"
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;
    use crate::core::editor::Edit;

    #[test]
    fn marks_labels_legend_and_footnotes_with_everything_escaped() {
        let doc = Document::new(
            "A <b>title</b>",
            "天心区召开大会。新引进项目4个。\nMr. Smith <script>x</script> came.",
        );
        let mut w = Workspace::new(doc, crate::core::annotation::TagSet::default());
        for edit in [
            Edit::ToggleTag {
                tag: "metrics".into(),
                sentences: vec![1],
            },
            Edit::ToggleTag {
                tag: "attendees".into(),
                sentences: vec![1, 2],
            },
            Edit::SetNote {
                sentence: 1,
                note: "4 个 & <more>".into(),
            },
            Edit::SetNote {
                sentence: 2,
                note: "second".into(),
            },
        ] {
            w = w.apply(&edit, 0).unwrap();
        }
        let zh = |t: &crate::core::annotation::Tag| {
            let names = crate::core::annotation::DEFAULT_TAG_NAMES_ZH;
            let name = names.iter().find(|(id, _)| *id == t.id).map(|(_, zh)| *zh);
            name.unwrap_or(&t.label).to_string()
        };
        let html = export(&w, 0, zh);
        assert!(html.contains("<title>A &lt;b&gt;title&lt;/b&gt;</title>"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("Mr. Smith &lt;script&gt;x&lt;/script&gt; came."));
        assert_eq!(html.matches("<mark").count(), 2);
        assert!(html.contains(">指标</span><span class=\"chip\" style=\"background:#a34a00;color:#ffffff\">出席</span>"));
        assert!(html.contains("<li id=\"note1\">4 个 &amp; &lt;more&gt;"));
        assert!(html.contains("<li id=\"note2\">second"));
        assert_eq!(
            html.matches("class=\"chip\"").count(),
            3 + 3,
            "legend of three, and three labels"
        );
        assert!(
            html.contains(">承诺</span>"),
            "the legend lists unused tags too"
        );
    }
}
