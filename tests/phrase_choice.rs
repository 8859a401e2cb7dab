//! Choosing a phrase through the reducer, natively: a caret moved by character and by
//! word with Shift to extend, a tag key and the note key acting on the phrase, Esc
//! and other sentences leaving it, a split through a phrase only when asked, and the
//! caret never leaving its sentence whatever the keys.
#![cfg(not(target_arch = "wasm32"))]

use std::ops::Range;
use std::rc::Rc;

use proptest::prelude::*;
use sentag::core::annotation::{Millis, TagSet};
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::model::i18n::Lang;
use sentag::model::phrase_sel::{CaretStep, PhraseSel};
use sentag::model::{Action, AppState, Command, Dialog, Loaded};

/// 0 "𠮷田主持会议。" 1 "全年投资10亿元，新增岗位300个。" 2 "The mayor spoke."
const TEXT: &str = "𠮷田主持会议。全年投资10亿元，新增岗位300个。The mayor spoke.";
const NOW: Millis = 1_700_000_000_000;

fn start() -> Rc<AppState> {
    let workspace = Workspace::new(Document::new("t", TEXT), TagSet::default());
    Rc::new(AppState::new(Loaded::new(workspace, "d".into()), Lang::En))
}

/// Code points of `needle` in the text.
fn span(needle: &str) -> Range<usize> {
    let byte = TEXT.find(needle).unwrap();
    let start = TEXT[..byte].chars().count();
    start..start + needle.chars().count()
}

/// A caret at the start of sentence 1, with the words a browser would give.
fn caret_in_1(state: &AppState) -> PhraseSel {
    let s = &state.workspace().doc.sentences[1];
    let words: Rc<[Range<usize>]> = ["全年", "投资", "10", "亿元", "新增", "岗位", "300", "个"]
        .iter()
        .map(|w| span(w))
        .collect::<Vec<_>>()
        .into();
    PhraseSel::caret(1, s.char_start..s.char_end, s.char_start, words)
}

fn act(state: &Rc<AppState>, action: Action) -> Rc<AppState> {
    Rc::clone(state).reduce(action)
}

fn run(state: &Rc<AppState>, command: Command) -> Rc<AppState> {
    act(
        state,
        Action::Run {
            command,
            now: NOW,
            caret: None,
        },
    )
}

fn step(state: &Rc<AppState>, step: CaretStep, extend: bool) -> Rc<AppState> {
    run(state, Command::PhraseCaret { step, extend })
}

fn phrase_texts(state: &AppState, sentence: usize) -> Vec<(String, Vec<String>)> {
    let s = &state.workspace().doc.sentences[sentence];
    state.workspace().marks[sentence]
        .phrases
        .iter()
        .map(|p| {
            let text = sentag::core::phrases::text_in(s, p.start..p.end);
            (text, p.tags.clone())
        })
        .collect()
}

#[test]
fn a_word_chosen_from_the_keyboard_is_tagged_noted_and_left_with_esc() {
    let s = start();
    let s = act(&s, Action::SelectPhrase(caret_in_1(&s)));
    assert_eq!(
        s.selection.indices(),
        [1],
        "the phrase's sentence is selected"
    );
    // A tag key on a bare caret tags nothing and says why.
    let hint = run(&s, Command::ToggleTag("metrics".into()));
    assert!(hint.notice.is_some());
    assert!(hint.workspace().marks[1].is_empty());
    // Two words on, a character on and back, then two words chosen: "10亿元".
    let s = step(&s, CaretStep::Word(true), false);
    let s = step(&s, CaretStep::Word(true), false);
    let s = step(&s, CaretStep::Char(true), false);
    let s = step(&s, CaretStep::Char(false), false);
    let s = step(&s, CaretStep::Word(true), true);
    let s = step(&s, CaretStep::Word(true), true);
    assert_eq!(s.phrase.as_ref().unwrap().range(), span("10亿元"));
    let s = run(&s, Command::ToggleTag("metrics".into()));
    assert_eq!(
        phrase_texts(&s, 1),
        [("10亿元".to_string(), vec!["metrics".to_string()])]
    );
    assert!(!s.workspace().marks[1].has("metrics"), "not the sentence");
    assert_eq!(s.pressed_tags(), [false, true, false]);
    // The note key opens the phrase's note; saving it closes the dialog.
    let s = run(&s, Command::Note);
    assert_eq!(
        s.dialog,
        Some(Dialog::Note {
            sentence: 1,
            phrase: Some(span("10亿元")),
        })
    );
    let s = act(
        &s,
        Action::Edit {
            edit: Edit::SetPhraseNote {
                sentence: 1,
                range: span("10亿元"),
                note: "one billion yuan".into(),
            },
            now: NOW,
        },
    );
    assert!(s.dialog.is_none());
    assert_eq!(
        s.workspace().marks[1].phrases[0].note,
        "one billion yuan",
        "{:?}",
        s.workspace().marks[1]
    );
    // Esc leaves the phrase first, then the selection.
    let s = run(&s, Command::Escape);
    assert!(s.phrase.is_none() && !s.selection.is_empty());
    let s = run(&s, Command::Escape);
    assert!(s.selection.is_empty());
    // Undo takes the note, then the phrase, back.
    let s = run(&s, Command::Undo);
    let s = run(&s, Command::Undo);
    assert!(s.workspace().marks[1].phrases.is_empty());
}

