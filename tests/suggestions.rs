//! Suggested tags in the model: accepting, rejecting and stepping through them, undo,
//! the review before accepting all, a user's cue patterns, and rejections kept through
//! a save, a sentag file and a merge. The rules themselves are tested per language in
//! `suggest_zh.rs` and `suggest_en.rs`; here a user's cue patterns make the suggestions,
//! so the tests do not move when the rules improve.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::rc::Rc;

#[path = "../examples/support/labelled.rs"]
mod labelled;

use proptest::prelude::*;
use sentag::core::annotation::{Millis, Tag, TagSet};
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::format::{self, native};
use sentag::core::import::open_as_document;
use sentag::core::suggest::{CUE, Suggester};
use sentag::core::sync::{ChunkCache, Revision, SavedState};
use sentag::model::i18n::Lang;
use sentag::model::suggested::{Suggested, read};
use sentag::model::{Action, AppState, Command, Dialog, Loaded};

/// 0 "Flood risk rose." 1 "The dam held." 2 "A new flood plan starts." 3 "Nothing else."
const TEXT: &str = "Flood risk rose. The dam held. A new flood plan starts. Nothing else.";
const NOW: Millis = 1_700_000_000_000;

fn tags() -> TagSet {
    let mut tags = TagSet { tags: Vec::new() };
    tags.tags.push(Tag {
        id: "risks".into(),
        label: "risks".into(),
        color: "#9a3412".into(),
        hotkey: None,
        cues: vec!["flood".into(), "dam".into()],
    });
    tags
}

/// The state with every sentence read for suggestions, as the web layer does after loading.
fn start() -> Rc<AppState> {
    let workspace = Workspace::new(Document::new("t", TEXT), tags());
    let state = Rc::new(AppState::new(Loaded::new(workspace, "d".into()), Lang::En));
    suggest_all(&state)
}

fn suggest_all(state: &Rc<AppState>) -> Rc<AppState> {
    let workspace = state.workspace();
    let key = Suggested::key_for(&workspace.tags);
    let missing = state.suggested.missing(key, &workspace.doc);
    let found = read(&Suggester::new(&workspace.tags), &workspace.doc, &missing);
    Rc::clone(state).reduce(Action::Suggested { key, found })
}

fn run(state: &Rc<AppState>, command: Command) -> Rc<AppState> {
    Rc::clone(state).reduce(Action::Run {
        command,
        now: NOW,
        caret: None,
    })
}

fn pending(state: &AppState) -> Vec<usize> {
    (0..state.workspace().doc.sentences.len())
        .filter(|&i| !state.pending(i).is_empty())
        .collect()
}

#[test]
fn reading_lasts_until_every_sentence_is_read_and_never_for_a_set_with_nothing_to_suggest() {
    let workspace = Workspace::new(Document::new("t", TEXT), tags());
    let fresh = Rc::new(AppState::new(Loaded::new(workspace, "d".into()), Lang::En));
    assert!(fresh.reading_suggestions());
    assert!(!suggest_all(&fresh).reading_suggestions());
    let mut plain = tags();
    plain.tags[0].cues.clear();
    let idle = Workspace::new(Document::new("t", TEXT), plain);
    let idle = AppState::new(Loaded::new(idle, "d".into()), Lang::En);
    assert!(
        !idle.reading_suggestions(),
        "no rule and no cue word: nothing to read for"
    );
}

#[test]
fn cue_patterns_suggest_the_users_own_tag_with_their_cue() {
    let state = start();
    assert_eq!(pending(&state), [0, 1, 2]);
    let first = state.pending(0)[0];
    assert_eq!((first.tag.as_str(), first.reason), ("risks", CUE));
    assert_eq!(&TEXT[first.cue.clone()], "Flood");
    assert!(
        state.workspace().marks.iter().all(|m| m.is_empty()),
        "suggestions are not tags"
    );
}

#[test]
fn accept_tags_the_sentence_and_moves_on_and_undo_takes_it_back() {
    let state = run(&start(), Command::NextSuggestion { forward: true });
    assert_eq!(state.selection.cursor(), Some(0));
    let state = run(&state, Command::Accept);
    assert!(state.workspace().marks[0].has("risks"));
    assert_eq!(
        state.selection.cursor(),
        Some(1),
        "moves on to the next suggestion"
    );
    assert_eq!(pending(&state), [1, 2]);
    let undone = run(&state, Command::Undo);
    assert!(!undone.workspace().marks[0].has("risks"));
    assert_eq!(pending(&undone), [0, 1, 2]);
}

#[test]
fn reject_hides_the_suggestion_for_good_and_is_undoable() {
    let state = run(&start(), Command::NextSuggestion { forward: true });
    let state = run(&state, Command::NextSuggestion { forward: true });
    assert_eq!(state.selection.cursor(), Some(1));
    let state = run(&state, Command::Reject);
    assert!(state.workspace().marks[1].rejects("risks"));
    assert!(!state.workspace().marks[1].has("risks"));
    assert_eq!(pending(&state), [0, 2]);
    // Found again (another tab, a reload): still rejected.
    let again = suggest_all(&state);
    assert_eq!(pending(&again), [0, 2]);
    assert_eq!(pending(&run(&state, Command::Undo)), [0, 1, 2]);
}

