//! Another tab changed the same things: the user keeps one version, the other is copied.

use std::rc::Rc;

use yew::prelude::*;

use super::modal::Modal;
use crate::core::sync::Clash;
use crate::model::Resolution;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ConflictDialogProps {
    pub clash: Rc<Clash>,
    pub lang: Lang,
    pub on_resolve: Callback<Resolution>,
}

#[function_component(ConflictDialog)]
pub fn conflict_dialog(props: &ConflictDialogProps) -> Html {
    let text = props.lang.strings();
    let clash = &props.clash;
    let choose = |choice: Resolution| props.on_resolve.reform(move |_: MouseEvent| choice);
    html! {
        // Closes only by a choice: Esc and the backdrop leave it open.
        <Modal title={text.conflict_title} on_close={Callback::noop()}>
            <div class="conflict-dialog">
                <p>{ text.conflict_intro }</p>
                <ul>
                    if !clash.sentences.is_empty() { <li>{ text.conflict_sentences(&clash.sentences) }</li> }
                    if clash.tags { <li>{ text.conflict_tags }</li> }
                    if clash.structure { <li>{ text.conflict_structure }</li> }
                </ul>
                <div class="modal-actions">
                    <button class="primary" data-choice="mine" data-autofocus=""
                        onclick={choose(Resolution::KeepMine)}>{ text.keep_mine }</button>
                    <button data-choice="theirs" onclick={choose(Resolution::TakeTheirs)}>{ text.take_theirs }</button>
                </div>
            </div>
        </Modal>
    }
}
