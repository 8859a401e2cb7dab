//! The article: its paragraphs, keyed, as one list of selectable sentences.

use yew::prelude::*;

use super::paragraph::Paragraph;
use super::sentence::SentenceClick;
use crate::app::hooks::use_windowing;
use crate::app::state::AppState;

#[derive(Properties)]
pub struct ArticleProps {
    pub state: std::rc::Rc<AppState>,
    pub on_click: Callback<SentenceClick>,
}

impl PartialEq for ArticleProps {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.state, &other.state) && self.on_click == other.on_click
    }
}

#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    let state = &props.state;
    let workspace = state.workspace();
    let doc = &workspace.doc;
    let key = AttrValue::from(state.doc_id.clone());
    let shown = use_windowing(
        key,
        doc.paragraphs.len(),
        doc.sentences.len(),
        state.selection.cursor(),
    );
    let tab_stop = state
        .selection
        .cursor()
        .or_else(|| (0..doc.sentences.len()).find(|&i| state.is_visible(i)));
    let query = AttrValue::from(state.search.query.clone());
    let paragraphs = doc.paragraphs.iter().enumerate().map(|(index, range)| {
        let selected = state.selection.in_range(range.clone());
        let tab_stop = tab_stop.filter(|i| range.contains(i));
        // Drawn in full: near the viewport, holding the selection, or under a filter.
        let full = shown.as_ref().is_none_or(|s| s.contains(&index))
            || !selected.is_empty()
            || tab_stop.is_some()
            || state.filter.is_active();
        html! {
            <Paragraph
                key={doc.sentences[range.start].char_start}
                doc={doc.clone()}
                {index}
                marks={workspace.marks.clone()}
                tags={workspace.tags.clone()}
                {selected}
                {tab_stop}
                {full}
                filter={state.filter.clone()}
                query={query.clone()}
                lang={state.lang}
                on_click={props.on_click.clone()}
            />
        }
    });
    html! {
        <article
            class="article"
            lang={doc.language()}
            role="listbox"
            aria-label={state.lang.strings().article}
            aria-multiselectable="true"
        >
            { for paragraphs }
        </article>
    }
}
