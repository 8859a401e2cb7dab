//! The stylesheet that gives each tag its colour, so that no element needs a `style`
//! attribute (which a strict `style-src 'self'` policy forbids).
//!
//! A tag at position `i` is class `t-i` (its colour in `--tag`, chip text in `--on-tag`,
//! and a line pattern of its own in `--line`, for when colours are forced); `t2-i` and
//! `t3-i` put it in `--tag2`/`--tag3` for a sentence's second and third stripes, and
//! `s-i` puts it in `--sug` for a sentence's suggestion outline. The overview's ticks
//! sit by class too: `row-k` of [`OVERVIEW_ROWS`], and `col-c` within `cols-n`.

use std::fmt::Write;

use crate::core::annotation::{TagSet, text_color_on};

/// The overview strip's resolution, in rows.
pub const OVERVIEW_ROWS: usize = 300;

/// The line pattern of the tag at each position (in `--line`), which tells tags apart
/// where colours cannot: in forced colours (Windows High Contrast), on a greyscale
/// print.
pub const LINE_STYLES: [&str; 5] = ["solid", "dashed", "dotted", "double", "wavy"];

/// `color` if it is a `#rrggbb` colour, else a neutral grey: a colour from an
/// imported file must not smuggle CSS in.
pub fn safe_color(color: &str) -> &str {
    let hex = color.strip_prefix('#').unwrap_or("");
    if hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        color
    } else {
        "#6e7781"
    }
}

/// The CSS for `tags`.
pub fn tag_css(tags: &TagSet) -> String {
    let mut css = String::new();
    for (i, tag) in tags.tags.iter().enumerate() {
        let color = safe_color(&tag.color);
        let _ = writeln!(
            css,
            ".t-{i} {{ --tag: {color}; --on-tag: {}; --line: {}; }}",
            text_color_on(color),
            LINE_STYLES[i % LINE_STYLES.len()]
        );
        let _ = writeln!(
            css,
            ".t2-{i} {{ --tag2: {color}; }}\n.t3-{i} {{ --tag3: {color}; }}\n.s-{i} {{ --sug: {color}; }}"
        );
    }
    let columns = tags.tags.len().max(1);
    // calc() keeps floating-point formatting (and its code) out of the wasm.
    for c in 0..columns {
        let _ = writeln!(
            css,
            ".cols-{columns} .col-{c} {{ left: calc(100% * {c} / {columns}); width: calc(100% / {columns}); }}"
        );
    }
    css
}

/// The overview's row positions, which never change.
pub fn overview_rows_css() -> String {
    let mut css = String::new();
    for k in 0..OVERVIEW_ROWS {
        let _ = writeln!(
            css,
            ".overview .row-{k} {{ top: calc(100% * {k} / {OVERVIEW_ROWS}); }}"
        );
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_carry_the_colours_and_bad_colours_are_replaced() {
        let mut tags = TagSet::default();
        tags.tags[1].color = "red; } body { display: none".into();
        let css = tag_css(&tags);
        assert!(css.contains(".t-0 { --tag: #1f7a4d; --on-tag: #ffffff; --line: solid; }"));
        assert!(
            css.contains("--line: dashed; }"),
            "the second tag's pattern"
        );
        assert!(css.contains(".t-1 { --tag: #6e7781;"));
        assert!(!css.contains("display: none"));
        assert!(
            css.contains(".cols-3 .col-2 { left: calc(100% * 2 / 3); width: calc(100% / 3); }")
        );
        assert!(
            overview_rows_css().contains(".overview .row-150 { top: calc(100% * 150 / 300); }")
        );
    }
}
