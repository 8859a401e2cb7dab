//! The tag-set editor: add, rename, recolour, re-key, reorder and delete tags, and give
//! a tag cue words that suggest it, tried on the open article as they are typed.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::modal::Modal;
use crate::core::annotation::is_free_hotkey;
use crate::core::annotation::{Tag, TagId, TagSet};
use crate::core::document::Document;
use crate::core::editor::Edit;
use crate::core::suggest::cues::Cues;
use crate::core::validate::MAX_LABEL_CHARS;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct TagEditorProps {
    pub tags: Rc<TagSet>,
    /// The open article, which cue words are tried on.
    pub doc: Rc<Document>,
    pub lang: Lang,
    pub on_edit: Callback<Edit>,
    pub on_delete: Callback<TagId>,
    /// Saves this tag set as the one new documents start with; `Err` says why not.
    pub on_make_default: Callback<(), Result<(), String>>,
    pub on_close: Callback<()>,
}

fn input_value(e: Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// Cue words as typed: separated by commas (either width) or semicolons.
fn split_cues(typed: &str) -> Vec<String> {
    typed
        .split([',', '，', ';', '；'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect()
}

/// At most this many matching sentences are listed under a tag's cue words.
const MATCHES_SHOWN: usize = 3;

/// Which sentences of `doc` the cue words `typed` match: a line for the editor.
fn cue_test(doc: &Document, typed: &str, lang: Lang) -> Html {
    let cues = Cues::parse(&split_cues(typed));
    if cues.is_empty() {
        return html! {};
    }
    let matching: Vec<usize> = (0..doc.sentences.len())
        .filter(|&i| cues.find(&doc.sentences[i].text).is_some())
        .collect();
    let shown = matching.iter().take(MATCHES_SHOWN).map(|&i| {
        let text = &doc.sentences[i].text;
        let (range, _) = cues.find(text).unwrap_or_default();
        html! {
            <li><span class="sentence-number">{ i + 1 }</span>
                { text[..range.start].chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect::<String>() }
                <mark>{ text[range.clone()].to_string() }</mark>
                { text[range.end..].chars().take(12).collect::<String>() }
            </li>
        }
    });
    html! {
        <div class="cue-test" role="status">
            <span>{ lang.suggest_words().cue_matches(matching.len()) }</span>
            <ul>{ for shown }</ul>
        </div>
    }
}

#[function_component(TagEditor)]
pub fn tag_editor(props: &TagEditorProps) -> Html {
    let text = props.lang.strings();
    // A line under the list, such as "saved as default", while this editor is open.
    let notice = use_state(|| None::<AttrValue>);
    let key_error = use_state(|| None::<TagId>);
    // Cue words being typed, by tag: tried on the article before they are committed.
    let drafts = use_state(Vec::<(TagId, String)>::new);
    let words = props.lang.suggest_words();
    let count = props.tags.tags.len();
    let rows = props.tags.tags.iter().enumerate().map(|(i, tag)| {
        let update = |change: fn(&mut Tag, String)| {
            let tag = tag.clone();
            props.on_edit.reform(move |e: Event| {
                let mut next = tag.clone();
                change(&mut next, input_value(e));
                Edit::UpdateTag(next)
            })
        };
        let on_key = {
            let tag = tag.clone();
            let on_edit = props.on_edit.clone();
            let key_error = key_error.clone();
            move |e: Event| {
                let value = input_value(e);
                let key = value.trim().chars().next();
                if key.is_some_and(|k| !is_free_hotkey(k)) {
                    key_error.set(Some(tag.id.clone()));
                    return;
                }
                key_error.set(None);
                on_edit.emit(Edit::UpdateTag(Tag { hotkey: key, ..tag.clone() }));
            }
        };
        let moved = |to: usize| {
            let id = tag.id.clone();
            props.on_edit.reform(move |_: MouseEvent| Edit::MoveTag { id: id.clone(), to })
        };
        let typed = drafts
            .iter()
            .find(|(id, _)| *id == tag.id)
            .map_or_else(|| tag.cues.join(", "), |(_, typed)| typed.clone());
        let on_cues_input = {
            let (drafts, id) = (drafts.clone(), tag.id.clone());
            move |e: InputEvent| {
                let value = e.target_unchecked_into::<HtmlInputElement>().value();
                let mut next: Vec<(TagId, String)> =
                    drafts.iter().filter(|(d, _)| *d != id).cloned().collect();
                next.push((id.clone(), value));
                drafts.set(next);
            }
        };
        let on_cues = update(|t, v| t.cues = split_cues(&v));
        let cues_id = format!("cues-{i}");
        let id = tag.id.clone();
        let on_delete = props.on_delete.reform(move |_: MouseEvent| id.clone());
        let label = text.tag_label(tag).to_string();
        html! {
            <li class="tag-row" key={tag.id.clone()} data-tag={tag.id.clone()}>
                <input class="tag-label" aria-label={text.label} value={label} maxlength={MAX_LABEL_CHARS.to_string()}
                    onchange={update(|t, v| t.label = v.trim().to_string())} />
                <input class="tag-colour" type="color" aria-label={text.colour} value={tag.color.clone()}
                    onchange={update(|t, v| t.color = v)} />
                <input class="tag-key" aria-label={text.key} maxlength="1" size="2"
                    placeholder={if i < 9 { (i + 1).to_string() } else { String::new() }}
                    value={tag.hotkey.map(String::from).unwrap_or_default()} onchange={on_key} />
                <button class="ghost" aria-label={text.move_up} disabled={i == 0} onclick={moved(i.saturating_sub(1))}>{ "↑" }</button>
                <button class="ghost" aria-label={text.move_down} disabled={i + 1 == count} onclick={moved(i + 1)}>{ "↓" }</button>
                <button class="ghost danger-text" onclick={on_delete}>{ text.delete }</button>
                if *key_error == Some(tag.id.clone()) { <p class="field-error" role="alert">{ text.key_taken }</p> }
                <div class="tag-cues">
                    <label for={cues_id.clone()}>{ words.cues }</label>
                    <input id={cues_id} class="tag-cue-input" value={typed.clone()} title={words.cues_hint}
                        placeholder={words.cues_hint} oninput={on_cues_input} onchange={on_cues} />
                    { cue_test(&props.doc, &typed, props.lang) }
                </div>
            </li>
        }
    });
    let on_add = {
        let tags = props.tags.clone();
        let label = text.new_tag;
        props.on_edit.reform(move |_: MouseEvent| {
            let id = tags.new_id(label);
            let color = tags.next_color();
            Edit::AddTag(Tag {
                id,
                label: label.to_string(),
                color,
                hotkey: None,
                cues: Vec::new(),
            })
        })
    };
    // Closing keeps a label being typed: blurring its field commits it (its `change`
    // fires) before the dialog goes.
    let close = props.on_close.reform(|_: ()| {
        let active = gloo::utils::document().active_element();
        if let Some(field) = active.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            field.blur().ok();
        }
    });
    let make_default = {
        let (notice, save, saved) = (
            notice.clone(),
            props.on_make_default.clone(),
            text.saved_default,
        );
        move |_: MouseEvent| {
            notice.set(Some(match save.emit(()) {
                Ok(()) => AttrValue::from(saved),
                Err(why) => AttrValue::from(why),
            }))
        }
    };
    html! {
        <Modal title={text.tag_set} on_close={close.clone()}>
            <ol class="tag-rows">{ for rows }</ol>
            <div class="modal-actions">
                <button onclick={on_add}>{ text.add_tag }</button>
                <button onclick={make_default}>{ text.make_default }</button>
                <button class="primary" onclick={close.reform(|_: MouseEvent| ())}>{ text.close }</button>
            </div>
            if let Some(notice) = &*notice { <p class="panel-line" role="status">{ notice.clone() }</p> }
        </Modal>
    }
}
