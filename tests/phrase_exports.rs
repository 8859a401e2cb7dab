//! Phrases and authors through the files, natively: the W3C export places each phrase
//! at code points that slice to its text (with astral characters before it) and names
//! each body's creator; the W3C import finds the phrases again (in the same text, in an
//! edited one, and as a span another tool marked); the sentag file keeps the authors;
//! and, for random phrases, a W3C round trip gives them back.
#![cfg(not(target_arch = "wasm32"))]

use std::ops::Range;

use proptest::prelude::*;
use sentag::core::annotation::TagSet;
use sentag::core::credits::NOTE;
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::format::native::{self, ExportOptions};
use sentag::core::format::{self, w3c};
use sentag::core::import;
use serde_json::Value;

/// 0 "𠮷田区召开推进会🏗。" 1 "全年投资10亿元，新增岗位300个。" 2 "The council met on Tuesday."
const TEXT: &str = "𠮷田区召开推进会🏗。全年投资10亿元，新增岗位300个。The council met on Tuesday.";

fn open(text: &str) -> Workspace {
    Workspace::new(Document::new("t", text), TagSet::default())
}

fn span_in(text: &str, needle: &str) -> Range<usize> {
    let byte = text.find(needle).unwrap();
    let start = text[..byte].chars().count();
    start..start + needle.chars().count()
}

fn slice(text: &str, range: Range<usize>) -> String {
    text.chars().skip(range.start).take(range.len()).collect()
}

/// Metrics on "10亿元" with a note, by Ann; attendees on "council", by Bo; a sentence tag.
fn marked() -> Workspace {
    let w = open(TEXT);
    let edits = [
        (
            Edit::TogglePhraseTag {
                sentence: 1,
                range: span_in(TEXT, "10亿元"),
                tag: "metrics".into(),
            },
            "Ann",
        ),
        (
            Edit::SetPhraseNote {
                sentence: 1,
                range: span_in(TEXT, "10亿元"),
                note: "one billion yuan".into(),
            },
            "Ann",
        ),
        (
            Edit::TogglePhraseTag {
                sentence: 2,
                range: span_in(TEXT, "council"),
                tag: "attendees".into(),
            },
            "Bo",
        ),
        (
            Edit::ToggleTag {
                tag: "commitments".into(),
                sentences: vec![1],
            },
            "Bo",
        ),
    ];
    edits
        .iter()
        .fold(w, |w, (edit, who)| w.apply_as(edit, 1_000, who).unwrap())
}

fn imported(into: &Workspace, file: &str) -> Workspace {
    let incoming = format::parse(file).expect("the file reads");
    import::apply(into, &incoming).0
}

fn items(file: &Value) -> &Vec<Value> {
    file["first"]["items"].as_array().unwrap()
}

#[test]
fn w3c_places_each_phrase_at_code_points_that_slice_to_it_and_names_creators() {
    let file = w3c::export(&marked(), None, 0);
    let items = items(&file);
    assert_eq!(items.len(), 3, "one sentence and two phrases");
    let phrases: Vec<&Value> = items
        .iter()
        .filter(|i| i["id"].as_str().unwrap().ends_with(":phrase"))
        .collect();
    for p in &phrases {
        let selectors = p["target"]["selector"].as_array().unwrap();
        let position = &selectors[1];
        let range = position["start"].as_u64().unwrap() as usize
            ..position["end"].as_u64().unwrap() as usize;
        assert_eq!(slice(TEXT, range), selectors[0]["exact"].as_str().unwrap());
    }
    let figure = phrases[0];
    assert_eq!(figure["target"]["selector"][0]["exact"], "10亿元");
    assert_eq!(figure["body"][0]["value"], "metrics");
    assert_eq!(figure["body"][0]["creator"]["name"], "Ann");
    assert_eq!(figure["body"][1]["purpose"], "commenting");
    assert_eq!(
        figure["creator"]["name"], "Ann",
        "one author made all of it"
    );
    assert_eq!(items[0]["body"][0]["creator"]["name"], "Bo");
}

#[test]
fn w3c_phrases_and_authors_come_back_in_the_same_text_and_in_an_edited_one() {
    let w = marked();
    let file = w3c::export(&w, None, 0).to_string();
    let back = imported(&open(TEXT), &file);
    for i in 0..3 {
        assert_eq!(back.marks[i].phrases, w.marks[i].phrases, "sentence {i}");
        assert_eq!(back.marks[i].tags, w.marks[i].tags);
    }
    assert_eq!(back.marks[1].by.by("commitments"), Some("Bo"));
    assert_eq!(back.marks[1].phrases[0].by.by(NOTE), Some("Ann"));

    let edited = format!("新增一句在前面。{TEXT}");
    let moved = imported(&open(&edited), &file);
    let p = &moved.marks[2].phrases[0];
    assert_eq!(slice(&edited, p.start..p.end), "10亿元");
    assert_eq!(p.note, "one billion yuan");
}

