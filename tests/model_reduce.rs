//! The app's reducer, natively: every action and command by example, then random
//! sequences of actions against the state's invariants, and undo/redo of any edit.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::rc::Rc;

use proptest::prelude::*;
use sentag::core::anchor::Quote;
use sentag::core::annotation::{Millis, TagSet};
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::format::csv::CsvOptions;
use sentag::core::format::{Incoming, IncomingAnnotation};
use sentag::core::sync::{Clash, StoreError};
use sentag::model::i18n::Lang;
use sentag::model::selection::Selection;
use sentag::model::view::{Filter, matching_sentences};
use sentag::model::{Action, AppState, Command, Dialog, ExportKind, Loaded, Notice, Resolution};

/// 0 "Mr. Smith arrived." 1 "He sat down." 2 "Then he spoke." |
/// 3 "会议现场。" 4 "要深入实施招商引资。" 5 "新引进重大项目4个。" |
/// 6 "The end is near." 7 "Really near."
const TEXT: &str = "Mr. Smith arrived. He sat down. Then he spoke.\n会议现场。要深入实施招商引资。新引进重大项目4个。\nThe end is near. Really near.";

const NOW: Millis = 1_700_000_000_000;

fn workspace() -> Workspace {
    Workspace::new(Document::new("t", TEXT), TagSet::default())
}

fn start() -> Rc<AppState> {
    Rc::new(AppState::new(
        Loaded::new(workspace(), "doc".into()),
        Lang::En,
    ))
}

fn run(state: &Rc<AppState>, command: Command) -> Rc<AppState> {
    run_at(state, command, None)
}

fn run_at(state: &Rc<AppState>, command: Command, caret: Option<usize>) -> Rc<AppState> {
    Rc::clone(state).reduce(Action::Run {
        command,
        now: NOW,
        caret,
    })
}

fn act(state: &Rc<AppState>, action: Action) -> Rc<AppState> {
    Rc::clone(state).reduce(action)
}

fn edit(state: &Rc<AppState>, edit: Edit) -> Rc<AppState> {
    act(state, Action::Edit { edit, now: NOW })
}

fn len(state: &AppState) -> usize {
    state.workspace().doc.sentences.len()
}

fn text(state: &AppState, i: usize) -> &str {
    &state.workspace().doc.sentences[i].text
}

/// `state` with `tag` given to the sentences listed.
fn tagged(state: &Rc<AppState>, tag: &str, sentences: &[usize]) -> Rc<AppState> {
    edit(
        state,
        Edit::ToggleTag {
            tag: tag.into(),
            sentences: sentences.to_vec(),
        },
    )
}

fn only(tag: &str) -> Filter {
    Filter::default().toggled_tag(tag)
}

fn unchanged(before: &Rc<AppState>, after: &Rc<AppState>) -> bool {
    Rc::ptr_eq(before, after)
}

// ---------------------------------------------------------------- commands

#[test]
fn step_moves_the_cursor_and_stops_at_the_ends() {
    let s = start();
    let first = run(
        &s,
        Command::Step {
            forward: true,
            extend: false,
        },
    );
    assert_eq!(first.selection.indices(), [0]);
    assert_eq!(first.reveal, s.reveal + 1);
    let second = run(
        &first,
        Command::Step {
            forward: true,
            extend: false,
        },
    );
    assert_eq!(second.selection.indices(), [1]);
    assert_eq!(second.selection.cursor(), Some(1));
    let back = run(
        &second,
        Command::Step {
            forward: false,
            extend: false,
        },
    );
    assert_eq!(back.selection.indices(), [0]);
    let stuck = run(
        &back,
        Command::Step {
            forward: false,
            extend: false,
        },
    );
    assert_eq!(stuck.selection.indices(), [0]);
    // Up from nothing selected starts at the last sentence.
    let up = run(
        &s,
        Command::Step {
            forward: false,
            extend: false,
        },
    );
    assert_eq!(up.selection.indices(), [7]);
}

#[test]
fn step_with_extend_grows_the_selection_from_the_anchor() {
    let s = act(&start(), Action::Click(2));
    let down = Command::Step {
        forward: true,
        extend: true,
    };
    let s = run(&s, down.clone());
    let s = run(&s, down);
    assert_eq!(s.selection.indices(), [2, 3, 4]);
    assert_eq!(s.selection.cursor(), Some(4));
    let s = run(
        &s,
        Command::Step {
            forward: false,
            extend: true,
        },
    );
    assert_eq!(s.selection.indices(), [2, 3]);
    assert_eq!(s.selection.cursor(), Some(3));
}

#[test]
fn step_skips_sentences_the_filter_hides() {
    let s = tagged(&start(), "metrics", &[1, 5, 6]);
    let s = act(&s, Action::SetFilter(only("metrics")));
    let down = Command::Step {
        forward: true,
        extend: false,
    };
    let s = run(&s, down.clone());
    assert_eq!(s.selection.indices(), [1]);
    let s = run(&s, down.clone());
    assert_eq!(s.selection.indices(), [5]);
    let s = run(
        &s,
        Command::Step {
            forward: true,
            extend: true,
        },
    );
    // Extending takes the whole range, as a shift-click would.
    assert_eq!(s.selection.indices(), [5, 6]);
    let s = run(&act(&s, Action::Click(6)), down);
    assert_eq!(s.selection.indices(), [6], "nothing visible after 6");
}

#[test]
fn toggle_tag_adds_to_every_selected_sentence_then_removes_from_all() {
    let s = act(&start(), Action::Click(2));
    let s = run(&s, Command::ToggleTag("metrics".into()));
    assert!(s.workspace().marks[2].has("metrics"));
    // Select 1..=3, of which only 2 has the tag: the tag goes to all three.
    let s = act(&act(&s, Action::Click(1)), Action::ShiftClick(3));
    assert_eq!(s.selection.indices(), [1, 2, 3]);
    let s = run(&s, Command::ToggleTag("metrics".into()));
    assert_eq!(s.workspace().count("metrics"), 3);
    assert!((1..=3).all(|i| s.workspace().marks[i].has("metrics")));
    assert_eq!(s.workspace().marks[1].modified, NOW);
    assert_eq!(s.pressed_tags(), [false, true, false]);
    // All have it now: the same command takes it from all.
    let s = run(&s, Command::ToggleTag("metrics".into()));
    assert_eq!(s.workspace().count("metrics"), 0);
    assert!(s.history.can_undo());
    assert_eq!(s.selection.indices(), [1, 2, 3], "the selection stays");
}

