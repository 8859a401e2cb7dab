//! The compare dialog's state through the reducer, natively: files read as sheets
//! (named by their one author), a file that is no annotation file reported, choices
//! and steps, combining as one undoable edit that closes the dialog, and nothing of
//! the document changed before that.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use sentag::core::annotation::TagSet;
use sentag::core::compare::{Choice, Rule};
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::format::native::{self, ExportOptions};
use sentag::model::comparing::{CompareAction, ComparedFile, Unread};
use sentag::model::i18n::Lang;
use sentag::model::{Action, AppState, Command, Dialog, Loaded};

const TEXT: &str = "The board met on Monday. It approved the plan. Ten members attended.";

fn workspace() -> Workspace {
    Workspace::new(Document::new("Board", TEXT), TagSet::default())
}

fn file_by(author: &str, tags: &[(usize, &str)]) -> ComparedFile {
    let mut w = workspace();
    for (sentence, tag) in tags {
        let edit = Edit::ToggleTag {
            tag: tag.to_string(),
            sentences: vec![*sentence],
        };
        w = w.apply_as(&edit, 1, author).unwrap();
    }
    ComparedFile {
        name: format!("{}.json", author.to_lowercase()),
        text: Ok(native::to_json(&native::export(
            &w,
            &ExportOptions::default(),
        ))),
    }
}

fn act(state: &Rc<AppState>, action: CompareAction) -> Rc<AppState> {
    Rc::clone(state).reduce(Action::Compare(action))
}

fn start() -> Rc<AppState> {
    let state = Rc::new(AppState::new(
        Loaded::new(workspace(), "d".into()),
        Lang::En,
    ));
    state.reduce(Action::Run {
        command: Command::Compare,
        now: 0,
        caret: None,
    })
}

#[test]
fn files_become_sheets_and_their_differences_are_settled_and_combined_in_one_undo() {
    let s = start();
    assert_eq!(s.dialog, Some(Dialog::Compare));
    let files = vec![
        file_by("Ana", &[(0, "commitments"), (1, "commitments")]),
        file_by("Ben", &[(1, "commitments"), (2, "attendees")]),
        ComparedFile {
            name: "notes.json".into(),
            text: Ok("not json".into()),
        },
    ];
    let s = act(&s, CompareAction::Files { files, mine: None });
    let c = s.compare.as_ref().unwrap();
    let names: Vec<&str> = c.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Ana", "Ben"], "named by their one author");
    assert!(matches!(c.unread[..], [(ref n, Unread::NotAnnotations(_))] if n == "notes.json"));
    assert_eq!(c.differences.len(), 2);
    assert!(
        s.workspace().marks.iter().all(|m| m.is_empty()),
        "nothing changes yet"
    );

    let s = act(&s, CompareAction::Step { forward: true });
    assert_eq!(s.compare.as_ref().unwrap().current, 1);
    assert!(
        Rc::ptr_eq(&s, &act(&s, CompareAction::Step { forward: true })),
        "the last stays"
    );
    let s = act(
        &s,
        CompareAction::Choose {
            index: 0,
            choice: Some(Choice::Sheet(0)),
        },
    );
    let s = act(&s, CompareAction::Rule(Rule::Majority));
    let before = s.workspace().clone();
    let s = act(&s, CompareAction::Combine { now: 9 });
    assert!(s.dialog.is_none() && s.compare.is_none());
    let m = &s.workspace().marks;
    assert_eq!(m[0].tags, ["commitments"], "Ana's, as chosen");
    assert_eq!(m[1].tags, ["commitments"], "both had it");
    assert!(m[2].tags.is_empty(), "a tie under the majority rule");
    assert_eq!(m[0].by.by("commitments"), Some("Ana"));
    assert!(s.notice.is_some());
    let undone = Rc::clone(&s).reduce(Action::Run {
        command: Command::Undo,
        now: 10,
        caret: None,
    });
    assert_eq!(*undone.workspace(), before);
}

#[test]
fn the_document_itself_takes_part_and_a_reference_scores_the_others() {
    let s = start();
    let s = act(
        &s,
        CompareAction::Files {
            files: vec![file_by("Cy", &[(2, "attendees")])],
            mine: Some("Me".into()),
        },
    );
    let c = s.compare.as_ref().unwrap();
    assert_eq!(c.sheets[0].name, "Me");
    assert!(c.figures[2].sentences.is_empty(), "no reference, no scores");
    let s = act(&s, CompareAction::Reference(Some(1)));
    let f = &s.compare.as_ref().unwrap().figures;
    let attendees = f.iter().find(|f| f.tag == "attendees").unwrap();
    assert_eq!(
        attendees.sentences[1].f1(),
        1.0,
        "the reference against itself"
    );
    assert_eq!(attendees.sentences[0].f1(), 0.0);
    let s = act(&s, CompareAction::Restart);
    assert!(s.compare.is_none() && s.dialog == Some(Dialog::Compare));
}