#[test]
fn another_sentence_or_a_merge_ends_the_choice_but_a_tag_keeps_it() {
    let s = start();
    let chosen = caret_in_1(&s).stretch(span("岗位"));
    let s = act(&s, Action::SelectPhrase(chosen.clone()));
    let tagged = run(&s, Command::ToggleTag("attendees".into()));
    assert_eq!(
        tagged.phrase.as_ref(),
        Some(&chosen),
        "the phrase stays chosen"
    );
    assert_eq!(tagged.chosen_phrase(), Some(span("岗位")));
    assert_eq!(s.chosen_phrase(), None, "not a phrase before the tag");
    let other = act(&tagged, Action::Click(2));
    assert!(other.phrase.is_none());
    let merged = run(&tagged, Command::Merge);
    assert!(merged.phrase.is_none());
    assert_eq!(
        phrase_texts(&merged, 1),
        [("岗位".to_string(), vec!["attendees".to_string()])],
        "the merge keeps the phrase"
    );
    // A choice in the wrong bounds is not taken.
    let wrong = PhraseSel {
        bounds: 0..3,
        ..chosen
    };
    assert!(Rc::ptr_eq(&s, &act(&s, Action::SelectPhrase(wrong))));
}

#[test]
fn a_split_at_the_phrase_caret_through_a_phrase_takes_it_only_when_asked() {
    let s = start();
    let s = act(
        &s,
        Action::SelectPhrase(caret_in_1(&s).stretch(span("10亿元"))),
    );
    let s = run(&s, Command::ToggleTag("metrics".into()));
    let inside = span("10亿元").start + 2 - span("全年").start;
    let refused = act(
        &s,
        Action::Edit {
            edit: Edit::Split {
                sentence: 1,
                at: inside,
            },
            now: NOW,
        },
    );
    assert_eq!(refused.workspace().doc.sentences.len(), 3);
    let through = act(
        &s,
        Action::Edit {
            edit: Edit::SplitThrough {
                sentence: 1,
                at: inside,
            },
            now: NOW,
        },
    );
    assert_eq!(through.workspace().doc.sentences.len(), 4);
    assert!(through.workspace().marks[1].phrases.is_empty());
    assert!(through.workspace().marks[2].phrases.is_empty());
    // The split dialog opens at the phrase caret.
    let s = step(&s, CaretStep::Start, false);
    let s = step(&s, CaretStep::Word(true), false);
    let s = run(&s, Command::Split);
    assert_eq!(
        s.dialog,
        Some(Dialog::Split {
            sentence: 1,
            caret: Some(2)
        })
    );
    // A phrase removed from the side panel goes in one undoable step.
    let removed = act(
        &through,
        Action::Edit {
            edit: Edit::RemovePhrase {
                sentence: 1,
                range: span("10亿元"),
            },
            now: NOW,
        },
    );
    assert!(Rc::ptr_eq(&removed, &through), "nothing to remove there");
}

proptest! {
    #[test]
    fn the_caret_never_leaves_its_sentence_and_tags_land_inside_it(
        keys in prop::collection::vec((0u8..7, any::<bool>()), 0..40),
    ) {
        let s = start();
        let bounds = s.workspace().doc.sentences[1].char_start..s.workspace().doc.sentences[1].char_end;
        let mut s = act(&s, Action::SelectPhrase(caret_in_1(&s)));
        for (key, extend) in keys {
            s = match key {
                0 => step(&s, CaretStep::Char(true), extend),
                1 => step(&s, CaretStep::Char(false), extend),
                2 => step(&s, CaretStep::Word(true), extend),
                3 => step(&s, CaretStep::Word(false), extend),
                4 => step(&s, CaretStep::Start, extend),
                5 => step(&s, CaretStep::End, extend),
                _ => run(&s, Command::ToggleTag("metrics".into())),
            };
            let sel = s.phrase.as_ref().unwrap();
            prop_assert!(bounds.start <= sel.range().start && sel.range().end <= bounds.end);
        }
        for p in &s.workspace().marks[1].phrases {
            prop_assert!(bounds.start <= p.start && p.start < p.end && p.end <= bounds.end);
        }
    }
}

#[test]
fn a_tag_on_a_phrase_settles_the_sentences_suggestion_of_that_tag() {
    use sentag::core::annotation::{Marks, Phrase};
    use sentag::core::suggest::Suggestion;
    let found = Suggestion {
        tag: "metrics".into(),
        cue: 0..3,
        reason: "money",
        confidence: 0.9,
    };
    assert!(found.is_pending(&Marks::default()));
    let marks = Marks {
        phrases: vec![Phrase {
            start: 4,
            end: 9,
            tags: vec!["metrics".into()],
            note: String::new(),
            by: Default::default(),
        }],
        ..Marks::default()
    };
    assert!(!found.is_pending(&marks));
}
