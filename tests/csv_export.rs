//! CSV export read back with a CSV reader: formula neutralisation, separators, layouts.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use proptest::prelude::*;
use sentag::core::annotation::{Tag, TagSet};
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::format::csv::{CsvOptions, Layout, Separator, export};
use sentag::core::format::{self, native};
use sentag::core::import;
use sentag::core::joined::joined;

/// What a spreadsheet may run as a formula when a cell starts with it.
const DANGEROUS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

const TAGS: [&str; 3] = ["commitments", "metrics", "attendees"];

fn starts_dangerously(cell: &str) -> bool {
    cell.starts_with(DANGEROUS)
}

/// The file's records, header first, read with the options' separator.
fn read(bytes: &[u8], options: &CsvOptions) -> Vec<Vec<String>> {
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM");
    let delimiter = match options.separator {
        Separator::Comma => b',',
        Separator::Semicolon => b';',
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(&bytes[3..]);
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn column(records: &[Vec<String>], name: &str) -> usize {
    records[0].iter().position(|h| h == name).unwrap()
}

fn toggle(w: &Workspace, tag: &str, sentences: Vec<usize>) -> Workspace {
    let edit = Edit::ToggleTag {
        tag: tag.into(),
        sentences,
    };
    w.apply(&edit, 1_000).unwrap()
}

fn set_note(w: &Workspace, sentence: usize, note: &str) -> Workspace {
    let edit = Edit::SetNote {
        sentence,
        note: note.into(),
    };
    w.apply(&edit, 2_000).unwrap_or_else(|| w.clone())
}

/// The workspace after importing a crafted sentag file that gives sentence 0 the
/// `metrics` tag and exactly `note`: the editor trims notes, a file need not.
fn with_imported_note(w: &Workspace, note: &str) -> Workspace {
    let marked = toggle(w, "metrics", vec![0]);
    let mut file = native::export(&marked, &native::ExportOptions::default());
    file.annotations[0].note = note.to_string();
    let mut incoming = format::parse(&native::to_json(&file)).unwrap();
    // Import cleans control characters out of notes; a note can still start with a
    // tab, so the raw note is put back to test the CSV layer on its own.
    incoming.annotations[0].note = note.to_string();
    let (imported, report) = import::apply(w, &incoming);
    assert!(report.orphans.is_empty());
    imported
}

/// A document whose sentences read exactly `texts`. Segmentation trims white space,
/// so a sentence that starts with a tab or a carriage return is written in by hand.
fn document_of(texts: &[&str]) -> Document {
    let placeholder = vec!["x."; texts.len()].join("\n");
    let mut doc = Document::new("t", placeholder);
    assert_eq!(doc.sentences.len(), texts.len());
    for (s, t) in doc.sentences.iter_mut().zip(texts) {
        s.text = Rc::from(*t);
    }
    doc
}

fn both_layouts() -> [CsvOptions; 2] {
    [
        CsvOptions::default(),
        CsvOptions {
            separator: Separator::Comma,
            layout: Layout::TagColumns,
        },
    ]
}

#[test]
fn dangerous_notes_are_neutralised() {
    let w = Workspace::new(Document::new("t", "One sentence."), TagSet::default());
    for c in DANGEROUS {
        let note = format!("{c}HYPERLINK(\"http://x\")");
        let w = with_imported_note(&w, &note);
        for options in both_layouts() {
            let records = read(&export(&w, &options), &options);
            let cell = &records[1][column(&records, "note")];
            assert_eq!(cell, &format!("'{note}"), "{c:?} {options:?}");
        }
    }
    // Notes typed in the editor are trimmed, so tab and CR cannot lead; the rest can.
    for c in ['=', '+', '-', '@'] {
        let w = set_note(&w, 0, &format!("{c}1+1"));
        let records = read(&export(&w, &CsvOptions::default()), &CsvOptions::default());
        assert_eq!(records[1][column(&records, "note")], format!("'{c}1+1"));
    }
}

#[test]
fn dangerous_sentence_text_is_neutralised() {
    let texts: Vec<String> = DANGEROUS.iter().map(|c| format!("{c}2+3 cmd")).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let w = Workspace::new(document_of(&refs), TagSet::default());
    let w = toggle(&w, "metrics", (0..texts.len()).collect());
    for options in both_layouts() {
        let records = read(&export(&w, &options), &options);
        assert_eq!(records.len(), texts.len() + 1);
        let at = column(&records, "text");
        for (record, text) in records[1..].iter().zip(&texts) {
            // A line break is no text in a cell: the CSV joins a sentence's lines.
            let cell = joined(text);
            let expected = match cell.starts_with(DANGEROUS) {
                true => format!("'{cell}"),
                false => cell.to_string(),
            };
            assert_eq!(record[at], expected, "{options:?}");
        }
    }
    // And through ordinary segmentation.
    let w = Workspace::new(
        Document::new("t", "=1+1.\n+1.\n-1.\n@A1."),
        TagSet::default(),
    );
    let options = CsvOptions {
        layout: Layout::TagColumns,
        ..Default::default()
    };
    let records = read(&export(&w, &options), &options);
    let cells: Vec<&str> = records[1..].iter().map(|r| r[4].as_str()).collect();
    assert_eq!(cells, ["'=1+1.", "'+1.", "'-1.", "'@A1."]);
}

#[test]
fn dangerous_tag_labels_are_neutralised() {
    let mut tags = TagSet::default();
    for (i, c) in DANGEROUS.iter().enumerate() {
        tags.tags.push(Tag {
            id: format!("t{i}"),
            label: format!("{c}cmd|' /C calc'!A0"),
            color: "#000000".into(),
            hotkey: None,
            cues: Vec::new(),
        });
    }
    let w = Workspace::new(Document::new("t", "Only one."), tags.clone());
    // As column headers.
    let options = CsvOptions {
        layout: Layout::TagColumns,
        ..Default::default()
    };
    let records = read(&export(&w, &options), &options);
    let headers = &records[0][5..5 + tags.tags.len()];
    for (header, tag) in headers.iter().zip(&tags.tags) {
        assert!(!starts_dangerously(header), "{header:?}");
        let expected = tag.label.as_str();
        if starts_dangerously(expected) {
            assert_eq!(header, &format!("'{expected}"));
        } else {
            assert_eq!(header, expected);
        }
    }
    // In the tags cell of the row layout.
    for (i, c) in DANGEROUS.iter().enumerate() {
        let w = toggle(&w, &format!("t{i}"), vec![0]);
        let options = CsvOptions::default();
        let records = read(&export(&w, &options), &options);
        let cell = &records[1][column(&records, "tags")];
        assert_eq!(cell, &format!("'{c}cmd|' /C calc'!A0"));
    }
}

#[test]
fn harmless_cells_are_unchanged() {
    let mut tags = TagSet::default();
    tags.tags[0].label = "中文".into();
    let w = Workspace::new(Document::new("t", "5 cases.\n中文句子。"), tags);
    let w = toggle(&w, "commitments", vec![0, 1]);
    let w = set_note(&w, 0, "5 cases");
    let w = set_note(&w, 1, "中文");
    for options in both_layouts() {
        let records = read(&export(&w, &options), &options);
        let note = column(&records, "note");
        assert_eq!(records[1][4], "5 cases.");
        assert_eq!(records[1][note], "5 cases");
        assert_eq!(records[2][4], "中文句子。");
        assert_eq!(records[2][note], "中文");
    }
    let records = read(&export(&w, &CsvOptions::default()), &CsvOptions::default());
    assert_eq!(records[1][column(&records, "tags")], "中文");
    let options = CsvOptions {
        layout: Layout::TagColumns,
        ..Default::default()
    };
    assert_eq!(read(&export(&w, &options), &options)[0][5], "中文");
}

#[test]
fn numbers_stay_numbers() {
    let w = Workspace::new(Document::new("t", "One. Two.\nThree."), TagSet::default());
    let w = toggle(&w, "metrics", vec![2]);
    let records = read(&export(&w, &CsvOptions::default()), &CsvOptions::default());
    assert_eq!(records[1][..4], ["3", "2", "10", "16"]);
}

#[test]
fn semicolon_separator_parses_and_quotes_semicolons() {
    let w = Workspace::new(Document::new("t", "A; B.\nC, D."), TagSet::default());
    let w = toggle(&w, "commitments", vec![0, 1]);
    let w = toggle(&w, "metrics", vec![0]);
    let w = set_note(&w, 1, "x; y, z");
    let options = CsvOptions {
        separator: Separator::Semicolon,
        layout: Layout::Rows,
    };
    let bytes = export(&w, &options);
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "index;paragraph;start;end;text;tags;note");
    assert!(lines[1].contains("\"A; B.\""), "{}", lines[1]);
    assert!(
        lines[1].contains("\"commitments; metrics\""),
        "{}",
        lines[1]
    );
    // A comma needs no quotes when it is not the separator.
    assert!(lines[2].contains(";C, D.;"), "{}", lines[2]);
    assert!(lines[2].ends_with(";\"x; y, z\""), "{}", lines[2]);
    let records = read(&bytes, &options);
    assert_eq!(records.len(), 3);
    assert!(records.iter().all(|r| r.len() == 7));
    assert_eq!(records[1][4], "A; B.");
    assert_eq!(records[1][5], "commitments; metrics");
    assert_eq!(records[2][4], "C, D.");
    assert_eq!(records[2][6], "x; y, z");
    let columns = CsvOptions {
        separator: Separator::Semicolon,
        layout: Layout::TagColumns,
    };
    let records = read(&export(&w, &columns), &columns);
    assert!(records.iter().all(|r| r.len() == 5 + 3 + 1));
    assert_eq!(records[2][8], "x; y, z");
}

#[test]
fn tag_columns_have_a_row_for_every_sentence_and_right_flags() {
    let text = "一。二。\n三。Four. Five.\n六！";
    let w = Workspace::new(Document::new("t", text), TagSet::default());
    let n = w.doc.sentences.len();
    assert_eq!(n, 6);
    let w = toggle(&w, "commitments", vec![0, 3]);
    let w = toggle(&w, "metrics", vec![3, 5]);
    let w = toggle(&w, "attendees", vec![5]);
    let w = set_note(&w, 4, "note only");
    let options = CsvOptions {
        layout: Layout::TagColumns,
        ..Default::default()
    };
    let records = read(&export(&w, &options), &options);
    assert_eq!(
        records[0],
        [
            "index",
            "paragraph",
            "start",
            "end",
            "text",
            "commitments",
            "metrics",
            "attendees",
            "note"
        ]
    );
    assert_eq!(records.len(), n + 1);
    let flags: Vec<[&str; 3]> = records[1..]
        .iter()
        .map(|r| [r[5].as_str(), r[6].as_str(), r[7].as_str()])
        .collect();
    assert_eq!(
        flags,
        [
            ["1", "0", "0"],
            ["0", "0", "0"],
            ["0", "0", "0"],
            ["1", "1", "0"],
            ["0", "0", "0"],
            ["0", "1", "1"],
        ]
    );
    for (i, (record, s)) in records[1..].iter().zip(&w.doc.sentences).enumerate() {
        assert_eq!(record[0], (i + 1).to_string());
        assert_eq!(record[1], (s.paragraph + 1).to_string());
        assert_eq!(record[4], &*s.text);
    }
    assert_eq!(records[5][8], "note only");
    // The row layout keeps only the marked sentences.
    let records = read(&export(&w, &CsvOptions::default()), &CsvOptions::default());
    let indexes: Vec<&str> = records[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(indexes, ["1", "4", "5", "6"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_note_cell_starts_dangerously(
        note in prop_oneof![any::<String>(), "[=+@\t\r '-]{0,3}[a-z0-9;,\"\n(). ]{0,12}"],
        semicolon in any::<bool>(),
        columns in any::<bool>(),
        tag in 0usize..3,
    ) {
        let w = Workspace::new(Document::new("t", "One. Two."), TagSet::default());
        let w = with_imported_note(&toggle(&w, TAGS[tag], vec![1]), &note);
        let options = CsvOptions {
            separator: if semicolon { Separator::Semicolon } else { Separator::Comma },
            layout: if columns { Layout::TagColumns } else { Layout::Rows },
        };
        let records = read(&export(&w, &options), &options);
        let cell = &records[1][column(&records, "note")];
        prop_assert!(!starts_dangerously(cell), "{:?}", cell);
        if starts_dangerously(&note) {
            prop_assert_eq!(cell, &format!("'{note}"));
        } else {
            prop_assert_eq!(cell, &note);
        }
    }
}
