//! The blocks of an HTML page, built from a walk through its elements (the browser
//! app walks the DOM, in `static/reader.js`): which elements start a block, which are
//! headings and list items, and which hold no text to read.

use crate::core::blocks::{Block, BlockKind, collapse_whitespace};

/// Elements whose content is not text to read.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object",
    "embed", "canvas", "select", "datalist", "textarea", "img", "picture", "video", "audio",
    "input",
];

/// Elements that begin and end a block (besides headings and lists).
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "legend",
    "main",
    "nav",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
];

struct List {
    ordered: bool,
    next: usize,
}

/// Builds the blocks of a page from its elements, in document order. Bullets are `•`;
/// an ordered list numbers its items from its `start`, as `1.`, `2.`…
#[derive(Default)]
pub struct HtmlBlocks {
    blocks: Vec<Block>,
    text: String,
    lists: Vec<List>,
    heading: Option<u8>,
    /// The marker for the first block of the list item being read.
    item: Option<String>,
}

fn heading_level(tag: &str) -> Option<u8> {
    match tag.as_bytes() {
        [b'h', level @ b'1'..=b'6'] => Some(level - b'0'),
        _ => None,
    }
}

impl HtmlBlocks {
    /// An empty page.
    pub fn new() -> Self {
        Self::default()
    }

    /// Element `tag` (lower case) starts; `start` is its `start` attribute. `false`:
    /// its content is not text to read, and the walk should not go into it.
    pub fn open(&mut self, tag: &str, start: Option<&str>) -> bool {
        if SKIPPED.contains(&tag) {
            return false;
        }
        match tag {
            "br" | "hr" => {
                self.flush();
                return false;
            }
            "ul" | "menu" => {
                self.flush();
                self.lists.push(List {
                    ordered: false,
                    next: 1,
                });
            }
            "ol" => {
                self.flush();
                let next = start.and_then(|s| s.trim().parse().ok()).unwrap_or(1);
                self.lists.push(List {
                    ordered: true,
                    next,
                });
            }
            "li" => {
                self.flush();
                let marker = match self.lists.last_mut() {
                    Some(list) if list.ordered => {
                        list.next += 1;
                        format!("{}.", list.next - 1)
                    }
                    _ => "•".to_string(),
                };
                self.item = Some(marker);
            }
            _ if heading_level(tag).is_some() => {
                self.flush();
                self.heading = heading_level(tag);
            }
            _ if BLOCKS.contains(&tag) => self.flush(),
            _ => {}
        }
        true
    }

    /// A text node inside the elements open. One of white space alone, between two
    /// elements, is a space: the line break that lays out the source between two tags
    /// must not join Chinese words the way a line wrapped inside a paragraph does
    /// (see [`collapse_whitespace`]).
    pub fn text(&mut self, text: &str) {
        match text.trim().is_empty() && !text.is_empty() {
            true => self.text.push(' '),
            false => self.text.push_str(text),
        }
    }

    /// Element `tag` ends.
    pub fn close(&mut self, tag: &str) {
        match tag {
            "li" => {
                self.flush();
                self.item = None;
            }
            "ul" | "ol" | "menu" => {
                self.flush();
                self.lists.pop();
            }
            _ if heading_level(tag).is_some() => {
                self.flush();
                self.heading = None;
            }
            _ if BLOCKS.contains(&tag) => self.flush(),
            _ => {}
        }
    }

    /// The text read since the last block, as a block, if it has any.
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        if text.trim().is_empty() {
            return;
        }
        let kind = match (self.heading, self.item.take()) {
            (Some(level), _) => BlockKind::Heading(level),
            (None, Some(marker)) => BlockKind::Item(marker),
            (None, None) => BlockKind::Paragraph,
        };
        self.blocks.push(Block { kind, text });
    }

    /// The blocks of the page.
    pub fn finish(mut self) -> Vec<Block> {
        self.flush();
        self.blocks
    }
}

