//! One paragraph: its sentences in reading order, those the filter hides left out.

use std::rc::Rc;

use yew::prelude::*;

use super::sentence::{Sentence, SentenceClick};
use crate::annotation::{Marks, TagSet};
use crate::document::Document;
use crate::i18n::Lang;
use crate::view::Filter;

#[derive(Properties)]
pub struct ParagraphProps {
    pub doc: Rc<Document>,
    pub index: usize,
    pub marks: Rc<Vec<Rc<Marks>>>,
    pub tags: Rc<TagSet>,
    /// The selected sentences in this paragraph.
    pub selected: Vec<usize>,
    /// The article's tab stop, when it is in this paragraph.
    pub tab_stop: Option<usize>,
    pub filter: Filter,
    pub query: AttrValue,
    pub lang: Lang,
    pub on_click: Callback<SentenceClick>,
}

/// Equal when this paragraph would render the same: the marks are compared
/// by pointer and only over the paragraph's own sentences, so a tag toggle
/// elsewhere in the article leaves this paragraph alone.
impl PartialEq for ParagraphProps {
    fn eq(&self, other: &Self) -> bool {
        let range = self.doc.paragraphs[self.index].clone();
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.index == other.index
            && Rc::ptr_eq(&self.tags, &other.tags)
            && self.selected == other.selected
            && self.tab_stop == other.tab_stop
            && self.filter == other.filter
            && self.query == other.query
            && self.lang == other.lang
            && self.on_click == other.on_click
            && self.marks[range.clone()]
                .iter()
                .zip(&other.marks[range])
                .all(|(a, b)| Rc::ptr_eq(a, b))
    }
}

#[function_component(Paragraph)]
pub fn paragraph(props: &ParagraphProps) -> Html {
    let range = props.doc.paragraphs[props.index].clone();
    let visible: Vec<usize> = range
        .filter(|&i| props.filter.shows(&props.marks[i]))
        .collect();
    if visible.is_empty() {
        return html! {};
    }
    let sentences = visible.iter().map(|&index| {
        let s = &props.doc.sentences[index];
        html! {
            <Sentence
                key={s.char_start}
                {index}
                text={AttrValue::from(s.text.clone())}
                space_before={s.space_before}
                selected={props.selected.contains(&index)}
                tab_stop={props.tab_stop == Some(index)}
                marks={props.marks[index].clone()}
                tags={props.tags.clone()}
                lang={props.lang}
                query={props.query.clone()}
                on_click={props.on_click.clone()}
            />
        }
    });
    html! {
        <p class="paragraph" role="group">{ for sentences }</p>
    }
}
