//! The article: its paragraphs, keyed, as one list of selectable sentences.

use yew::prelude::*;

use super::paragraph::Paragraph;
use super::sentence::SentenceClick;
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
    let tab_stop = state
        .selection
        .cursor()
        .or_else(|| (0..doc.sentences.len()).find(|&i| state.is_visible(i)));
    let query = AttrValue::from(state.search.query.clone());
    let paragraphs = doc.paragraphs.iter().enumerate().map(|(index, range)| {
        html! {
            <Paragraph
                key={doc.sentences[range.start].char_start}
                doc={doc.clone()}
                {index}
                marks={workspace.marks.clone()}
                tags={workspace.tags.clone()}
                selected={state.selection.in_range(range.clone())}
                tab_stop={tab_stop.filter(|i| range.contains(i))}
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
