//! The user's name: what their tags, phrases and notes are credited to, in the
//! exports and when annotators are compared.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::modal::Modal;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct AuthorDialogProps {
    pub name: AttrValue,
    pub lang: Lang,
    /// Emits the name (empty: unknown).
    pub on_save: Callback<String>,
    pub on_close: Callback<()>,
}

#[function_component(AuthorDialog)]
pub fn author_dialog(props: &AuthorDialogProps) -> Html {
    let text = props.lang.strings();
    let input = use_node_ref();
    let save = {
        let input = input.clone();
        let on_save = props.on_save.clone();
        Callback::from(move |_: ()| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                on_save.emit(input.value());
            }
        })
    };
    let onkeydown = {
        let save = save.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                save.emit(());
            }
        }
    };
    html! {
        <Modal title={text.author_title} on_close={props.on_close.clone()}>
            <p class="panel-hint">{ text.author_hint }</p>
            <label class="field">{ text.author_label }
                <input ref={input} class="author-input" type="text" maxlength="80" autocomplete="name"
                    defaultvalue={props.name.clone()} data-autofocus="" {onkeydown} /></label>
            <div class="modal-actions">
                <button class="primary" onclick={save.reform(|_: MouseEvent| ())}>{ text.save }</button>
                <button onclick={props.on_close.reform(|_: MouseEvent| ())}>{ text.cancel }</button>
            </div>
        </Modal>
    }
}