/// The blocks of a walk through a page written as steps: `<tag` or `<tag start` (an
/// element starts, with its `start` attribute if it has one), `>tag` (it ends),
/// `#text` (a text node). The content of an element that holds no text to read is
/// passed over.
pub fn blocks_of_walk<'a>(steps: impl IntoIterator<Item = &'a str>) -> Vec<Block> {
    let mut blocks = HtmlBlocks::new();
    // How deep the walk is inside an element passed over.
    let mut skipping = 0usize;
    for step in steps {
        let (kind, rest) = step.split_at(step.len().min(1));
        match (kind, skipping) {
            ("<", 0) => {
                let (tag, start) = rest
                    .split_once(' ')
                    .map_or((rest, None), |(t, s)| (t, Some(s)));
                if !blocks.open(tag, start) {
                    skipping = 1;
                }
            }
            ("<", _) => skipping += 1,
            (">", 0) => blocks.close(rest),
            (">", _) => skipping -= 1,
            ("#", 0) => blocks.text(rest),
            _ => {}
        }
    }
    blocks.finish()
}

/// An article's blocks as a reader view shows them: its title as a heading (unless
/// the article starts with it), the byline, then the content.
pub fn article_blocks(title: &str, byline: Option<&str>, content: Vec<Block>) -> Vec<Block> {
    let title = collapse_whitespace(title);
    let starts_with_title = content
        .first()
        .is_some_and(|b| collapse_whitespace(&b.text) == title);
    let mut blocks = Vec::with_capacity(content.len() + 2);
    if !title.is_empty() && !starts_with_title {
        blocks.push(Block::heading(1, title));
    }
    if let Some(byline) = byline.filter(|b| !b.trim().is_empty()) {
        blocks.push(Block::paragraph(byline));
    }
    blocks.extend(content);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::blocks::blocks_to_text;

    /// A walk written with `|` between its steps.
    fn text_of(walk: &str) -> String {
        blocks_to_text(&blocks_of_walk(walk.split('|')))
    }

    #[test]
    fn blocks_headings_and_lists() {
        let walk = [
            "<body",
            "<h2|#Road |<em|#works|>em|>h2",
            "<p|#Lanes close\n on Monday.|<br|>br|#Buses divert.|>p",
            "<ul|<li|#Mill Road|>li|<li|<p|#Station Street|>p|<p|#(nights only)|>p|>li|>ul",
            "<ol 3|<li|#Third|>li|<li|#Fourth|>li|>ol",
            "<script|#track();|<b|#bold?|>b|>script",
            "<table|<tr|<td|#Cost|>td|<td|#€2m|>td|>tr|>table",
            "#Loose text at the end",
            ">body",
        ]
        .join("|");
        assert_eq!(
            text_of(&walk),
            [
                "Road works",
                "Lanes close on Monday.",
                "Buses divert.",
                "• Mill Road",
                "• Station Street",
                "(nights only)",
                "3. Third",
                "4. Fourth",
                "Cost",
                "€2m",
                "Loose text at the end",
            ]
            .join("\n\n")
        );
    }

    #[test]
    fn white_space_between_tags_stays_a_space_in_chinese() {
        let walk = "<div|<span|#来源：区应急管理局|>span|#\n      |<span|#字号：大|>span|<p|#全区共排查整改各类隐患3200余项，\n        安全生产形势总体平稳。|>p|>div";
        assert_eq!(
            text_of(walk),
            "来源：区应急管理局 字号：大\n\n全区共排查整改各类隐患3200余项，安全生产形势总体平稳。"
        );
    }

    #[test]
    fn inline_elements_do_not_split_words() {
        assert_eq!(
            text_of("<p|#Re|<b|#open|>b|#ed |<a|#today|>a|>p"),
            "Reopened today"
        );
    }

    #[test]
    fn the_article_starts_with_its_title_once() {
        let content = vec![Block::paragraph("Body.")];
        assert_eq!(
            article_blocks("Bus lanes  approved", Some("By A. Writer"), content),
            [
                Block::heading(1, "Bus lanes approved"),
                Block::paragraph("By A. Writer"),
                Block::paragraph("Body.")
            ]
        );
        let with_title = vec![
            Block::heading(1, "Bus lanes approved"),
            Block::paragraph("Body."),
        ];
        assert_eq!(
            article_blocks("Bus lanes approved", None, with_title.clone()),
            with_title
        );
    }
}