#[test]
fn previous_and_next_go_round_and_say_when_none_are_left() {
    let state = start();
    let back = run(&state, Command::NextSuggestion { forward: false });
    assert_eq!(
        back.selection.cursor(),
        Some(2),
        "from nothing selected, up starts at the end"
    );
    let round = run(&back, Command::NextSuggestion { forward: true });
    assert_eq!(round.selection.cursor(), Some(0));
    let edit = Edit::Reject(vec![
        (0, "risks".into()),
        (1, "risks".into()),
        (2, "risks".into()),
    ]);
    let none = Rc::clone(&state).reduce(Action::Edit { edit, now: NOW });
    let none = run(&none, Command::NextSuggestion { forward: true });
    assert!(none.notice.as_ref().is_some_and(|n| !n.error));
    assert_eq!(none.selection.cursor(), None);
}

#[test]
fn accept_all_goes_through_its_review_and_is_one_undo() {
    let state = run(&start(), Command::ReviewSuggestions("risks".into()));
    assert_eq!(
        state.dialog,
        Some(Dialog::AcceptAll {
            tag: "risks".into()
        })
    );
    let listed: Vec<usize> = state.pending_of("risks").iter().map(|(i, _)| *i).collect();
    assert_eq!(listed, [0, 1, 2]);
    // The user unticked sentence 1 in the review.
    let edit = Edit::Accept(vec![(0, "risks".into()), (2, "risks".into())]);
    let state = Rc::clone(&state).reduce(Action::Edit { edit, now: NOW });
    assert_eq!(state.dialog, None);
    assert_eq!(state.workspace().count("risks"), 2);
    assert_eq!(run(&state, Command::Undo).workspace().count("risks"), 0);
}

#[test]
fn switched_off_nothing_is_pending_and_the_choice_survives_another_document() {
    let off = run(&start(), Command::ShowSuggestions(false));
    assert!(pending(&off).is_empty());
    assert!(
        run(&off, Command::Accept)
            .workspace()
            .marks
            .iter()
            .all(|m| m.is_empty())
    );
    let workspace = Workspace::new(Document::new("u", "Flood."), tags());
    let next = Rc::clone(&off).reduce(Action::Load(Box::new(Loaded::new(workspace, "e".into()))));
    assert!(!next.suggest);
}

#[test]
fn a_merge_reads_only_the_new_sentence_and_keeps_rejections() {
    let state = run(&start(), Command::NextSuggestion { forward: true });
    let state = run(&state, Command::Reject);
    let state = Rc::clone(&state).reduce(Action::Click(0));
    let merged = run(&state, Command::Merge);
    let workspace = merged.workspace();
    let key = Suggested::key_for(&workspace.tags);
    assert_eq!(merged.suggested.missing(key, &workspace.doc), [0]);
    let merged = suggest_all(&merged);
    assert!(
        workspace.marks[0].rejects("risks"),
        "the merge keeps the rejection"
    );
    assert_eq!(pending(&merged), [1], "sentence 2 became 1");
}

#[test]
fn changing_a_tags_cues_reads_everything_again() {
    let state = start();
    let mut tag = state.workspace().tags.tags[0].clone();
    tag.cues = vec!["nothing".into()];
    let state = Rc::clone(&state).reduce(Action::Edit {
        edit: Edit::UpdateTag(tag),
        now: NOW,
    });
    let state = suggest_all(&state);
    assert_eq!(pending(&state), [3]);
}

fn rejected_workspace() -> Workspace {
    let w = Workspace::new(Document::new("t", TEXT), tags());
    let w = w
        .apply(&Edit::Reject(vec![(1, "risks".into())]), NOW)
        .unwrap();
    w.apply(&Edit::Accept(vec![(0, "risks".into())]), NOW)
        .unwrap()
}

#[test]
fn rejections_and_cues_survive_the_sentag_file_and_the_stored_state() {
    let w = rejected_workspace();
    let options = native::ExportOptions {
        include_text: true,
        source: None,
        now: NOW,
    };
    let json = native::to_json(&native::export(&w, &options));
    assert!(json.contains("\"rejected\""), "{json}");
    assert!(json.contains("\"cues\""), "{json}");
    let incoming = format::parse(&json).unwrap();
    let (back, _) = open_as_document(&incoming, &TagSet::default()).unwrap();
    assert_eq!(back, w);

    let mut cache = ChunkCache::default();
    let rev = Revision {
        n: 1,
        tab: "t".into(),
    };
    let write = cache.write(&w, &rev, &[], NOW);
    let chunks: HashMap<&str, &str> = write.chunks.iter().map(|c| (&*c.name, &*c.json)).collect();
    let saved = SavedState::read(&write.head, |n| chunks.get(n).map(|j| j.to_string())).unwrap();
    assert_eq!(saved.restore(&w.doc), w);
}