#[test]
fn toggle_tag_without_a_selection_or_with_an_unknown_tag_changes_nothing() {
    let s = start();
    // Without a selection it only says to select first (tests/announce.rs).
    let hinted = run(&s, Command::ToggleTag("metrics".into()));
    assert_eq!(*hinted.workspace(), *s.workspace());
    assert!(!hinted.history.can_undo());
    let s = act(&s, Action::Click(0));
    assert!(unchanged(&s, &run(&s, Command::ToggleTag("nope".into()))));
}

#[test]
fn note_opens_its_dialog_only_with_a_cursor() {
    let s = start();
    assert!(unchanged(&s, &run(&s, Command::Note)));
    let s = act(&s, Action::Click(4));
    let s = run(&s, Command::Note);
    assert_eq!(
        s.dialog,
        Some(Dialog::Note {
            sentence: 4,
            phrase: None
        })
    );
}

#[test]
fn split_opens_its_dialog_only_with_a_cursor_and_keeps_the_caret() {
    let s = start();
    assert!(unchanged(&s, &run_at(&s, Command::Split, Some(3))));
    let s = act(&s, Action::Click(2));
    let at = run_at(&s, Command::Split, Some(5));
    assert_eq!(
        at.dialog,
        Some(Dialog::Split {
            sentence: 2,
            caret: Some(5)
        })
    );
    let middle = run_at(&s, Command::Split, None);
    assert_eq!(
        middle.dialog,
        Some(Dialog::Split {
            sentence: 2,
            caret: None
        })
    );
    assert_eq!(middle.workspace(), s.workspace(), "opening splits nothing");
}

#[test]
fn merge_joins_the_cursor_sentence_with_the_next_of_its_paragraph() {
    let s = start();
    assert!(unchanged(&s, &run(&s, Command::Merge)), "no cursor");
    let merged = run(&act(&s, Action::Click(1)), Command::Merge);
    assert_eq!(len(&merged), 7);
    assert_eq!(text(&merged, 1), "He sat down. Then he spoke.");
    assert_eq!(text(&merged, 2), "会议现场。");
    assert_eq!(merged.selection.indices(), [1]);
    assert!(merged.history.can_undo());
    assert_eq!(merged.workspace().marks.len(), 7);
    // The last sentence of a paragraph has nothing to merge with.
    let last = act(&start(), Action::Click(2));
    assert!(!last.can_merge());
    assert!(unchanged(&last, &run(&last, Command::Merge)));
}

#[test]
fn merge_unites_the_marks_of_both_sentences() {
    let s = tagged(&start(), "metrics", &[0]);
    let s = tagged(&s, "attendees", &[1]);
    let s = edit(
        &s,
        Edit::SetNote {
            sentence: 1,
            note: "second".into(),
        },
    );
    let s = run(&act(&s, Action::Click(0)), Command::Merge);
    let m = &s.workspace().marks[0];
    assert_eq!(m.tags, ["metrics", "attendees"]);
    assert_eq!(m.note, "second");
}

#[test]
fn undo_restores_the_previous_workspace_exactly_and_redo_reapplies() {
    let s0 = act(&start(), Action::Click(3));
    let s1 = run(&s0, Command::ToggleTag("commitments".into()));
    let s2 = run(&s1, Command::Merge);
    let back1 = run(&s2, Command::Undo);
    assert_eq!(back1.workspace(), s1.workspace());
    let back0 = run(&back1, Command::Undo);
    assert_eq!(back0.workspace(), s0.workspace());
    assert_eq!(back0.workspace(), &workspace());
    assert!(!back0.history.can_undo());
    assert!(back0.history.can_redo());
    let again1 = run(&back0, Command::Redo);
    assert_eq!(again1.workspace(), s1.workspace());
    let again2 = run(&again1, Command::Redo);
    assert_eq!(again2.workspace(), s2.workspace());
    assert!(!again2.history.can_redo());
    // A new edit after an undo drops the redo future.
    let fresh = run(&back1, Command::ToggleTag("metrics".into()));
    assert!(!fresh.history.can_redo());
}

#[test]
fn undo_and_redo_with_nothing_to_move_to_change_nothing() {
    let s = act(&start(), Action::Click(0));
    assert!(unchanged(&s, &run(&s, Command::Undo)));
    assert!(unchanged(&s, &run(&s, Command::Redo)));
    let edited = run(&s, Command::ToggleTag("metrics".into()));
    assert!(unchanged(&edited, &run(&edited, Command::Redo)));
}

#[test]
fn undoing_a_split_drops_a_selection_past_the_end() {
    let s = edit(&start(), Edit::Split { sentence: 0, at: 4 });
    assert_eq!(len(&s), 9);
    let s = act(&s, Action::Click(8));
    let back = run(&s, Command::Undo);
    assert_eq!(len(&back), 8);
    assert!(back.selection.is_empty());
    assert_eq!(back.selection.cursor(), None);
}

#[test]
fn help_tags_paste_and_recent_open_their_dialogs() {
    let s = start();
    assert_eq!(run(&s, Command::Help).dialog, Some(Dialog::Help));
    assert_eq!(run(&s, Command::EditTags).dialog, Some(Dialog::TagEditor));
    assert_eq!(run(&s, Command::Paste).dialog, Some(Dialog::Paste));
    assert_eq!(run(&s, Command::Recent).dialog, Some(Dialog::Recent));
    // One dialog replaces another.
    let s = run(&run(&s, Command::Help), Command::Recent);
    assert_eq!(s.dialog, Some(Dialog::Recent));
}

#[test]
fn escape_closes_a_dialog_else_clears_the_selection() {
    let s = act(&start(), Action::Click(2));
    let open = run(&s, Command::Help);
    let closed = run(&open, Command::Escape);
    assert_eq!(closed.dialog, None);
    assert_eq!(
        closed.selection.indices(),
        [2],
        "the dialog went, not the selection"
    );
    let cleared = run(&closed, Command::Escape);
    assert!(cleared.selection.is_empty());
    assert_eq!(cleared.selection.cursor(), None);
    assert!(unchanged(&cleared, &run(&cleared, Command::Escape)));
}

#[test]
fn a_conflict_closes_only_by_a_choice() {
    let s = act(
        &act(&start(), Action::Click(1)),
        Action::Open(Dialog::Conflict(Rc::new(Clash::default()))),
    );
    assert!(unchanged(&s, &run(&s, Command::Escape)));
    assert!(unchanged(&s, &act(&s, Action::CloseDialog)));
    let chosen = act(&s, Action::ConflictResolved(Resolution::KeepMine));
    assert_eq!(chosen.dialog, None);
}

#[test]
fn effects_change_nothing() {
    let s = act(&act(&start(), Action::Click(1)), Action::Open(Dialog::Help));
    let effects = [
        Command::Search,
        Command::Sample,
        Command::Export(ExportKind::Json),
        Command::Export(ExportKind::W3c),
        Command::Export(ExportKind::Csv(CsvOptions::default())),
        Command::Export(ExportKind::Handout(Rc::default())),
        Command::Export(ExportKind::CopyJson),
    ];
    for command in effects {
        assert!(unchanged(&s, &run(&s, command.clone())), "{command:?}");
    }
}

