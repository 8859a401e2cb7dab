//! Splits texts into sentences in batch: JSON Lines `{"text": "..."}` in, one JSON array of
//! sentence strings per line out. `--breaks keep` (or `join`) reads line breaks other
//! than the default `auto`.
//!
//! ```sh
//! echo '{"text": "会议现场。(杨威 摄)"}' | cargo run --release --example segment
//! ["会议现场。","(杨威 摄)"]
//! echo '{"text": "The council met\non Tuesday."}' | cargo run --release --example segment -- --breaks join
//! ["The council met\non Tuesday."]
//! ```

#[path = "support/jsonl.rs"]
mod jsonl;

use std::io;

use sentag::core::segment::{LineBreaks, segment_with};

#[derive(serde::Deserialize)]
struct Input {
    text: String,
}

/// The reading of line breaks named by `--breaks NAME`, or the default.
fn line_breaks() -> io::Result<LineBreaks> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => Ok(LineBreaks::default()),
        [flag, name] if flag == "--breaks" => serde_json::from_value(name.as_str().into())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "--breaks auto|keep|join")),
        _ => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "usage: segment [--breaks auto|keep|join]",
        )),
    }
}

fn main() -> io::Result<()> {
    let breaks = line_breaks()?;
    jsonl::answer_each(|input: Input| {
        segment_with(&input.text, breaks)
            .iter()
            .map(|s| s.text.to_string())
            .collect::<Vec<_>>()
    })
}
