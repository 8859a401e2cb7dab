//! Splitting a sentence: the user puts the caret where the new sentence starts. A
//! cut through a marked phrase says so, and splits only when asked again.

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
    /// The sentence's phrases, in characters of its text.
    #[prop_or_default]
    pub phrases: Vec<(usize, usize)>,
    /// Emits the character offset to split before, and whether to split through
    /// phrases (taking them away).
    pub on_split: Callback<(usize, bool)>,
    pub on_close: Callback<()>,
}

#[function_component(SplitDialog)]
pub fn split_dialog(props: &SplitDialogProps) -> Html {
    let text = props.lang.strings();
    let area = use_node_ref();
    // Where a cut through a phrase was asked for: the same place again splits.
    let asked = use_state(|| None::<usize>);
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
        let phrases = props.phrases.clone();
        let asked = asked.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                let units = area.selection_start().ok().flatten().unwrap_or(0) as usize;
                let at = utf16_to_chars(&sentence, units);
                let crosses = phrases.iter().any(|&(s, e)| s < at && at < e);
                if crosses && *asked != Some(at) {
                    asked.set(Some(at));
                } else {
                    on_split.emit((at, crosses));
                }
            }
        })
    };
    html! {
        <Modal title={text.split_title} on_close={props.on_close.clone()}>
            <p class="panel-hint">{ text.split_hint }</p>
            <textarea ref={area} class="split-input" rows="4" readonly=true
                aria-label={text.split_title} value={props.text.clone()} />
            if asked.is_some() {
                <p class="split-warning" role="alert">{ text.split_through_phrase }</p>
            }
            <div class="modal-actions">
                <button class="primary" data-autofocus="" onclick={split}>
                    { if asked.is_some() { text.split_and_remove } else { text.split.trim_end_matches('…') } }
                </button>
                <button onclick={props.on_close.reform(|_: MouseEvent| ())}>{ text.cancel }</button>
            </div>
        </Modal>
    }
}
