//! Suggested tags for 10,000 sentences, natively: the sample article's sentences and
//! the labelled sets' (Chinese and English), repeated. Run with `make bench` or
//! `cargo bench --bench suggest`. The target is under 200 ms.

use divan::{Bencher, black_box};
use sentag::core::annotation::TagSet;
use sentag::core::document::Document;
use sentag::core::editor::Workspace;
use sentag::core::suggest::Suggester;

const SENTENCES: usize = 10_000;

/// The sentences of every labelled file and of the sample, as one text, repeated to
/// 10,000 sentences (one paragraph per sentence, so none joins another).
fn workspace() -> Workspace {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/suggest");
    let mut sentences: Vec<String> =
        sentag::core::segment::segment(sentag::core::samples::SAMPLE_TEXT)
            .iter()
            .map(|s| s.text.to_string())
            .collect();
    for set in ["dev", "heldout", "heldout2"] {
        let Ok(dir) = std::fs::read_dir(root.join(set)) else {
            continue;
        };
        for file in dir.filter_map(Result::ok) {
            let text = std::fs::read_to_string(file.path()).unwrap_or_default();
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let doc: serde_json::Value = serde_json::from_str(line).expect("labelled JSON");
                for s in doc["sentences"].as_array().into_iter().flatten() {
                    sentences.push(s["text"].as_str().unwrap_or_default().to_string());
                }
            }
        }
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
