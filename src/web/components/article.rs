//! The article: blocks of paragraphs, keyed, as one list of selectable sentences.

use std::rc::Rc;

use yew::prelude::*;

use super::article_view::ArticleView;
use super::block::Block;
use super::sentence::SentenceClick;
use super::sentence_text::Choosing;
use crate::core::annotation::TagSet;
use crate::core::document::Document;
use crate::core::editor::MarksList;
use crate::model::i18n::Lang;
use crate::model::selection::Selection;
use crate::model::suggested::Suggested;
use crate::model::view::{self, Filter};
use crate::web::hooks::{
    BLOCK_SENTENCES, WINDOWING_FROM, use_mounting, use_printing, use_windowing,
};

#[derive(Properties)]
pub struct ArticleProps {
    /// The open document's id: another document starts the windowing afresh.
    pub doc_id: AttrValue,
    pub doc: Rc<Document>,
    pub marks: MarksList,
    pub tags: Rc<TagSet>,
    pub selection: Selection,
    pub filter: Filter,
    /// The search query, highlighted in the text.
    pub query: AttrValue,
    pub lang: Lang,
    pub on_click: Callback<SentenceClick>,
    /// The phrase being chosen: its sentence, and its place in the sentence's text.
    pub choosing: Option<(usize, Choosing)>,
    /// The suggestions to show (an empty set while they are off).
    pub suggested: Rc<Suggested>,
}

/// Cheap: the document and tag set by pointer, the marks by their shared leaves.
impl PartialEq for ArticleProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && Rc::ptr_eq(&self.tags, &other.tags)
            && self.marks == other.marks
            && self.selection == other.selection
            && self.filter == other.filter
            && self.query == other.query
            && self.lang == other.lang
            && self.doc_id == other.doc_id
            && self.on_click == other.on_click
            && self.choosing == other.choosing
            && Rc::ptr_eq(&self.suggested, &other.suggested)
    }
}

#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    crate::web::render_count::tick("Article");
    let doc = &props.doc;
    let blocks = view::blocks(&doc.paragraphs, BLOCK_SENTENCES);
    let printing = use_printing();
    let windowing = doc.sentences.len() > WINDOWING_FROM;
    let mounted = use_mounting(props.doc_id.clone(), blocks.len(), printing || !windowing);
    // Blocks added since are watched too.
    let layout = (props.doc_id.clone(), Rc::as_ptr(doc) as usize, mounted);
    let shown = use_windowing(layout, blocks.len(), doc.sentences.len()).filter(|_| !printing);
    let filter = &props.filter;
    let tab_stop = props.selection.cursor().or_else(|| {
        (0..doc.sentences.len()).find(|&i| props.marks.get(i).is_some_and(|m| filter.shows(m)))
    });
    let view = Rc::new(ArticleView {
        doc: doc.clone(),
        marks: props.marks.clone(),
        tags: props.tags.clone(),
        filter: filter.clone(),
        query: props.query.clone(),
        lang: props.lang,
        on_click: props.on_click.clone(),
        suggested: props.suggested.clone(),
    });
    let windowed = shown.is_some();
    let blocks = blocks
        .into_iter()
        .take(mounted)
        .enumerate()
        .map(|(index, paragraphs)| {
            let sentences = doc.sentences_of(paragraphs.clone());
            let selected = props.selection.in_range(sentences.clone());
            let tab_stop = tab_stop.filter(|i| sentences.contains(i));
            let choosing = props
                .choosing
                .clone()
                .filter(|(i, _)| sentences.contains(i));
            // Drawn in full: near the viewport, holding the selection, or under a filter.
            let full = shown.as_ref().is_none_or(|s| s.contains(&index))
                || !selected.is_empty()
                || tab_stop.is_some()
                || filter.is_active();
            html! {
                <Block
                    key={doc.sentences[sentences.start].char_start}
                    view={view.clone()}
                    {index}
                    {paragraphs}
                    {selected}
                    {tab_stop}
                    {choosing}
                    {full}
                />
            }
        });
    html! {
        <article
            class={classes!("article", windowed.then_some("windowed"))}
            lang={doc.language()}
            role="listbox"
            aria-label={props.lang.strings().article}
            aria-multiselectable="true"
        >
            { for blocks }
        </article>
    }
}
