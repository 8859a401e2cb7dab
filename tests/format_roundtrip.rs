//! Export, import and re-anchoring: round trips in both JSON forms, offsets, bad input.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sentag::core::anchor::{CharText, Found, chars_to_utf16, utf16_to_chars};
use sentag::core::annotation::TagSet;
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::format::{self, ImportError, native, w3c};
use sentag::core::import::{apply, open_as_document, same_text};

const TAGS: [&str; 3] = ["commitments", "metrics", "attendees"];

/// Sentences of Chinese, English, emoji and markup, in paragraphs.
fn article() -> impl Strategy<Value = String> {
    let sentence = prop_oneof![
        "[一-龥]{2,12}[。！？]",
        "[A-Z][a-z]{1,8}( [a-z]{1,8}){1,6}[.!?]",
        "[a-z]{1,5} 😀👩‍💻[𝒜-𝒵]{1,3}[.!?]",
        "<b>[a-z]{1,6}</b> &amp; <script>x</script>[.]",
    ];
    let paragraph = prop::collection::vec(sentence, 1..5).prop_map(|s| s.join(" "));
    prop::collection::vec(paragraph, 1..5).prop_map(|p| p.join("\n"))
}

/// A workspace over `text` with tags and notes on some sentences.
fn annotated(text: &str, picks: &[(usize, usize, String)]) -> Workspace {
    let mut w = Workspace::new(Document::new("Title <i>x</i>", text), TagSet::default());
    let n = w.doc.sentences.len();
    for (k, (sentence, tag, note)) in picks.iter().enumerate() {
        let sentence = sentence % n;
        let edit = Edit::ToggleTag {
            tag: TAGS[tag % 3].into(),
            sentences: vec![sentence],
        };
        w = w.apply(&edit, 1_000 + k as i64).unwrap_or(w);
        let edit = Edit::SetNote {
            sentence,
            note: note.clone(),
        };
        w = w.apply(&edit, 2_000 + k as i64).unwrap_or(w);
    }
    w
}

fn picks() -> impl Strategy<Value = Vec<(usize, usize, String)>> {
    prop::collection::vec((0usize..50, 0usize..3, "[a-z<>&\"' 注释😀]{0,10}"), 0..8)
}

