//! Running headers, footers and page numbers: the rows to leave out.

use std::collections::{HashMap, HashSet};

use super::Page;
use super::rows::Row;

/// The share of the page's height, at the top and at the bottom, where headers and
/// footers sit.
const BAND: f64 = 0.12;

fn in_band(row: &Row, page: &Page) -> bool {
    row.y < BAND * page.height || row.y > (1.0 - BAND) * page.height
}

/// The text with spaces removed, lower-cased, each run of digits as one `#`.
fn key(text: &str) -> String {
    let mut key = String::new();
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        if c.is_numeric() {
            if !key.ends_with('#') {
                key.push('#');
            }
        } else {
            key.extend(c.to_lowercase());
        }
    }
    key
}

/// A page number alone: `3`, `- 3 -`, `— 3 —`, `(3)`, `Page 3`, `Page 3 of 9`, `p. 3`,
/// `3 / 9`, `第3页`, `第3页 共9页`, or a small roman numeral.
pub fn is_page_number(text: &str) -> bool {
    let key = key(text);
    let key = key.trim_matches(|c| "-–—‒―‐·•|[]()<>［］（）".contains(c));
    let roman = !key.is_empty() && key.len() <= 5 && key.chars().all(|c| "ivx".contains(c));
    roman
        || matches!(
            key,
            "#" | "page#"
                | "page#of#"
                | "page#/#"
                | "p.#"
                | "pg.#"
                | "#/#"
                | "#of#"
                | "第#页"
                | "第#页共#页"
                | "共#页第#页"
                | "第#页/共#页"
                | "第#頁"
                | "第#頁共#頁"
        )
}

/// For each page, for each of its rows, whether it is a header, a footer or a page number.
pub fn furniture(pages: &[Page], rows: &[Vec<Row>]) -> Vec<Vec<bool>> {
    let mut seen: HashMap<String, HashSet<usize>> = HashMap::new();
    for (index, (page, page_rows)) in pages.iter().zip(rows).enumerate() {
        for row in page_rows.iter().filter(|r| in_band(r, page)) {
            seen.entry(key(&row.text)).or_default().insert(index);
        }
    }
    pages
        .iter()
        .zip(rows)
        .map(|(page, page_rows)| {
            page_rows
                .iter()
                .map(|row| {
                    in_band(row, page)
                        && (seen.get(&key(&row.text)).is_some_and(|p| p.len() >= 2)
                            || is_page_number(&row.text))
                })
                .collect()
        })
        .collect()
}
