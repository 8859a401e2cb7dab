//! The open dialog, whichever it is, wired to the reducer.

use std::rc::Rc;

use yew::prelude::*;

use super::confirm_dialog::ConfirmDialog;
use super::conflict_dialog::ConflictDialog;
use super::help::Help;
use super::import_dialogs::{ImportChoice, ImportReportDialog};
use super::note_dialog::NoteDialog;
use super::paste_dialog::PasteDialog;
use super::recent_dialog::RecentDialog;
use super::split_dialog::SplitDialog;
use super::tag_editor::TagEditor;
use crate::annotation::TagSet;
use crate::app::hooks::Resolution;
use crate::app::state::{Action, AppState, Dialog, Loaded, Notice};
use crate::app::{loader, storage};
use crate::editor::Edit;
use crate::format::Incoming;
use crate::i18n::Lang;
use crate::import::open_as_document;
use crate::session::{doc_id, title_from_text};

#[derive(Properties)]
pub struct DialogsProps {
    pub state: Rc<AppState>,
    pub dispatch: Callback<Action>,
    /// Opens another document (after saving the current one).
    pub on_load: Callback<Loaded>,
    pub on_resolve: Callback<Resolution>,
}

impl PartialEq for DialogsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state)
            && self.dispatch == other.dispatch
            && self.on_load == other.on_load
            && self.on_resolve == other.on_resolve
    }
}

