//! What an imported file cannot smuggle in: each repair rule, through `format::parse`,
//! into the handout, and the repairs' idempotence.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sentag::core::anchor::Quote;
use sentag::core::annotation::{PALETTE, Tag, TagSet};
use sentag::core::format::{self, Incoming, IncomingAnnotation, handout, native};
use sentag::core::import::open_as_document;
use sentag::core::validate::{
    HotkeyProblem, MAX_NOTE_CHARS, Repair, excerpt, normal_color, sanitize,
};
use sentag::model::i18n::Lang;

fn tag(id: &str, label: &str, color: &str, hotkey: Option<char>) -> Tag {
    Tag {
        id: id.into(),
        label: label.into(),
        color: color.into(),
        hotkey,
        cues: Vec::new(),
    }
}

fn annotation(tags: &[&str], note: &str) -> IncomingAnnotation {
    IncomingAnnotation {
        phrase: Some(false),
        authors: Default::default(),
        range: Some(0..6),
        quote: Quote {
            exact: "First.".into(),
            prefix: String::new(),
            suffix: String::new(),
        },
        tags: tags.iter().map(|t| t.to_string()).collect(),
        note: note.into(),
        created: 0,
        modified: 0,
        rejected: Vec::new(),
    }
}

/// Sanitizes `tags` and `annotations`, and checks that a second pass has nothing to do.
fn sanitized(tags: Vec<Tag>, annotations: Vec<IncomingAnnotation>) -> (Incoming, Vec<Repair>) {
    let mut incoming = Incoming {
        tags,
        annotations,
        ..Incoming::default()
    };
    let repairs = sanitize(&mut incoming);
    let mut again = incoming.clone();
    assert_eq!(sanitize(&mut again), []);
    assert_eq!(again, incoming);
    (incoming, repairs)
}

fn one_tag(t: Tag) -> (Tag, Vec<Repair>) {
    let (incoming, repairs) = sanitized(vec![t], vec![]);
    (incoming.tags[0].clone(), repairs)
}

#[test]
fn a_colour_with_css_injection_becomes_a_palette_colour() {
    let evil = "red;background-image:url(https://tracker.example/p.png)";
    let (t, r) = one_tag(tag("a", "A", evil, None));
    assert_eq!(t.color, PALETTE[0]);
    assert_eq!(
        r,
        [Repair::Colour {
            tag: "A".into(),
            was: evil.into(),
            now: PALETTE[0].into()
        }]
    );
}

#[test]
fn a_short_hex_colour_is_expanded_silently() {
    let (t, r) = one_tag(tag("a", "A", "#aBc", None));
    assert_eq!(t.color, "#aabbcc");
    assert_eq!(r, []);
}

#[test]
fn an_rgb_colour_is_replaced_by_the_palette_colour_for_its_position() {
    let (incoming, r) = sanitized(
        vec![
            tag("a", "A", "#000000", None),
            tag("b", "B", "rgb(1,2,3)", None),
        ],
        vec![],
    );
    assert_eq!(incoming.tags[1].color, PALETTE[1]);
    assert_eq!(
        r,
        [Repair::Colour {
            tag: "B".into(),
            was: "rgb(1,2,3)".into(),
            now: PALETTE[1].into()
        }]
    );
}

#[test]
fn an_upper_case_hex_colour_is_kept_in_lower_case() {
    let (t, r) = one_tag(tag("a", "A", "#0F766E", None));
    assert_eq!(t.color, "#0f766e");
    assert_eq!(r, []);
}

#[test]
fn ids_with_spaces_or_controls_are_replaced_and_references_follow() {
    let long = "x".repeat(65);
    let (incoming, r) = sanitized(
        vec![
            tag("main idea", "Main idea", "#000000", None),
            tag("a\u{7}b", "Bell", "#000000", None),
            tag("", "", "#000000", None),
            tag(&long, "Long", "#000000", None),
        ],
        vec![annotation(&["main idea", "a\u{7}b", "", &long], "")],
    );
    let ids: Vec<_> = incoming.tags.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["main-idea", "bell", "tag", "long"]);
    assert_eq!(
        incoming.annotations[0].tags,
        ["main-idea", "bell", "tag", "long"]
    );
    assert_eq!(incoming.tags[2].label, "tag");
    assert_eq!(
        r,
        [
            Repair::TagIdReplaced {
                was: "main idea".into(),
                now: "main-idea".into()
            },
            Repair::TagIdReplaced {
                was: "a\u{7}b".into(),
                now: "bell".into()
            },
            Repair::TagIdReplaced {
                was: String::new(),
                now: "tag".into()
            },
            Repair::EmptyLabel { tag: "tag".into() },
            Repair::TagIdReplaced {
                was: long.clone(),
                now: "long".into()
            },
        ]
    );
}

