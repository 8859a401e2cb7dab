//! Phrases inside sentences, natively: tagged and noted through edits, kept through
//! merges, splits, a new reading of line breaks, undo and the stored state; a split
//! through a phrase refused; and, after any sequence of edits, every phrase inside the
//! sentence that holds it and no tagged phrase lost by a merge or split.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::ops::Range;

use proptest::prelude::*;
use sentag::core::annotation::TagSet;
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::history::History;
use sentag::core::segment::LineBreaks;
use sentag::core::sync::{ChunkCache, Revision, SavedState};

/// 0 "新引进项目4个,总投资10亿元。" 1 "会议由区长主持。" | 2 "The council met on
/// Tuesday." 3 "It approved $2.8 billion."
const TEXT: &str = "新引进项目4个,总投资10亿元。会议由区长主持。\nThe council met on Tuesday. It approved $2.8 billion.";

fn start() -> Workspace {
    Workspace::new(Document::new("t", TEXT), TagSet::default())
}

/// The code points of `needle` in the text.
fn span(needle: &str) -> Range<usize> {
    let byte = TEXT.find(needle).unwrap();
    let start = TEXT[..byte].chars().count();
    start..start + needle.chars().count()
}

fn tag(w: &Workspace, sentence: usize, needle: &str, tag: &str) -> Workspace {
    let edit = Edit::TogglePhraseTag {
        sentence,
        range: span(needle),
        tag: tag.into(),
    };
    w.apply(&edit, 1).expect("a phrase inside its sentence")
}

fn texts(w: &Workspace, sentence: usize) -> Vec<String> {
    w.marks[sentence]
        .phrases
        .iter()
        .map(|p| TEXT.chars().skip(p.start).take(p.end - p.start).collect())
        .collect()
}

#[test]
fn a_phrase_is_tagged_and_noted_and_the_sentence_counts_for_the_filter() {
    let w = tag(&start(), 0, "10亿元", "metrics");
    let note = Edit::SetPhraseNote {
        sentence: 0,
        range: span("10亿元"),
        note: "one billion yuan".into(),
    };
    let w = w.apply(&note, 2).unwrap();
    assert_eq!(texts(&w, 0), ["10亿元"]);
    assert_eq!(w.marks[0].phrases[0].note, "one billion yuan");
    assert!(w.marks[0].has_anywhere("metrics") && !w.marks[0].has("metrics"));
    // Not in the sentence, empty, or an unknown tag: refused.
    let outside = Edit::TogglePhraseTag {
        sentence: 1,
        range: span("10亿元"),
        tag: "metrics".into(),
    };
    assert!(w.apply(&outside, 3).is_none());
    let empty = Edit::TogglePhraseTag {
        sentence: 0,
        range: 3..3,
        tag: "metrics".into(),
    };
    assert!(w.apply(&empty, 3).is_none());
    let unknown = Edit::TogglePhraseTag {
        sentence: 0,
        range: span("项目"),
        tag: "nope".into(),
    };
    assert!(w.apply(&unknown, 3).is_none());
}

#[test]
fn merge_keeps_both_sentences_phrases_and_split_gives_each_side_its_own() {
    let w = tag(&start(), 0, "4个", "metrics");
    let w = tag(&w, 1, "区长", "attendees");
    let merged = w.apply(&Edit::MergeWithNext { sentence: 0 }, 2).unwrap();
    assert_eq!(texts(&merged, 0), ["4个", "区长"]);
    let at = "新引进项目4个,总投资10亿元。".chars().count();
    let split = merged.apply(&Edit::Split { sentence: 0, at }, 3).unwrap();
    assert_eq!(texts(&split, 0), ["4个"]);
    assert_eq!(texts(&split, 1), ["区长"]);
    // A cut inside 10亿元 would break the phrase: refused (the UI asks first).
    let w = tag(&start(), 0, "10亿元", "metrics");
    let inside = "新引进项目4个,总投资10亿".chars().count();
    assert!(
        w.apply(
            &Edit::Split {
                sentence: 0,
                at: inside
            },
            4
        )
        .is_none()
    );
}

#[test]
fn undo_takes_a_phrase_back_and_line_breaks_keep_it_once() {
    let w = tag(&start(), 3, "$2.8 billion", "metrics");
    let h = History::new(start()).record(w.clone());
    assert!(h.undo().unwrap().present().marks[3].phrases.is_empty());
    let joined = w.apply(&Edit::LineBreaks(LineBreaks::Join), 5);
    if let Some(joined) = joined {
        let all: Vec<_> = joined
            .marks
            .iter()
            .flat_map(|m| m.phrases.clone())
            .collect();
        assert_eq!(all.len(), 1, "carried once, not to every piece");
    }
}

#[test]
fn phrases_survive_the_stored_state_and_old_states_still_read() {
    let w = tag(&start(), 0, "10亿元", "metrics");
    let w = tag(&w, 2, "Tuesday", "attendees");
    let mut cache = ChunkCache::default();
    let write = cache.write(
        &w,
        &Revision {
            n: 1,
            tab: "t".into(),
        },
        &[],
        9,
    );
    let chunks: HashMap<&str, &str> = write.chunks.iter().map(|c| (&*c.name, &*c.json)).collect();
    let saved = SavedState::read(&write.head, |n| chunks.get(n).map(|j| j.to_string())).unwrap();
    assert_eq!(saved.restore(&w.doc), w);
}

