//! The saved documents: reopen or delete each one; a deletion can be undone, and the
//! open document is marked and cannot be deleted.

use yew::prelude::*;

use super::modal::Modal;
use crate::app::storage::RecentEntry;
use crate::format::iso_time;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct RecentDialogProps {
    pub entries: Vec<RecentEntry>,
    pub current: AttrValue,
    pub lang: Lang,
    pub on_open: Callback<String>,
    pub on_delete: Callback<String>,
    /// The title of the document just deleted, while its deletion can be undone.
    pub removed: Option<AttrValue>,
    pub on_undo: Callback<()>,
    pub on_close: Callback<()>,
}

#[function_component(RecentDialog)]
pub fn recent_dialog(props: &RecentDialogProps) -> Html {
    let text = props.lang.strings();
    let rows = props.entries.iter().map(|entry| {
        let id = entry.id.clone();
        let on_open = props.on_open.reform(move |_: MouseEvent| id.clone());
        let id = entry.id.clone();
        let on_delete = props.on_delete.reform(move |_: MouseEvent| id.clone());
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
            if let Some(title) = &props.removed {
                <p class="recent-removed" role="status">
                    { text.deleted(title) }{ " " }
                    <button class="link" data-autofocus="" onclick={props.on_undo.reform(|_: MouseEvent| ())}>{ text.undo_delete }</button>
                </p>
            }
            if props.entries.is_empty() {
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
