//! The cost of an edit and of its autosave at 10,000 sentences (2,000 tagged), natively:
//! time, and the bytes each allocates (divan's allocation profiler); what a toggle
//! allocates is what undo history keeps.
//! `old_whole_json` is the save before revisions (the whole document as sentag JSON,
//! text and a fresh segmentation included), for comparison.

use divan::{AllocProfiler, Bencher, black_box};
use sentag::core::annotation::TagSet;
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::history::History;
use sentag::core::session::to_saved_json;
use sentag::core::sync::{ChunkCache, MemoryStore, Replica, Revision};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

const SENTENCES: usize = 10_000;

/// 10,000 sentences in paragraphs of eight, every fifth one tagged (2,000).
fn workspace() -> Workspace {
    let mut text = String::new();
    for i in 0..SENTENCES {
        text.push_str(&format!("Sentence {i} says the council approved item {i}."));
        text.push(if i % 8 == 7 { '\n' } else { ' ' });
    }
    let w = Workspace::new(Document::new("bench", text), TagSet::default());
    let sentences = (0..SENTENCES).step_by(5).collect();
    let edit = Edit::ToggleTag {
        tag: "attendees".into(),
        sentences,
    };
    w.apply(&edit, 1).expect("tags apply")
}

/// `w` with the tag `commitments` toggled on sentence `i`.
fn toggled(w: &Workspace, i: usize) -> Workspace {
    let edit = Edit::ToggleTag {
        tag: "commitments".into(),
        sentences: vec![i],
    };
    w.apply(&edit, 2).expect("toggles")
}

/// One tag toggled and recorded in the undo history: the allocation is what undo keeps.
#[divan::bench]
fn toggle_and_record(bencher: Bencher) {
    let history = History::new(workspace());
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 7) % SENTENCES;
        black_box(history.record(toggled(history.present(), i)))
    });
}

/// The whole state serialised afresh (a first save, or after a merge or split).
#[divan::bench]
fn whole_state(bencher: Bencher) {
    let w = workspace();
    let rev = Revision {
        n: 7,
        tab: "bench".into(),
    };
    bencher.bench_local(|| {
        ChunkCache::default()
            .write(black_box(&w), &rev, &[], 3)
            .head
            .len()
    });
}

/// What an autosave serialised before revisions.
#[divan::bench]
fn old_whole_json(bencher: Bencher) {
    let w = workspace();
    bencher.bench_local(|| to_saved_json(black_box(&w), None, 3).len());
}

/// A whole autosave after one toggle, as a tab makes it: check, serialise, swap.
#[divan::bench]
fn replica_save_after_a_toggle(bencher: Bencher) {
    let w = workspace();
    let mut store = MemoryStore::default();
    let mut replica = Replica::new("bench", None, w.clone());
    replica.save(&w, &mut store, 1).expect("saves");
    let mut present = w;
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 7) % SENTENCES;
        present = toggled(&present, i);
        replica.save(&present, &mut store, 3).expect("saves")
    });
}

fn main() {
    divan::main();
}