// ---------------------------------------------------------------- edits from dialogs

#[test]
fn a_note_edit_sets_the_note_and_closes_its_dialog() {
    let s = run(&act(&start(), Action::Click(3)), Command::Note);
    let s = edit(
        &s,
        Edit::SetNote {
            sentence: 3,
            note: "  venue  ".into(),
        },
    );
    assert_eq!(s.workspace().marks[3].note, "venue");
    assert_eq!(s.dialog, None);
    assert!(s.history.can_undo());
    // The same note again records nothing but still closes the dialog.
    let reopened = run(&s, Command::Note);
    let again = edit(
        &reopened,
        Edit::SetNote {
            sentence: 3,
            note: "venue".into(),
        },
    );
    assert_eq!(again.dialog, None);
    assert_eq!(again.workspace(), s.workspace());
    assert_eq!(
        run(&again, Command::Undo).workspace(),
        run(&s, Command::Undo).workspace(),
        "no second record"
    );
    // With no dialog open, an unchanged note changes nothing at all.
    let same = edit(
        &s,
        Edit::SetNote {
            sentence: 3,
            note: "venue".into(),
        },
    );
    assert!(unchanged(&s, &same));
}

#[test]
fn a_split_edit_splits_selects_the_first_half_and_closes_its_dialog() {
    let s = run_at(&act(&start(), Action::Click(6)), Command::Split, Some(3));
    let s = edit(&s, Edit::Split { sentence: 6, at: 4 });
    assert_eq!(len(&s), 9);
    assert_eq!(text(&s, 6), "The");
    assert_eq!(text(&s, 7), "end is near.");
    assert_eq!(s.selection.indices(), [6]);
    assert_eq!(s.dialog, None);
    assert_eq!(s.workspace().marks.len(), 9);
    // A split that leaves an empty half does not apply.
    let none = edit(&s, Edit::Split { sentence: 7, at: 0 });
    assert!(unchanged(&s, &none));
}

#[test]
fn a_split_copies_the_tags_to_both_halves_and_the_note_to_the_first() {
    let s = tagged(&start(), "metrics", &[1]);
    let s = edit(
        &s,
        Edit::SetNote {
            sentence: 1,
            note: "n".into(),
        },
    );
    let s = edit(&s, Edit::Split { sentence: 1, at: 3 });
    let marks = &s.workspace().marks;
    assert!(marks[1].has("metrics") && marks[2].has("metrics"));
    assert_eq!((marks[1].note.as_str(), marks[2].note.as_str()), ("n", ""));
}

#[test]
fn a_tag_deletion_edit_takes_the_tag_from_the_set_and_the_sentences() {
    let s = tagged(&start(), "metrics", &[0, 4]);
    let s = edit(
        &s,
        Edit::DeleteTag {
            id: "metrics".into(),
        },
    );
    assert!(s.workspace().tags.get("metrics").is_none());
    assert_eq!(s.workspace().count("metrics"), 0);
    assert!(s.workspace().marks[0].is_empty());
    let back = run(&s, Command::Undo);
    assert_eq!(back.workspace().count("metrics"), 2);
}

#[test]
fn deleting_a_tag_in_use_asks_first() {
    let s = run(&tagged(&start(), "metrics", &[2]), Command::EditTags);
    let asked = act(
        &s,
        Action::DeleteTag {
            id: "metrics".into(),
            confirmed: false,
            now: NOW,
        },
    );
    assert_eq!(
        asked.dialog,
        Some(Dialog::ConfirmDeleteTag {
            id: "metrics".into()
        })
    );
    assert_eq!(asked.workspace(), s.workspace());
    let done = act(
        &asked,
        Action::DeleteTag {
            id: "metrics".into(),
            confirmed: true,
            now: NOW,
        },
    );
    assert!(done.workspace().tags.get("metrics").is_none());
    assert_eq!(done.dialog, Some(Dialog::TagEditor));
    // A tag no sentence has goes at once.
    let unused = act(
        &s,
        Action::DeleteTag {
            id: "attendees".into(),
            confirmed: false,
            now: NOW,
        },
    );
    assert!(unused.workspace().tags.get("attendees").is_none());
    assert_eq!(unused.dialog, Some(Dialog::TagEditor));
    // An unknown tag: nothing to delete.
    let unknown = act(
        &s,
        Action::DeleteTag {
            id: "nope".into(),
            confirmed: true,
            now: NOW,
        },
    );
    assert!(unchanged(&s, &unknown));
}

// ---------------------------------------------------------------- pointer and view

#[test]
fn clicks_in_range_select_and_out_of_range_change_nothing() {
    let s = start();
    let n = len(&s);
    for action in [
        Action::Click(n),
        Action::ShiftClick(n + 3),
        Action::CtrlClick(99),
    ] {
        assert!(unchanged(&s, &act(&s, action.clone())), "{action:?}");
    }
    let s = act(&s, Action::Click(2));
    assert_eq!(s.selection.indices(), [2]);
    let s = act(&s, Action::ShiftClick(5));
    assert_eq!(s.selection.indices(), [2, 3, 4, 5]);
    assert_eq!(s.selection.cursor(), Some(5));
    let s = act(&s, Action::CtrlClick(3));
    assert_eq!(s.selection.indices(), [2, 4, 5]);
    let s = act(&s, Action::CtrlClick(7));
    assert_eq!(s.selection.indices(), [2, 4, 5, 7]);
    assert!(unchanged(&s, &act(&s, Action::ShiftClick(n))));
    let s = act(&s, Action::Click(0));
    assert_eq!(s.selection.indices(), [0]);
}

#[test]
fn jump_to_clears_a_filter_that_hides_the_target() {
    let s = tagged(&start(), "metrics", &[1]);
    let s = act(&s, Action::SetFilter(only("metrics")));
    assert!(!s.is_visible(5));
    let jumped = act(&s, Action::JumpTo(5));
    assert_eq!(jumped.filter, Filter::default());
    assert!(jumped.is_visible(5));
    assert_eq!(jumped.selection.indices(), [5]);
    assert_eq!(jumped.reveal, s.reveal + 1);
    // A visible target keeps the filter.
    let kept = act(&s, Action::JumpTo(1));
    assert_eq!(kept.filter, only("metrics"));
    assert_eq!(kept.selection.indices(), [1]);
    assert_eq!(kept.reveal, s.reveal + 1);
    assert!(unchanged(&s, &act(&s, Action::JumpTo(8))));
}