#[test]
fn a_span_another_tool_marked_inside_a_sentence_becomes_a_phrase() {
    let file = serde_json::json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "creator": "reviewer-7",
        "body": [{ "type": "TextualBody", "purpose": "tagging", "value": "metrics" }],
        "target": { "selector": {
            "type": "TextQuoteSelector", "exact": "300个", "prefix": "新增岗位", "suffix": "。"
        } }
    })
    .to_string();
    let w = imported(&open(TEXT), &file);
    assert!(w.marks[1].tags.is_empty(), "not the sentence");
    let p = &w.marks[1].phrases[0];
    assert_eq!(slice(TEXT, p.start..p.end), "300个");
    assert_eq!(p.by.by("metrics"), Some("reviewer-7"));
    // The whole sentence quoted marks the sentence.
    let whole = file.replace("\"300个\"", "\"The council met on Tuesday.\"");
    let w = imported(&open(TEXT), &whole);
    assert_eq!(w.marks[2].tags, ["metrics"]);
    assert!(w.marks[2].phrases.is_empty());
}

#[test]
fn the_sentag_file_keeps_the_authors() {
    let w = marked();
    let file = native::to_json(&native::export(&w, &ExportOptions::default()));
    let json: Value = serde_json::from_str(&file).unwrap();
    let sentence = &json["annotations"][0];
    assert_eq!(sentence["authors"]["commitments"], "Bo");
    let back = imported(&open(TEXT), &file);
    assert_eq!(back, w);
}

#[test]
fn csv_has_a_row_per_phrase_with_its_sentence_and_offsets_that_slice_to_it() {
    use sentag::core::format::csv::{self, CsvOptions, Layout};
    for layout in [Layout::Rows, Layout::TagColumns] {
        let options = CsvOptions {
            layout,
            ..CsvOptions::default()
        };
        let bytes = csv::export(&marked(), &options);
        let mut reader = ::csv::Reader::from_reader(&bytes[3..]);
        let header = reader.headers().unwrap().clone();
        assert_eq!(header.iter().next_back(), Some("phrase"));
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let phrases: Vec<&::csv::StringRecord> = rows
            .iter()
            .filter(|r| !r[column("phrase")].is_empty())
            .collect();
        assert_eq!(phrases.len(), 2, "{layout:?}");
        for row in &phrases {
            let start: usize = row[column("start")].parse().unwrap();
            let end: usize = row[column("end")].parse().unwrap();
            assert_eq!(slice(TEXT, start..end), &row[column("phrase")]);
        }
        let figure = phrases[0];
        assert_eq!(&figure[column("index")], "2");
        assert_eq!(&figure[column("text")], "全年投资10亿元，新增岗位300个。");
        assert_eq!(&figure[column("note")], "one billion yuan");
        match layout {
            Layout::Rows => assert_eq!(&figure[column("tags")], "metrics"),
            Layout::TagColumns => assert_eq!(&figure[column("metrics")], "1"),
        }
    }
    // No phrases, no phrase column.
    let plain = csv::export(&open(TEXT), &CsvOptions::default());
    assert!(!String::from_utf8_lossy(&plain).contains("phrase"));
}

proptest! {
    #[test]
    fn random_phrases_survive_a_w3c_round_trip(
        picks in prop::collection::vec((0usize..3, 0usize..40, 1usize..6, 0usize..3), 0..8),
    ) {
        let mut w = open(TEXT);
        let tags = ["commitments", "metrics", "attendees"];
        for (sentence, at, len, tag) in picks {
            let s = &w.doc.sentences[sentence];
            let width = s.char_end - s.char_start;
            let start = s.char_start + at % width;
            let end = (start + len).min(s.char_end);
            let edit = Edit::TogglePhraseTag { sentence, range: start..end, tag: tags[tag].into() };
            if let Some(next) = w.apply_as(&edit, 1, "Dee") {
                w = next;
            }
        }
        let file = w3c::export(&w, None, 0).to_string();
        let back = imported(&open(TEXT), &file);
        for i in 0..3 {
            let mut want = w.marks[i].phrases.clone();
            let mut got = back.marks[i].phrases.clone();
            // A phrase as long as its sentence is the sentence, on the way back.
            let s = &w.doc.sentences[i];
            want.retain(|p| p.end - p.start < s.char_end - s.char_start);
            got.sort_by_key(|p| (p.start, p.end));
            prop_assert_eq!(got, want);
        }
    }
}
