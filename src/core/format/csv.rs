//! CSV for spreadsheets: UTF-8 with a byte-order mark, so that Excel shows Chinese.
//!
//! Two layouts ([`Layout`]): [`Layout::Rows`] gives one row per marked sentence, its
//! tags joined in one cell; [`Layout::TagColumns`] gives one row per sentence, marked
//! or not, and one `0`/`1` column per tag of the tag set, for pivot tables. In both,
//! each phrase has a row of its own after its sentence's: the sentence's number,
//! paragraph and text, the phrase's `start`/`end` (code points) and tags and note, and
//! its own text in a last column `phrase` (which a document without phrases leaves
//! out, so older spreadsheets keep their shape). Cells are
//! separated by commas, or by semicolons for spreadsheets that expect them
//! ([`Separator`]).
//!
//! Every cell that holds text (sentence text, tags, notes, tag labels in a header)
//! passes through [`neutralise`], so that a spreadsheet never runs it as a formula.
//! The numbers the app writes itself (index, paragraph, offsets) are left as numbers.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::core::annotation::TagId;
use crate::core::document::Sentence;
use crate::core::editor::Workspace;
use crate::core::joined::joined;
use crate::core::phrases::text_in;
use crate::core::suggest::Suggestion;

/// The cell separator.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Separator {
    /// `,`: the standard (RFC 4180), and what English-language Excel expects.
    #[default]
    Comma,
    /// `;`: for locales whose decimal mark is a comma, where Excel expects
    /// semicolons (German or French Excel, for example).
    Semicolon,
}

impl Separator {
    /// The separator as the byte written between cells.
    pub fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
        }
    }
}

/// Which rows and columns the file has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Layout {
    /// One row per sentence that carries a tag or a note: index, paragraph, start,
    /// end, text, tags (labels joined by `; `), note.
    #[default]
    Rows,
    /// One row per sentence of the document: index, paragraph, start, end, text,
    /// then one column per tag of the tag set, in order, headed by its label and
    /// holding `1` when the sentence has the tag and `0` when not, then note.
    TagColumns,
}

/// How to write the file. The default is commas and [`Layout::Rows`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CsvOptions {
    /// Comma or semicolon between cells.
    pub separator: Separator,
    /// One row per marked sentence, or one per sentence with a column per tag.
    pub layout: Layout,
}

/// The first characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell made safe from formula ("CSV") injection: a cell that begins with `=`,
/// `+`, `-`, `@`, a tab or a carriage return gets a single quote in front, so that
/// Excel, LibreOffice and Google Sheets show it as text instead of evaluating it.
/// Any other cell is returned as it is.
///
/// This follows the OWASP guidance on CSV injection
/// (<https://owasp.org/www-community/attacks/CSV_Injection>); quoting cells that
/// contain separators, quotes or line breaks is left to the CSV writer.
pub(crate) fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The CSV file as bytes, BOM first.
pub fn export(workspace: &Workspace, options: &CsvOptions) -> Vec<u8> {
    export_with(workspace, options, &[])
}

/// The CSV file as bytes, with a column `suggested` (the labels of each sentence's
/// pending suggestions from `suggested`) when `suggested` is not empty, and a last
/// column `phrase` when the document has phrases.
pub fn export_with(
    workspace: &Workspace,
    options: &CsvOptions,
    suggested: &[Vec<Suggestion>],
) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(options.separator.byte())
            .from_writer(&mut out);
        let mut header: Vec<String> = POSITION_AND_TEXT.iter().map(|h| h.to_string()).collect();
        match options.layout {
            Layout::Rows => header.push("tags".into()),
            Layout::TagColumns => header.extend(
                workspace
                    .tags
                    .tags
                    .iter()
                    .map(|t| neutralise(&t.label).into_owned()),
            ),
        }
        header.push("note".into());
        let with_phrases = workspace.marks.iter().any(|m| !m.phrases.is_empty());
        if !suggested.is_empty() {
            header.push("suggested".into());
        }
        if with_phrases {
            header.push("phrase".into());
        }
        writer.write_record(&header).expect("writing to memory");
        let has_suggestions = |i: usize| suggested.get(i).is_some_and(|f| !f.is_empty());
        for row in rows(workspace, options.layout, has_suggestions) {
            let mut cells = row.cells;
            if !suggested.is_empty() {
                let labels = match row.phrase {
                    None => suggested_labels(workspace, suggested.get(row.index)),
                    Some(_) => String::new(),
                };
                cells.push(neutralise(&labels).into_owned());
            }
            if with_phrases {
                cells.push(neutralise(row.phrase.as_deref().unwrap_or("")).into_owned());
            }
            writer.write_record(&cells).expect("writing to memory");
        }
        writer.flush().expect("writing to memory");
    }
    out
}

/// The cells every layout starts a row with: the sentence's number, paragraph, place
/// (or the phrase's, `at`) and text.
fn position_and_text(index: usize, s: &Sentence, at: Option<(usize, usize)>) -> Vec<String> {
    let (start, end) = at.unwrap_or((s.char_start, s.char_end));
    vec![
        (index + 1).to_string(),
        (s.paragraph + 1).to_string(),
        start.to_string(),
        end.to_string(),
        neutralise(&joined(&s.text)).into_owned(),
    ]
}

