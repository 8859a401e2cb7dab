//! The side panel's suggestions: the switch, and per tag the sentences it is suggested
//! for, each with its reason, to jump to, accept or reject; "accept all" opens a review.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::annotation::{TagId, TagSet};
use crate::core::document::Document;
use crate::core::editor::Edit;
use crate::model::i18n::Lang;
use crate::model::suggested::{Pending, PendingByTag};
use crate::model::{Action, Command};

/// Per tag, in toolbar order, the sentences with a pending suggestion of it.
pub type PendingList = PendingByTag;

/// At most this many sentences listed per tag; the review lists them all.
const LIST_LIMIT: usize = 20;

#[derive(Properties)]
pub struct SuggestionsPanelProps {
    pub doc: Rc<Document>,
    pub tags: Rc<TagSet>,
    pub pending: Rc<PendingList>,
    /// Whether suggestions are on.
    pub on: bool,
    /// Whether the rules are still reading the article.
    pub busy: bool,
    pub lang: Lang,
    pub on_command: Callback<Command>,
    pub dispatch: Callback<Action>,
    pub on_jump: Callback<usize>,
}

impl PartialEq for SuggestionsPanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && Rc::ptr_eq(&self.tags, &other.tags)
            && Rc::ptr_eq(&self.pending, &other.pending)
            && self.on == other.on
            && self.busy == other.busy
            && self.lang == other.lang
            && self.on_command == other.on_command
            && self.dispatch == other.dispatch
            && self.on_jump == other.on_jump
    }
}

#[function_component(SuggestionsPanel)]
pub fn suggestions_panel(props: &SuggestionsPanelProps) -> Html {
    let words = props.lang.suggest_words();
    let strings = props.lang.strings();
    let on = props.on;
    let onchange = props
        .on_command
        .reform(move |_: Event| Command::ShowSuggestions(!on));
    let decide = |index: usize, tag: &TagId, accept: bool| {
        let pair = vec![(index, tag.clone())];
        props.dispatch.reform(move |_: MouseEvent| Action::Edit {
            edit: if accept {
                Edit::Accept(pair.clone())
            } else {
                Edit::Reject(pair.clone())
            },
            now: js_sys::Date::now() as i64,
        })
    };
    let groups = props.pending.iter().filter(|(_, list)| !list.is_empty()).map(|(tag, list)| {
        let position = props.tags.position(tag).unwrap_or(0);
        let label = props.tags.get(tag).map_or(tag.as_str(), |t| strings.tag_label(t));
        let review = {
            let tag = tag.clone();
            props.on_command.reform(move |_: MouseEvent| Command::ReviewSuggestions(tag.clone()))
        };
        let items = list.iter().take(LIST_LIMIT).map(|pending: &Pending| {
            let (index, s) = (pending.sentence, pending.suggestion());
            let text = &props.doc.sentences[index].text;
            let cue = text.get(s.cue.clone()).unwrap_or_default();
            let jump = props.on_jump.reform(move |_: MouseEvent| index);
            html! {
                <li class="suggestion-item" data-index={index.to_string()}>
                    <button class="link" onclick={jump} title={text.to_string()}>
                        <span class="sentence-number">{ index + 1 }</span>
                        <span class="reason">{ words.because(cue, s.reason) }</span>
                    </button>
                    <button class="ghost small" aria-label={format!("{} {}: {label}", words.accept, index + 1)}
                        onclick={decide(index, tag, true)}>{ "✓" }</button>
                    <button class="ghost small" aria-label={format!("{} {}: {label}", words.reject, index + 1)}
                        onclick={decide(index, tag, false)}>{ "✗" }</button>
                </li>
            }
        });
        html! {
            <section class={classes!("suggestion-tag", format!("t-{position}"))} data-tag={tag.clone()}>
                <h3>
                    <span class="suggestion-chip">{ label }</span>
                    <span class="count">{ list.len() }</span>
                </h3>
                <ol>{ for items }</ol>
                <button class="accept-all" onclick={review}>{ words.accept_all }</button>
            </section>
        }
    });
    html! {
        <section class="panel-section suggestions" aria-label={words.heading}
            aria-busy={props.busy.to_string()}>
            <h2>{ words.heading }</h2>
            <label class="switch">
                <input type="checkbox" checked={on} {onchange} />{ " " }{ words.switch }
            </label>
            if on && props.busy { <p class="panel-hint">{ words.working }</p> }
            if on { { for groups } }
        </section>
    }
}
