//! The layout of what pdf.js read from the PDF fixtures (tests/fixtures/pdf-items, written
//! by scripts/make-pdf-fixtures.mjs from tests/e2e/fixtures/*.pdf): the whole text, as
//! the sources in tests/fixtures/pdf-src say it, in `<name>.expected.txt`.
#![cfg(not(target_arch = "wasm32"))]

use sentag::core::pdf_layout::{Page, pdf_text, sensible_title};
use serde::Deserialize;

#[derive(Deserialize)]
struct Extracted {
    title: String,
    pages: Vec<Page>,
}

fn read(file: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/pdf-items/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

fn check(name: &str, title: &str) {
    let extracted: Extracted = serde_json::from_str(&read(&format!("{name}.json"))).unwrap();
    assert_eq!(sensible_title(&extracted.title).as_deref(), Some(title));
    let expected = read(&format!("{name}.expected.txt"));
    let text = pdf_text(&extracted.pages);
    for (got, want) in text.split("\n\n").zip(expected.trim_end().split("\n\n")) {
        assert_eq!(got, want, "{name}");
    }
    assert_eq!(text, expected.trim_end(), "{name}");
}

#[test]
fn english_report() {
    check("report.en", "Annual Report on Public Transport 2024");
}

#[test]
fn chinese_article() {
    check("article.zh", "高新区召开优化营商环境工作推进会");
}

#[test]
fn two_columns() {
    check("columns.en", "Riverside Ward Newsletter");
}

#[test]
fn chinese_in_fonts_that_are_not_embedded() {
    check("cid-fonts", "Chinese in fonts that are not embedded");
}
