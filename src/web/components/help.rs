//! The shortcut overlay, opened with `?`.

use yew::prelude::*;

use super::modal::Modal;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub lang: Lang,
    pub on_close: Callback<()>,
}

#[function_component(Help)]
pub fn help(props: &HelpProps) -> Html {
    let text = props.lang.strings();
    let words = props.lang.suggest_words();
    let suggestion_keys = [
        ("a / Enter", words.key_accept),
        ("x", words.key_reject),
        ("] / [", words.key_next),
    ];
    let rows = text
        .shortcut_list
        .iter()
        .chain(&suggestion_keys)
        .map(|(keys, what)| {
            html! { <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ *what }</td></tr> }
        });
    html! {
        <Modal title={text.shortcuts} on_close={props.on_close.clone()}>
            <table class="shortcuts">{ for rows }</table>
            <div class="modal-actions">
                <button class="primary" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ text.close }</button>
            </div>
        </Modal>
    }
}