#[test]
fn a_second_tag_with_the_same_id_is_dropped() {
    let (incoming, r) = sanitized(
        vec![
            tag("a", "First", "#000000", None),
            tag("a", "Second", "#ffffff", None),
            tag("b c", "Third", "#000000", None),
            tag("b c", "Fourth", "#000000", None),
        ],
        vec![annotation(&["a", "b c"], "")],
    );
    let labels: Vec<_> = incoming.tags.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["First", "Third"]);
    assert_eq!(incoming.annotations[0].tags, ["a", "third"]);
    assert_eq!(
        r,
        [
            Repair::DuplicateTagDropped { id: "a".into() },
            Repair::TagIdReplaced {
                was: "b c".into(),
                now: "third".into()
            },
            Repair::DuplicateTagDropped { id: "b c".into() },
        ]
    );
}

#[test]
fn an_over_long_label_is_cut_to_sixty_characters() {
    let label = "标".repeat(75);
    let (t, r) = one_tag(tag("a", &label, "#000000", None));
    assert_eq!(t.label, "标".repeat(60));
    assert_eq!(
        r,
        [Repair::LabelShortened {
            tag: "标".repeat(60),
            chars: 75
        }]
    );
}

#[test]
fn control_characters_leave_a_label_which_is_trimmed() {
    let (t, r) = one_tag(tag(
        "a",
        "  Main\u{0}\u{1b}[31m idea\u{85} ",
        "#000000",
        None,
    ));
    assert_eq!(t.label, "Main[31m idea");
    assert_eq!(
        r,
        [Repair::LabelCleaned {
            tag: "Main[31m idea".into()
        }]
    );
}

#[test]
fn bidi_overrides_and_isolates_leave_a_label() {
    let (t, r) = one_tag(tag(
        "a",
        "\u{202E}gnp.exe\u{202C} \u{2066}x\u{2069}",
        "#000000",
        None,
    ));
    assert_eq!(t.label, "gnp.exe x");
    assert_eq!(
        r,
        [Repair::LabelCleaned {
            tag: "gnp.exe x".into()
        }]
    );
}

#[test]
fn an_empty_label_becomes_the_id() {
    let (t, r) = one_tag(tag("vocab", "   ", "#000000", None));
    assert_eq!(t.label, "vocab");
    assert_eq!(
        r,
        [Repair::EmptyLabel {
            tag: "vocab".into()
        }]
    );
}

fn dropped(tag: &str, key: char, problem: HotkeyProblem) -> Repair {
    Repair::HotkeyDropped {
        tag: tag.into(),
        key: key.to_string(),
        problem,
    }
}

#[test]
fn unprintable_hotkeys_are_dropped() {
    for key in [' ', '\u{7}', '\u{202E}', '\u{3000}'] {
        let (t, r) = one_tag(tag("a", "A", "#000000", Some(key)));
        assert_eq!(t.hotkey, None, "{key:?}");
        assert_eq!(r, [dropped("A", key, HotkeyProblem::NotPrintable)]);
    }
}

#[test]
fn reserved_hotkeys_are_dropped() {
    for key in ['j', 'K', 'n', 'm', 's', 'u', '/', '?', '1', '9'] {
        let (t, r) = one_tag(tag("a", "A", "#000000", Some(key)));
        assert_eq!(t.hotkey, None, "{key:?}");
        assert_eq!(r, [dropped("A", key, HotkeyProblem::Reserved)]);
    }
    let (t, r) = one_tag(tag("a", "A", "#000000", Some('词')));
    assert_eq!((t.hotkey, r), (Some('词'), vec![]));
}

#[test]
fn a_hotkey_an_earlier_tag_has_is_dropped() {
    let (incoming, r) = sanitized(
        vec![
            tag("a", "A", "#000000", Some('c')),
            tag("b", "B", "#000000", Some('c')),
            tag("c", "C", "#000000", Some('C')),
        ],
        vec![],
    );
    let keys: Vec<_> = incoming.tags.iter().map(|t| t.hotkey).collect();
    assert_eq!(keys, [Some('c'), None, Some('C')]);
    assert_eq!(r, [dropped("B", 'c', HotkeyProblem::Duplicate)]);
}