#[test]
fn set_filter_shows_only_what_passes() {
    let s = tagged(&start(), "attendees", &[0, 7]);
    let s = act(&s, Action::SetFilter(only("attendees")));
    let shown: Vec<usize> = (0..len(&s)).filter(|&i| s.is_visible(i)).collect();
    assert_eq!(shown, [0, 7]);
    let s = act(
        &s,
        Action::SetFilter(Filter {
            untagged: true,
            ..Filter::default()
        }),
    );
    let shown: Vec<usize> = (0..len(&s)).filter(|&i| s.is_visible(i)).collect();
    assert_eq!(shown, [1, 2, 3, 4, 5, 6]);
    let s = act(&s, Action::SetFilter(Filter::default()));
    assert!((0..len(&s)).all(|i| s.is_visible(i)));
    assert!(!s.is_visible(len(&s)), "past the end is never visible");
}

#[test]
fn set_query_finds_the_matching_sentences() {
    let s = act(&start(), Action::SetQuery("he".into()));
    assert_eq!(*s.search.matches, [1, 2, 6]);
    assert_eq!(s.search.current, None);
    assert_eq!(s.search.query, "he");
    let s = act(&s, Action::SetQuery("招商".into()));
    assert_eq!(*s.search.matches, [4]);
    let s = act(&s, Action::SetQuery("   ".into()));
    assert!(s.search.matches.is_empty());
}

#[test]
fn matches_follow_merges_splits_and_their_undo() {
    let s = act(&start(), Action::SetQuery("he".into()));
    let s = act(&s, Action::SearchStep { forward: true });
    assert_eq!(s.search.current, Some(0));
    let merged = run(&act(&s, Action::Click(1)), Command::Merge);
    assert_eq!(*merged.search.matches, [1, 5]);
    assert_eq!(merged.search.current, None);
    let split = edit(
        &merged,
        Edit::Split {
            sentence: 1,
            at: 13,
        },
    );
    assert_eq!(text(&split, 2), "Then he spoke.");
    assert_eq!(*split.search.matches, [1, 2, 6]);
    let undone = run(&split, Command::Undo);
    assert_eq!(*undone.search.matches, [1, 5]);
    // A tag changes no text: the matches and the current one stay.
    let s = act(&s, Action::Click(0));
    let tagged = run(&s, Command::ToggleTag("metrics".into()));
    assert_eq!(tagged.search, s.search);
}

#[test]
fn search_step_wraps_both_ways() {
    let s = act(&start(), Action::SetQuery("near".into()));
    assert_eq!(*s.search.matches, [6, 7]);
    let fwd = |s: &Rc<AppState>| act(s, Action::SearchStep { forward: true });
    let back = |s: &Rc<AppState>| act(s, Action::SearchStep { forward: false });
    let a = fwd(&s);
    assert_eq!(
        (a.search.current, a.selection.indices()),
        (Some(0), vec![6])
    );
    assert_eq!(a.reveal, s.reveal + 1);
    let b = fwd(&a);
    assert_eq!(
        (b.search.current, b.selection.indices()),
        (Some(1), vec![7])
    );
    let c = fwd(&b);
    assert_eq!(
        (c.search.current, c.selection.indices()),
        (Some(0), vec![6])
    );
    let d = back(&c);
    assert_eq!(
        (d.search.current, d.selection.indices()),
        (Some(1), vec![7])
    );
    let from_none = back(&s);
    assert_eq!(
        from_none.search.current,
        Some(1),
        "back from nothing: the last"
    );
}

#[test]
fn search_step_clears_a_filter_that_hides_the_match() {
    let s = tagged(&start(), "metrics", &[0]);
    let s = act(&s, Action::SetFilter(only("metrics")));
    let s = act(&s, Action::SetQuery("招商".into()));
    let s = act(&s, Action::SearchStep { forward: true });
    assert_eq!(s.selection.indices(), [4]);
    assert!(!s.filter.is_active());
}

#[test]
fn search_step_with_no_matches_changes_nothing() {
    let s = start();
    assert!(unchanged(
        &s,
        &act(&s, Action::SearchStep { forward: true })
    ));
    let s = act(&s, Action::SetQuery("zebra".into()));
    assert!(s.search.matches.is_empty());
    assert!(unchanged(
        &s,
        &act(&s, Action::SearchStep { forward: false })
    ));
}

// ---------------------------------------------------------------- dialogs, language, messages

#[test]
fn open_and_close_a_dialog() {
    let s = start();
    assert!(unchanged(&s, &act(&s, Action::CloseDialog)), "none open");
    let s = act(
        &s,
        Action::Open(Dialog::Note {
            sentence: 3,
            phrase: None,
        }),
    );
    assert_eq!(
        s.dialog,
        Some(Dialog::Note {
            sentence: 3,
            phrase: None
        })
    );
    let s = act(&s, Action::CloseDialog);
    assert_eq!(s.dialog, None);
}

#[test]
fn set_lang_changes_the_language_only() {
    let s = act(&start(), Action::Click(1));
    let zh = act(&s, Action::SetLang(Lang::Zh));
    assert_eq!(zh.lang, Lang::Zh);
    assert_eq!(zh.selection, s.selection);
    assert_eq!(zh.workspace(), s.workspace());
}

#[test]
fn load_starts_afresh_but_keeps_the_language_and_the_storage_problem() {
    let s = tagged(&start(), "metrics", &[0]);
    let s = act(&s, Action::SetLang(Lang::Zh));
    let s = act(&s, Action::StorageProblem(Some(StoreError::Full)));
    let s = act(&act(&s, Action::Click(2)), Action::SetQuery("he".into()));
    let s = act(&s, Action::Open(Dialog::Help));
    let other = Workspace::new(Document::new("u", "One. Two."), TagSet::default());
    let mut loaded = Loaded::new(other.clone(), "other".into());
    loaded.notice = Some(Notice::info("opened"));
    let next = act(&s, Action::Load(Box::new(loaded)));
    assert_eq!(next.generation, s.generation + 1);
    assert_eq!(next.storage_problem, Some(StoreError::Full));
    assert_eq!(next.lang, Lang::Zh);
    assert_eq!(next.workspace(), &other);
    assert_eq!(next.doc_id, "other");
    assert_eq!(next.notice, Some(Notice::info("opened")));
    assert!(next.selection.is_empty());
    assert!(next.search.query.is_empty() && next.search.matches.is_empty());
    assert_eq!(next.dialog, None);
    assert!(!next.history.can_undo());
    // Reopening the same document still counts as a new one.
    let again = act(
        &next,
        Action::Load(Box::new(Loaded::new(other, "other".into()))),
    );
    assert_eq!(again.generation, next.generation + 1);
}

