//! Invariants of the PDF layout on random pages: no text is lost or reordered but the
//! running headers and footers, and the result is paragraphs split by one blank line.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sentag::core::pdf_layout::{Item, Page, pdf_text};

const LEFT: f64 = 50.0;
const RIGHT: f64 = 370.0;
const SIZE: f64 = 10.0;

/// A word: Latin letters, digits and punctuation, or a run of Chinese.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z]{1,12}[.,;:]?",
        1 => "[0-9]{1,4}(\\.[0-9])?%?",
        2 => "[会议指出全区坚持把优化营商环境作为推动高质量发展，。、“”]{1,14}",
    ]
}

/// A paragraph of 1 to 40 words.
fn paragraph() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(word(), 1..40)
}

fn width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
        .sum::<f64>()
        * SIZE
}

/// Lays paragraphs out on pages as a word processor would: words split across items,
/// lines filled to the margin, a gap after each paragraph, a running header and a page
/// number on every page (the header when there are two pages or more). Returns the pages and, in order, every word laid out.
fn typeset(paragraphs: &[Vec<String>], indent: bool) -> (Vec<Page>, Vec<String>) {
    let mut pages = vec![Vec::new()];
    let mut laid = Vec::new();
    let mut y = 100.0;
    for paragraph in paragraphs {
        let mut x = if indent { LEFT + 2.0 * SIZE } else { LEFT };
        for word in paragraph {
            let w = width(word);
            if x + w > RIGHT && x > LEFT + 2.0 * SIZE {
                x = LEFT;
                y += 13.0;
                if y > 500.0 {
                    pages.push(Vec::new());
                    y = 100.0;
                }
            }
            pages.last_mut().unwrap().push(Item {
                text: word.clone(),
                x,
                y,
                width: w,
                height: SIZE,
            });
            laid.push(word.clone());
            x += w + 0.3 * SIZE;
        }
        y += 24.0;
        if y > 500.0 {
            pages.push(Vec::new());
            y = 100.0;
        }
    }
    let count = pages.len();
    let pages = pages
        .into_iter()
        .enumerate()
        .map(|(n, mut items)| {
            // A header on one page only is not known to be one.
            let header = "Harbour District Council: minutes";
            if count > 1 {
                items.push(Item {
                    text: header.into(),
                    x: LEFT,
                    y: 30.0,
                    width: width(header),
                    height: 7.0,
                });
            }
            let number = format!("Page {} of {count}", n + 1);
            items.push(Item {
                width: width(&number),
                text: number,
                x: 300.0,
                y: 580.0,
                height: 7.0,
            });
            Page {
                width: 420.0,
                height: 595.0,
                items,
            }
        })
        .collect();
    (pages, laid)
}

fn ink(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

proptest! {
    #[test]
    fn no_text_is_lost_or_reordered(paragraphs in proptest::collection::vec(paragraph(), 1..12), indent in any::<bool>()) {
        let (pages, laid) = typeset(&paragraphs, indent);
        let text = pdf_text(&pages);
        prop_assert_eq!(ink(&text), ink(&laid.concat()));
    }

    #[test]
    fn paragraphs_are_single_lines_split_by_one_blank_line(paragraphs in proptest::collection::vec(paragraph(), 1..12), indent in any::<bool>()) {
        let (pages, _) = typeset(&paragraphs, indent);
        let text = pdf_text(&pages);
        prop_assert!(!text.contains("\n\n\n"));
        for paragraph in text.split("\n\n") {
            prop_assert!(!paragraph.is_empty());
            prop_assert!(!paragraph.contains('\n'));
            prop_assert_eq!(paragraph.trim(), paragraph);
            prop_assert!(!paragraph.contains("  "));
        }
    }

    #[test]
    fn the_order_of_the_pieces_does_not_matter(paragraphs in proptest::collection::vec(paragraph(), 1..6), seed in any::<u64>()) {
        let (pages, _) = typeset(&paragraphs, false);
        let mut shuffled = pages.clone();
        for page in &mut shuffled {
            let n = page.items.len();
            for i in 0..n {
                let j = (seed.wrapping_mul(i as u64 + 7) % n as u64) as usize;
                page.items.swap(i, j);
            }
        }
        prop_assert_eq!(pdf_text(&shuffled), pdf_text(&pages));
    }
}
