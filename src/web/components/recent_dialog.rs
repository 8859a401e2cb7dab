//! The saved documents: reopen or delete each one; a deletion can be undone, and the
//! open document is marked and cannot be deleted.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::modal::Modal;
use crate::core::format::iso_time;
use crate::core::sync::StoreError;
use crate::model::i18n::Lang;
use crate::web::storage::{self, RecentEntry, Removed};

#[derive(Properties, PartialEq)]
pub struct RecentDialogProps {
    /// The open document's id.
    pub current: AttrValue,
    pub lang: Lang,
    pub on_open: Callback<String>,
    /// Says why an undo failed.
    pub on_error: Callback<StoreError>,
    pub on_close: Callback<()>,
}

#[function_component(RecentDialog)]
pub fn recent_dialog(props: &RecentDialogProps) -> Html {
    let text = props.lang.strings();
    // `None` until read.
    let entries = use_state(|| None::<Vec<RecentEntry>>);
    // The document just deleted, while its deletion can be undone.
    let removed = use_state(|| None::<Rc<Removed>>);
    // Read once it is open, and again after each deletion and undo; never in render.
    {
        let entries = entries.clone();
        use_effect_with((), move |_| entries.set(Some(storage::recent())));
    }
    let on_delete = {
        let (removed, entries) = (removed.clone(), entries.clone());
        Callback::from(move |id: String| {
            let (removed, entries) = (removed.clone(), entries.clone());
            spawn_local(async move {
                if let Some(gone) = storage::remove(&id).await {
                    removed.set(Some(Rc::new(gone)));
                }
                entries.set(Some(storage::recent()));
            });
        })
    };
    let on_undo = {
        let (removed, entries, on_error) =
            (removed.clone(), entries.clone(), props.on_error.clone());
        move |_: MouseEvent| {
            let Some(gone) = (*removed).clone() else {
                return;
            };
            let (removed, entries, on_error) = (removed.clone(), entries.clone(), on_error.clone());
            spawn_local(async move {
                if let Err(why) = storage::undo_remove(&gone).await {
                    on_error.emit(why);
                }
                removed.set(None);
                entries.set(Some(storage::recent()));
            });
        }
    };
    let rows = entries.iter().flatten().map(|entry| {
        let id = entry.id.clone();
        let on_open = props.on_open.reform(move |_: MouseEvent| id.clone());
        let id = entry.id.clone();
        let on_delete = on_delete.reform(move |_: MouseEvent| id.clone());
        let counts: Vec<String> = entry.counts.iter().map(|(label, n)| format!("{label} {n}")).collect();
        let is_current = entry.id == props.current.as_str();
        let saved = iso_time(entry.saved).replace('T', " ");
        let mut meta = format!("{} · {}", &saved[..16], entry.sentences);
        if !counts.is_empty() {
            meta = format!("{meta} · {}", counts.join(", "));
        }
        html! {
            <li class={classes!("recent-row", is_current.then_some("current"))} data-id={entry.id.clone()}
                aria-current={is_current.then_some("true")}>
                <button class="link recent-open" onclick={on_open}>
                    <strong>{ entry.title.clone() }</strong>
                    if is_current { <span class="recent-badge">{ text.open_now }</span> }
                    <span class="recent-meta">{ meta }</span>
                </button>
                if !is_current {
                    <button class="ghost danger-text" onclick={on_delete}>{ text.delete }</button>
                }
            </li>
        }
    });
    html! {
        <Modal title={text.recent_docs.trim_end_matches('…')} on_close={props.on_close.clone()}>
            if let Some(gone) = &*removed {
                <p class="recent-removed" role="status">
                    { text.deleted(gone.title()) }{ " " }
                    <button class="link" data-autofocus="" onclick={on_undo}>{ text.undo_delete }</button>
                </p>
            }
            if entries.as_ref().is_some_and(Vec::is_empty) {
                <p class="panel-hint">{ text.recent_empty }</p>
            } else {
                <ul class="recent-list">{ for rows }</ul>
            }
            <div class="modal-actions">
                <button class="primary" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ text.close }</button>
            </div>
        </Modal>
    }
}