fn annotation(range: std::ops::Range<usize>, exact: &str, tag: &str) -> IncomingAnnotation {
    IncomingAnnotation {
        phrase: Some(false),
        authors: Default::default(),
        range: Some(range),
        quote: Quote {
            exact: exact.into(),
            prefix: String::new(),
            suffix: String::new(),
        },
        tags: vec![tag.into()],
        note: "imported".into(),
        created: 5,
        modified: 6,
        rejected: Vec::new(),
    }
}

#[test]
fn import_opens_its_report_and_records_history_when_something_changed() {
    let incoming = Incoming {
        annotations: vec![
            annotation(47..52, "会议现场。", "metrics"),
            annotation(0..5, "nowhere to be found", "metrics"),
        ],
        ..Incoming::default()
    };
    let s = start();
    let s2 = act(&s, Action::Import(Rc::new(incoming)));
    let Some(Dialog::ImportReport(report)) = &s2.dialog else {
        panic!("no report: {:?}", s2.dialog);
    };
    assert_eq!(report.exact, 1);
    assert_eq!(report.orphans.len(), 1);
    assert!(s2.workspace().marks[3].has("metrics"));
    assert_eq!(s2.workspace().marks[3].note, "imported");
    assert!(s2.history.can_undo());
    assert_eq!(run(&s2, Command::Undo).workspace(), s.workspace());
    // Nothing anchored: the report still opens, and there is nothing to undo.
    let nothing = Incoming {
        annotations: vec![annotation(0..5, "nowhere to be found", "metrics")],
        ..Incoming::default()
    };
    let s3 = act(&s, Action::Import(Rc::new(nothing)));
    assert!(matches!(s3.dialog, Some(Dialog::ImportReport(_))));
    assert_eq!(s3.workspace(), s.workspace());
    assert!(!s3.history.can_undo());
}

#[test]
fn incoming_with_another_text_asks_and_without_one_imports() {
    let s = act(&start(), Action::Notify(Some(Notice::info("hello"))));
    let foreign = Rc::new(Incoming {
        text: Some("A different article.".into()),
        ..Incoming::default()
    });
    let asked = act(&s, Action::Incoming(Rc::clone(&foreign)));
    assert!(matches!(&asked.dialog, Some(Dialog::ImportChoice(i)) if Rc::ptr_eq(i, &foreign)));
    assert_eq!(asked.notice, None);
    assert_eq!(asked.workspace(), s.workspace());
    let plain = Incoming {
        annotations: vec![annotation(0..18, "Mr. Smith arrived.", "attendees")],
        ..Incoming::default()
    };
    let applied = act(&s, Action::Incoming(Rc::new(plain)));
    assert!(matches!(applied.dialog, Some(Dialog::ImportReport(_))));
    assert!(applied.workspace().marks[0].has("attendees"));
    assert_eq!(applied.notice, None);
}

#[test]
fn notify_and_storage_problem_set_and_clear() {
    let s = start();
    let told = act(&s, Action::Notify(Some(Notice::error("bad"))));
    assert_eq!(told.notice, Some(Notice::error("bad")));
    assert_eq!(act(&told, Action::Notify(None)).notice, None);
    let failing = act(&s, Action::StorageProblem(Some(StoreError::Busy)));
    assert_eq!(failing.storage_problem, Some(StoreError::Busy));
    assert_eq!(
        act(&failing, Action::StorageProblem(None)).storage_problem,
        None
    );
}

#[test]
fn conflict_resolved_closes_the_dialog_and_says_which_version_in_the_language() {
    let conflict = Action::Open(Dialog::Conflict(Rc::new(Clash {
        sentences: vec![1],
        ..Clash::default()
    })));
    let s = act(&start(), conflict);
    let mine = act(&s, Action::ConflictResolved(Resolution::KeepMine));
    assert_eq!(mine.dialog, None);
    assert_eq!(
        mine.notice,
        Some(Notice::info(Lang::En.strings().kept_mine))
    );
    let zh = act(&s, Action::SetLang(Lang::Zh));
    let theirs = act(&zh, Action::ConflictResolved(Resolution::TakeTheirs));
    assert_eq!(theirs.dialog, None);
    assert_eq!(
        theirs.notice,
        Some(Notice::info(Lang::Zh.strings().took_theirs))
    );
    assert_ne!(
        Lang::Zh.strings().took_theirs,
        Lang::En.strings().took_theirs
    );
    assert_ne!(Lang::En.strings().kept_mine, Lang::En.strings().took_theirs);
}

// ---------------------------------------------------------------- sync

/// What another tab saved: sentences 0 and 1 merged, and a tag on the old sentence 5.
fn other_tab() -> Workspace {
    let w = workspace();
    let w = w.apply(&Edit::MergeWithNext { sentence: 0 }, NOW).unwrap();
    w.apply(
        &Edit::ToggleTag {
            tag: "commitments".into(),
            sentences: vec![4],
        },
        NOW,
    )
    .unwrap()
}

#[test]
fn synced_shows_the_other_tab_and_restarts_the_history() {
    let s = run(
        &act(&start(), Action::Click(2)),
        Command::ToggleTag("metrics".into()),
    );
    assert!(s.history.can_undo());
    let synced = act(
        &s,
        Action::Synced {
            workspace: other_tab(),
            merged: true,
        },
    );
    assert_eq!(synced.workspace(), &other_tab());
    assert!(!synced.history.can_undo());
    assert!(!synced.history.can_redo());
    assert!(unchanged(&synced, &run(&synced, Command::Undo)));
    assert_eq!(
        synced.notice,
        Some(Notice::info(Lang::En.strings().merged_other_tab))
    );
    // Not merged: the notice is left as it was.
    let s = act(&s, Action::Notify(Some(Notice::info("mine"))));
    let plain = act(
        &s,
        Action::Synced {
            workspace: other_tab(),
            merged: false,
        },
    );
    assert_eq!(plain.notice, Some(Notice::info("mine")));
}

#[test]
fn synced_keeps_the_last_sentence_selected_when_a_merge_above_shortens_the_list() {
    let s = act(&start(), Action::Click(7));
    let synced = act(
        &s,
        Action::Synced {
            workspace: other_tab(),
            merged: false,
        },
    );
    assert!(synced.selection.indices().iter().all(|&i| i < 7));
    assert_eq!(synced.selection.indices(), vec![6]);
    assert_eq!(synced.selection.cursor(), Some(6));
}

