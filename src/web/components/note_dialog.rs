//! The note editor for one sentence, or for a phrase in it. Ctrl+Enter saves.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use std::rc::Rc;

use super::discard_guard::use_discard_guard;
use super::modal::Modal;
use crate::core::validate::MAX_NOTE_CHARS;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct NoteDialogProps {
    pub sentence: usize,
    pub quote: AttrValue,
    pub note: AttrValue,
    pub lang: Lang,
    /// Whether the note is a phrase's (the quote is then the phrase).
    #[prop_or_default]
    pub phrase: bool,
    pub on_save: Callback<String>,
    pub on_close: Callback<()>,
}

#[function_component(NoteDialog)]
pub fn note_dialog(props: &NoteDialogProps) -> Html {
    let text = props.lang.strings();
    let area = use_node_ref();
    let save = {
        let area = area.clone();
        let on_save = props.on_save.clone();
        Callback::from(move |_: ()| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                on_save.emit(area.value());
            }
        })
    };
    let dirty: Rc<dyn Fn() -> bool> = {
        let (area, initial) = (area.clone(), props.note.clone());
        Rc::new(move || {
            area.cast::<HtmlTextAreaElement>()
                .is_some_and(|a| a.value().trim() != initial.trim())
        })
    };
    let (close, question) = use_discard_guard(props.on_close.clone(), dirty, props.lang);
    let onkeydown = {
        let save = save.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                save.emit(());
            }
        }
    };
    html! {
        <Modal title={if props.phrase { text.phrase_note.to_string() } else { text.note_for(props.sentence + 1) }}
            on_close={close.clone()}>
            <blockquote class="selected-quote">{ props.quote.clone() }</blockquote>
            // The initial text only: a `value` would be written back on every
            // re-render (an autosave notice, say) and wipe what is being typed.
            <textarea ref={area} class="note-input" rows="4" aria-label={text.note}
                defaultvalue={props.note.clone()} maxlength={MAX_NOTE_CHARS.to_string()} {onkeydown} />
            { question }
            <div class="modal-actions">
                <button class="primary" onclick={save.reform(|_: MouseEvent| ())}>{ text.save }</button>
                <button onclick={close.reform(|_: MouseEvent| ())}>{ text.cancel }</button>
            </div>
        </Modal>
    }
}
