//! A yes-or-no question before a change the user might not expect.

use yew::prelude::*;

use super::modal::Modal;

#[derive(Properties, PartialEq)]
pub struct ConfirmDialogProps {
    pub title: AttrValue,
    pub message: AttrValue,
    pub confirm: AttrValue,
    pub cancel: AttrValue,
    pub on_confirm: Callback<()>,
    pub on_close: Callback<()>,
}

#[function_component(ConfirmDialog)]
pub fn confirm_dialog(props: &ConfirmDialogProps) -> Html {
    html! {
        <Modal title={props.title.clone()} on_close={props.on_close.clone()}>
            <p>{ props.message.clone() }</p>
            <div class="modal-actions">
                <button class="danger" onclick={props.on_confirm.reform(|_: MouseEvent| ())}>{ props.confirm.clone() }</button>
                <button data-autofocus="" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ props.cancel.clone() }</button>
            </div>
        </Modal>
    }
}
