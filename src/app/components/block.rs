//! A block of consecutive paragraphs, the unit the article is drawn and windowed in:
//! far from the viewport its paragraphs are plain text, near it they are sentences.

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use super::paragraph::Paragraph;
use super::sentence::SentenceClick;
use crate::annotation::{Marks, TagSet};
use crate::document::Document;
use crate::i18n::Lang;
use crate::view::Filter;

#[derive(Properties)]
pub struct BlockProps {
    pub doc: Rc<Document>,
    /// The block's number in the article.
    pub index: usize,
    /// The paragraphs it holds.
    pub paragraphs: Range<usize>,
    pub marks: Rc<Vec<Rc<Marks>>>,
    pub tags: Rc<TagSet>,
    /// The selected sentences in this block.
    pub selected: Vec<usize>,
    /// The article's tab stop, when it is in this block.
    pub tab_stop: Option<usize>,
    pub filter: Filter,
    pub query: AttrValue,
    /// False: drawn as plain text, one text node per paragraph.
    pub full: bool,
    pub lang: Lang,
    pub on_click: Callback<SentenceClick>,
}

impl BlockProps {
    /// The sentences of the block's paragraphs.
    fn sentences(&self) -> Range<usize> {
        let paragraphs = &self.doc.paragraphs[self.paragraphs.clone()];
        paragraphs.first().map_or(0..0, |first| {
            first.start..paragraphs[paragraphs.len() - 1].end
        })
    }
}

/// Equal when the block would render the same: the marks are compared by pointer,
/// and only over the block's own sentences, so a tag toggle re-renders one block.
impl PartialEq for BlockProps {
    fn eq(&self, other: &Self) -> bool {
        let sentences = self.sentences();
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.index == other.index
            && self.paragraphs == other.paragraphs
            && Rc::ptr_eq(&self.tags, &other.tags)
            && self.selected == other.selected
            && self.tab_stop == other.tab_stop
            && self.filter == other.filter
            && self.full == other.full
            && self.query == other.query
            && self.lang == other.lang
            && self.on_click == other.on_click
            && self.marks[sentences.clone()]
                .iter()
                .zip(&other.marks[sentences])
                .all(|(a, b)| Rc::ptr_eq(a, b))
    }
}

#[function_component(Block)]
pub fn block(props: &BlockProps) -> Html {
    let doc = &props.doc;
    let paragraphs = props.paragraphs.clone().map(|index| {
        let range = doc.paragraphs[index].clone();
        let key = doc.sentences[range.start].char_start;
        if !props.full {
            let (first, last) = (&doc.sentences[range.start], &doc.sentences[range.end - 1]);
            let text = doc.text[first.start..last.end].to_string();
            return html! { <p {key} class="paragraph placeholder">{ text }</p> };
        }
        let selected: Vec<usize> = props
            .selected
            .iter()
            .copied()
            .filter(|i| range.contains(i))
            .collect();
        html! {
            <Paragraph
                {key}
                doc={doc.clone()}
                {index}
                marks={props.marks.clone()}
                tags={props.tags.clone()}
                {selected}
                tab_stop={props.tab_stop.filter(|i| range.contains(i))}
                filter={props.filter.clone()}
                query={props.query.clone()}
                lang={props.lang}
                on_click={props.on_click.clone()}
            />
        }
    });
    html! {
        <div class="block" data-block={props.index.to_string()}>{ for paragraphs }</div>
    }
}
