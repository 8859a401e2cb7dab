//! The batch examples' input and output: one JSON value per line in, one per line out.

use std::io::{self, BufRead, BufWriter, Write};

/// Reads stdin line by line (blank lines skipped), parses each line as a `T` and writes
/// what `answer` makes of it as one line of JSON on stdout. A line that does not parse
/// stops the run with its number.
pub fn answer_each<T, R>(mut answer: impl FnMut(T) -> R) -> io::Result<()>
where
    T: serde::de::DeserializeOwned,
    R: serde::Serialize,
{
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for (number, line) in stdin.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let input: T = serde_json::from_str(&line).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("line {}: {e}", number + 1),
            )
        })?;
        serde_json::to_writer(&mut out, &answer(input))?;
        writeln!(out)?;
    }
    out.flush()
}