const POSITION_AND_TEXT: [&str; 5] = ["index", "paragraph", "start", "end", "text"];

fn suggested_labels(workspace: &Workspace, found: Option<&Vec<Suggestion>>) -> String {
    let labels: Vec<&str> = found
        .into_iter()
        .flatten()
        .filter_map(|s| workspace.tags.get(&s.tag))
        .map(|t| t.label.as_str())
        .collect();
    labels.join("; ")
}

/// One row: a sentence's, or one of its phrases' (with the phrase's text).
struct Row {
    index: usize,
    phrase: Option<String>,
    cells: Vec<String>,
}

/// The rows of `layout`: each sentence's (in [`Layout::Rows`] only a marked one's, or
/// one with suggestions), then one per phrase of it, in text order.
fn rows(
    workspace: &Workspace,
    layout: Layout,
    has_suggestions: impl Fn(usize) -> bool,
) -> Vec<Row> {
    let tags = &workspace.tags.tags;
    let tag_cells = |ids: &[TagId]| -> Vec<String> {
        match layout {
            Layout::Rows => {
                let labels: Vec<&str> = ids
                    .iter()
                    .filter_map(|id| workspace.tags.get(id))
                    .map(|t| t.label.as_str())
                    .collect();
                vec![neutralise(&labels.join("; ")).into_owned()]
            }
            Layout::TagColumns => tags
                .iter()
                .map(|t| if ids.contains(&t.id) { "1" } else { "0" }.to_string())
                .collect(),
        }
    };
    let mut rows = Vec::new();
    let sentences = workspace.doc.sentences.iter();
    for (index, (s, m)) in sentences.zip(workspace.marks.iter()).enumerate() {
        if layout == Layout::TagColumns || !m.is_unmarked() || has_suggestions(index) {
            let mut cells = position_and_text(index, s, None);
            cells.extend(tag_cells(&m.tags));
            cells.push(neutralise(&m.note).into_owned());
            rows.push(Row {
                index,
                phrase: None,
                cells,
            });
        }
        for p in &m.phrases {
            let mut cells = position_and_text(index, s, Some((p.start, p.end)));
            cells.extend(tag_cells(&p.tags));
            cells.push(neutralise(&p.note).into_owned());
            rows.push(Row {
                index,
                phrase: Some(text_in(s, p.start..p.end)),
                cells,
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::Tag;
    use crate::core::annotation::TagSet;
    use crate::core::document::Document;
    use crate::core::editor::Edit;

    fn workspace(text: &str, tags: TagSet) -> Workspace {
        Workspace::new(Document::new("t", text), tags)
    }

    fn lines(bytes: &[u8]) -> Vec<String> {
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn neutralise_prefixes_formula_starts_only() {
        for c in FORMULA_STARTS {
            let cell = format!("{c}1+1");
            assert_eq!(neutralise(&cell), format!("'{cell}"));
            assert!(matches!(neutralise(&cell), Cow::Owned(_)));
        }
        for cell in ["", "5 cases", "中文", "'=already quoted", "a=b", " =1"] {
            assert_eq!(neutralise(cell), cell);
            assert!(matches!(neutralise(cell), Cow::Borrowed(_)));
        }
    }

    #[test]
    fn default_options_are_commas_and_rows() {
        let options = CsvOptions::default();
        assert_eq!(options.separator, Separator::Comma);
        assert_eq!(options.layout, Layout::Rows);
        assert_eq!(Separator::Semicolon.byte(), b';');
    }

    #[test]
    fn rows_neutralise_text_tags_and_note_but_not_numbers() {
        let mut tags = TagSet::default();
        tags.tags[0].label = "=HYPERLINK(\"x\")".into();
        let w = workspace("=1+1. Fine.", tags);
        let w = w
            .apply(
                &Edit::ToggleTag {
                    tag: "commitments".into(),
                    sentences: vec![0],
                },
                1,
            )
            .unwrap();
        let w = w
            .apply(
                &Edit::SetNote {
                    sentence: 0,
                    note: "@SUM(A1)".into(),
                },
                2,
            )
            .unwrap();
        let lines = lines(&export(&w, &CsvOptions::default()));
        assert_eq!(lines[0], "index,paragraph,start,end,text,tags,note");
        assert_eq!(
            lines[1],
            "1,1,0,5,'=1+1.,\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1)"
        );
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn tag_columns_have_every_sentence_and_a_column_per_tag() {
        let mut tags = TagSet::default();
        tags.tags.push(Tag {
            id: "minus".into(),
            label: "-minus".into(),
            color: "#000000".into(),
            hotkey: None,
            cues: Vec::new(),
        });
        let w = workspace("One. Two. Three.", tags);
        let w = w
            .apply(
                &Edit::ToggleTag {
                    tag: "metrics".into(),
                    sentences: vec![1],
                },
                1,
            )
            .unwrap();
        let options = CsvOptions {
            separator: Separator::Semicolon,
            layout: Layout::TagColumns,
        };
        let lines = lines(&export(&w, &options));
        assert_eq!(
            lines,
            [
                "index;paragraph;start;end;text;commitments;metrics;attendees;'-minus;note",
                "1;1;0;4;One.;0;0;0;0;",
                "2;1;5;9;Two.;0;1;0;0;",
                "3;1;10;16;Three.;0;0;0;0;",
            ]
        );
    }
}