#[test]
fn a_stored_state_from_before_rejections_still_reads() {
    let head = r##"{"rev":{"n":1,"tab":"t"},"tags":[{"id":"risks","label":"risks","color":"#9a3412","hotkey":null}],"chunks":["c"]}"##;
    let saved = SavedState::read(head, |_| Some(r#"[[0,["risks"],"",1,2]]"#.into())).unwrap();
    let w = saved.restore(&Rc::new(Document::new("t", TEXT)));
    assert!(w.marks[0].has("risks") && w.marks[0].rejected.is_empty());
    assert!(w.tags.tags[0].cues.is_empty());
}

proptest! {
    /// Accepting every pending suggestion then undoing gives back the workspace; a
    /// rejected suggestion is never pending, whatever else was accepted.
    #[test]
    fn accept_and_reject_any_pairs(picks in prop::collection::vec((0usize..4, any::<bool>()), 0..12)) {
        let state = start();
        let mut s = Rc::clone(&state);
        for (i, accept) in &picks {
            let pair = vec![(*i, "risks".to_string())];
            let edit = if *accept { Edit::Accept(pair) } else { Edit::Reject(pair) };
            s = Rc::clone(&s).reduce(Action::Edit { edit, now: NOW });
        }
        for i in 0..4 {
            let marks = &s.workspace().marks[i];
            if marks.has("risks") || marks.rejects("risks") {
                prop_assert!(s.pending(i).is_empty(), "sentence {}", i);
            }
        }
        let mut back = s;
        while back.history.can_undo() {
            back = run(&back, Command::Undo);
        }
        prop_assert_eq!(back.workspace(), state.workspace());
    }
}

#[test]
fn exports_hold_suggestions_only_when_asked_and_marked_as_such() {
    use sentag::core::format::csv::CsvOptions;
    use sentag::core::format::job::{ExportFormat, ExportJob};
    let w = rejected_workspace();
    let make = |format, suggestions| {
        let job = ExportJob {
            suggestions,
            ..ExportJob::new(&w, None, format, Vec::new(), NOW)
        };
        job.run().unwrap().body
    };
    let native = ExportFormat::Native { include_text: true };
    let csv = ExportFormat::Csv(CsvOptions::default());
    for format in [native, ExportFormat::W3c, csv] {
        let plain = make(format, false);
        assert!(!plain.contains("suggest"), "{format:?}: {plain}");
    }
    // Sentence 0 is tagged, 1 rejected: only sentence 2 ("A new flood plan starts.") is pending.
    let json: serde_json::Value = serde_json::from_str(&make(native, true)).unwrap();
    let suggested: Vec<&serde_json::Value> = json["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a.get("suggested").is_some())
        .collect();
    assert_eq!(suggested.len(), 1);
    assert_eq!(suggested[0]["suggested"][0]["tag"], "risks");
    assert_eq!(suggested[0]["suggested"][0]["cue"], "flood");
    assert_eq!(suggested[0]["tags"], serde_json::json!([]));

    let w3c_body = make(ExportFormat::W3c, true);
    let w3c: serde_json::Value = serde_json::from_str(&w3c_body).unwrap();
    let items = w3c["first"]["items"].as_array().unwrap();
    let suggestion = items
        .iter()
        .find(|a| a.get("motivation").is_some())
        .unwrap();
    assert_eq!(suggestion["motivation"], "tagging");
    assert_eq!(suggestion["body"]["purpose"], "tagging");
    assert_eq!(suggestion["generator"]["type"], "Software");
    assert!(suggestion["sentag:confidence"].as_f64().unwrap() > 0.5);
    assert_eq!(suggestion["target"]["selector"][1]["start"], 31);
    // Read back, a suggestion is not a tag.
    let incoming = format::parse(&w3c_body).unwrap();
    assert_eq!(incoming.annotations.len(), 1, "only the tagged sentence");
    let incoming = format::parse(&make(native, true)).unwrap();
    assert!(
        incoming
            .annotations
            .iter()
            .all(|a| !a.tags.is_empty() || !a.rejected.is_empty())
    );

    let csv_body = make(csv, true);
    let lines: Vec<&str> = csv_body.lines().collect();
    assert!(lines[0].ends_with(",suggested"), "{csv_body}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("3,") && l.ends_with(",risks")),
        "{csv_body}"
    );
    assert!(
        !lines.iter().any(|l| l.starts_with("2,")),
        "a rejection alone is no row: {csv_body}"
    );
}

#[test]
fn every_reason_the_rules_give_on_the_labelled_sets_is_worded_in_both_languages() {
    use sentag::core::suggest::{Context, Lang as Rules, suggest};
    let mut reasons = std::collections::BTreeSet::new();
    for doc in labelled::read_all() {
        let lang = Rules::from_code(&doc.lang);
        for s in &doc.sentences {
            let found = suggest(&s.text, lang, Context::default());
            reasons.extend(found.into_iter().map(|f| f.reason));
        }
    }
    assert!(reasons.len() >= 10, "{reasons:?}");
    for lang in [Lang::En, Lang::Zh] {
        let words = lang.suggest_words();
        let unknown: Vec<_> = reasons.iter().filter(|r| !words.knows(r)).collect();
        assert!(unknown.is_empty(), "{lang:?} lacks words for {unknown:?}");
    }
}