#[test]
fn synced_moves_an_open_note_with_its_sentence_or_closes_it() {
    let s = run(&act(&start(), Action::Click(2)), Command::Note);
    let moved = act(
        &s,
        Action::Synced {
            workspace: other_tab(),
            merged: true,
        },
    );
    assert_eq!(
        moved.dialog,
        Some(Dialog::Note {
            sentence: 1,
            phrase: None
        })
    );
    assert_eq!(text(&moved, 1), "Then he spoke.");
    // Sentence 1 was merged into 0 in the other tab: its note dialog has nothing left.
    let s = run(&act(&start(), Action::Click(1)), Command::Note);
    let gone = act(
        &s,
        Action::Synced {
            workspace: other_tab(),
            merged: true,
        },
    );
    assert_eq!(gone.dialog, None);
    // A split dialog follows too, with its caret.
    let s = run_at(&act(&start(), Action::Click(6)), Command::Split, Some(2));
    let moved = act(
        &s,
        Action::Synced {
            workspace: other_tab(),
            merged: false,
        },
    );
    assert_eq!(
        moved.dialog,
        Some(Dialog::Split {
            sentence: 5,
            caret: Some(2)
        })
    );
    // Other dialogs stay as they are.
    let s = run(&start(), Command::Help);
    let kept = act(
        &s,
        Action::Synced {
            workspace: other_tab(),
            merged: false,
        },
    );
    assert_eq!(kept.dialog, Some(Dialog::Help));
}

#[test]
fn synced_refreshes_the_matches_when_the_text_structure_changed() {
    let s = act(&start(), Action::SetQuery("he".into()));
    let s = act(&s, Action::SearchStep { forward: true });
    let synced = act(
        &s,
        Action::Synced {
            workspace: other_tab(),
            merged: false,
        },
    );
    assert_eq!(*synced.search.matches, [0, 1, 5]);
    assert_eq!(synced.search.current, None);
    // Same sentences (only marks changed): the matches and the current one stay.
    let tags_only = s
        .workspace()
        .apply(
            &Edit::ToggleTag {
                tag: "metrics".into(),
                sentences: vec![0],
            },
            NOW,
        )
        .unwrap();
    let synced = act(
        &s,
        Action::Synced {
            workspace: tags_only,
            merged: false,
        },
    );
    assert_eq!(synced.search, s.search);
}

/// The cursor and the selection stay on the sentences the user chose when another
/// tab's merge moves them, as an open note dialog does; else the next tag key tags
/// another sentence than the one highlighted before the sync.
#[test]

fn synced_moves_the_selection_with_its_sentences() {
    let s = act(&act(&start(), Action::Click(2)), Action::ShiftClick(3));
    assert_eq!(text(&s, 2), "Then he spoke.");
    let synced = act(
        &s,
        Action::Synced {
            workspace: other_tab(),
            merged: true,
        },
    );
    // Sentences 2 and 3 ("Then he spoke.", "会议现场。") are 1 and 2 in the other tab.
    assert_eq!(synced.selection.indices(), [1, 2]);
    assert_eq!(synced.selection.cursor(), Some(2));
}

/// A conflict closes only by a choice (see `Dialog::Conflict`): the autosave waits for
/// it and saves nothing meanwhile. A file dropped on the page must not push it away.
#[test]

fn an_import_does_not_push_away_a_conflict() {
    let s = act(
        &start(),
        Action::Open(Dialog::Conflict(Rc::new(Clash {
            sentences: vec![0],
            ..Clash::default()
        }))),
    );
    let plain = Rc::new(Incoming {
        annotations: vec![annotation(0..18, "Mr. Smith arrived.", "attendees")],
        ..Incoming::default()
    });
    let foreign = Rc::new(Incoming {
        text: Some("A different article.".into()),
        ..Incoming::default()
    });
    for action in [
        Action::Incoming(Rc::clone(&plain)),
        Action::Incoming(foreign),
        Action::Import(plain),
    ] {
        let after = act(&s, action.clone());
        assert!(
            matches!(after.dialog, Some(Dialog::Conflict(_))),
            "{action:?} left {:?}",
            after.dialog
        );
    }
}

// ---------------------------------------------------------------- properties

/// Sentences to build random documents from, English and Chinese.
const POOL: &[&str] = &[
    "The cat sat.",
    "He ran home.",
    "Dogs bark loudly.",
    "It was late.",
    "Mr. Smith spoke.",
    "Prices rose 3%.",
    "会议现场。",
    "优化环境。",
    "再招商。",
    "新引进项目4个。",
    "他说:“好!”",
];

