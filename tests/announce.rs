//! What the live region says after each action, natively: tags, phrases, notes,
//! merges and splits, undo and redo, in both languages, and a repeat still counted.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use sentag::core::annotation::TagSet;
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::model::i18n::Lang;
use sentag::model::{Action, AppState, Command, Loaded};

const TEXT: &str = "会议由区长主持。全年投资10亿元。The council met on Tuesday.";

fn start(lang: Lang) -> Rc<AppState> {
    let w = Workspace::new(Document::new("t", TEXT), TagSet::default());
    Rc::new(AppState::new(Loaded::new(w, "d".into()), lang))
}

fn edit(s: &Rc<AppState>, edit: Edit) -> Rc<AppState> {
    Rc::clone(s).reduce(Action::Edit { edit, now: 1 })
}

fn run(s: &Rc<AppState>, command: Command) -> Rc<AppState> {
    Rc::clone(s).reduce(Action::Run {
        command,
        now: 2,
        caret: None,
    })
}

fn toggle(tag: &str, sentences: Vec<usize>) -> Edit {
    Edit::ToggleTag {
        tag: tag.into(),
        sentences,
    }
}

#[test]
fn each_action_says_what_it_did() {
    let s = edit(&start(Lang::En), toggle("metrics", vec![1]));
    assert_eq!(s.announcement.text, "Tagged metrics: sentence 2");
    let n = s.announcement.n;
    let s = edit(&s, toggle("metrics", vec![1]));
    assert_eq!(s.announcement.text, "Untagged metrics: sentence 2");
    let s = edit(&s, toggle("attendees", vec![0, 2]));
    assert_eq!(s.announcement.text, "Tagged attendees: 2 sentences");
    let s = edit(
        &s,
        Edit::TogglePhraseTag {
            sentence: 1,
            range: 12..16,
            tag: "metrics".into(),
        },
    );
    assert_eq!(s.announcement.text, "Tagged metrics: phrase “10亿元”");
    let s = edit(
        &s,
        Edit::SetNote {
            sentence: 0,
            note: "chair".into(),
        },
    );
    assert_eq!(s.announcement.text, "Note saved");
    let s = run(&s, Command::Undo);
    assert_eq!(s.announcement.text, "Undone: note, sentence 1");
    let again = run(&run(&s, Command::Redo), Command::Undo);
    assert_eq!(again.announcement.text, "Undone: note, sentence 1");
    assert!(
        again.announcement.n > s.announcement.n,
        "the same words, a new announcement"
    );
    assert!(s.announcement.n > n);
    let s = edit(&s, Edit::MergeWithNext { sentence: 0 });
    assert_eq!(s.announcement.text, "Merged: sentence 1");
    // Undo and redo say what came back or went.
    let s = run(&s, Command::Undo);
    assert_eq!(s.announcement.text, "Undone: merge");
    assert_eq!(run(&s, Command::Redo).announcement.text, "Redone: merge");
    let s = run(&s, Command::Undo);
    assert_eq!(s.announcement.text, "Undone: phrase, sentence 2");
    let s = run(&s, Command::Undo);
    assert_eq!(s.announcement.text, "Undone: tag attendees, 2 sentences");
    let s = run(&s, Command::Undo);
    assert_eq!(s.announcement.text, "Undone: tag metrics, sentence 2");
    let s = edit(&s, Edit::Split { sentence: 2, at: 4 });
    assert_eq!(run(&s, Command::Undo).announcement.text, "Undone: split");
}

#[test]
fn chinese_announcements() {
    let s = edit(&start(Lang::Zh), toggle("metrics", vec![1]));
    assert_eq!(s.announcement.text, "已标注指标：第 2 句");
    let s = run(&s, Command::Undo);
    assert_eq!(s.announcement.text, "已撤销：指标，第 2 句");
}

#[test]
fn a_tag_pressed_with_nothing_selected_says_what_to_do_first() {
    let s = start(Lang::En);
    let next = run(&s, Command::ToggleTag("metrics".into()));
    assert_eq!(
        next.notice.as_ref().map(|n| n.text.as_str()),
        Some(Lang::En.strings().select_hint)
    );
    assert!(next.workspace().marks.iter().all(|m| m.is_empty()));
}

#[test]
fn a_filter_says_how_many_sentences_show() {
    use sentag::model::view::Filter;
    let tagged = edit(&start(Lang::En), toggle("metrics", vec![1]));
    let only = Filter::default().toggled_tag("metrics");
    let filtered = Rc::clone(&tagged).reduce(Action::SetFilter(only.clone()));
    assert_eq!(filtered.announcement.text, "Showing 1 of 3 sentences");
    let all = Rc::clone(&filtered).reduce(Action::SetFilter(Filter::default()));
    assert_eq!(all.announcement.text, "Showing all 3 sentences");
    let zh = edit(&start(Lang::Zh), toggle("metrics", vec![1]));
    let zh = Rc::clone(&zh).reduce(Action::SetFilter(only));
    assert_eq!(zh.announcement.text, "显示 1 句，共 3 句");
}
