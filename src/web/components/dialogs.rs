//! The open dialog, whichever it is, wired to the reducer and the loader. Mounted
//! only while a dialog is open; nothing here runs during render.

use std::rc::Rc;

use yew::prelude::*;

use super::accept_all_dialog::AcceptAllDialog;
use super::author_dialog::AuthorDialog;
use super::compare_dialog::CompareDialog;
use super::confirm_dialog::ConfirmDialog;
use super::conflict_dialog::ConflictDialog;
use super::handout_dialog::HandoutDialog;
use super::help::Help;
use super::import_dialogs::{ImportChoice, ImportReportDialog};
use super::note_dialog::NoteDialog;
use super::paste_dialog::PasteDialog;
use super::recent_dialog::RecentDialog;
use super::split_dialog::SplitDialog;
use super::suggestions_panel::PendingList;
use super::tag_editor::TagEditor;
use crate::core::editor::{Edit, Workspace};
use crate::core::phrases::text_in;
use crate::core::sync::StoreError;
use crate::model::comparing::Comparison;
use crate::model::i18n::Lang;
use crate::model::split_place::default_split;
use crate::model::{Action, Command, Dialog, ExportKind, Notice, Resolution};
use crate::web::hooks::Loader;
use crate::web::storage;

#[derive(Properties, PartialEq)]
pub struct DialogsProps {
    pub dialog: Dialog,
    pub workspace: Workspace,
    /// The open document's id.
    pub doc_id: AttrValue,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
    pub loader: Loader,
    pub on_resolve: Callback<Resolution>,
    pub on_command: Callback<Command>,
    /// The pending suggestions, for the review before accepting all of a tag's.
    pub pending: Rc<PendingList>,
    /// The user's name.
    pub author: AttrValue,
    /// The annotators being compared, once files are chosen.
    pub compare: Option<Rc<Comparison>>,
}

fn now() -> i64 {
    js_sys::Date::now() as i64
}

