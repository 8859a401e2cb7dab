//! How a document's line breaks are read: kept in its fixes and files, switched by an
//! undoable edit that never drops a tag or a note.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sentag::core::annotation::TagSet;
use sentag::core::document::{Document, Fixes};
use sentag::core::editor::{Edit, Workspace};
use sentag::core::format::{self, native};
use sentag::core::history::History;
use sentag::core::import;
use sentag::core::segment::LineBreaks;

const MINUTES: &str = "CITY OF MAPLE GROVE\nREGULAR COUNCIL MEETING MINUTES\n\n\
The regular meeting of the Maple Grove City Council was called to order by Mayor Tim\n\
Willson at 6:45 p.m. in the council chambers of City Hall. Council members present\n\
were Dana Brooks, Luis Ortega and Priya Nair; Council member Sam Hall was absent.\n";

fn texts(doc: &Document) -> Vec<&str> {
    doc.sentences.iter().map(|s| &*s.text).collect()
}

fn toggle(w: &Workspace, tag: &str, sentences: Vec<usize>) -> Workspace {
    let edit = Edit::ToggleTag {
        tag: tag.into(),
        sentences,
    };
    w.apply(&edit, 1).expect("the toggle applies")
}

fn note(w: &Workspace, sentence: usize, note: &str) -> Workspace {
    let edit = Edit::SetNote {
        sentence,
        note: note.into(),
    };
    w.apply(&edit, 2).expect("the note applies")
}

#[test]
fn a_new_document_joins_wrapped_lines_and_counts_them() {
    let doc = Document::new("t", MINUTES);
    assert_eq!(doc.line_breaks(), LineBreaks::Auto);
    assert_eq!(
        texts(&doc)[2],
        "The regular meeting of the Maple Grove City Council was called to order by Mayor Tim\n\
         Willson at 6:45 p.m. in the council chambers of City Hall."
    );
    assert_eq!(doc.line_counts().joined, 2);
    assert_eq!(doc.fixes().lines, LineBreaks::Auto);
    let kept = Document::with_fixes(
        "t",
        MINUTES,
        &Fixes {
            lines: LineBreaks::Keep,
            ..Fixes::default()
        },
    );
    assert_eq!(kept.line_counts().joined, 0);
    assert_eq!(
        texts(&kept)[2],
        "The regular meeting of the Maple Grove City Council was called to order by Mayor Tim"
    );
}

#[test]
fn fixes_from_before_line_joining_read_every_line_as_a_paragraph() {
    let old: Fixes = serde_json::from_str(r#"{"merged":[],"split":[]}"#).unwrap();
    assert_eq!(old.lines, LineBreaks::Keep);
    let now: Fixes = serde_json::from_str(r#"{"lines":"join"}"#).unwrap();
    assert_eq!(now.lines, LineBreaks::Join);
    assert_eq!(Fixes::default().lines, LineBreaks::Auto);
}

#[test]
fn switching_carries_tags_to_every_piece_and_the_note_to_the_first() {
    let w = Workspace::new(Document::new("t", MINUTES), TagSet::default());
    let w = note(&toggle(&w, "metrics", vec![2]), 2, "quorum");
    let kept = w.apply(&Edit::LineBreaks(LineBreaks::Keep), 3).unwrap();
    let pieces: Vec<usize> = (0..kept.doc.sentences.len())
        .filter(|&i| kept.marks[i].has("metrics"))
        .collect();
    assert_eq!(pieces, [2, 3]);
    assert_eq!(kept.marks[2].note, "quorum");
    assert_eq!(kept.marks[3].note, "");
    // Back again: the pieces are one sentence with the tag and the note once.
    let back = kept.apply(&Edit::LineBreaks(LineBreaks::Auto), 4).unwrap();
    assert_eq!(texts(&back.doc), texts(&w.doc));
    assert!(back.marks[2].has("metrics"));
    assert_eq!(back.marks[2].note, "quorum");
    // The same reading again changes nothing.
    assert!(w.apply(&Edit::LineBreaks(LineBreaks::Auto), 5).is_none());
}

#[test]
fn undo_of_a_switch_is_exact() {
    let w = Workspace::new(Document::new("t", MINUTES), TagSet::default());
    let w = toggle(&w, "attendees", vec![3]);
    let history = History::new(w.clone());
    let history = history.record(w.apply(&Edit::LineBreaks(LineBreaks::Keep), 3).unwrap());
    assert_eq!(history.undo().unwrap().present(), &w);
}

#[test]
fn the_reading_travels_in_sentag_json() {
    let w = Workspace::new(Document::new("t", MINUTES), TagSet::default());
    let kept = toggle(&w, "metrics", vec![1])
        .apply(&Edit::LineBreaks(LineBreaks::Keep), 3)
        .unwrap();
    let options = native::ExportOptions {
        include_text: true,
        source: None,
        now: 9,
    };
    let json = serde_json::to_string(&native::export(&kept, &options)).unwrap();
    assert!(json.contains(r#""lines":"keep""#));
    let incoming = format::parse(&json).unwrap();
    let (opened, report) = import::open_as_document(&incoming, &TagSet::default()).unwrap();
    assert_eq!(report.orphans.len(), 0);
    assert_eq!(opened.doc.line_breaks(), LineBreaks::Keep);
    assert_eq!(texts(&opened.doc), texts(&kept.doc));
}

fn wrapped_text() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "council", "motion", "Mayor", "budget", "会议", "项目", "carried.",
    ]);
    let line = prop::collection::vec(word, 1..12).prop_map(|w| w.join(" "));
    prop::collection::vec(prop_oneof![line, Just(String::new())], 1..12).prop_map(|l| l.join("\n"))
}

proptest! {
    /// No reading of the line breaks loses a tag: every tagged stretch of text is
    /// still covered by a sentence with that tag, after any switch.
    #[test]
    fn no_switch_drops_a_tag(text in wrapped_text(), picks in prop::collection::vec(any::<prop::sample::Index>(), 0..5),
                             to in prop::sample::select(vec![LineBreaks::Keep, LineBreaks::Join, LineBreaks::Auto])) {
        let w = Workspace::new(Document::with_fixes("t", text.as_str(), &Fixes { lines: LineBreaks::Keep, ..Fixes::default() }), TagSet::default());
        prop_assume!(!w.doc.sentences.is_empty());
        let tagged: Vec<usize> = picks.iter().map(|i| i.index(w.doc.sentences.len())).collect();
        let w = if tagged.is_empty() { w } else { toggle(&w, "metrics", tagged.clone()) };
        let Some(next) = w.apply(&Edit::LineBreaks(to), 3) else { return Ok(()) };
        for i in tagged {
            let s = &w.doc.sentences[i];
            let covered = next.doc.sentences.iter().zip(next.marks.iter())
                .any(|(n, m)| n.char_start < s.char_end && s.char_start < n.char_end && m.has("metrics"));
            prop_assert!(covered, "sentence {i} lost its tag");
        }
        prop_assert_eq!(next.marks.len(), next.doc.sentences.len());
    }
}