#[test]
fn a_long_note_is_cut_on_a_character_boundary() {
    let note = "注".repeat(MAX_NOTE_CHARS + 5);
    let (incoming, r) = sanitized(vec![], vec![annotation(&[], &note)]);
    assert_eq!(incoming.annotations[0].note, "注".repeat(MAX_NOTE_CHARS));
    assert_eq!(
        r,
        [Repair::NoteShortened {
            at: 0,
            quote: "First.".into(),
            chars: MAX_NOTE_CHARS + 5
        }]
    );
}

#[test]
fn control_characters_leave_a_note_but_line_breaks_and_tabs_stay() {
    let (incoming, r) = sanitized(
        vec![],
        vec![
            annotation(&[], "one\r\ntwo\rthree"),
            annotation(&[], "a\tb\nc\u{0}\u{7}\u{1b}d"),
        ],
    );
    assert_eq!(incoming.annotations[0].note, "one\ntwo\nthree");
    assert_eq!(incoming.annotations[1].note, "a\tb\ncd");
    assert_eq!(
        r,
        [Repair::NoteCleaned {
            at: 1,
            quote: "First.".into()
        }]
    );
}

#[test]
fn unusable_tag_names_on_annotations_are_dropped() {
    let long = "n".repeat(61);
    let (incoming, r) = sanitized(
        vec![tag("a", "A", "#000000", None)],
        vec![annotation(&["a", "  ", &long, "x\u{7}", " Idea "], "")],
    );
    assert_eq!(incoming.annotations[0].tags, ["a", "Idea"]);
    let names: Vec<_> = r
        .iter()
        .map(|r| match r {
            Repair::TagReferenceDropped { at: 0, name, .. } => name.as_str(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(names, ["  ", long.as_str(), "x\u{7}"]);
}

const TEXT: &str = "First. Second.";

/// A sentag file over [`TEXT`] with one tag per `(id, label, colour, hotkey)`,
/// every tag on the first sentence.
fn native_file(tags: &str, ids: &str, note: &str) -> String {
    format!(
        r#"{{"format": "sentag", "version": 1,
  "document": {{"title": "T", "text": "{TEXT}", "sha256": "{sha}", "length": 14}},
  "tagSet": [{tags}],
  "annotations": [{{"id": "s0-6", "start": 0, "end": 6, "quote": {{"exact": "First."}},
    "tags": [{ids}], "note": "{note}"}}]}}"#,
        sha = format::sha256_hex(TEXT),
    )
}

#[test]
fn parsing_a_sentag_file_repairs_it_and_lists_the_repairs() {
    let json = native_file(
        r##"{"id": "my tag", "label": "\u202eMine", "color": "red;}", "hotkey": "j"},
            {"id": "ok", "label": "OK", "color": "#ABC", "hotkey": "q"}"##,
        r#""my tag", "ok""#,
        r"hi\u0007",
    );
    let incoming = format::parse(&json).unwrap();
    assert_eq!(
        incoming.tags,
        [
            tag("mine", "Mine", PALETTE[0], None),
            tag("ok", "OK", "#aabbcc", Some('q')),
        ]
    );
    assert_eq!(incoming.annotations[0].tags, ["mine", "ok"]);
    assert_eq!(incoming.annotations[0].note, "hi");
    assert_eq!(
        incoming.repairs,
        [
            Repair::TagIdReplaced {
                was: "my tag".into(),
                now: "mine".into()
            },
            Repair::LabelCleaned { tag: "Mine".into() },
            Repair::Colour {
                tag: "Mine".into(),
                was: "red;}".into(),
                now: PALETTE[0].into()
            },
            dropped("Mine", 'j', HotkeyProblem::Reserved),
            Repair::NoteCleaned {
                at: 0,
                quote: "First.".into()
            },
        ]
    );
    let (workspace, report) = open_as_document(&incoming, &TagSet::default()).unwrap();
    assert_eq!(report.repairs, incoming.repairs);
    assert_eq!(report.exact, 1);
    assert_eq!((workspace.count("mine"), workspace.count("ok")), (1, 1));

    let en = Lang::En.strings();
    let zh = Lang::Zh.strings();
    assert_eq!(
        en.repair(&incoming.repairs[2]),
        format!(
            "Tag “Mine”: colour “red;}}” is not a colour; now {}.",
            PALETTE[0]
        )
    );
    assert_eq!(
        zh.repair(&incoming.repairs[2]),
        format!("标签“Mine”：颜色“red;}}”无效，已改为 {}。", PALETTE[0])
    );
    for r in &incoming.repairs {
        assert!(!en.repair(r).is_empty() && !zh.repair(r).is_empty());
    }
}

#[test]
fn messages_shorten_long_values_and_spell_out_controls() {
    let r = Repair::Colour {
        tag: "\u{202E}x".into(),
        was: "y".repeat(100),
        now: PALETTE[0].into(),
    };
    let message = Lang::En.strings().repair(&r);
    assert!(
        message.contains(&format!("“{}…”", "y".repeat(40))),
        "{message}"
    );
    assert!(message.contains("“\\u{202e}x”"), "{message}");
}

#[test]
fn a_file_that_needs_no_repair_reports_none() {
    let json = native_file(
        r##"{"id": "a", "label": "A", "color": "#123456", "hotkey": "q"}"##,
        r#""a""#,
        r"fine\nnote",
    );
    assert_eq!(format::parse(&json).unwrap().repairs, []);
}

#[test]
fn w3c_tag_names_are_checked_too() {
    let json = r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "\u202eevil"},
                 {"type": "TextualBody", "purpose": "tagging", "value": "Idea"}],
        "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "First."}}}"#;
    let incoming = format::parse(json).unwrap();
    assert_eq!(incoming.annotations[0].tags, ["Idea"]);
    assert_eq!(
        incoming.repairs,
        [Repair::TagReferenceDropped {
            at: 0,
            quote: "First.".into(),
            name: "\u{202E}evil".into()
        }]
    );
}

