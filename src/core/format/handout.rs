//! The teacher's handout: one standalone HTML file with the article, each tagged
//! sentence highlighted and labelled, a legend, and the notes as numbered footnotes.
//! It has no script, opens from `file://`, and prints on A4 or Letter.

use std::fmt::Write;

use super::iso_time;
use crate::core::annotation::{Millis, Tag, text_color_on};
use crate::core::editor::Workspace;
use crate::core::joined::joined;

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

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, Georgia, serif;
  color: #1f2328; background: #fff; max-width: 42rem; margin: 2rem auto; padding: 0 1.25rem; line-height: 1.9; }
h1 { font-size: 1.5rem; line-height: 1.4; margin: 0 0 .25rem; }
.date { color: #57606a; margin: 0 0 1.25rem; font-size: .9rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; padding: .6rem .8rem; border: 1px solid #d0d7de;
  border-radius: 6px; margin-bottom: 1.5rem; font-family: system-ui, sans-serif; font-size: .85rem; }
.legend .chip { margin: 0; }
p { margin: 0 0 1em; }
mark { background: transparent; color: inherit; padding: 0 .05em; border-bottom: 3px solid;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.chip { display: inline-block; font-family: system-ui, sans-serif; font-size: .7rem; font-weight: 700;
  line-height: 1.35; padding: 0 .35rem; border-radius: 999px; margin-left: .15rem; vertical-align: .2em;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.chip::before { content: "["; } .chip::after { content: "]"; }
sup a { color: #0b5cad; text-decoration: none; font-family: system-ui, sans-serif; font-size: .75rem; }
.notes { border-top: 1px solid #d0d7de; margin-top: 2rem; padding-top: .75rem; font-size: .9rem; }
.notes li { margin-bottom: .4rem; break-inside: avoid; }
@page { margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  mark, .chip { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  p { orphans: 3; widows: 3; }
}
"#;

/// The handout for `workspace`, dated `now`, each tag shown by `label_of` (the UI's
/// words for it).
pub fn export(workspace: &Workspace, now: Millis, label_of: impl Fn(&Tag) -> String) -> String {
    let doc = &workspace.doc;
    let label = |id: &str| workspace.tags.get(id).map(&label_of);
    let mut html = String::new();
    let lang = doc.language();
    let _ = write!(
        html,
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n\
         <p class=\"date\">{date}</p>\n",
        title = escape(&doc.title),
        date = &iso_time(now)[..10],
    );
    html.push_str("<div class=\"legend\">");
    for tag in &workspace.tags.tags {
        let _ = write!(
            html,
            "<span class=\"chip\" style=\"background:{c};color:{t}\">{l}</span>",
            c = escape(&tag.color),
            t = text_color_on(&tag.color),
            l = escape(&label_of(tag)),
        );
    }
    html.push_str("</div>\n");

    let mut notes = Vec::new();
    for range in &doc.paragraphs {
        html.push_str("<p>");
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
            match tags.first() {
                None => html.push_str(&escape(&joined(&s.text))),
                Some(first) => {
                    let _ = write!(
                        html,
                        "<mark style=\"border-color:{}\">{}</mark>",
                        escape(&first.color),
                        escape(&joined(&s.text))
                    );
                    for tag in &tags {
                        let _ = write!(
                            html,
                            "<span class=\"chip\" style=\"background:{c};color:{t}\">{l}</span>",
                            c = escape(&tag.color),
                            t = text_color_on(&tag.color),
                            l = escape(&label(&tag.id).unwrap_or_default()),
                        );
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
    if !notes.is_empty() {
        html.push_str("<ol class=\"notes\">\n");
        for (i, note) in notes.iter().enumerate() {
            let n = i + 1;
            let _ = writeln!(
                html,
                "<li id=\"note{n}\">{} <a href=\"#ref{n}\">↩</a></li>",
                escape(note)
            );
        }
        html.push_str("</ol>\n");
    }
    html.push_str("</body>\n</html>\n");
    html
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
