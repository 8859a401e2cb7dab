//! Who tagged what, natively: the user's name credited with the tags, notes and
//! phrases they give, forgotten with what they take away, kept through a merge, the
//! stored state and another document, and never credited when no name is given.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::rc::Rc;

use sentag::core::annotation::TagSet;
use sentag::core::credits::NOTE;
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::sync::{ChunkCache, Revision, SavedState};
use sentag::model::i18n::Lang;
use sentag::model::{Action, AppState, Command, Dialog, Loaded};

const TEXT: &str = "会议由区长主持。全年投资10亿元。The council met on Tuesday.";

fn workspace() -> Workspace {
    Workspace::new(Document::new("t", TEXT), TagSet::default())
}

fn state() -> Rc<AppState> {
    Rc::new(AppState::new(
        Loaded::new(workspace(), "d".into()),
        Lang::En,
    ))
}

fn act(state: &Rc<AppState>, action: Action) -> Rc<AppState> {
    Rc::clone(state).reduce(action)
}

fn edit(state: &Rc<AppState>, edit: Edit) -> Rc<AppState> {
    act(state, Action::Edit { edit, now: 5 })
}

fn toggle(sentences: Vec<usize>, tag: &str) -> Edit {
    Edit::ToggleTag {
        tag: tag.into(),
        sentences,
    }
}

#[test]
fn each_tag_and_note_is_credited_to_whoever_gave_it() {
    let s = act(&state(), Action::SetAuthor("  Ann Lee ".into()));
    assert_eq!(&*s.author, "Ann Lee");
    let s = edit(&s, toggle(vec![0, 1], "attendees"));
    let s = act(&s, Action::SetAuthor("Bo".into()));
    let s = edit(&s, toggle(vec![1], "metrics"));
    let s = edit(
        &s,
        Edit::SetNote {
            sentence: 1,
            note: "a sum".into(),
        },
    );
    let m = &s.workspace().marks[1];
    assert_eq!(m.by.by("attendees"), Some("Ann Lee"));
    assert_eq!(m.by.by("metrics"), Some("Bo"));
    assert_eq!(m.by.by(NOTE), Some("Bo"));
    // Taking a tag away forgets its author; giving it again credits the new one.
    let s = edit(&s, toggle(vec![1], "attendees"));
    assert_eq!(s.workspace().marks[1].by.by("attendees"), None);
    let s = edit(&s, toggle(vec![1], "attendees"));
    assert_eq!(s.workspace().marks[1].by.by("attendees"), Some("Bo"));
    // A merge keeps both sentences' credits.
    let s = edit(&s, Edit::MergeWithNext { sentence: 0 });
    let m = &s.workspace().marks[0];
    assert_eq!(m.by.authors(), ["Ann Lee", "Bo"]);
    // Undo takes the credit back with the tag.
    let s = act(
        &s,
        Action::Run {
            command: Command::Undo,
            now: 6,
            caret: None,
        },
    );
    assert_eq!(s.workspace().marks[1].by.by("metrics"), Some("Bo"));
}

#[test]
fn phrases_are_credited_and_no_name_credits_nothing() {
    // "10亿元" in the second sentence.
    let phrase = |tag: &str| Edit::TogglePhraseTag {
        sentence: 1,
        range: 12..16,
        tag: tag.into(),
    };
    let nobody = edit(&state(), phrase("metrics"));
    assert!(nobody.workspace().marks[1].phrases[0].by.is_empty());
    let s = act(&nobody, Action::SetAuthor("Cy".into()));
    let s = edit(&s, phrase("commitments"));
    let p = &s.workspace().marks[1].phrases[0];
    assert_eq!(
        (p.by.by("metrics"), p.by.by("commitments")),
        (None, Some("Cy"))
    );
}

#[test]
fn credits_survive_the_stored_state_and_the_name_another_document_and_its_dialog() {
    let s = act(&state(), Action::SetAuthor("Ann".into()));
    let s = edit(&s, toggle(vec![2], "attendees"));
    let w = s.workspace().clone();
    let mut cache = ChunkCache::default();
    let rev = Revision {
        n: 1,
        tab: "t".into(),
    };
    let write = cache.write(&w, &rev, &[], 9);
    let chunks: HashMap<&str, &str> = write.chunks.iter().map(|c| (&*c.name, &*c.json)).collect();
    let saved = SavedState::read(&write.head, |n| chunks.get(n).map(|j| j.to_string())).unwrap();
    assert_eq!(saved.restore(&w.doc), w);
    assert_eq!(
        saved.restore(&w.doc).marks[2].by.by("attendees"),
        Some("Ann")
    );

    let s = act(&s, Action::Open(Dialog::Author));
    let s = act(&s, Action::SetAuthor("Ann".into()));
    assert!(
        s.dialog.is_none(),
        "saving the same name still closes its dialog"
    );
    let next = act(
        &s,
        Action::Load(Box::new(Loaded::new(workspace(), "e".into()))),
    );
    assert_eq!(&*next.author, "Ann");
}
