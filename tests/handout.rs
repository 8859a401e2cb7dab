//! The handout and the worksheet, read as HTML: what the student's pages show and hide,
//! what the answer key shows, and that nothing the user typed reaches the page as markup.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use sentag::core::annotation::{Tag, TagSet};
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::format::handout::{
    HandoutKind, HandoutOptions, HandoutWords, export, export_with,
};
use sentag::model::i18n::Lang;
use sentag::model::state::Loaded;
use sentag::model::{Action, AppState, Command, Dialog, ExportKind};

/// 2026-11-28 09:30 UTC.
const NOW: i64 = 1_795_858_200_000;

const MINUTES: &str = "The parks committee met on Tuesday evening. Eleven residents attended.\n\
    The chair promised to publish the tree survey by March. The budget for repairs rose to 48,000 dollars.\n\
    Members will visit the north playground before the next meeting.";

/// The minutes with two tags on one sentence and a note on another.
fn workspace() -> Workspace {
    let doc = Document::new("Parks committee, November", MINUTES);
    let mut w = Workspace::new(doc, TagSet::default());
    for edit in [
        Edit::ToggleTag {
            tag: "attendees".into(),
            sentences: vec![1],
        },
        Edit::ToggleTag {
            tag: "commitments".into(),
            sentences: vec![2, 4],
        },
        Edit::ToggleTag {
            tag: "metrics".into(),
            sentences: vec![2, 3],
        },
        Edit::SetNote {
            sentence: 3,
            note: "Ask where the figure comes from.".into(),
        },
    ] {
        w = w.apply(&edit, 0).unwrap();
    }
    w
}

fn label(tag: &Tag) -> String {
    tag.label.clone()
}

fn worksheet() -> HandoutOptions {
    HandoutOptions {
        title: Some("Reading council minutes".into()),
        kind: HandoutKind::Worksheet,
        paragraph_numbers: true,
        tasks: vec![
            (
                "commitments".into(),
                "Find 2 sentences tagged “commitments”.".into(),
            ),
            (
                "metrics".into(),
                "Find 2 sentences tagged “metrics”.".into(),
            ),
        ],
        words: HandoutWords::default(),
        vocabulary: None,
    }
}

/// The worksheet split into the student's pages and the answer key.
fn parts(html: &str) -> (&str, &str) {
    let at = html.find("<section class=\"key\">").expect("an answer key");
    html.split_at(at)
}

#[test]
fn the_students_pages_hide_tags_and_notes_and_carry_numbers_tasks_and_lines() {
    let html = export_with(&workspace(), NOW, label, &worksheet());
    let (student, _) = parts(&html);
    for hidden in [
        "<mark",
        "class=\"chip\"",
        "class=\"legend\"",
        "<sup",
        "class=\"notes\"",
        "Ask where",
    ] {
        assert!(!student.contains(hidden), "student pages show {hidden}");
    }
    assert!(student.contains("<h1>Reading council minutes</h1>"));
    assert!(student.contains("<p class=\"date\">Exported 2026-11-28</p>"));
    assert!(student.contains("<p class=\"who\"><span>Name:</span><span>Date:</span></p>"));
    assert!(student.contains("<li>Find 2 sentences tagged “commitments”.</li>"));
    assert!(student.contains("<li>Find 2 sentences tagged “metrics”.</li>"));
    for n in 1..=3 {
        assert!(
            student.contains(&format!("<p><span class=\"pn\">{n}</span>")),
            "paragraph {n}"
        );
    }
    assert!(!student.contains("<span class=\"pn\">4</span>"));
    assert!(student.contains("<p><span class=\"pn\">2</span>The chair promised"));
    assert_eq!(student.matches("<div></div>").count(), 8, "ruled lines");
}

