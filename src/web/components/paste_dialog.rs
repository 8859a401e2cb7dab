//! Pasting an article: a title and the text.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use std::rc::Rc;

use super::discard_guard::use_discard_guard;
use super::modal::Modal;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct PasteDialogProps {
    pub lang: Lang,
    /// Emits the title and the text.
    pub on_open: Callback<(String, String)>,
    pub on_close: Callback<()>,
}

#[function_component(PasteDialog)]
pub fn paste_dialog(props: &PasteDialogProps) -> Html {
    let text = props.lang.strings();
    let title = use_node_ref();
    let body = use_node_ref();
    let open = {
        let (title, body) = (title.clone(), body.clone());
        props.on_open.reform(move |_: MouseEvent| {
            let title = title
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let body = body
                .cast::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            (title, body)
        })
    };
    let dirty: Rc<dyn Fn() -> bool> = {
        let body = body.clone();
        Rc::new(move || {
            body.cast::<HtmlTextAreaElement>()
                .is_some_and(|t| !t.value().trim().is_empty())
        })
    };
    let (close, question) = use_discard_guard(props.on_close.clone(), dirty, props.lang);
    html! {
        <Modal title={text.paste_text.trim_end_matches('…')} on_close={close.clone()}>
            <label class="field">{ text.title_label }
                <input ref={title} class="paste-title" type="text" /></label>
            <label class="field">{ text.text_label }
                <textarea ref={body} class="paste-text" rows="10" data-autofocus="" /></label>
            { question }
            <div class="modal-actions">
                <button class="primary" onclick={open}>{ text.open }</button>
                <button onclick={close.reform(|_: MouseEvent| ())}>{ text.cancel }</button>
            </div>
        </Modal>
    }
}
