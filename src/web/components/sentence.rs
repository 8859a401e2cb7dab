//! One sentence: a focusable option showing its text, its tags (colour and label), its
//! suggested tags (outlined, not filled) and a note marker.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::annotation::{Marks, TagSet};
use crate::core::suggest::Suggestion;
use crate::model::i18n::Lang;
use crate::model::view::match_ranges;

/// A click on a sentence, with the keys that change its meaning.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentenceClick {
    pub index: usize,
    pub shift: bool,
    pub ctrl: bool,
}

#[derive(Properties, PartialEq)]
pub struct SentenceProps {
    pub index: usize,
    pub text: AttrValue,
    pub space_before: bool,
    pub selected: bool,
    /// Whether this sentence is the article's one tab stop.
    pub tab_stop: bool,
    pub marks: Rc<Marks>,
    pub tags: Rc<TagSet>,
    pub lang: Lang,
    pub query: AttrValue,
    pub on_click: Callback<SentenceClick>,
    /// What the rules found for the sentence, if it has been read.
    #[prop_or_default]
    pub suggested: Option<Rc<[Suggestion]>>,
}

#[function_component(Sentence)]
pub fn sentence(props: &SentenceProps) -> Html {
    crate::web::render_count::tick("Sentence");
    let index = props.index;
    let onclick = props.on_click.reform(move |e: MouseEvent| SentenceClick {
        index,
        shift: e.shift_key(),
        ctrl: e.ctrl_key() || e.meta_key(),
    });
    let onkeydown = {
        let on_click = props.on_click.clone();
        let selected = props.selected;
        move |e: KeyboardEvent| {
            // Enter on the selected sentence is left to the shortcuts: it accepts.
            if e.key() == " " || (e.key() == "Enter" && !selected) {
                e.prevent_default();
                on_click.emit(SentenceClick {
                    index,
                    shift: e.shift_key(),
                    ctrl: e.ctrl_key(),
                });
            }
        }
    };
    let strings = props.lang.strings();
    let tags: Vec<_> = props
        .tags
        .tags
        .iter()
        .enumerate()
        .filter(|(_, t)| props.marks.has(&t.id))
        .collect();
    // Classes give the colours (see `tag_css`): the first three tags draw stripes.
    let stripe_classes = tags.iter().take(3).enumerate().map(|(k, (i, _))| match k {
        0 => format!("t-{i}"),
        1 => format!("t2-{i}"),
        _ => format!("t3-{i}"),
    });
    let words = props.lang.suggest_words();
    let suggestions: Vec<_> = props
        .suggested
        .iter()
        .flat_map(|found| found.iter())
        .filter(|s| s.is_pending(&props.marks))
        .filter_map(|s| Some((props.tags.position(&s.tag)?, s)))
        .collect();
    let class = classes!(
        "sentence",
        props.selected.then_some("selected"),
        (!tags.is_empty()).then_some("tagged"),
        (!suggestions.is_empty()).then_some("suggested"),
        suggestions.first().map(|(i, _)| format!("s-{i}")),
        stripe_classes.collect::<Vec<_>>(),
    );
    let chips = tags.iter().map(|(i, t)| {
        html! { <span class={classes!("chip", format!("t-{i}"))}>{ strings.tag_label(t) }</span> }
    });
    let suggestion_chips = suggestions.iter().map(|(i, s)| {
        let label = strings.tag_label(&props.tags.tags[*i]);
        let cue = props.text.get(s.cue.clone()).unwrap_or_default();
        let why = format!(
            "{}: {label} ({})",
            words.suggested,
            words.because(cue, s.reason)
        );
        html! {
            <span class={classes!("suggestion-chip", format!("t-{i}"))} title={why}
                data-tag={s.tag.clone()}>
                { label }<span class="visually-hidden">{ format!(" ({})", words.suggested) }</span>
            </span>
        }
    });
    let note = (!props.marks.note.is_empty()).then(|| {
        html! { <span class="note-marker" title={props.marks.note.clone()}>{ "✎" }</span> }
    });
    html! {
        <>
            if props.space_before { { " " } }
            <span
                {class}
                role="option"
                aria-selected={props.selected.to_string()}
                data-index={index.to_string()}
                tabindex={if props.tab_stop { "0" } else { "-1" }}
                {onclick}
                {onkeydown}
            >
                <span class="sentence-text">{ highlighted(&props.text, &props.query) }</span>
                if !tags.is_empty() || note.is_some() || !suggestions.is_empty() {
                    <span class="marks">{ for chips }{ for suggestion_chips }{ for note }</span>
                }
            </span>
        </>
    }
}

/// The text with search matches wrapped in `<mark>`.
fn highlighted(text: &str, query: &str) -> Html {
    let ranges = match_ranges(text, query);
    if ranges.is_empty() {
        return html! { { text.to_string() } };
    }
    let mut parts = Vec::new();
    let mut last = 0;
    for r in ranges {
        parts.push(html! { { text[last..r.start].to_string() } });
        parts.push(html! { <mark>{ text[r.clone()].to_string() }</mark> });
        last = r.end;
    }
    parts.push(html! { { text[last..].to_string() } });
    parts.into_iter().collect()
}
