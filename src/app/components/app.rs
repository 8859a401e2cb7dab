//! The whole page: header, article and side panel around the one reducer.

use yew::prelude::*;

use super::article::Article;
use super::header::Header;
use super::side_panel::SidePanel;
use crate::app::state::{Action, AppState};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let on_select = {
        let dispatcher = state.dispatcher();
        use_callback((), move |index: usize, _| {
            dispatcher.dispatch(Action::Select(index))
        })
    };
    let selected_text = state
        .selected
        .map(|i| AttrValue::from(state.doc.sentences[i].text.clone()));

    html! {
        <div class="app">
            <Header title={AttrValue::from(state.doc.title.clone())} />
            <main class="workspace">
                <Article doc={state.doc.clone()} selected={state.selected} {on_select} />
                <SidePanel
                    sentence_count={state.doc.sentences.len()}
                    selected={state.selected}
                    {selected_text}
                />
            </main>
        </div>
    }
}
