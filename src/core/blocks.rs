//! The blocks of a formatted document (a Word file, a web page) as sentag's plain text:
//! one paragraph per line, a blank line between paragraphs.

/// What a block of text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    /// Body text: a paragraph, a table cell, a caption, a quotation.
    Paragraph,
    /// A heading, with its level (1 the highest).
    Heading(u8),
    /// A list item, with its marker: `•` for a bullet, `3.` or `(c)` for a number,
    /// empty for none.
    Item(String),
}

/// A paragraph-like piece of a document, its text as found (white space not cleaned yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Its text.
    pub text: String,
}

impl Block {
    /// A paragraph of body text.
    pub fn paragraph(text: impl Into<String>) -> Self {
        Block {
            kind: BlockKind::Paragraph,
            text: text.into(),
        }
    }

    /// A heading of `level` (1 the highest).
    pub fn heading(level: u8, text: impl Into<String>) -> Self {
        Block {
            kind: BlockKind::Heading(level),
            text: text.into(),
        }
    }

    /// A list item after `marker`.
    pub fn item(marker: impl Into<String>, text: impl Into<String>) -> Self {
        Block {
            kind: BlockKind::Item(marker.into()),
            text: text.into(),
        }
    }

    /// The block as one line: white space collapsed, a list item after its marker
    /// and a space (none after a Chinese marker such as `一、`); empty when it has no text.
    pub fn line(&self) -> String {
        let text = collapse_whitespace(&self.text);
        match &self.kind {
            // Chinese markers end in their own spacing: `一、`, `（二）`.
            BlockKind::Item(marker) if marker.ends_with(is_wide) && !text.is_empty() => {
                format!("{marker}{text}")
            }
            BlockKind::Item(marker) if !marker.is_empty() && !text.is_empty() => {
                format!("{marker} {text}")
            }
            _ => text,
        }
    }
}

/// The text of `blocks`: each block on a line of its own (see [`Block::line`]), a blank
/// line between blocks, blocks with no text left out.
pub fn blocks_to_text(blocks: &[Block]) -> String {
    let lines: Vec<String> = blocks
        .iter()
        .map(Block::line)
        .filter(|line| !line.is_empty())
        .collect();
    lines.join("\n\n")
}

/// `text` with each run of white space (line breaks, tabs, no-break spaces) as one
/// space, trimmed. A run with a line break between two Chinese or Japanese characters
/// goes altogether, as a browser renders it (CSS Text 3, segment break transformation):
/// Chinese pages wrap their source lines in the middle of sentences.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_whitespace() {
            out.push(c);
            continue;
        }
        let mut line_break = is_line_break(c);
        while let Some(&next) = chars.peek().filter(|n| n.is_whitespace()) {
            line_break |= is_line_break(next);
            chars.next();
        }
        let before = out.chars().next_back();
        let after = chars.peek().copied();
        let joins = line_break && before.is_some_and(is_wide) && after.is_some_and(is_wide);
        if !joins {
            out.push(' ');
        }
    }
    out
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Chinese and Japanese characters and punctuation, which need no space between them
/// (Korean Hangul does, and is left out).
pub(crate) fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x303F      // CJK radicals, ideographic description, CJK symbols and punctuation
        | 0x3040..=0x31FF    // kana, bopomofo, CJK strokes
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0xFE30..=0xFE4F    // CJK compatibility forms
        | 0xFF00..=0xFFEF    // full-width forms
        | 0x20000..=0x3FFFF) // CJK extensions B and later
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_white_space_and_joins_wrapped_chinese_lines() {
        assert_eq!(
            collapse_whitespace("  The council\n met\u{a0}\t on Monday. "),
            "The council met on Monday."
        );
        assert_eq!(
            collapse_whitespace("区政府召开\n    常务会议，研究部署\r\n防汛工作。"),
            "区政府召开常务会议，研究部署防汛工作。"
        );
        // A space typed between Chinese characters is kept; only a wrapped line goes.
        assert_eq!(collapse_whitespace("会议 召开"), "会议 召开");
        assert_eq!(
            collapse_whitespace("第一季度\nGDP 增长"),
            "第一季度 GDP 增长"
        );
    }

    #[test]
    fn blocks_become_lines_with_blank_lines_between() {
        let blocks = [
            Block::heading(1, "Budget  2025"),
            Block::paragraph("  "),
            Block::paragraph("The plan\nwas approved."),
            Block::item("•", "Roads"),
            Block::item("2.", "Schools"),
            Block::item("", "No marker"),
            Block::item("（二）", "加强监督"),
            Block::item("•", " "),
        ];
        assert_eq!(
            blocks_to_text(&blocks),
            "Budget 2025\n\nThe plan was approved.\n\n• Roads\n\n2. Schools\n\nNo marker\n\n（二）加强监督"
        );
        assert_eq!(blocks_to_text(&[]), "");
    }
}
