//! The article: its paragraphs, keyed, as one list of selectable sentences.

use std::rc::Rc;

use yew::prelude::*;

use super::paragraph::Paragraph;
use crate::document::Document;

#[derive(Properties)]
pub struct ArticleProps {
    pub doc: Rc<Document>,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

impl PartialEq for ArticleProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.selected == other.selected
            && self.on_select == other.on_select
    }
}

#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    let lang = props.doc.language();
    let paragraphs = props
        .doc
        .paragraphs
        .iter()
        .enumerate()
        .map(|(index, range)| {
            // Only the paragraph holding the selection learns of it, so a new
            // selection re-renders two paragraphs, not the article.
            let selected = props.selected.filter(|i| range.contains(i));
            html! {
                <Paragraph
                    key={index}
                    doc={props.doc.clone()}
                    {index}
                    {selected}
                    on_select={props.on_select.clone()}
                />
            }
        });
    html! {
        <article
            class="article"
            {lang}
            role="listbox"
            aria-label="Article sentences"
            aria-multiselectable="true"
        >
            { for paragraphs }
        </article>
    }
}
