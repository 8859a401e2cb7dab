//! The review before accepting all of a tag's suggestions: every sentence with its
//! reason, ticked; the user unticks what they do not want, then accepts the rest.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::modal::Modal;
use crate::core::document::Document;
use crate::model::i18n::Lang;
use crate::model::suggested::Pending;

#[derive(Properties, PartialEq)]
pub struct AcceptAllDialogProps {
    pub doc: Rc<Document>,
    /// The tag's label.
    pub label: AttrValue,
    /// The sentences suggested for the tag, with the suggestion.
    pub list: Rc<Vec<Pending>>,
    pub lang: Lang,
    /// The sentences the user kept ticked.
    pub on_accept: Callback<Vec<usize>>,
    pub on_close: Callback<()>,
}

#[function_component(AcceptAllDialog)]
pub fn accept_all_dialog(props: &AcceptAllDialogProps) -> Html {
    let words = props.lang.suggest_words();
    let strings = props.lang.strings();
    let unticked = use_state(BTreeSet::<usize>::new);
    let chosen: Vec<usize> = props
        .list
        .iter()
        .map(|p| p.sentence)
        .filter(|i| !unticked.contains(i))
        .collect();
    let rows = props.list.iter().map(|pending| {
        let (index, s) = (pending.sentence, pending.suggestion());
        let text = &props.doc.sentences[index].text;
        let cue = text.get(s.cue.clone()).unwrap_or_default();
        // The cue is marked in the sentence; a range that is not on a character
        // boundary (never from the rules) shows the sentence plain.
        let marked = match (text.get(..s.cue.start), text.get(s.cue.end..)) {
            (Some(before), Some(after)) if !cue.is_empty() => html! {
                <>{ before.to_string() }<mark>{ cue.to_string() }</mark>{ after.to_string() }</>
            },
            _ => html! { { text.to_string() } },
        };
        let onchange = {
            let unticked = unticked.clone();
            move |_: Event| {
                let mut next = (*unticked).clone();
                if !next.remove(&index) {
                    next.insert(index);
                }
                unticked.set(next);
            }
        };
        html! {
            <li data-index={index.to_string()}>
                <label>
                    <input type="checkbox" checked={!unticked.contains(&index)} {onchange} />
                    <span class="sentence-number">{ index + 1 }</span>
                    <span class="review-text">{ marked }</span>
                    <span class="reason">{ words.because(cue, s.reason) }</span>
                </label>
            </li>
        }
    });
    let on_accept = {
        let chosen = chosen.clone();
        props.on_accept.reform(move |_: MouseEvent| chosen.clone())
    };
    html! {
        <Modal title={format!("{} {}", words.review_title, props.label)} on_close={props.on_close.clone()}>
            <p class="panel-hint">{ words.review_hint }</p>
            <ol class="review-list">{ for rows }</ol>
            <div class="modal-actions">
                <button class="primary" data-autofocus="" disabled={chosen.is_empty()} onclick={on_accept}>
                    { words.accept_n(chosen.len()) }
                </button>
                <button onclick={props.on_close.reform(|_: MouseEvent| ())}>{ strings.cancel }</button>
            </div>
        </Modal>
    }
}