#[test]
fn a_malicious_colour_never_reaches_the_handout() {
    let json = native_file(
        r##"{"id": "a", "label": "A", "color": "red;background-image:url(https://tracker.example/p.png)"},
            {"id": "b", "label": "B", "color": "#fff\" onmouseover=\"x"}"##,
        r#""a", "b""#,
        "",
    );
    let incoming = format::parse(&json).unwrap();
    let (workspace, _) = open_as_document(&incoming, &TagSet::default()).unwrap();
    let html = handout::export(&workspace, 0, |t| t.label.clone());
    assert!(!html.contains("url("), "{html}");
    assert!(!html.contains("tracker"));
    assert!(!html.contains("onmouseover"));
    // Both tags are on the sentence: the second's underline below the first's.
    let style = format!(
        "border-color:{};box-shadow:0 3px 0 {}",
        PALETTE[0], PALETTE[1]
    );
    assert!(
        html.contains(&format!("<mark style=\"{style}\">")),
        "{html}"
    );
    // The round trip through sentag's own format keeps the repaired colours.
    let again = native::to_json(&native::export(
        &workspace,
        &native::ExportOptions::default(),
    ));
    assert!(!again.contains("url("));
}

fn any_tag() -> impl Strategy<Value = Tag> {
    let id = prop_oneof![
        "[a-c]{1,2}",
        "[a-c \t\u{7}\u{202e}]{0,3}",
        "x{60,70}",
        ".{0,4}",
    ];
    let label = prop_oneof![
        "[a-c]{0,3}",
        "[ a-c\u{0}\u{202a}\u{2067}]{0,8}",
        ".{55,70}",
        ".{0,6}"
    ];
    let color = prop_oneof![
        "#[0-9a-fA-F]{3}",
        "#[0-9a-fA-F]{6}",
        "#[0-9a-gA-G]{2,7}",
        "rgb\\([0-9]{1,3},[0-9]{1,3},[0-9]{1,3}\\)",
        ".{0,12}",
    ];
    let hotkey = prop::option::of(prop_oneof![
        prop::char::range('a', 'z'),
        Just(' '),
        Just('\u{202e}'),
        prop::char::any(),
    ]);
    (id, label, color, hotkey).prop_map(|(id, label, color, hotkey)| Tag {
        id,
        label,
        color,
        hotkey,
        cues: Vec::new(),
    })
}