const TAGS: &[&str] = &["commitments", "metrics", "attendees", "nope"];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::collection::vec(0..POOL.len(), 1..5), 1..4).prop_map(|paras| {
        paras
            .iter()
            .map(|p| p.iter().map(|&i| POOL[i]).collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn tag_strategy() -> impl Strategy<Value = String> {
    prop::sample::select(TAGS).prop_map(str::to_string)
}

fn filter_strategy() -> impl Strategy<Value = Filter> {
    (
        prop::collection::btree_set(tag_strategy(), 0..3),
        any::<bool>(),
    )
        .prop_map(|(tags, untagged)| Filter {
            tags: tags.into_iter().collect::<BTreeSet<_>>(),
            untagged,
        })
}

/// Indices a little past the end of any generated document, to try out-of-range ones.
fn index() -> impl Strategy<Value = usize> {
    prop_oneof![3 => 0usize..6, 1 => 0usize..16]
}

fn command_strategy() -> impl Strategy<Value = Command> {
    prop_oneof![
        4 => (any::<bool>(), any::<bool>())
            .prop_map(|(forward, extend)| Command::Step { forward, extend }),
        3 => tag_strategy().prop_map(Command::ToggleTag),
        1 => Just(Command::Note),
        2 => Just(Command::Merge),
        1 => Just(Command::Split),
        2 => Just(Command::Undo),
        2 => Just(Command::Redo),
        1 => Just(Command::Help),
        1 => Just(Command::EditTags),
        2 => Just(Command::Escape),
        1 => Just(Command::Paste),
        1 => Just(Command::Recent),
        1 => Just(Command::Search),
        1 => Just(Command::Sample),
        1 => Just(Command::Export(ExportKind::Json)),
    ]
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    let notes = prop::sample::select(&["", "a note", "  spaced  ", "备注"][..]);
    prop_oneof![
        (index(), notes).prop_map(|(sentence, note)| Edit::SetNote {
            sentence,
            note: note.into()
        }),
        (index(), 0usize..14).prop_map(|(sentence, at)| Edit::Split { sentence, at }),
        index().prop_map(|sentence| Edit::MergeWithNext { sentence }),
        (tag_strategy(), prop::collection::vec(index(), 0..4))
            .prop_map(|(tag, sentences)| Edit::ToggleTag { tag, sentences }),
    ]
}

fn dialog_strategy() -> impl Strategy<Value = Dialog> {
    prop_oneof![
        index().prop_map(|sentence| Dialog::Note {
            sentence,
            phrase: None
        }),
        (index(), prop::option::of(0usize..24))
            .prop_map(|(sentence, caret)| Dialog::Split { sentence, caret }),
        Just(Dialog::TagEditor),
        Just(Dialog::Help),
        Just(Dialog::Paste),
        Just(Dialog::Recent),
        Just(Dialog::Conflict(Rc::new(Clash::default()))),
    ]
}

/// A query: a piece of the text (maybe with its case changed), or something absent.
fn query_strategy(chars: Rc<Vec<char>>) -> impl Strategy<Value = String> {
    let n = chars.len();
    prop_oneof![
        4 => (0..n, 0usize..6, any::<bool>()).prop_map(move |(start, len, upper)| {
            let piece: String = chars[start..(start + len).min(n)].iter().collect();
            if upper { piece.to_ascii_uppercase() } else { piece }
        }),
        1 => Just(String::new()),
        1 => Just("zebra".to_string()),
    ]
}

/// Any action but the ones that need a whole document or file (load, import, sync);
/// every `now` is 0 here and set, increasing, when the action is applied.
fn action_strategy(chars: Rc<Vec<char>>) -> impl Strategy<Value = Action> {
    prop_oneof![
        8 => (command_strategy(), prop::option::of(0usize..24))
            .prop_map(|(command, caret)| Action::Run { command, now: 0, caret }),
        3 => index().prop_map(Action::Click),
        1 => index().prop_map(Action::LongPress),
        2 => index().prop_map(Action::ShiftClick),
        2 => index().prop_map(Action::CtrlClick),
        1 => index().prop_map(Action::JumpTo),
        2 => filter_strategy().prop_map(Action::SetFilter),
        2 => query_strategy(chars).prop_map(Action::SetQuery),
        2 => any::<bool>().prop_map(|forward| Action::SearchStep { forward }),
        6 => edit_strategy().prop_map(|edit| Action::Edit { edit, now: 0 }),
        1 => (tag_strategy(), any::<bool>())
            .prop_map(|(id, confirmed)| Action::DeleteTag { id, confirmed, now: 0 }),
        1 => dialog_strategy().prop_map(Action::Open),
        1 => Just(Action::CloseDialog),
        1 => prop::sample::select(&[Resolution::KeepMine, Resolution::TakeTheirs][..])
            .prop_map(Action::ConflictResolved),
    ]
}

/// A state-changing action only: a command that edits, an edit, a tag deletion.
fn editing_strategy() -> impl Strategy<Value = Action> {
    prop_oneof![
        1 => tag_strategy().prop_map(|tag| Action::Run {
            command: Command::ToggleTag(tag),
            now: 0,
            caret: None
        }),
        1 => Just(Action::Run {
            command: Command::Merge,
            now: 0,
            caret: None
        }),
        4 => edit_strategy().prop_map(|edit| Action::Edit { edit, now: 0 }),
        1 => (tag_strategy(), any::<bool>())
            .prop_map(|(id, confirmed)| Action::DeleteTag { id, confirmed, now: 0 }),
    ]
}

fn stamped(action: Action, at: Millis) -> Action {
    match action {
        Action::Run { command, caret, .. } => Action::Run {
            command,
            now: at,
            caret,
        },
        Action::Edit { edit, .. } => Action::Edit { edit, now: at },
        Action::DeleteTag { id, confirmed, .. } => Action::DeleteTag {
            id,
            confirmed,
            now: at,
        },
        other => other,
    }
}

/// A random document and actions on it.
fn scenario() -> impl Strategy<Value = (String, Vec<Action>)> {
    text_strategy().prop_flat_map(|text| {
        let chars = Rc::new(text.chars().collect::<Vec<_>>());
        (
            Just(text),
            prop::collection::vec(action_strategy(chars), 0..40),
        )
    })
}

fn initial(text: &str) -> Rc<AppState> {
    let w = Workspace::new(Document::new("p", text), TagSet::default());
    Rc::new(AppState::new(Loaded::new(w, "p".into()), Lang::En))
}

fn apply_all(mut state: Rc<AppState>, actions: &[Action]) -> Rc<AppState> {
    for (i, action) in actions.iter().enumerate() {
        state = state.reduce(stamped(action.clone(), NOW + i as Millis * 1000));
    }
    state
}

fn check_invariants(state: &AppState) -> Result<(), TestCaseError> {
    let w = state.workspace();
    let doc = &w.doc;
    let n = doc.sentences.len();
    // (a) the selection and the cursor lie in the document.
    for i in state.selection.indices() {
        prop_assert!(i < n, "selected {} of {}", i, n);
    }
    if let Some(c) = state.selection.cursor() {
        prop_assert!(c < n, "cursor {} of {}", c, n);
    }
    // (b) the matches are exactly the sentences that match the query.
    prop_assert_eq!(
        &*state.search.matches,
        &matching_sentences(doc, &state.search.query)
    );
    if let Some(current) = state.search.current {
        prop_assert!(current < state.search.matches.len());
    }
    // (c) one marks entry per sentence.
    prop_assert_eq!(w.marks.len(), n);
    // (e) visibility is the filter applied to the marks.
    for (i, marks) in w.marks.iter().enumerate() {
        prop_assert_eq!(state.is_visible(i), state.filter.shows(marks));
    }
    prop_assert!(!state.is_visible(n));
    // The sentences still cover the text they say, and the paragraphs cover them.
    for s in &doc.sentences {
        prop_assert_eq!(&doc.text[s.start..s.end], &*s.text);
        prop_assert!(!s.text.is_empty());
    }
    let covered: Vec<usize> = doc.paragraphs.iter().flat_map(Clone::clone).collect();
    prop_assert_eq!(covered, (0..n).collect::<Vec<_>>());
    Ok(())
}

/// Whether the reducer promises to hand `state` back unchanged (the same `Rc`).
fn promises_no_change(state: &AppState, action: &Action) -> bool {
    let n = state.workspace().doc.sentences.len();
    match action {
        Action::Click(i) | Action::ShiftClick(i) | Action::CtrlClick(i) | Action::JumpTo(i) => {
            *i >= n
        }
        Action::SearchStep { .. } => state.search.matches.is_empty(),
        Action::CloseDialog => matches!(state.dialog, None | Some(Dialog::Conflict(_))),
        Action::Run { command, .. } => match command {
            Command::Undo => !state.history.can_undo(),
            Command::Redo => !state.history.can_redo(),
            Command::Escape => match &state.dialog {
                Some(Dialog::Conflict(_)) => true,
                Some(_) => false,
                // A cursor left on a sentence ctrl-clicked out of the selection is
                // cleared too: only a selection with nothing at all stays as it is.
                None => state.selection == Selection::default(),
            },
            Command::Note | Command::Split | Command::Merge => {
                state.selection.cursor().is_none() || state.selection.is_empty()
            }
            Command::Search | Command::Sample | Command::Export(_) => true,
            _ => false,
        },
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// After every action of a random sequence: the selection is in range (a), the
    /// matches are the query's (b), the marks fit the sentences (c), visibility is the
    /// filter's (e); and the actions the reducer promises to leave alone hand back
    /// the very same state.
    #[test]
    fn every_step_keeps_the_invariants((text, actions) in scenario()) {
        let mut state = initial(&text);
        check_invariants(&state)?;
        for (i, action) in actions.into_iter().enumerate() {
            let before_reveal = state.reveal;
            let next = Rc::clone(&state).reduce(stamped(action.clone(), NOW + i as Millis * 1000));
            check_invariants(&next)
                .map_err(|e| TestCaseError::fail(format!("after {action:?}: {e}")))?;
            if promises_no_change(&state, &action) {
                prop_assert!(Rc::ptr_eq(&state, &next), "{:?} made a new state", action);
            }
            prop_assert!(next.reveal == before_reveal || next.reveal == before_reveal + 1);
            prop_assert_eq!(next.generation, state.generation);
            state = next;
        }
    }

    /// (d) From any state a random prefix reaches, an edit that changes the workspace
    /// is undone exactly and redone exactly; one that changes nothing records nothing.
    #[test]
    fn undo_and_redo_of_any_edit_are_exact(
        (text, prefix, changes) in scenario().prop_flat_map(|(text, prefix)| {
            (Just(text), Just(prefix), prop::collection::vec(editing_strategy(), 1..6))
        })
    ) {
        let at = NOW + 100_000;
        let before = apply_all(initial(&text), &prefix);
        // Each change is tried on the same state.
        for change in changes {
            let after = Rc::clone(&before).reduce(stamped(change.clone(), at));
            check_invariants(&after)?;
            if after.workspace() != before.workspace() {
                prop_assert!(after.history.can_undo());
                prop_assert!(!after.history.can_redo());
                let undone = run(&after, Command::Undo);
                prop_assert_eq!(undone.workspace(), before.workspace(), "undo of {:?}", change);
                check_invariants(&undone)?;
                let redone = run(&undone, Command::Redo);
                prop_assert_eq!(redone.workspace(), after.workspace(), "redo of {:?}", change);
                check_invariants(&redone)?;
            } else {
                prop_assert_eq!(after.history.can_undo(), before.history.can_undo());
                let a = after.history.undo().map(|h| h.present().clone());
                let b = before.history.undo().map(|h| h.present().clone());
                prop_assert_eq!(a, b, "{:?} changed nothing but was recorded", change);
            }
        }
    }

    /// Undoing every edit of a random sequence walks back through each workspace the
    /// edits made, to the document as opened; redoing walks forward to the last.
    #[test]
    fn undo_walks_back_through_every_edit(
        (text, edits) in text_strategy().prop_flat_map(|text| {
            (Just(text), prop::collection::vec(edit_strategy(), 0..25))
        })
    ) {
        let mut state = initial(&text);
        let mut seen = vec![state.workspace().clone()];
        for (i, edit) in edits.into_iter().enumerate() {
            state = act(&state, Action::Edit { edit, now: NOW + i as Millis });
            if state.workspace() != seen.last().unwrap() {
                seen.push(state.workspace().clone());
            }
        }
        for expected in seen.iter().rev().skip(1) {
            state = run(&state, Command::Undo);
            prop_assert_eq!(state.workspace(), expected);
            check_invariants(&state)?;
        }
        prop_assert!(!state.history.can_undo());
        for expected in seen.iter().skip(1) {
            state = run(&state, Command::Redo);
            prop_assert_eq!(state.workspace(), expected);
        }
        prop_assert!(!state.history.can_redo());
    }
}

#[test]
fn deleting_a_filtered_tag_takes_it_out_of_the_filter_and_undo_keeps_it_out() {
    let s = act(
        &start(),
        Action::SetFilter(Filter::default().toggled_tag("metrics")),
    );
    assert!(s.filter.is_active());
    let deleted = act(
        &s,
        Action::DeleteTag {
            id: "metrics".into(),
            confirmed: true,
            now: NOW,
        },
    );
    assert!(
        !deleted.filter.is_active(),
        "no checkbox is left to undo it"
    );
    assert!((0..8).all(|i| deleted.is_visible(i)));
    let undone = run(&deleted, Command::Undo);
    assert!(undone.workspace().tags.get("metrics").is_some());
    assert!(!undone.filter.is_active());
}

#[test]
fn a_sentence_ctrl_clicked_out_of_the_selection_is_not_acted_on_and_escape_clears_it() {
    let s = act(&start(), Action::CtrlClick(2));
    let s = act(&s, Action::CtrlClick(2));
    assert!(s.selection.is_empty());
    assert_eq!(
        s.selection.cursor(),
        Some(2),
        "the focus stays where it was"
    );
    for command in [Command::Note, Command::Split, Command::Merge] {
        let after = run(&s, command.clone());
        assert!(Rc::ptr_eq(&after, &s), "{command:?} with nothing selected");
    }
    let cleared = run(&s, Command::Escape);
    assert_eq!(cleared.selection.cursor(), None);
    assert!(Rc::ptr_eq(&run(&cleared, Command::Escape), &cleared));
}

#[test]
fn confirming_the_deletion_of_a_tag_another_tab_deleted_returns_to_the_editor() {
    let s = act(
        &start(),
        Action::Open(Dialog::ConfirmDeleteTag { id: "gone".into() }),
    );
    let after = act(
        &s,
        Action::DeleteTag {
            id: "gone".into(),
            confirmed: true,
            now: NOW,
        },
    );
    assert_eq!(after.dialog, Some(Dialog::TagEditor));
    assert_eq!(after.workspace(), s.workspace());
}

#[test]
fn a_long_press_starts_a_range_that_taps_extend_until_an_edit_or_esc() {
    let pressed = act(&start(), Action::LongPress(2));
    assert!(pressed.extending);
    assert_eq!(pressed.selection.indices(), [2]);
    assert!(pressed.announcement.text.starts_with("Range"));
    let extended = act(&pressed, Action::Click(4));
    assert_eq!(extended.selection.indices(), [2, 3, 4]);
    let back = act(&extended, Action::Click(1));
    assert_eq!(back.selection.indices(), [1, 2]);
    // An edit ends it: the next tap selects afresh.
    let tagged = run(&back, Command::ToggleTag("metrics".into()));
    assert!(!tagged.extending);
    assert_eq!(act(&tagged, Action::Click(6)).selection.indices(), [6]);
    // Esc ends it and keeps the selection; the next Esc clears the selection.
    let ended = run(&extended, Command::Escape);
    assert!(!ended.extending);
    assert_eq!(ended.selection.indices(), [2, 3, 4]);
    assert!(run(&ended, Command::Escape).selection.is_empty());
    // Out of range: nothing.
    assert!(unchanged(&pressed, &act(&pressed, Action::LongPress(99))));
}
