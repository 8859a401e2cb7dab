//! The top bar: the app's name, the document's title, the language switch and help.

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub title: AttrValue,
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
    pub on_help: Callback<()>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let text = props.lang.strings();
    let other = props.lang.other();
    let on_lang = props.on_lang.reform(move |_: MouseEvent| other);
    let on_help = props.on_help.reform(|_: MouseEvent| ());
    html! {
        <header class="topbar">
            <span class="brand">{ "sentag" }</span>
            <h1 class="doc-title">{ props.title.clone() }</h1>
            <div class="topbar-actions">
                <button class="ghost" lang={other.code()} onclick={on_lang}>{ text.switch_to }</button>
                <button class="ghost" onclick={on_help} aria-keyshortcuts="?">{ text.help }</button>
            </div>
        </header>
    }
}
