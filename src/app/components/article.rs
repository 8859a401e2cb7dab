//! The article: blocks of paragraphs, keyed, as one list of selectable sentences.

use std::rc::Rc;

use yew::prelude::*;

use super::article_view::ArticleView;
use super::block::Block;
use super::sentence::SentenceClick;
use crate::app::hooks::{BLOCK_SENTENCES, use_printing, use_windowing};
use crate::app::state::AppState;
use crate::view;

#[derive(Properties)]
pub struct ArticleProps {
    pub state: Rc<AppState>,
    pub on_click: Callback<SentenceClick>,
}

impl PartialEq for ArticleProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state) && self.on_click == other.on_click
    }
}

#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    let state = &props.state;
    let workspace = state.workspace();
    let doc = &workspace.doc;
    let blocks = view::blocks(&doc.paragraphs, BLOCK_SENTENCES);
    let layout = (
        AttrValue::from(state.doc_id.clone()),
        Rc::as_ptr(doc) as usize,
    );
    let printing = use_printing();
    let shown = use_windowing(layout, blocks.len(), doc.sentences.len()).filter(|_| !printing);
    let tab_stop = state
        .selection
        .cursor()
        .or_else(|| (0..doc.sentences.len()).find(|&i| state.is_visible(i)));
    let view = Rc::new(ArticleView {
        doc: doc.clone(),
        marks: workspace.marks.clone(),
        tags: workspace.tags.clone(),
        filter: state.filter.clone(),
        query: AttrValue::from(state.search.query.clone()),
        lang: state.lang,
        on_click: props.on_click.clone(),
    });
    let windowed = shown.is_some();
    let blocks = blocks.into_iter().enumerate().map(|(index, paragraphs)| {
        let sentences = doc.sentences_of(paragraphs.clone());
        let selected = state.selection.in_range(sentences.clone());
        let tab_stop = tab_stop.filter(|i| sentences.contains(i));
        // Drawn in full: near the viewport, holding the selection, or under a filter.
        let full = shown.as_ref().is_none_or(|s| s.contains(&index))
            || !selected.is_empty()
            || tab_stop.is_some()
            || state.filter.is_active();
        html! {
            <Block
                key={doc.sentences[sentences.start].char_start}
                view={view.clone()}
                {index}
                {paragraphs}
                {selected}
                {tab_stop}
                {full}
            />
        }
    });
    html! {
        <article
            class={classes!("article", windowed.then_some("windowed"))}
            lang={doc.language()}
            role="listbox"
            aria-label={state.lang.strings().article}
            aria-multiselectable="true"
        >
            { for blocks }
        </article>
    }
}
