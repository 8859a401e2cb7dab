//! The annotation model's edits, and undo/redo over any sequence of them.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sentag::core::annotation::{Tag, TagSet};
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::history::History;

const TEXT: &str = "会议现场。(杨威 摄)\n要深入实施招商引资“一号工程”。新引进10亿元以上重大项目4个。\nMr. Smith arrived. He sat down. Then he spoke.";

fn start() -> Workspace {
    Workspace::new(Document::new("t", TEXT), TagSet::default())
}

fn toggle(tag: &str, sentences: &[usize]) -> Edit {
    Edit::ToggleTag {
        tag: tag.into(),
        sentences: sentences.to_vec(),
    }
}

#[test]
fn toggling_adds_to_all_then_removes_from_all() {
    let w = start().apply(&toggle("metrics", &[1]), 7).unwrap();
    let w = w.apply(&toggle("metrics", &[1, 2]), 7).unwrap();
    assert!(w.marks[1].has("metrics") && w.marks[2].has("metrics"));
    let w = w.apply(&toggle("metrics", &[1, 2]), 7).unwrap();
    assert_eq!(w.count("metrics"), 0);
    assert!(start().apply(&toggle("no-such-tag", &[1]), 7).is_none());
    assert!(start().apply(&toggle("metrics", &[99]), 7).is_none());
}

#[test]
fn several_tags_and_a_note_on_one_sentence() {
    let w = start()
        .apply(&toggle("commitments", &[2]), 7)
        .unwrap()
        .apply(&toggle("attendees", &[2]), 7)
        .unwrap()
        .apply(
            &Edit::SetNote {
                sentence: 2,
                note: "  a promise  ".into(),
            },
            7,
        )
        .unwrap();
    assert_eq!(w.marks[2].tags, ["commitments", "attendees"]);
    assert_eq!(w.marks[2].note, "a promise");
    assert!(
        w.apply(
            &Edit::SetNote {
                sentence: 2,
                note: "a promise".into()
            },
            7
        )
        .is_none()
    );
}

#[test]
fn merge_unites_marks_and_split_keeps_tags_on_both_halves() {
    let w = start()
        .apply(&toggle("metrics", &[3]), 7)
        .unwrap()
        .apply(&toggle("attendees", &[4]), 7)
        .unwrap()
        .apply(
            &Edit::SetNote {
                sentence: 4,
                note: "first".into(),
            },
            7,
        )
        .unwrap();
    let merged = w.apply(&Edit::MergeWithNext { sentence: 4 }, 7).unwrap();
    assert_eq!(merged.doc.sentences.len(), w.doc.sentences.len() - 1);
    assert_eq!(
        &*merged.doc.sentences[4].text,
        "Mr. Smith arrived. He sat down."
    );
    assert_eq!(merged.marks[4].tags, ["attendees"]);
    assert_eq!(merged.marks[4].note, "first");
    assert!(
        w.apply(&Edit::MergeWithNext { sentence: 3 }, 7).is_none(),
        "not across paragraphs"
    );

    let split = merged
        .apply(
            &Edit::Split {
                sentence: 4,
                at: 18,
            },
            7,
        )
        .unwrap();
    assert_eq!(&*split.doc.sentences[5].text, "He sat down.");
    assert_eq!(split.marks[4].tags, ["attendees"]);
    assert_eq!(split.marks[5].tags, ["attendees"]);
    assert_eq!(split.marks[5].note, "");
}

