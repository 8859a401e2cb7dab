//! The top bar: the app's name and the open document's title.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub title: AttrValue,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    html! {
        <header class="topbar">
            <span class="brand" aria-label="sentag">{ "sentag" }</span>
            <h1 class="doc-title">{ props.title.clone() }</h1>
        </header>
    }
}