#[function_component(Dialogs)]
pub fn dialogs(props: &DialogsProps) -> Html {
    let notice = use_state(|| None::<AttrValue>);
    let removed = use_state(|| None::<Rc<storage::Removed>>);
    let state = &props.state;
    let Some(dialog) = state.dialog.clone() else {
        return html! {};
    };
    let lang = state.lang;
    let text = lang.strings();
    let workspace = state.workspace();
    let doc = &workspace.doc;
    let send = |make: Rc<dyn Fn() -> Vec<Action>>| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| make().into_iter().for_each(|a| dispatch.emit(a)))
    };
    let close = send(Rc::new(|| vec![Action::CloseDialog]));
    match dialog {
        Dialog::Note { sentence } if sentence < doc.sentences.len() => {
            let dispatch = props.dispatch.clone();
            let on_save = Callback::from(move |note: String| {
                dispatch.emit(Action::Edit(Edit::SetNote { sentence, note }));
                dispatch.emit(Action::CloseDialog);
            });
            html! {
                <NoteDialog {sentence} {lang}
                    quote={AttrValue::from(doc.sentences[sentence].text.clone())}
                    note={AttrValue::from(workspace.marks[sentence].note.clone())}
                    {on_save} on_close={close} />
            }
        }
        Dialog::Split { sentence, caret } if sentence < doc.sentences.len() => {
            let sentence_text = doc.sentences[sentence].text.clone();
            let caret = if caret == 0 {
                sentence_text.chars().count() / 2
            } else {
                caret
            };
            let dispatch = props.dispatch.clone();
            let on_split = Callback::from(move |at: usize| {
                dispatch.emit(Action::Edit(Edit::Split { sentence, at }));
                dispatch.emit(Action::CloseDialog);
            });
            html! { <SplitDialog text={AttrValue::from(sentence_text)} {caret} {lang} {on_split} on_close={close} /> }
        }
        Dialog::TagEditor => {
            let on_delete = {
                let dispatch = props.dispatch.clone();
                let workspace = workspace.clone();
                Callback::from(move |id: String| {
                    dispatch.emit(if workspace.count(&id) > 0 {
                        Action::Open(Dialog::ConfirmDeleteTag { id })
                    } else {
                        Action::Edit(Edit::DeleteTag { id })
                    })
                })
            };
            let on_make_default = {
                let notice = notice.clone();
                let tags = workspace.tags.clone();
                let saved = text.saved_default;
                Callback::from(move |_: ()| {
                    notice.set(Some(match storage::save_default_tags(&tags) {
                        Ok(()) => AttrValue::from(saved),
                        Err(e) => AttrValue::from(e),
                    }))
                })
            };
            let on_edit = props.dispatch.reform(Action::Edit);
            html! {
                <TagEditor tags={workspace.tags.clone()} {lang} notice={(*notice).clone()}
                    {on_edit} {on_delete} {on_make_default} on_close={close} />
            }
        }
        Dialog::ConfirmDeleteTag { id } => {
            let label = workspace
                .tags
                .get(&id)
                .map(|t| TagSet::display_label(t, lang == Lang::Zh).to_string())
                .unwrap_or_default();
            let message = text.confirm_delete(&label, workspace.count(&id));
            let on_confirm = send(Rc::new(move || {
                vec![
                    Action::Edit(Edit::DeleteTag { id: id.clone() }),
                    Action::Open(Dialog::TagEditor),
                ]
            }));
            let back = send(Rc::new(|| vec![Action::Open(Dialog::TagEditor)]));
            html! {
                <ConfirmDialog title={text.delete} {message} confirm={text.delete} cancel={text.cancel}
                    {on_confirm} on_close={back} />
            }
        }
        Dialog::Help => html! { <Help {lang} on_close={close} /> },
        Dialog::Paste => {
            let on_load = props.on_load.clone();
            let dispatch = props.dispatch.clone();
            let untitled = text.untitled;
            let on_open = Callback::from(move |(title, body): (String, String)| {
                if body.trim().is_empty() {
                    return;
                }
                let title = if title.trim().is_empty() {
                    title_from_text(&body, untitled)
                } else {
                    title
                };
                let on_load = on_load.clone();
                let progress = dispatch.reform(|n| Action::Notify(Some(n)));
                wasm_bindgen_futures::spawn_local(async move {
                    on_load
                        .emit(loader::open_text(title.trim(), &body, None, None, &progress).await);
                });
            });
            html! { <PasteDialog {lang} {on_open} on_close={close} /> }
        }
        Dialog::Recent => {
            let on_load = props.on_load.clone();
            let on_open = Callback::from(move |id: String| {
                let on_load = on_load.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(loaded) = loader::reopen(&id).await {
                        on_load.emit(loaded);
                    }
                });
            });
            let on_delete = {
                let removed = removed.clone();
                Callback::from(move |id: String| {
                    let removed = removed.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Some(gone) = storage::remove(&id).await {
                            removed.set(Some(Rc::new(gone)));
                        }
                    });
                })
            };
            let on_undo = {
                let removed = removed.clone();
                let dispatch = props.dispatch.clone();
                Callback::from(move |_: ()| {
                    let Some(gone) = (*removed).clone() else {
                        return;
                    };
                    let (removed, dispatch) = (removed.clone(), dispatch.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Err(why) = storage::undo_remove(&gone).await {
                            dispatch.emit(Action::Notify(Some(Notice::error(why))));
                        }
                        removed.set(None);
                    });
                })
            };
            let on_close = {
                let removed = removed.clone();
                let close = close.clone();
                Callback::from(move |_: ()| {
                    removed.set(None);
                    close.emit(());
                })
            };
            let title = removed
                .as_ref()
                .map(|r| AttrValue::from(r.title().to_string()));
            html! {
                <RecentDialog entries={storage::recent()} current={AttrValue::from(state.doc_id.clone())}
                    {lang} {on_open} {on_delete} removed={title} {on_undo} {on_close} />
            }
        }
        Dialog::Conflict(clash) => {
            html! { <ConflictDialog {clash} {lang} on_resolve={props.on_resolve.clone()} /> }
        }
        Dialog::ImportChoice(incoming) => {
            let title = incoming.title.clone().unwrap_or_default();
            let on_open_new = {
                let on_load = props.on_load.clone();
                let incoming: Rc<Incoming> = incoming.clone();
                Callback::from(move |_: ()| {
                    if let Some((workspace, _)) =
                        open_as_document(&incoming, &storage::load_default_tags())
                    {
                        let id = doc_id(&workspace.doc.text);
                        on_load.emit(Loaded::new(workspace, id));
                    }
                })
            };
            let on_apply_here = send(Rc::new(move || vec![Action::Import(incoming.clone())]));
            html! {
                <ImportChoice title={AttrValue::from(title)} {lang} {on_open_new} {on_apply_here} on_close={close} />
            }
        }
        Dialog::ImportReport(report) => {
            html! { <ImportReportDialog {report} {lang} on_close={close} /> }
        }
        _ => html! {},
    }
}
