//! The shortcut overlay, opened with `?`.

use yew::prelude::*;

use std::rc::Rc;

use super::modal::Modal;
use crate::core::annotation::TagSet;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub lang: Lang,
    /// The tags, whose own keys are listed too.
    pub tags: Rc<TagSet>,
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
    // Each tag's key, as the toolbar shows it: its own, else its place from 1 to 9.
    let tag_rows = props.tags.tags.iter().enumerate().filter_map(|(i, tag)| {
        let key = tag.hotkey.map(String::from).or_else(|| (i < 9).then(|| (i + 1).to_string()))?;
        let what = text.toggle_tag(text.tag_label(tag));
        Some(html! { <tr data-tag={tag.id.clone()}><th scope="row"><kbd>{ key }</kbd></th><td>{ what }</td></tr> })
    });
    let rows = text
        .shortcut_list
        .iter()
        .chain(&suggestion_keys)
        .map(|(keys, what)| {
            html! { <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ *what }</td></tr> }
        });
    html! {
        <Modal title={text.shortcuts} on_close={props.on_close.clone()}>
            <table class="shortcuts">{ for rows }{ for tag_rows }</table>
            <div class="modal-actions">
                <button class="primary" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ text.close }</button>
            </div>
        </Modal>
    }
}
