//! Splitting a sentence: the user puts the caret where the new sentence starts.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::modal::Modal;
use crate::core::anchor::{chars_to_utf16, utf16_to_chars};
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct SplitDialogProps {
    pub text: AttrValue,
    /// The first caret position, in characters.
    pub caret: usize,
    pub lang: Lang,
    /// Emits the character offset to split before.
    pub on_split: Callback<usize>,
    pub on_close: Callback<()>,
}

#[function_component(SplitDialog)]
pub fn split_dialog(props: &SplitDialogProps) -> Html {
    let text = props.lang.strings();
    let area = use_node_ref();
    {
        let area = area.clone();
        let sentence = props.text.clone();
        let caret = props.caret;
        use_effect_with((), move |_| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                let units = chars_to_utf16(&sentence, caret) as u32;
                let _ = area.set_selection_range(units, units);
                let _ = area.focus();
            }
        });
    }
    let split = {
        let area = area.clone();
        let sentence = props.text.clone();
        let on_split = props.on_split.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                let units = area.selection_start().ok().flatten().unwrap_or(0) as usize;
                on_split.emit(utf16_to_chars(&sentence, units));
            }
        })
    };
    html! {
        <Modal title={text.split_title} on_close={props.on_close.clone()}>
            <p class="panel-hint">{ text.split_hint }</p>
            <textarea ref={area} class="split-input" rows="4" readonly=true
                aria-label={text.split_title} value={props.text.clone()} />
            <div class="modal-actions">
                <button class="primary" data-autofocus="" onclick={split}>{ text.split.trim_end_matches('…') }</button>
                <button onclick={props.on_close.reform(|_: MouseEvent| ())}>{ text.cancel }</button>
            </div>
        </Modal>
    }
}
