//! Suggests the built-in tags in batch: JSON Lines in, each
//! `{"lang": "zh"|"en", "sentences": ["...", ...]}`; for each line, one JSON array out,
//! holding for each sentence the ids of the tags suggested for it.
//!
//! ```sh
//! echo '{"lang": "zh", "sentences": ["会议由市长主持。", "全年新引进项目4个。"]}' \
//!   | cargo run --release --example suggest
//! [["attendees"],["metrics"]]
//! ```
//!
//! In code: `sentag::core::suggest::suggest(sentence, Lang::Zh, Context { index, count })`
//! gives each suggestion's tag, cue (a byte range), reason and confidence.

#[path = "support/jsonl.rs"]
mod jsonl;

use std::io;

use sentag::core::suggest::{Context, Lang, suggest};

#[derive(serde::Deserialize)]
struct Input {
    lang: String,
    sentences: Vec<String>,
}

fn main() -> io::Result<()> {
    jsonl::answer_each(|input: Input| {
        let lang = Lang::from_code(&input.lang);
        let count = input.sentences.len();
        let tags: Vec<Vec<String>> = input
            .sentences
            .iter()
            .enumerate()
            .map(|(index, s)| {
                suggest(s, lang, Context { index, count })
                    .into_iter()
                    .map(|s| s.tag)
                    .collect()
            })
            .collect();
        tags
    })
}
