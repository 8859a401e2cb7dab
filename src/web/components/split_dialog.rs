//! Splitting a sentence: the user moves a caret through the sentence (by character with
//! the arrows, by word with Ctrl+arrows, Home/End, or a click), sees the two sentences
//! it makes, and splits with Enter or the button. A cut through a marked phrase says
//! so, and splits only when asked again.

use gloo::events::{EventListener, EventListenerOptions};
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

/// The caret's place in `area`, in characters of `sentence`.
fn caret_of(area: &HtmlTextAreaElement, sentence: &str) -> usize {
    let units = area.selection_start().ok().flatten().unwrap_or(0) as usize;
    utf16_to_chars(sentence, units)
}

#[function_component(SplitDialog)]
pub fn split_dialog(props: &SplitDialogProps) -> Html {
    let text = props.lang.strings();
    let area = use_node_ref();
    let at = use_state_eq(|| props.caret);
    // The caret is the text field's own, so the browser moves it by character and by
    // word as in any text; the field refuses edits, and the preview follows the caret.
    {
        let area = area.clone();
        let sentence = props.text.clone();
        let caret = props.caret;
        let at = at.clone();
        use_effect_with((), move |_| {
            let mut listeners = Vec::new();
            if let Some(field) = area.cast::<HtmlTextAreaElement>() {
                let units = chars_to_utf16(&sentence, caret) as u32;
                let _ = field.set_selection_range(units, units);
                let _ = field.focus();
                let options = EventListenerOptions::enable_prevent_default();
                listeners.push(EventListener::new_with_options(
                    &field,
                    "beforeinput",
                    options,
                    |e| e.prevent_default(),
                ));
                let document = gloo::utils::document();
                listeners.push(EventListener::new(
                    &document,
                    "selectionchange",
                    move |_| {
                        at.set(caret_of(&field, &sentence));
                    },
                ));
            }
            move || drop(listeners)
        });
    }
    let n = props.text.chars().count();
    let inside = *at > 0 && *at < n;
    let phrases = props.phrases.clone();
    let crosses = move |at: usize| phrases.iter().any(|&(s, e)| s < at && at < e);
    let through = crosses(*at);
    let split = {
        let area = area.clone();
        let sentence = props.text.clone();
        let at = at.clone();
        let on_split = props.on_split.clone();
        Callback::from(move |_: ()| {
            // The field's caret now: the preview may not have caught up with a script.
            let Some(now) = area
                .cast::<HtmlTextAreaElement>()
                .map(|f| caret_of(&f, &sentence))
            else {
                return;
            };
            if now == 0 || now >= n {
                return;
            }
            // A cut through a phrase the warning has not shown yet shows it first.
            if crosses(now) && now != *at {
                at.set(now);
            } else {
                on_split.emit((now, crosses(now)));
            }
        })
    };
    // An edit that cannot be refused (an input method's) is undone.
    let oninput = {
        let area = area.clone();
        let sentence = props.text.clone();
        let at = *at;
        move |_: InputEvent| {
            if let Some(field) = area.cast::<HtmlTextAreaElement>() {
                field.set_value(&sentence);
                let units = chars_to_utf16(&sentence, at) as u32;
                let _ = field.set_selection_range(units, units);
            }
        }
    };
    let onkeydown = {
        let split = split.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Enter" && !e.shift_key() && !e.is_composing() {
                e.prevent_default();
                split.emit(());
            }
        }
    };
    let (first, second): (String, String) = {
        let chars = props.text.chars();
        (chars.clone().take(*at).collect(), chars.skip(*at).collect())
    };
    html! {
        <Modal title={text.split_title} on_close={props.on_close.clone()}>
            <p class="panel-hint" id="split-hint">{ text.split_hint }</p>
            <textarea ref={area} class="split-input" rows="4" aria-readonly="true" spellcheck="false"
                aria-label={text.split_title} aria-describedby="split-hint" value={props.text.clone()}
                {oninput} {onkeydown} />
            <ol class="split-preview" aria-label={text.split_preview}>
                if inside {
                    <li class="split-first">{ first.trim_end().to_string() }</li>
                    <li class="split-second">{ second.trim_start().to_string() }</li>
                } else {
                    <li class="split-none">{ text.split_nowhere }</li>
                }
            </ol>
            if through && inside {
                <p class="split-warning" role="alert">{ text.split_through_phrase }</p>
            }
            <div class="modal-actions">
                <button class="primary" data-autofocus="" disabled={!inside}
                    onclick={split.reform(|_: MouseEvent| ())}>
                    { if through { text.split_and_remove } else { text.split.trim_end_matches('…') } }
                </button>
                <button onclick={props.on_close.reform(|_: MouseEvent| ())}>{ text.cancel }</button>
            </div>
        </Modal>
    }
}
