//! Sentence-level precision, recall and F1 on the labelled texts of
//! `tests/fixtures/wrapped`, for each way of reading line breaks. A sentence is right
//! when its start and end both match a labelled one. Paragraph columns count true
//! paragraphs joined to the one before (wrong joins) and wraps left as paragraph ends.
//!
//! ```sh
//! cargo run --example segment_eval
//! ```

mod labelled;

use labelled::{Fixture, Score, load_all, score};
use sentag::core::segment::LineBreaks;

const MODES: [LineBreaks; 3] = [LineBreaks::Keep, LineBreaks::Auto, LineBreaks::Join];

/// A named part of the labelled set.
type Subset = (&'static str, fn(&Fixture) -> bool);

fn main() {
    let fixtures = load_all();
    println!("Per text (sentences right/found/expected; wrong joins; wraps left):\n");
    println!(
        "{:<14} {:>22} {:>22} {:>22}",
        "text", "keep", "auto", "join"
    );
    for fixture in &fixtures {
        let cells: Vec<String> = MODES
            .iter()
            .map(|&m| {
                let s = score(fixture, m);
                format!(
                    "{}/{}/{} j{} w{}",
                    s.right, s.found, s.expected, s.joined_paragraphs, s.wraps_left
                )
            })
            .collect();
        println!(
            "{:<14} {:>22} {:>22} {:>22}",
            fixture.name, cells[0], cells[1], cells[2]
        );
    }
    println!();
    let subsets: [Subset; 3] = [
        ("all", |_| true),
        ("wrapped", Fixture::is_wrapped),
        ("flat", |f| !f.is_wrapped()),
    ];
    println!(
        "{:<8} {:<5} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7} {:>12} {:>11}",
        "subset", "mode", "true", "found", "right", "P", "R", "F1", "wrong joins", "wraps left"
    );
    for (subset, keep) in subsets {
        let texts = fixtures.iter().filter(|f| keep(f)).count();
        for mode in MODES {
            let mut total = Score::default();
            for fixture in fixtures.iter().filter(|f| keep(f)) {
                total.add(score(fixture, mode));
            }
            println!(
                "{:<8} {:<5} {:>6} {:>6} {:>6} {:>7.3} {:>7.3} {:>7.3} {:>12} {:>11}",
                format!("{subset}({texts})"),
                format!("{mode:?}").to_lowercase(),
                total.expected,
                total.found,
                total.right,
                total.precision(),
                total.recall(),
                total.f1(),
                total.joined_paragraphs,
                total.wraps_left
            );
        }
    }
}
