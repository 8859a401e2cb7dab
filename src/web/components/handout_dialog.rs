//! Before the handout is exported: its title, tagged or a worksheet, paragraph
//! numbers, and for a worksheet one task line per tag the article uses.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::modal::Modal;
use crate::core::annotation::TagId;
use crate::core::format::handout::{HandoutKind, HandoutOptions};
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct HandoutDialogProps {
    pub lang: Lang,
    /// The document's title, to start from.
    pub title: AttrValue,
    /// Each tag that has sentences, with its default task line.
    pub tasks: Rc<Vec<(TagId, String)>>,
    /// Each tag that phrases carry, with its label: the choices for the vocabulary list.
    pub vocabulary: Rc<Vec<(TagId, String)>>,
    pub on_export: Callback<HandoutOptions>,
    pub on_close: Callback<()>,
}

fn value(e: InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[function_component(HandoutDialog)]
pub fn handout_dialog(props: &HandoutDialogProps) -> Html {
    let lang = props.lang;
    let words = lang.handout_words();
    let title = use_state(|| props.title.to_string());
    let kind = use_state(|| HandoutKind::Tagged);
    let numbers = use_state(|| true);
    // A tag named for vocabulary is chosen at first; the teacher may choose another.
    let vocabulary = {
        let choices = props.vocabulary.clone();
        use_state(move || {
            const NAMES: [&str; 5] = ["生词", "词汇", "vocabulary", "vocab", "words"];
            choices
                .iter()
                .find(|(_, label)| NAMES.iter().any(|n| label.trim().eq_ignore_ascii_case(n)))
                .map(|(id, _)| id.clone())
        })
    };
    let tasks = {
        let start = props.tasks.clone();
        use_state(move || (*start).clone())
    };
    let export = {
        let (title, kind, numbers, tasks, vocabulary) = (
            title.clone(),
            kind.clone(),
            numbers.clone(),
            tasks.clone(),
            vocabulary.clone(),
        );
        let on_export = props.on_export.clone();
        move |_: MouseEvent| {
            let title = title.trim();
            on_export.emit(HandoutOptions {
                title: (!title.is_empty()).then(|| title.to_string()),
                kind: *kind,
                paragraph_numbers: *numbers,
                tasks: match *kind {
                    HandoutKind::Tagged => Vec::new(),
                    HandoutKind::Worksheet => (*tasks).clone(),
                },
                words: words.printed(),
                vocabulary: (*vocabulary).clone(),
            })
        }
    };
    let choice = |this: HandoutKind, label: &'static str, name: &'static str| {
        let kind = kind.clone();
        let checked = *kind == this;
        html! {
            <label class="menu-check">
                <input type="radio" name="handout-kind" data-handout={name} {checked}
                    onchange={move |_: Event| kind.set(this)} />
                { label }
            </label>
        }
    };
    let task_rows = (*kind == HandoutKind::Worksheet && !tasks.is_empty()).then(|| {
        let rows = tasks.iter().enumerate().map(|(i, (_, text))| {
            let tasks = tasks.clone();
            let oninput = move |e: InputEvent| {
                let mut next = (*tasks).clone();
                next[i].1 = value(e);
                tasks.set(next);
            };
            html! { <input type="text" class="handout-task" value={text.clone()} aria-label={words.tasks} {oninput} /> }
        });
        html! { <div class="field">{ words.tasks }{ for rows }</div> }
    });
    html! {
        <Modal title={words.heading} on_close={props.on_close.clone()}>
            <label class="field">{ words.title }
                <input type="text" class="handout-title" value={(*title).clone()} data-autofocus=""
                    oninput={let title = title.clone(); move |e| title.set(value(e))} /></label>
            <div role="radiogroup" class="handout-kinds">
                { choice(HandoutKind::Tagged, words.tagged, "tagged") }
                { choice(HandoutKind::Worksheet, words.worksheet, "worksheet") }
            </div>
            <label class="menu-check">
                <input type="checkbox" data-option="numbers" checked={*numbers}
                    onchange={let numbers = numbers.clone(); move |_: Event| numbers.set(!*numbers)} />
                { words.paragraph_numbers }
            </label>
            { task_rows }
            if !props.vocabulary.is_empty() {
                <label class="field">{ words.vocabulary_tag }
                    <select class="handout-vocabulary" onchange={
                        let vocabulary = vocabulary.clone();
                        let choices = props.vocabulary.clone();
                        move |e: Event| {
                            let at = e.target_unchecked_into::<web_sys::HtmlSelectElement>().selected_index();
                            let chosen = usize::try_from(at - 1).ok().and_then(|i| choices.get(i));
                            vocabulary.set(chosen.map(|(id, _)| id.clone()));
                        }
                    }>
                        <option selected={vocabulary.is_none()}>{ words.no_vocabulary }</option>
                        { for props.vocabulary.iter().map(|(id, label)| html! {
                            <option value={id.clone()} selected={vocabulary.as_deref() == Some(id.as_str())}>{ label.clone() }</option>
                        }) }
                    </select>
                </label>
            }
            <div class="modal-actions">
                <button class="primary" data-handout-export="" onclick={export}>{ words.export }</button>
                <button onclick={props.on_close.reform(|_: MouseEvent| ())}>{ lang.strings().cancel }</button>
            </div>
        </Modal>
    }
}
