//! The body of a Word document (`word/document.xml`) as blocks: paragraphs, headings,
//! list items and table cells (each of a cell's paragraphs is a paragraph).
//!
//! Inside a paragraph: a tab is a space, and so is a line break (`w:br`, `w:cr`): a new
//! line would make a paragraph of its own in sentag, and a break inside a paragraph
//! is layout, not a new thought. A soft hyphen (`w:softHyphen`) is left out, a
//! non-breaking hyphen (`w:noBreakHyphen`) is `-`, so that search finds the word.
//! Left out: deleted text (`w:del`, `w:moveFrom`), field instructions (`w:instrText`,
//! and the instruction part of a complex field) while field results stay, hidden
//! text (`w:vanish`), ruby annotations (`w:rt`), the old versions kept by tracked
//! formatting changes, and the fallback copy of alternative content (`mc:Fallback`,
//! the same text box again). Text boxes come as paragraphs before the paragraph they
//! are anchored in. Footnotes, endnotes, comments, headers and footers are other
//! parts of the file and are not read.

use super::DocxError;
use super::numbering::Numbering as Lists;
use super::styles::{Numbering, PendingNum, Styles, outline_to_heading};
use super::xml::{Ns, Part, Step, attr, is_on, local};
use crate::core::blocks::{Block, BlockKind};

/// Elements whose content is never text of the document.
const SKIPPED: &[&str] = &[
    "del",
    "moveFrom",
    "delText",
    "instrText",
    "delInstrText",
    "pPrChange",
    "rPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "sectPrChange",
    "numberingChange",
    "sectPr",
    "sdtPr",
    "rt",
];

#[derive(Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    outline: Option<u8>,
    numbering: Option<Numbering>,
    /// Its paragraph mark is a tracked deletion: it joins the next one.
    mark_deleted: bool,
}

#[derive(Default)]
struct Walk {
    blocks: Vec<Block>,
    /// The paragraphs being read: more than one inside a text box.
    open: Vec<Paragraph>,
    in_properties: bool,
    in_run_properties: bool,
    in_text: bool,
    hidden: bool,
    /// For each complex field open, whether its instruction is being read.
    fields: Vec<bool>,
    numbering: PendingNum,
}

impl Walk {
    fn writing(&self) -> bool {
        !self.hidden && !self.fields.contains(&true)
    }

    fn push(&mut self, text: &str) {
        if self.writing()
            && let Some(paragraph) = self.open.last_mut()
        {
            paragraph.text.push_str(text);
        }
    }
}

/// The blocks of `document.xml`, numbering its lists as it goes.
pub(super) fn blocks(
    xml: &str,
    styles: &Styles,
    lists: &mut Lists,
) -> Result<Vec<Block>, DocxError> {
    let mut part = Part::new(xml);
    let mut walk = Walk::default();
    loop {
        match part.next()? {
            Step::Start(Ns::Compat, el) if local(&el) == "Fallback" => part.skip(&el)?,
            Step::Start(Ns::Word, el) => {
                let name = local(&el);
                let name = name.as_str();
                if walk.in_properties {
                    let paragraph = walk.open.last_mut();
                    match (name, paragraph) {
                        ("pStyle", Some(p)) => p.style = attr(&el, "val"),
                        ("outlineLvl", Some(p)) => {
                            p.outline = attr(&el, "val").and_then(|v| v.parse().ok())
                        }
                        ("del", Some(p)) => p.mark_deleted = true,
                        ("ilvl" | "numId", _) => walk.numbering.read(name, &el),
                        _ => {}
                    }
                    if SKIPPED.contains(&name) {
                        part.skip(&el)?;
                    }
                    continue;
                }
                if SKIPPED.contains(&name) {
                    part.skip(&el)?;
                    continue;
                }
                match name {
                    "p" => walk.open.push(Paragraph::default()),
                    "pPr" => walk.in_properties = true,
                    "r" => walk.hidden = false,
                    "rPr" => walk.in_run_properties = true,
                    "vanish" if walk.in_run_properties => walk.hidden = is_on(&el),
                    "t" => walk.in_text = true,
                    "tab" | "ptab" | "br" | "cr" => walk.push(" "),
                    "noBreakHyphen" => walk.push("-"),
                    "fldChar" => match attr(&el, "fldCharType").as_deref() {
                        Some("begin") => walk.fields.push(true),
                        Some("separate") => {
                            if let Some(instruction) = walk.fields.last_mut() {
                                *instruction = false;
                            }
                        }
                        Some("end") => {
                            walk.fields.pop();
                        }
                        _ => {}
                    },
                    _ => {}
                }
            }
            Step::End(Ns::Word, name) => match name.as_str() {
                "pPr" if walk.in_properties => {
                    walk.in_properties = false;
                    let numbering = walk.numbering.take();
                    if let Some(p) = walk.open.last_mut() {
                        p.numbering = numbering.or(p.numbering);
                    }
                }
                "rPr" => walk.in_run_properties = false,
                "r" => walk.hidden = false,
                "t" => walk.in_text = false,
                "p" => {
                    if let Some(paragraph) = walk.open.pop() {
                        walk.blocks.extend(block(paragraph, styles, lists));
                    }
                }
                _ => {}
            },
            Step::Text(text) if walk.in_text => walk.push(&text),
            Step::Eof => return Ok(walk.blocks),
            _ => {}
        }
    }
}

/// A finished paragraph as a block; a deleted one (its mark deleted, no text left)
/// is gone, and takes no number.
fn block(paragraph: Paragraph, styles: &Styles, lists: &mut Lists) -> Option<Block> {
    let Paragraph {
        text,
        style,
        outline,
        numbering,
        mark_deleted,
    } = paragraph;
    if mark_deleted && text.trim().is_empty() {
        return None;
    }
    let style = style.as_deref();
    let heading = match outline {
        Some(level) => outline_to_heading(level),
        None => style.and_then(|s| styles.heading_level(s)),
    };
    let numbering = numbering.or_else(|| style.and_then(|s| styles.numbering(s)));
    let marker = match numbering {
        Some(Numbering::List(list)) => Some(lists.next_marker(list)),
        _ => None,
    };
    Some(match (heading, marker) {
        (Some(level), Some(marker)) if !marker.is_empty() => {
            Block::heading(level, format!("{marker} {text}"))
        }
        (Some(level), _) => Block::heading(level, text),
        (None, Some(marker)) => Block {
            kind: BlockKind::Item(marker),
            text,
        },
        (None, None) => Block::paragraph(text),
    })
}
