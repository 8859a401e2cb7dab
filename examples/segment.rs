//! Splits texts into sentences in batch: JSON Lines `{"text": "..."}` in, one JSON array of
//! sentence strings per line out.
//!
//! ```sh
//! echo '{"text": "会议现场。(杨威 摄)"}' | cargo run --release --example segment
//! ["会议现场。","(杨威 摄)"]
//! ```

use std::io::{self, BufRead, BufWriter, Write};

#[derive(serde::Deserialize)]
struct Input {
    text: String,
}

fn main() -> io::Result<()> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for (number, line) in stdin.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let input: Input = serde_json::from_str(&line).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("line {}: {e}", number + 1),
            )
        })?;
        let texts: Vec<&str> = sentag::core::segment::segment(&input.text)
            .iter()
            .map(|s| s.text)
            .collect();
        serde_json::to_writer(&mut out, &texts)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
