//! One sentence: a focusable option showing its text, its tags (colour and label), its
//! suggested tags (outlined, not filled) and a note marker.

use std::ops::Range;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::sentence_text::{Choosing, sentence_text};

use crate::core::annotation::{Marks, TagSet};
use crate::core::suggest::Suggestion;
use crate::model::i18n::Lang;

/// A click on a sentence, with the keys that change its meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceClick {
    pub index: usize,
    pub shift: bool,
    pub ctrl: bool,
    /// The phrase clicked on, if any: the innermost there.
    pub phrase: Option<Range<usize>>,
}

/// The phrase a click landed on, from its element's `data-phrase="start-end"`.
fn phrase_at(e: &MouseEvent) -> Option<Range<usize>> {
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    let data = target
        .closest("[data-phrase]")
        .ok()??
        .get_attribute("data-phrase")?;
    let (a, b) = data.split_once('-')?;
    Some(a.parse().ok()?..b.parse().ok()?)
}

#[derive(Properties, PartialEq)]
pub struct SentenceProps {
    pub index: usize,
    pub text: AttrValue,
    /// The sentence's first code point in the document, where its phrases are placed.
    pub char_start: usize,
    /// The phrase being chosen here, if it is.
    #[prop_or_default]
    pub choosing: Option<Choosing>,
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
        phrase: phrase_at(&e),
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
                    phrase: None,
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
    // The note is the option's description (read after its text), not a `title`; the
    // pencil is for the eye only.
    let note = (!props.marks.note.is_empty()).then(|| {
        html! { <span class="note-marker" title={props.marks.note.clone()} aria-hidden="true">{ "✎" }</span> }
    });
    let described = (!props.marks.note.is_empty()).then(|| format!("note-{index}"));
    html! {
        <>
            if props.space_before { { " " } }
            <span
                {class}
                role="option"
                aria-selected={props.selected.to_string()}
                aria-describedby={described.clone()}
                data-index={index.to_string()}
                tabindex={if props.tab_stop { "0" } else { "-1" }}
                {onclick}
                {onkeydown}
            >
                <span class="sentence-text">{ sentence_text(&props.text, props.char_start,
                    &props.query, &props.marks.phrases, &props.tags, props.lang,
                    props.choosing.as_ref()) }</span>
                if !tags.is_empty() || note.is_some() || !suggestions.is_empty() {
                    <span class="marks">{ for chips }{ for suggestion_chips }{ for note }</span>
                }
            </span>
            if let Some(id) = described {
                <span {id} hidden=true>{ format!("{}: {}", strings.note, props.marks.note) }</span>
            }
        </>
    }
}