fn any_incoming() -> impl Strategy<Value = Incoming> {
    let tags = prop::collection::vec(any_tag(), 0..8);
    tags.prop_flat_map(|tags| {
        let ids: Vec<String> = tags.iter().map(|t| t.id.clone()).collect();
        let name = if ids.is_empty() {
            ".{0,8}".boxed()
        } else {
            prop_oneof![prop::sample::select(ids), ".{0,8}", "[a-z ]{55,70}"].boxed()
        };
        let note = prop_oneof![".{0,30}", "[a\r\n\t\u{0}\u{7f}\u{85}]{0,10}"];
        let annotation =
            (prop::collection::vec(name, 0..4), note).prop_map(|(tags, note)| IncomingAnnotation {
                phrase: Some(false),
                authors: Default::default(),
                range: None,
                quote: Quote {
                    exact: "q".into(),
                    prefix: String::new(),
                    suffix: String::new(),
                },
                tags,
                note,
                created: 0,
                modified: 0,
                rejected: Vec::new(),
            });
        (Just(tags), prop::collection::vec(annotation, 0..4)).prop_map(|(tags, annotations)| {
            Incoming {
                tags,
                annotations,
                ..Incoming::default()
            }
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn sanitize_is_idempotent_and_leaves_only_hex_colours(mut incoming in any_incoming()) {
        sanitize(&mut incoming);
        let once = incoming.clone();
        prop_assert_eq!(sanitize(&mut incoming), Vec::<Repair>::new());
        prop_assert_eq!(&incoming, &once);
        let mut ids = std::collections::HashSet::new();
        let mut keys = std::collections::HashSet::new();
        for t in &incoming.tags {
            prop_assert_eq!(t.color.len(), 7, "{}", t.color);
            prop_assert!(t.color.starts_with('#'));
            prop_assert!(t.color[1..].bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')), "{}", t.color);
            prop_assert!(sentag::core::validate::is_valid_id(&t.id), "{:?}", t.id);
            prop_assert!(ids.insert(t.id.clone()), "duplicate id {:?}", t.id);
            prop_assert!(!t.label.is_empty() && t.label.chars().count() <= 60);
            if let Some(k) = t.hotkey {
                prop_assert!(keys.insert(k), "duplicate key {:?}", k);
            }
        }
    }
}

#[test]
fn colours_are_hex_or_replaced() {
    let (i, r) = sanitized(
        vec![
            tag("a", "A", "#ABC", None),
            tag("b", "B", "red;background:url(x)", None),
            tag("c", "C", "#12345G", None),
            tag("d", "D", "#0F766E", None),
        ],
        vec![],
    );
    let colours: Vec<_> = i.tags.iter().map(|t| t.color.as_str()).collect();
    assert_eq!(colours, ["#aabbcc", PALETTE[1], PALETTE[2], "#0f766e"]);
    assert_eq!(
        r,
        [
            Repair::Colour {
                tag: "B".into(),
                was: "red;background:url(x)".into(),
                now: PALETTE[1].into()
            },
            Repair::Colour {
                tag: "C".into(),
                was: "#12345G".into(),
                now: PALETTE[2].into()
            },
        ]
    );
    assert_eq!(normal_color("#abcd"), None);
    assert_eq!(normal_color("abc"), None);
    assert_eq!(normal_color("#"), None);
}

#[test]
fn bad_ids_are_replaced_without_taking_a_later_tags_id() {
    let (i, r) = sanitized(
        vec![
            tag("main idea", "Main", "#000000", None),
            tag("main", "Other", "#000000", None),
        ],
        vec![annotation(&["main idea", "main"], "")],
    );
    assert_eq!(i.tags[0].id, "main-2");
    assert_eq!(i.tags[1].id, "main");
    assert_eq!(i.annotations[0].tags, ["main-2", "main"]);
    assert_eq!(
        r,
        [Repair::TagIdReplaced {
            was: "main idea".into(),
            now: "main-2".into()
        }]
    );
}

#[test]
fn a_label_of_invisible_characters_becomes_the_id() {
    let (i, r) = sanitized(vec![tag("x", " \u{202E}\u{7} ", "#000000", None)], vec![]);
    assert_eq!(i.tags[0].label, "x");
    assert_eq!(r, [Repair::EmptyLabel { tag: "x".into() }]);
}

#[test]
fn names_on_annotations_are_trimmed_and_named_once() {
    let (i, r) = sanitized(
        vec![],
        vec![annotation(&[" Idea ", "Idea", "\u{202E}x"], "")],
    );
    assert_eq!(i.annotations[0].tags, ["Idea"]);
    assert_eq!(
        r,
        [Repair::TagReferenceDropped {
            at: 0,
            quote: "First.".into(),
            name: "\u{202E}x".into()
        }]
    );
}

#[test]
fn excerpts_spell_out_controls_and_stop_at_the_limit() {
    assert_eq!(excerpt("a\u{202E}b\n", 40), "a\\u{202e}b\\n");
    assert_eq!(excerpt("abcdef", 3), "abc…");
    assert_eq!(excerpt("abc", 3), "abc");
}