fn fresh(w: &Workspace) -> Workspace {
    Workspace::new((*w.doc).clone(), TagSet::default())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn native_json_round_trips(text in article(), picks in picks()) {
        let w = annotated(&text, &picks);
        let options = native::ExportOptions { include_text: true, source: None, now: 5_000 };
        let json = native::to_json(&native::export(&w, &options));
        let incoming = format::parse(&json).unwrap();
        prop_assert!(same_text(&w, &incoming));
        let (back, report) = apply(&fresh(&w), &incoming);
        prop_assert!(report.orphans.is_empty());
        prop_assert_eq!(report.reanchored, 0);
        prop_assert_eq!(&back.marks, &w.marks);
        let (opened, _) = open_as_document(&incoming, &TagSet::default()).unwrap();
        prop_assert_eq!(opened, w);
    }

    #[test]
    fn w3c_json_ld_round_trips(text in article(), picks in picks()) {
        let w = annotated(&text, &picks);
        let json = w3c::export(&w, None, 5_000).to_string();
        let incoming = format::parse(&json).unwrap();
        // The fingerprint rides on each annotation's target, so an empty collection has none.
        prop_assert!(incoming.annotations.is_empty() || same_text(&w, &incoming));
        let (back, report) = apply(&fresh(&w), &incoming);
        prop_assert!(report.orphans.is_empty());
        prop_assert_eq!(&back.marks, &w.marks);
        prop_assert_eq!(&back.tags, &w.tags);
    }

    #[test]
    fn merges_and_splits_survive_the_round_trip(text in article(), cuts in prop::collection::vec(0usize..50, 1..4)) {
        let mut w = Workspace::new(Document::new("t", text.as_str()), TagSet::default());
        for cut in cuts {
            let n = w.doc.sentences.len();
            let edit = if cut % 2 == 0 {
                Edit::MergeWithNext { sentence: cut % n }
            } else {
                Edit::Split { sentence: cut % n, at: 1 + cut % 3 }
            };
            w = w.apply(&edit, 0).unwrap_or(w);
        }
        let options = native::ExportOptions { include_text: true, ..Default::default() };
        let incoming = format::parse(&native::to_json(&native::export(&w, &options))).unwrap();
        let (opened, _) = open_as_document(&incoming, &TagSet::default()).unwrap();
        prop_assert_eq!(&opened.doc, &w.doc);
    }

    #[test]
    fn code_point_utf16_and_byte_offsets_agree(text in article()) {
        let doc = Document::new("t", text.as_str());
        let chars = CharText::new(&text);
        for s in &doc.sentences {
            prop_assert_eq!(text[..s.start].chars().count(), s.char_start);
            prop_assert_eq!(chars.slice(s.char_start..s.char_end), &*s.text);
            let units = text[..s.start].encode_utf16().count();
            prop_assert_eq!(chars_to_utf16(&text, s.char_start), units);
            prop_assert_eq!(utf16_to_chars(&text, units), s.char_start);
        }
    }

    #[test]
    fn reanchors_after_white_space_edits(text in article(), pick in 0usize..50, spots in prop::collection::vec(0usize..400, 1..6)) {
        let doc = Document::new("t", text.as_str());
        let s = &doc.sentences[pick % doc.sentences.len()];
        let quote = CharText::new(&text).quote(s.char_start..s.char_end);
        let mut chars: Vec<char> = text.chars().collect();
        for spot in spots {
            let at = spot % (chars.len() + 1);
            chars.insert(at, if spot % 2 == 0 { ' ' } else { '\n' });
        }
        let edited: String = chars.into_iter().collect();
        let found = CharText::new(&edited).find(&quote, Some(s.char_start..s.char_end));
        let Some(Found::Exact(range) | Found::Moved(range)) = found else {
            return Err(TestCaseError::fail(format!("lost {:?} in {edited:?}", quote.exact)));
        };
        let squeeze = |t: &str| t.split_whitespace().collect::<String>();
        prop_assert_eq!(squeeze(CharText::new(&edited).slice(range)), squeeze(&quote.exact));
    }

    #[test]
    fn reanchors_after_a_changed_character(text in article(), pick in 0usize..50, spot in 0usize..1000) {
        let doc = Document::new("t", text.as_str());
        let s = &doc.sentences[pick % doc.sentences.len()];
        let quote = CharText::new(&text).quote(s.char_start..s.char_end);
        // One change in two or three characters is no small edit: short quotes must match exactly.
        prop_assume!(quote.exact.chars().count() >= 4);
        let mut chars: Vec<char> = text.chars().collect();
        let at = spot % chars.len();
        chars[at] = if chars[at] == 'Ж' { 'Щ' } else { 'Ж' };
        let edited: String = chars.into_iter().collect();
        let found = CharText::new(&edited).find(&quote, Some(s.char_start..s.char_end));
        prop_assert!(found.is_some(), "lost {:?} in {:?}", quote.exact, edited);
    }
}

#[test]
fn annotations_for_another_article_are_orphans_and_change_nothing() {
    let w = annotated(
        "天心区召开大会。新引进项目4个。",
        &[(0, 0, "n".into()), (1, 1, String::new())],
    );
    let json = native::to_json(&native::export(&w, &native::ExportOptions::default()));
    let other = Workspace::new(
        Document::new("t", "Completely different text. Nothing alike."),
        TagSet::default(),
    );
    let incoming = format::parse(&json).unwrap();
    assert!(!same_text(&other, &incoming));
    let (after, report) = apply(&other, &incoming);
    assert_eq!(
        (report.exact, report.reanchored, report.orphans.len()),
        (0, 0, 2)
    );
    assert_eq!(after.marks, other.marks);
}