fn any_edit() -> impl Strategy<Value = Edit> {
    let tag = prop::sample::select(vec!["commitments", "metrics", "attendees"]);
    prop_oneof![
        4 => (0usize..4, 0usize..80, 1usize..6, tag).prop_map(|(sentence, start, len, t)| {
            Edit::TogglePhraseTag { sentence, range: start..start + len, tag: t.into() }
        }),
        1 => (0usize..4, 0usize..80, 1usize..6, "[a-z]{0,4}").prop_map(|(sentence, start, len, note)| {
            Edit::SetPhraseNote { sentence, range: start..start + len, note }
        }),
        1 => (0usize..4).prop_map(|sentence| Edit::MergeWithNext { sentence }),
        1 => (0usize..4, 0usize..30).prop_map(|(sentence, at)| Edit::Split { sentence, at }),
    ]
}

fn tagged_phrases(w: &Workspace) -> usize {
    w.marks
        .iter()
        .flat_map(|m| m.phrases.iter())
        .filter(|p| !p.tags.is_empty())
        .count()
}

proptest! {
    #[test]
    fn phrases_stay_inside_their_sentence_and_merges_and_splits_lose_none(
        edits in prop::collection::vec(any_edit(), 0..30)
    ) {
        let mut w = start();
        for edit in &edits {
            let Some(next) = w.apply(edit, 7) else { continue };
            if matches!(edit, Edit::MergeWithNext { .. } | Edit::Split { .. }) {
                prop_assert_eq!(tagged_phrases(&next), tagged_phrases(&w));
            }
            w = next;
            for (s, m) in w.doc.sentences.iter().zip(w.marks.iter()) {
                for p in &m.phrases {
                    prop_assert!(s.char_start <= p.start && p.end <= s.char_end, "{:?} in {:?}", p, s);
                    prop_assert!(!p.tags.is_empty() || !p.note.is_empty());
                }
            }
        }
    }
}

#[test]
fn phrases_round_trip_through_sentag_json_version_2_and_are_found_again_in_a_changed_text() {
    use sentag::core::format::{self, native};
    use sentag::core::import::{apply, open_as_document};
    let w = tag(&start(), 0, "10亿元", "metrics");
    let w = tag(&w, 3, "$2.8 billion", "metrics");
    let options = native::ExportOptions {
        include_text: true,
        source: None,
        now: 1,
    };
    let json = native::to_json(&native::export(&w, &options));
    let file: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(file["version"], 2);
    let kinds: Vec<_> = file["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].clone())
        .collect();
    assert_eq!(
        kinds,
        [serde_json::json!("phrase"), serde_json::json!("phrase")],
        "no sentence entry for phrases alone"
    );
    let incoming = format::parse(&json).unwrap();
    let (back, _) = open_as_document(&incoming, &TagSet::default()).unwrap();
    assert_eq!(back, w);

    // The same file on a text with a word added before the phrase: re-anchored by its quote.
    let changed = TEXT.replacen("新引进", "全年新引进", 1);
    let other = Workspace::new(Document::new("t", changed.as_str()), TagSet::default());
    let (placed, report) = apply(&other, &incoming);
    assert_eq!(report.orphans.len(), 0);
    let p = &placed.marks[0].phrases[0];
    let text: String = changed
        .chars()
        .skip(p.start)
        .take(p.end - p.start)
        .collect();
    assert_eq!(text, "10亿元");
}

#[test]
fn a_version_1_file_still_reads() {
    let json = r#"{"format": "sentag", "version": 1, "document": {"title": "t", "sha256": "x", "length": 3},
        "annotations": [{"id": "s0-3", "start": 0, "end": 3, "quote": {"exact": "新引进"}, "tags": ["metrics"]}]}"#;
    let incoming = sentag::core::format::parse(json).unwrap();
    assert_eq!(incoming.annotations.len(), 1);
    assert_eq!(incoming.annotations[0].phrase, Some(false));
}

#[test]
fn a_phrase_tag_counts_for_its_sentence_and_deleting_the_tag_takes_it_from_phrases() {
    use sentag::model::view::Filter;
    let w = tag(&start(), 0, "10亿元", "metrics");
    assert_eq!(w.count("metrics"), 1);
    let only_metrics = Filter::default().toggled_tag("metrics");
    assert!(only_metrics.shows(&w.marks[0]) && !only_metrics.shows(&w.marks[1]));
    let untagged = Filter {
        untagged: true,
        ..Filter::default()
    };
    assert!(!untagged.shows(&w.marks[0]) && untagged.shows(&w.marks[1]));
    let deleted = w
        .apply(
            &Edit::DeleteTag {
                id: "metrics".into(),
            },
            2,
        )
        .unwrap();
    assert!(deleted.marks[0].is_empty(), "{:?}", deleted.marks[0]);
}
