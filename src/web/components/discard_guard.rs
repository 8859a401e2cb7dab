//! Closing a dialog whose fields hold unsaved typing asks first (Esc, the backdrop, Cancel).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::i18n::Lang;

/// A close that asks "Discard changes?" when `dirty()` says there is typing to lose,
/// and the question to show inside the dialog while it is asked.
#[hook]
pub fn use_discard_guard(
    on_close: Callback<()>,
    dirty: Rc<dyn Fn() -> bool>,
    lang: Lang,
) -> (Callback<()>, Html) {
    let asking = use_state(|| false);
    let guarded = {
        let (asking, on_close) = (asking.clone(), on_close.clone());
        Callback::from(move |_: ()| {
            if dirty() {
                asking.set(true);
            } else {
                on_close.emit(());
            }
        })
    };
    let text = lang.strings();
    let question = if *asking {
        let keep = {
            let asking = asking.clone();
            Callback::from(move |_: MouseEvent| asking.set(false))
        };
        html! {
            <div class="discard-confirm" role="alert">
                <p><strong>{ text.discard_title }</strong>{ " " }{ text.discard_question }</p>
                <div class="modal-actions">
                    <button class="danger" data-discard="" onclick={on_close.reform(|_: MouseEvent| ())}>{ text.discard }</button>
                    <button data-keep="" autofocus=true onclick={keep}>{ text.keep_editing }</button>
                </div>
            </div>
        }
    } else {
        html! {}
    };
    (guarded, question)
}
