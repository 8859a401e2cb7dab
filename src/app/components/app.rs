//! The whole page: the one reducer, its hooks, and the components around it.

use std::rc::Rc;

use yew::prelude::*;

use super::article::Article;
use super::confirm_dialog::ConfirmDialog;
use super::header::Header;
use super::help::Help;
use super::note_dialog::NoteDialog;
use super::overview::Overview;
use super::sentence::SentenceClick;
use super::side_panel::SidePanel;
use super::split_dialog::SplitDialog;
use super::tag_editor::TagEditor;
use super::toolbar::Toolbar;
use crate::annotation::TagSet;
use crate::app::hooks::{use_reveal, use_shortcuts};
use crate::app::state::{Action, AppState, Dialog};
use crate::app::storage;
use crate::editor::Edit;
use crate::samples::sample_document;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        AppState::new(
            sample_document(),
            storage::load_default_tags(),
            storage::load_lang(),
        )
    });
    let notice = use_state(|| None::<AttrValue>);
    use_shortcuts(state.clone());
    use_reveal(state.selection.cursor(), state.reveal);
    use_effect_with(state.lang, |lang| {
        storage::save_lang(*lang);
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    let dispatcher = state.dispatcher();
    let send = |make: fn(usize) -> Action| {
        let d = dispatcher.clone();
        Callback::from(move |i: usize| d.dispatch(make(i)))
    };
    let on_click = {
        let d = dispatcher.clone();
        use_callback((), move |click: SentenceClick, _| {
            d.dispatch(match click {
                SentenceClick {
                    index, shift: true, ..
                } => Action::ShiftClick(index),
                SentenceClick {
                    index, ctrl: true, ..
                } => Action::CtrlClick(index),
                SentenceClick { index, .. } => Action::Click(index),
            })
        })
    };
    let on_jump = send(Action::JumpTo);
    let close = {
        let d = dispatcher.clone();
        Callback::from(move |_: ()| d.dispatch(Action::CloseDialog))
    };

    let workspace = state.workspace().clone();
    let doc = workspace.doc.clone();
    let cursor = state.selection.cursor();
    let text = state.lang.strings();
    let selected = state.selection.indices();
    let pressed: Vec<bool> = workspace
        .tags
        .tags
        .iter()
        .map(|t| !selected.is_empty() && selected.iter().all(|&i| workspace.marks[i].has(&t.id)))
        .collect();
    let can_merge = cursor.is_some_and(|i| {
        doc.sentences
            .get(i + 1)
            .is_some_and(|n| n.paragraph == doc.sentences[i].paragraph)
    });

    let on_tag = {
        let d = dispatcher.clone();
        Callback::from(move |tag| d.dispatch(Action::ToggleTag(tag)))
    };
    let on_command = {
        let d = dispatcher.clone();
        Callback::from(move |name: &'static str| {
            let action = match (name, cursor) {
                ("note", Some(sentence)) => Action::Open(Dialog::Note { sentence }),
                ("split", Some(sentence)) => Action::Open(Dialog::Split {
                    sentence,
                    caret: crate::app::caret::caret_in_sentence(sentence).unwrap_or(0),
                }),
                ("merge", _) => Action::MergeSelected,
                ("undo", _) => Action::Undo,
                ("redo", _) => Action::Redo,
                ("tags", _) => Action::Open(Dialog::TagEditor),
                _ => return,
            };
            d.dispatch(action);
        })
    };
    let on_edit = {
        let d = dispatcher.clone();
        Callback::from(move |edit: Edit| d.dispatch(Action::Edit(edit)))
    };

    let dialog = state.dialog.clone().map(|dialog| match dialog {
        Dialog::Note { sentence } if sentence < doc.sentences.len() => {
            let d = dispatcher.clone();
            let on_save = Callback::from(move |note: String| {
                d.dispatch(Action::Edit(Edit::SetNote { sentence, note }));
                d.dispatch(Action::CloseDialog);
            });
            html! {
                <NoteDialog {sentence} lang={state.lang}
                    quote={AttrValue::from(doc.sentences[sentence].text.clone())}
                    note={AttrValue::from(workspace.marks[sentence].note.clone())}
                    {on_save} on_close={close.clone()} />
            }
        }
        Dialog::Split { sentence, caret } if sentence < doc.sentences.len() => {
            let sentence_text = doc.sentences[sentence].text.clone();
            let caret = if caret == 0 { sentence_text.chars().count() / 2 } else { caret };
            let d = dispatcher.clone();
            let on_split = Callback::from(move |at: usize| {
                d.dispatch(Action::Edit(Edit::Split { sentence, at }));
                d.dispatch(Action::CloseDialog);
            });
            html! {
                <SplitDialog text={AttrValue::from(sentence_text)} {caret} lang={state.lang}
                    {on_split} on_close={close.clone()} />
            }
        }
        Dialog::TagEditor => {
            let on_delete = {
                let d = dispatcher.clone();
                let workspace = workspace.clone();
                Callback::from(move |id: String| {
                    d.dispatch(if workspace.count(&id) > 0 {
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
            html! {
                <TagEditor tags={workspace.tags.clone()} lang={state.lang} notice={(*notice).clone()}
                    on_edit={on_edit.clone()} {on_delete} {on_make_default} on_close={close.clone()} />
            }
        }
        Dialog::ConfirmDeleteTag { id } => {
            let label = workspace.tags.get(&id).map(|t| TagSet::display_label(t, state.lang == crate::i18n::Lang::Zh).to_string()).unwrap_or_default();
            let message = text.confirm_delete(&label, workspace.count(&id));
            let d = dispatcher.clone();
            let on_confirm = Callback::from(move |_: ()| {
                d.dispatch(Action::Edit(Edit::DeleteTag { id: id.clone() }));
                d.dispatch(Action::Open(Dialog::TagEditor));
            });
            let back = {
                let d = dispatcher.clone();
                Callback::from(move |_: ()| d.dispatch(Action::Open(Dialog::TagEditor)))
            };
            html! {
                <ConfirmDialog title={text.delete} {message} confirm={text.delete} cancel={text.cancel}
                    {on_confirm} on_close={back} />
            }
        }
        Dialog::Help => html! { <Help lang={state.lang} on_close={close.clone()} /> },
        _ => html! {},
    });

    let on_lang = {
        let d = dispatcher.clone();
        Callback::from(move |lang| d.dispatch(Action::SetLang(lang)))
    };
    let on_help = {
        let d = dispatcher.clone();
        Callback::from(move |_| d.dispatch(Action::Open(Dialog::Help)))
    };
    let on_filter = {
        let d = dispatcher.clone();
        Callback::from(move |filter| d.dispatch(Action::SetFilter(filter)))
    };
    let on_query = {
        let d = dispatcher.clone();
        Callback::from(move |query| d.dispatch(Action::SetQuery(query)))
    };
    let on_search_step = {
        let d = dispatcher.clone();
        Callback::from(move |forward| d.dispatch(Action::SearchStep { forward }))
    };
    let shared: Rc<AppState> = Rc::new((*state).clone());

    html! {
        <div class="app">
            <Header title={AttrValue::from(doc.title.clone())} lang={state.lang} {on_lang} {on_help} />
            <Toolbar tags={workspace.tags.clone()} {pressed} has_selection={!selected.is_empty()} {can_merge}
                can_undo={state.history.can_undo()} can_redo={state.history.can_redo()}
                lang={state.lang} {on_tag} {on_command} />
            <main class="workspace">
                <div class="reading">
                    <Article state={shared.clone()} {on_click} />
                    <Overview doc={doc.clone()} marks={workspace.marks.clone()} tags={workspace.tags.clone()}
                        label={text.overview} on_jump={on_jump.clone()} />
                </div>
                <SidePanel state={shared} {on_filter} {on_query} {on_search_step} {on_jump} />
            </main>
            { for dialog }
        </div>
    }
}