#[test]
fn tag_set_edits() {
    let w = start();
    let new_tag = Tag {
        id: "evidence".into(),
        label: "evidence".into(),
        color: "#0f766e".into(),
        hotkey: Some('e'),
        cues: Vec::new(),
    };
    let w = w.apply(&Edit::AddTag(new_tag.clone()), 7).unwrap();
    assert_eq!(w.tags.tags.len(), 4);
    assert!(
        w.apply(&Edit::AddTag(new_tag.clone()), 7).is_none(),
        "ids are unique"
    );

    let renamed = Tag {
        label: "proof".into(),
        color: "#123456".into(),
        ..new_tag.clone()
    };
    let w = w.apply(&Edit::UpdateTag(renamed), 7).unwrap();
    assert_eq!(w.tags.get("evidence").unwrap().label, "proof");

    let rekeyed = Tag {
        hotkey: Some('e'),
        cues: Vec::new(),
        ..w.tags.tags[0].clone()
    };
    let w = w.apply(&Edit::UpdateTag(rekeyed), 7).unwrap();
    assert_eq!(w.tags.tags[0].hotkey, Some('e'));
    assert_eq!(
        w.tags.get("evidence").unwrap().hotkey,
        None,
        "a key toggles one tag"
    );

    let w = w
        .apply(
            &Edit::MoveTag {
                id: "evidence".into(),
                to: 0,
            },
            7,
        )
        .unwrap();
    assert_eq!(w.tags.tags[0].id, "evidence");

    let w = w.apply(&toggle("evidence", &[0, 1]), 7).unwrap();
    let w = w
        .apply(
            &Edit::DeleteTag {
                id: "evidence".into(),
            },
            7,
        )
        .unwrap();
    assert!(w.tags.get("evidence").is_none());
    assert!(w.marks.iter().all(|m| !m.has("evidence")));
}

#[test]
fn deleting_a_tag_in_use_can_be_undone() {
    let h = History::new(start());
    let h = h.record(h.present().apply(&toggle("metrics", &[1, 2]), 7).unwrap());
    let tagged = h.present().clone();
    let h = h.record(
        h.present()
            .apply(
                &Edit::DeleteTag {
                    id: "metrics".into(),
                },
                7,
            )
            .unwrap(),
    );
    assert_eq!(h.present().count("metrics"), 0);
    let h = h.undo().unwrap();
    assert_eq!(*h.present(), tagged);
    assert_eq!(h.present().count("metrics"), 2);
}

fn any_edit() -> impl Strategy<Value = Edit> {
    let tag = prop::sample::select(vec!["commitments", "metrics", "attendees", "evidence"]);
    prop_oneof![
        4 => (tag.clone(), prop::collection::vec(0usize..9, 1..4))
            .prop_map(|(t, s)| toggle(t, &s)),
        1 => (0usize..9, "[a-z ]{0,8}").prop_map(|(sentence, note)| Edit::SetNote { sentence, note }),
        1 => (0usize..9).prop_map(|sentence| Edit::MergeWithNext { sentence }),
        1 => (0usize..9, 0usize..20).prop_map(|(sentence, at)| Edit::Split { sentence, at }),
        1 => Just(Edit::AddTag(Tag { id: "evidence".into(), label: "evidence".into(), color: "#0f766e".into(), hotkey: None, cues: Vec::new() })),
        1 => (tag.clone(), 0usize..4).prop_map(|(t, to)| Edit::MoveTag { id: t.into(), to }),
        1 => tag.prop_map(|t| Edit::DeleteTag { id: t.into() }),
    ]
}

proptest! {
    #[test]
    fn undo_after_any_sequence_restores_the_start(edits in prop::collection::vec(any_edit(), 0..40)) {
        let mut history = History::new(start());
        let mut applied = 0;
        for edit in &edits {
            if let Some(next) = history.present().apply(edit, 7) {
                prop_assert_eq!(next.marks.len(), next.doc.sentences.len());
                history = history.record(next);
                applied += 1;
            }
        }
        let end = history.present().clone();
        for _ in 0..applied {
            history = history.undo().unwrap();
        }
        prop_assert!(history.undo().is_none());
        prop_assert_eq!(history.present(), &start());
        for _ in 0..applied {
            history = history.redo().unwrap();
        }
        prop_assert_eq!(history.present(), &end);
    }
}
