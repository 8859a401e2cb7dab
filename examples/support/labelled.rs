//! The labelled sets of suggested tags (`tests/fixtures/suggest/`), read for the
//! evaluation, the benchmark and the tests: JSON Lines, one document per line.

#![allow(dead_code)] // each includer uses part of it

use std::path::{Path, PathBuf};

/// The labelled sets, in the order they are reported.
pub const SETS: [&str; 3] = ["dev", "heldout", "heldout2"];

/// A labelled document: its language, name and sentences.
#[derive(serde::Deserialize)]
pub struct Doc {
    pub lang: String,
    pub name: String,
    pub sentences: Vec<Labelled>,
}

/// One sentence and the tags it deserves.
#[derive(serde::Deserialize)]
pub struct Labelled {
    pub text: String,
    pub tags: Vec<String>,
}

/// Where the sets are.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/suggest")
}

/// The documents of set `name`, file by file in name order; none if it is missing.
pub fn read_set(name: &str) -> Vec<Doc> {
    let mut files: Vec<_> = std::fs::read_dir(root().join(name))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "jsonl"));
    files.sort();
    let mut docs = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable labelled file");
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let doc: Doc = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
            docs.push(doc);
        }
    }
    docs
}

/// Every document of every set.
pub fn read_all() -> Vec<Doc> {
    SETS.iter().flat_map(|set| read_set(set)).collect()
}
