//! A PDF's text from the positioned pieces of text on its pages: lines in reading order,
//! paragraphs rebuilt, running headers, footers and page numbers dropped, line-break
//! hyphens repaired. The pieces come from pdf.js in the PDF worker (`static/pdf_worker.mjs`);
//! this runs in the decoder worker.
//!
//! The rules, in order:
//! - **Lines**: pieces whose baselines lie within 0.4 of their font size form a row; a row
//!   is read left to right. A page with a gutter (an upright strip in its middle third
//!   that at most a tenth of the rows cross, with a third of the rows on each side) is read
//!   as two columns, left then right, between the rows that span it (titles, tables).
//! - **Headers and footers**: a row in the top or bottom 12% of its page goes when its
//!   text, with digits as `#`, is in that band on two pages or more, or when it is a lone
//!   page number (`3`, `- 3 -`, `Page 3 of 9`, `3/9`, `第3页`, `iv`…).
//! - **Paragraphs**: a line starts a new paragraph after a change of font size, a gap
//!   wider than the usual line pitch, a line that ended early (its next line's first
//!   word would have fitted), as an indented first line, or as a list item (a bullet, or
//!   `2.` after a line that ends a sentence); across a page or column, also after a
//!   sentence end followed by a capital.
//! - **Joining lines**: nothing between two lines when either side is CJK (no spaces in
//!   Chinese or Japanese); a soft hyphen (U+00AD, or U+2010 as pdf.js reports a hyphen it
//!   set at a break) before a lower-case letter is removed; a plain `-` is kept
//!   (`well-` + `known` is `well-known`) unless the word without it occurs elsewhere in
//!   the document (`inter-` + `national` is `international` when `international` is
//!   there too); otherwise one space.

mod furniture;
mod paragraphs;
mod rows;

use serde::{Deserialize, Serialize};

/// One piece of text as pdf.js reports it, in the page's upright coordinates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// The text.
    #[serde(rename = "str")]
    pub text: String,
    /// Its left edge, from the left of the page.
    pub x: f64,
    /// Its baseline, from the top of the page.
    pub y: f64,
    /// Its advance width.
    pub width: f64,
    /// Its font size.
    pub height: f64,
}

/// A page's size and its pieces of text, in the same units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// The page's width.
    pub width: f64,
    /// The page's height.
    pub height: f64,
    /// The pieces of text, in any order.
    pub items: Vec<Item>,
}

/// Why a PDF gave no text to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfError {
    /// No text on any page: a scan, or pictures of text.
    NoText,
    /// The PDF needs a password.
    Encrypted,
    /// The file is damaged, truncated or not a PDF.
    Corrupt,
}

impl PdfError {
    /// The error a PDF worker's `error` code stands for (`password`, `corrupt`).
    pub fn from_code(code: &str) -> Option<PdfError> {
        match code {
            "password" => Some(PdfError::Encrypted),
            "corrupt" => Some(PdfError::Corrupt),
            "no-text" => Some(PdfError::NoText),
            _ => None,
        }
    }
}

/// Whether a file is a PDF: the `%PDF-` header within its first 1024 bytes (where
/// readers look for it), or a `.pdf` name, so that a damaged one is reported as a PDF.
pub fn is_pdf(name: &str, bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
        || name
            .rsplit_once('.')
            .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("pdf"))
}

/// The document's text: one paragraph per line, paragraphs separated by a blank line.
/// Empty when the pages hold no text but headers and footers.
pub fn pdf_text(pages: &[Page]) -> String {
    let mut rows: Vec<Vec<rows::Row>> = pages.iter().map(rows::rows).collect();
    let dropped = furniture::furniture(pages, &rows);
    for (page_rows, dropped) in rows.iter_mut().zip(dropped) {
        let mut keep = dropped.into_iter().map(|d| !d);
        page_rows.retain(|_| keep.next().unwrap_or(true));
    }
    let mut lines: Vec<rows::Line> = rows
        .iter()
        .zip(pages)
        .enumerate()
        .flat_map(|(index, (page_rows, page))| rows::order(index, page_rows, page.width))
        .collect();
    rows::settle_edges(&mut lines);
    paragraphs::paragraphs(&lines).join("\n\n")
}

/// The PDF's own title (its metadata) when it names the document: not empty, not a
/// file name, path or address, not a word processor's placeholder.
pub fn sensible_title(meta: &str) -> Option<String> {
    let title = meta.trim();
    let title = title
        .strip_prefix("Microsoft Word - ")
        .unwrap_or(title)
        .trim();
    let lower = title.to_lowercase();
    let file_name = [
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".htm", ".html", ".indd", ".ps", ".tex",
        ".xls", ".xlsx", ".ppt", ".pptx",
    ]
    .iter()
    .any(|ext| lower.ends_with(ext));
    let placeholder =
        ["untitled", "document", "title", "无标题", "未命名"].contains(&lower.as_str());
    let sensible = title.chars().any(char::is_alphanumeric)
        && title.chars().count() <= 200
        && !file_name
        && !placeholder
        && !lower.contains("://")
        && !lower.starts_with("about:")
        && !title.contains('\\')
        && !title.starts_with('/');
    sensible.then(|| title.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Ideographs, kana and the CJK punctuation and full-width forms: text written without
/// spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{30FF}'   // CJK punctuation, hiragana, katakana
        | '\u{3400}'..='\u{4DBF}' // extension A
        | '\u{4E00}'..='\u{9FFF}' // unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{FF00}'..='\u{FFEF}' // full-width forms
        | '\u{20000}'..='\u{3FFFF}')
}

#[cfg(test)]
mod tests;