#[function_component(Dialogs)]
pub fn dialogs(props: &DialogsProps) -> Html {
    crate::web::render_count::tick("Dialogs");
    let lang = props.lang;
    let text = lang.strings();
    let workspace = &props.workspace;
    let doc = &workspace.doc;
    let dispatch = &props.dispatch;
    let close = dispatch.reform(|_: ()| Action::CloseDialog);
    let edit = |make: fn(usize, String) -> Edit, sentence: usize| {
        dispatch.reform(move |value: String| Action::Edit {
            edit: make(sentence, value),
            now: now(),
        })
    };
    match props.dialog.clone() {
        Dialog::Note {
            sentence,
            phrase: None,
        } if sentence < doc.sentences.len() => {
            let on_save = edit(|sentence, note| Edit::SetNote { sentence, note }, sentence);
            html! {
                <NoteDialog {sentence} {lang}
                    quote={AttrValue::from(doc.sentences[sentence].text.clone())}
                    note={AttrValue::from(workspace.marks[sentence].note.clone())}
                    {on_save} on_close={close} />
            }
        }
        Dialog::Note {
            sentence,
            phrase: Some(range),
        } if sentence < doc.sentences.len() => {
            let marks = &workspace.marks[sentence];
            let note = marks
                .phrases
                .iter()
                .find(|p| p.start == range.start && p.end == range.end)
                .map(|p| p.note.clone())
                .unwrap_or_default();
            let quote = text_in(&doc.sentences[sentence], range.clone());
            let on_save = dispatch.reform(move |note: String| Action::Edit {
                edit: Edit::SetPhraseNote {
                    sentence,
                    range: range.clone(),
                    note,
                },
                now: now(),
            });
            html! {
                <NoteDialog {sentence} {lang} phrase=true
                    quote={AttrValue::from(quote)} note={AttrValue::from(note)}
                    {on_save} on_close={close} />
            }
        }
        Dialog::Split { sentence, caret } if sentence < doc.sentences.len() => {
            let sentence_text = doc.sentences[sentence].text.clone();
            // No caret, or one before the first character (no split there): the boundary
            // nearest the middle.
            let caret = caret
                .filter(|&c| c > 0)
                .unwrap_or_else(|| default_split(&sentence_text));
            let on_split = dispatch.reform(move |(at, through): (usize, bool)| Action::Edit {
                edit: if through {
                    Edit::SplitThrough { sentence, at }
                } else {
                    Edit::Split { sentence, at }
                },
                now: now(),
            });
            // The phrases, in the sentence's code points: a cut inside one asks first.
            let start = doc.sentences[sentence].char_start;
            let phrases: Vec<(usize, usize)> = workspace.marks[sentence]
                .phrases
                .iter()
                .map(|p| (p.start - start, p.end - start))
                .collect();
            html! { <SplitDialog text={AttrValue::from(sentence_text)} {caret} {lang} {phrases} {on_split} on_close={close} /> }
        }
        Dialog::TagEditor => {
            let on_delete = dispatch.reform(|id| Action::DeleteTag {
                id,
                confirmed: false,
                now: now(),
            });
            let on_make_default = {
                let tags = workspace.tags.clone();
                Callback::from(move |_: ()| {
                    storage::save_default_tags(&tags).map_err(|e| text.store_error(&e))
                })
            };
            let on_edit = dispatch.reform(|edit| Action::Edit { edit, now: now() });
            html! {
                <TagEditor tags={workspace.tags.clone()} doc={doc.clone()} {lang}
                    {on_edit} {on_delete} {on_make_default} on_close={close} />
            }
        }
        Dialog::ConfirmDeleteTag { id } => {
            let label = workspace
                .tags
                .get(&id)
                .map(|t| text.tag_label(t).to_string())
                .unwrap_or_default();
            let message = text.confirm_delete(&label, workspace.count(&id));
            let on_confirm = dispatch.reform(move |_: ()| Action::DeleteTag {
                id: id.clone(),
                confirmed: true,
                now: now(),
            });
            let back = props.on_command.reform(|_: ()| Command::EditTags);
            html! {
                <ConfirmDialog title={text.delete} {message} confirm={text.delete} cancel={text.cancel}
                    {on_confirm} on_close={back} />
            }
        }
        Dialog::Help => html! { <Help {lang} tags={workspace.tags.clone()} on_close={close} /> },
        Dialog::AcceptAll { tag } => {
            let list = props
                .pending
                .iter()
                .find(|(id, _)| *id == tag)
                .map(|(_, list)| list.clone())
                .unwrap_or_default();
            let label = workspace
                .tags
                .get(&tag)
                .map(|t| text.tag_label(t).to_string())
                .unwrap_or_default();
            let on_accept = dispatch.reform(move |sentences: Vec<usize>| Action::Edit {
                edit: Edit::Accept(sentences.into_iter().map(|i| (i, tag.clone())).collect()),
                now: now(),
            });
            html! {
                <AcceptAllDialog doc={doc.clone()} label={AttrValue::from(label)} list={Rc::new(list)}
                    {lang} {on_accept} on_close={close} />
            }
        }
        Dialog::Paste => {
            html! { <PasteDialog {lang} on_open={props.loader.open_text.clone()} on_close={close} /> }
        }
        Dialog::Compare => html! {
            <CompareDialog doc={doc.clone()} comparison={props.compare.clone()} author={props.author.clone()}
                {lang} dispatch={dispatch.clone()} on_close={close} />
        },
        Dialog::Author => {
            let on_save = dispatch.reform(Action::SetAuthor);
            html! { <AuthorDialog name={props.author.clone()} {lang} {on_save} on_close={close} /> }
        }
        Dialog::Recent => {
            let on_error = dispatch.reform(move |why: StoreError| {
                Action::Notify(Some(Notice::error(text.store_error(&why))))
            });
            html! {
                <RecentDialog current={props.doc_id.clone()} {lang} on_open={props.loader.reopen.clone()}
                    {on_error} on_close={close} />
            }
        }
        Dialog::Handout => {
            let words = lang.handout_words();
            let tasks: Vec<_> = workspace
                .tags
                .tags
                .iter()
                .map(|t| (t, workspace.count(&t.id)))
                .filter(|(_, n)| *n > 0)
                .map(|(t, n)| (t.id.clone(), words.task(text.tag_label(t), n)))
                .collect();
            // The tags phrases carry: any may make the vocabulary list.
            let vocabulary: Vec<_> = workspace
                .tags
                .tags
                .iter()
                .filter(|t| {
                    workspace
                        .marks
                        .iter()
                        .any(|m| m.phrases.iter().any(|p| p.has(&t.id)))
                })
                .map(|t| (t.id.clone(), text.tag_label(t).to_string()))
                .collect();
            let on_export = {
                let (on_command, close) = (props.on_command.clone(), close.clone());
                Callback::from(move |options| {
                    on_command.emit(Command::Export(ExportKind::Handout(Rc::new(options))));
                    close.emit(());
                })
            };
            html! {
                <HandoutDialog {lang} title={AttrValue::from(doc.title.clone())} tasks={Rc::new(tasks)}
                    vocabulary={Rc::new(vocabulary)}
                    {on_export} on_close={close} />
            }
        }
        Dialog::Conflict(clash) => {
            html! { <ConflictDialog {clash} {lang} on_resolve={props.on_resolve.clone()} /> }
        }
        Dialog::ImportChoice(incoming) => {
            let title = incoming.title.clone().unwrap_or_default();
            let on_open_new = {
                let incoming: Rc<_> = incoming.clone();
                props
                    .loader
                    .open_incoming
                    .reform(move |_: ()| incoming.clone())
            };
            let on_apply_here = dispatch.reform(move |_: ()| Action::Import(incoming.clone()));
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