#[test]
fn the_answer_key_follows_a_page_break_with_every_tag_of_a_two_tag_sentence() {
    let html = export_with(&workspace(), NOW, label, &worksheet());
    let (_, key) = parts(&html);
    assert!(key.contains("<p class=\"key-heading\">Answer key</p>"));
    assert!(html.contains(".key {") && html.contains("break-before: page"));
    // The promise is a commitment and a metric: two underlines, two labels.
    assert!(key.contains(
        "<mark style=\"border-color:#1f7a4d;box-shadow:0 3px 0 #1d5fbf\">The chair promised"
    ));
    let promise = &key[key.find("The chair promised").unwrap()..];
    let promise = &promise[..promise.find("</mark>").unwrap() + 200];
    assert!(promise.contains(">commitments</span><span class=\"chip\" style=\"background:#1d5fbf"));
    assert!(promise.contains(">metrics</span>"));
    assert_eq!(key.matches("<mark").count(), 4);
    assert!(
        key.contains("<span class=\"pn\">3</span>"),
        "numbered like the student's copy"
    );
    assert!(key.contains("Ask where the figure comes from."));
}

#[test]
fn three_tags_on_one_sentence_stack_three_underlines() {
    let w = workspace()
        .apply(
            &Edit::ToggleTag {
                tag: "attendees".into(),
                sentences: vec![2],
            },
            0,
        )
        .unwrap();
    let html = export(&w, NOW, label);
    assert!(html.contains(
        "<mark style=\"border-color:#1f7a4d;box-shadow:0 3px 0 #1d5fbf,0 6px 0 #a34a00\">"
    ));
}

#[test]
fn the_default_options_write_todays_handout_with_print_rules_for_footnotes() {
    let w = workspace();
    let html = export(&w, NOW, label);
    assert_eq!(
        html,
        export_with(&w, NOW, label, &HandoutOptions::default())
    );
    assert!(!html.contains("class=\"key\"") && !html.contains("class=\"pn\""));
    assert!(html.contains("<h1>Parks committee, November</h1>"));
    assert!(html.contains("<p class=\"date\">Exported 2026-11-28</p>"));
    assert!(html.contains("<a class=\"back\" href=\"#ref1\">↩</a>"));
    let print = &html[html.find("@media print").unwrap()..];
    assert!(print.contains(".notes a.back { display: none; }"));
    assert!(html.contains(".notes li { margin-bottom: .4rem; break-inside: avoid; }"));
}