#[test]
fn an_inserted_paragraph_is_reported_as_reanchored() {
    let text = "会议现场。(杨威 摄)\n要深入实施招商引资“一号工程”。新引进10亿元以上重大项目4个。";
    let w = annotated(text, &[(2, 0, String::new()), (3, 1, "figure".into())]);
    let json = w3c::export(&w, None, 0).to_string();
    let edited = Workspace::new(
        Document::new("t", format!("新的一段。\n{text}")),
        TagSet::default(),
    );
    let (after, report) = apply(&edited, &format::parse(&json).unwrap());
    assert_eq!(
        (report.exact, report.reanchored, report.orphans.len()),
        (0, 2, 0)
    );
    assert_eq!(after.marks[3].tags, ["commitments"]);
    assert_eq!(after.marks[4].note, "figure");
}

#[test]
fn bad_files_are_refused_with_their_reason() {
    assert_eq!(format::parse("   "), Err(ImportError::Empty));
    assert!(matches!(
        format::parse("{\"format\": \"sentag\", "),
        Err(ImportError::NotJson { .. })
    ));
    assert_eq!(
        format::parse(r#"{"type": "FeatureCollection"}"#),
        Err(ImportError::UnknownFormat)
    );
    let future = r#"{"format": "sentag", "version": 3, "document": {}}"#;
    assert_eq!(
        format::parse(future),
        Err(ImportError::FutureVersion {
            found: 3,
            supported: 2
        })
    );
    let tampered = r#"{"format": "sentag", "version": 1, "document": {"text": "a", "sha256": "00", "length": 1}}"#;
    assert!(matches!(
        format::parse(tampered),
        Err(ImportError::NoVersion
            | ImportError::Shape(_)
            | ImportError::TextMismatch
            | ImportError::NoQuote)
    ));
    let no_quote =
        r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "target": {}}"#;
    assert!(matches!(
        format::parse(no_quote),
        Err(ImportError::NoVersion
            | ImportError::Shape(_)
            | ImportError::TextMismatch
            | ImportError::NoQuote)
    ));
}

#[test]
fn csv_has_a_bom_and_one_row_per_marked_sentence() {
    let w = annotated(
        "天心区召开大会。新引进项目4个，\"引号\"。",
        &[(1, 1, "a, b".into())],
    );
    let bytes = format::csv::export(&w, &format::csv::CsvOptions::default());
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "index,paragraph,start,end,text,tags,note");
    assert_eq!(
        lines[1],
        "2,1,8,21,\"新引进项目4个，\"\"引号\"\"。\",metrics,\"a, b\""
    );
    assert_eq!(lines.len(), 2);
}

#[test]
fn an_export_fits_the_shipped_json_schema_shape() {
    // A light check without a validator crate: the schema's required keys are present.
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schema/sentag-v1.schema.json")).unwrap();
    let w = annotated("天心区召开大会。新引进项目4个。", &[(1, 1, "note".into())]);
    let options = native::ExportOptions {
        include_text: true,
        source: None,
        now: 1,
    };
    let export: serde_json::Value =
        serde_json::from_str(&native::to_json(&native::export(&w, &options))).unwrap();
    for key in schema["required"].as_array().unwrap() {
        assert!(export.get(key.as_str().unwrap()).is_some(), "missing {key}");
    }
    let properties = schema["properties"].as_object().unwrap();
    for key in export.as_object().unwrap().keys() {
        assert!(properties.contains_key(key), "{key} is not in the schema");
    }
    let annotation = &export["annotations"][0];
    let annotation_properties = schema["properties"]["annotations"]["items"]["properties"]
        .as_object()
        .unwrap();
    for key in annotation.as_object().unwrap().keys() {
        assert!(
            annotation_properties.contains_key(key),
            "annotation.{key} is not in the schema"
        );
    }
    assert_eq!(annotation["quote"]["exact"], "新引进项目4个。");
    assert_eq!(annotation["tags"][0], "metrics");
}
