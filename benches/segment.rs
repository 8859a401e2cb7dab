//! Segmentation throughput on about 1 MB of Chinese and 1 MB of English news text.
//! Run with `make bench` or `cargo bench --bench segment`; divan prints MB/s.

use divan::counter::BytesCount;
use divan::{Bencher, black_box};

const ENGLISH_PARAGRAPH: &str = "Mr. Smith, the chief executive of Acme Corp., said on Tuesday \
that revenue rose 5.2% to $1.2 billion in the third quarter. \"We are pleased,\" he told \
analysts at 9 a.m. in New York. The company, based in the U.S., expects growth of about 3.5% \
next year, e.g. in cloud services and retail. Dr. Jonas E. Miller (who joined in 2019) will \
lead the new unit. Details are at www.example.com/investors or investors@example.com. Will \
the plan work? Analysts are divided... Some expect a slowdown!";

const MEGABYTE: usize = 1 << 20;

fn about_one_megabyte(paragraph: &str) -> String {
    let mut text = String::with_capacity(MEGABYTE + paragraph.len());
    while text.len() < MEGABYTE {
        text.push_str(paragraph.trim());
        text.push('\n');
    }
    text
}

#[divan::bench(args = ["chinese", "english"])]
fn segment(bencher: Bencher, language: &str) {
    let text = match language {
        "chinese" => about_one_megabyte(sentag::core::samples::SAMPLE_TEXT),
        _ => about_one_megabyte(ENGLISH_PARAGRAPH),
    };
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| sentag::core::segment::segment(black_box(&text)).len());
}

fn main() {
    divan::main();
}