#[test]
fn a_hostile_title_task_and_words_are_escaped_and_tasks_of_unknown_tags_dropped() {
    let options = HandoutOptions {
        title: Some("</title><script>alert(1)</script>".into()),
        tasks: vec![
            ("metrics".into(), "Find <img src=x onerror=alert(1)>".into()),
            ("no-such-tag".into(), "Find the ghosts.".into()),
            ("attendees".into(), "   ".into()),
        ],
        words: HandoutWords {
            name: "姓名\"><b>".into(),
            ..HandoutWords::default()
        },
        ..worksheet()
    };
    let html = export_with(&workspace(), NOW, label, &options);
    assert!(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>"));
    assert!(html.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    assert!(html.contains("<li>Find &lt;img src=x onerror=alert(1)&gt;</li>"));
    assert!(html.contains("<span>姓名&quot;&gt;&lt;b&gt;</span>"));
    assert!(!html.contains("ghosts"));
    assert_eq!(parts(&html).0.matches("<li>").count(), 1);
}

#[test]
fn the_handout_command_opens_its_dialog_and_the_export_changes_nothing() {
    let state = Rc::new(AppState::new(
        Loaded::new(workspace(), "doc".into()),
        Lang::Zh,
    ));
    let run = |state: &Rc<AppState>, command| {
        Rc::clone(state).reduce(Action::Run {
            command,
            now: NOW,
            caret: None,
        })
    };
    let open = run(&state, Command::Handout);
    assert_eq!(open.dialog, Some(Dialog::Handout));
    let options = Rc::new(HandoutOptions {
        words: Lang::Zh.handout_words().printed(),
        ..worksheet()
    });
    let export = run(&open, Command::Export(ExportKind::Handout(options.clone())));
    assert!(Rc::ptr_eq(&open, &export));
    let html = export_with(&workspace(), NOW, label, &options);
    assert!(html.contains("<p class=\"date\">导出于 2026-11-28</p>"));
    assert!(html.contains("<span>姓名：</span><span>日期：</span>"));
    assert!(html.contains("<p class=\"key-heading\">答案</p>"));
}

/// The minutes with a vocabulary tag on two phrases (one twice, with a gloss), a
/// metrics phrase inside a tagged sentence, and a phrase note.
fn with_phrases() -> Workspace {
    let mut w = workspace();
    let vocabulary = Tag {
        id: "vocab".into(),
        label: "生词".into(),
        color: "#6639ba".into(),
        hotkey: None,
        cues: Vec::new(),
    };
    w = w.apply(&Edit::AddTag(vocabulary), 0).unwrap();
    let span = |needle: &str, nth: usize| {
        let byte = MINUTES.match_indices(needle).nth(nth).unwrap().0;
        let start = MINUTES[..byte].chars().count();
        start..start + needle.chars().count()
    };
    let sentence_of = |w: &Workspace, at: usize| {
        w.doc
            .sentences
            .iter()
            .position(|s| s.char_start <= at && at < s.char_end)
            .unwrap()
    };
    for (needle, nth, tag, note) in [
        ("committee", 0, "vocab", "a group chosen to decide"),
        ("48,000 dollars", 0, "metrics", "<b>check</b>"),
        ("survey", 0, "vocab", ""),
        ("tree survey", 0, "commitments", ""),
    ] {
        let range = span(needle, nth);
        let sentence = sentence_of(&w, range.start);
        w = w
            .apply(
                &Edit::TogglePhraseTag {
                    sentence,
                    range: range.clone(),
                    tag: tag.into(),
                },
                0,
            )
            .unwrap();
        if !note.is_empty() {
            w = w
                .apply(
                    &Edit::SetPhraseNote {
                        sentence,
                        range,
                        note: note.into(),
                    },
                    0,
                )
                .unwrap();
        }
    }
    w
}

#[test]
fn phrases_are_underlined_and_labelled_and_the_vocabulary_list_glosses_them() {
    let w = with_phrases();
    let options = HandoutOptions {
        vocabulary: Some("vocab".into()),
        ..HandoutOptions::default()
    };
    let html = export_with(&w, NOW, label, &options);
    // Each phrase is underlined, with its label right after it.
    assert!(html.contains(
        "<span class=\"phrase\" style=\"border-bottom-color:#6639ba;padding-bottom:0px\">committee</span><span class=\"chip\""
    ));
    assert!(html.contains(">48,000 dollars</span><span class=\"chip\" style=\"background:#1d5fbf"));
    // "survey" sits inside "tree survey": its own, lower lane.
    assert!(
        html.contains("padding-bottom:3px\">survey</span>"),
        "{html}"
    );
    // The phrase's note is a footnote, escaped.
    assert!(html.contains("&lt;b&gt;check&lt;/b&gt;"));
    assert!(!html.contains("<b>check"));
    // The vocabulary list: each term once, glossed by its note.
    let list = &html[html.find("<section class=\"vocabulary\">").unwrap()..];
    assert!(list.contains("<h2>Vocabulary</h2>"));
    assert!(list.contains("<dt>committee</dt><dd>a group chosen to decide</dd>"));
    assert!(list.contains("<dt>survey</dt><dd></dd>"));
    assert_eq!(list.matches("<dt>").count(), 2);
    // No list unless asked for; the worksheet's student pages have it, unmarked.
    assert!(!export(&w, NOW, label).contains("class=\"vocabulary\""));
    let sheet = export_with(
        &w,
        NOW,
        label,
        &HandoutOptions {
            vocabulary: Some("vocab".into()),
            ..worksheet()
        },
    );
    let (student, key) = parts(&sheet);
    assert!(student.contains("<dt>committee</dt>"));
    assert!(
        !student.contains("class=\"phrase\""),
        "no marks for the student"
    );
    assert!(key.contains("class=\"phrase\""));
}
