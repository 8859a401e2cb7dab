//! Suggested tags for 10,000 sentences, natively: the sample article's sentences and
//! the labelled sets' (Chinese and English), repeated. Run with `make bench` or
//! `cargo bench --bench suggest`. The target is under 200 ms.

#[path = "../examples/support/labelled.rs"]
mod labelled;

use divan::{Bencher, black_box};
use sentag::core::annotation::TagSet;
use sentag::core::document::Document;
use sentag::core::editor::Workspace;
use sentag::core::suggest::Suggester;

const SENTENCES: usize = 10_000;

/// The sentences of every labelled file and of the sample, as one text, repeated to
/// 10,000 sentences (one paragraph per sentence, so none joins another).
fn workspace() -> Workspace {
    let mut sentences: Vec<String> =
        sentag::core::segment::segment(sentag::core::samples::SAMPLE_TEXT)
            .iter()
            .map(|s| s.text.to_string())
            .collect();
    for doc in labelled::read_all() {
        sentences.extend(doc.sentences.into_iter().map(|s| s.text));
    }
    let text: String = sentences
        .iter()
        .cycle()
        .take(SENTENCES)
        .map(|s| format!("{}\n", s.replace('\n', " ")))
        .collect();
    Workspace::new(Document::new("bench", text), TagSet::default())
}

#[divan::bench(sample_count = 10)]
fn ten_thousand_sentences(bencher: Bencher) {
    let workspace = workspace();
    let suggester = Suggester::new(&workspace.tags);
    println!("({} sentences)", workspace.doc.sentences.len());
    bencher.bench_local(|| suggester.pending(black_box(&workspace)).len());
}

fn main() {
    divan::main();
}
