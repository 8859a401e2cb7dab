//! Paragraph styles (`word/styles.xml`): which are headings, and which number their
//! paragraphs, following `w:basedOn`.

use super::DocxError;
use super::xml::{Ns, Part, Step, attr, local};

/// A list a paragraph belongs to: `w:numId` and `w:ilvl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct NumRef {
    pub id: u32,
    pub level: u8,
}

/// What a paragraph's properties (`w:pPr`), or a style's, say about numbering: a list,
/// or `w:numId` 0, which takes a style's numbering away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Numbering {
    List(NumRef),
    Off,
}

#[derive(Debug, Default)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    numbering: Option<Numbering>,
}

/// The paragraph styles of a document, sorted by id. (Vectors rather than hash maps
/// throughout the Word reader: they keep the decoder worker's wasm smaller.)
#[derive(Debug, Default)]
pub(super) struct Styles {
    styles: Vec<(String, Style)>,
}

/// Styles based on styles based on styles…: a chain longer than this is a loop.
const MAX_CHAIN: usize = 16;

impl Styles {
    pub(super) fn parse(xml: &str) -> Result<Styles, DocxError> {
        let mut part = Part::new(xml);
        let mut styles = Vec::new();
        let mut current: Option<(String, Style)> = None;
        let mut num = PendingNum::default();
        loop {
            match part.next()? {
                Step::Start(Ns::Word, el) => match (local(&el).as_str(), &mut current) {
                    ("style", _) => {
                        let id = attr(&el, "styleId").unwrap_or_default();
                        current = Some((id, Style::default()));
                    }
                    ("name", Some((_, style))) => style.name = attr(&el, "val").unwrap_or_default(),
                    ("basedOn", Some((_, style))) => style.based_on = attr(&el, "val"),
                    ("outlineLvl", Some((_, style))) => {
                        style.outline = attr(&el, "val").and_then(|v| v.parse().ok())
                    }
                    ("rPr" | "tblPr" | "tblStylePr", Some(_)) => part.skip(&el)?,
                    (name, Some(_)) => num.read(name, &el),
                    _ => {}
                },
                Step::End(Ns::Word, name) if name == "numPr" => {
                    if let Some((_, style)) = &mut current {
                        style.numbering = num.take();
                    }
                }
                Step::End(Ns::Word, name) if name == "style" => {
                    styles.extend(current.take());
                }
                Step::Eof => {
                    styles.sort_by(|a, b| a.0.cmp(&b.0));
                    return Ok(Styles { styles });
                }
                _ => {}
            }
        }
    }

    /// The chain of styles from `id` through the styles it is based on.
    fn chain<'a>(&'a self, id: &'a str) -> impl Iterator<Item = (&'a str, Option<&'a Style>)> {
        let mut next = Some(id);
        std::iter::from_fn(move || {
            let id = next?;
            let style = self
                .styles
                .binary_search_by(|(key, _)| key.as_str().cmp(id))
                .ok()
                .map(|at| &self.styles[at].1);
            next = style.and_then(|s| s.based_on.as_deref());
            Some((id, style))
        })
        .take(MAX_CHAIN)
    }

    /// The heading level of paragraphs in style `id`: 0 for a title, 1 to 9 for
    /// headings (by the built-in style's name, whatever the document's language, or by
    /// an outline level), `None` for body text.
    pub(super) fn heading_level(&self, id: &str) -> Option<u8> {
        for (id, style) in self.chain(id) {
            let name = style.map_or(id, |s| s.name.as_str()).to_ascii_lowercase();
            if name == "title" {
                return Some(0);
            }
            if let Some(n) = name
                .strip_prefix("heading")
                .map(|n| n.trim_start())
                .and_then(|n| n.parse::<u8>().ok())
                .filter(|n| (1..=9).contains(n))
            {
                return Some(n);
            }
            if let Some(level) = style.and_then(|s| s.outline) {
                return outline_to_heading(level);
            }
        }
        None
    }

    /// The numbering that paragraphs in style `id` get from it.
    pub(super) fn numbering(&self, id: &str) -> Option<Numbering> {
        self.chain(id).find_map(|(_, style)| style?.numbering)
    }
}

/// A heading level from `w:outlineLvl` (0 is the top level; 9 is body text).
pub(super) fn outline_to_heading(level: u8) -> Option<u8> {
    (level < 9).then_some(level + 1)
}

/// `w:numPr` as it is read: `w:ilvl` and `w:numId`, in either order.
#[derive(Debug, Default)]
pub(super) struct PendingNum {
    id: Option<u32>,
    level: Option<u8>,
}

impl PendingNum {
    /// Takes in `w:ilvl` and `w:numId`; other elements are ignored.
    pub(super) fn read(&mut self, name: &str, el: &quick_xml::events::BytesStart<'_>) {
        let value = || attr(el, "val").and_then(|v| v.parse::<u32>().ok());
        match name {
            "numId" => self.id = value(),
            "ilvl" => self.level = value().map(|l| l.min(8) as u8),
            _ => {}
        }
    }

    /// The numbering read since the last take, if any.
    pub(super) fn take(&mut self) -> Option<Numbering> {
        let PendingNum { id, level } = std::mem::take(self);
        match id? {
            0 => Some(Numbering::Off),
            id => Some(Numbering::List(NumRef {
                id,
                level: level.unwrap_or(0),
            })),
        }
    }
}
