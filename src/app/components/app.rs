//! The whole page: the one reducer, its hooks, and the components around it.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::article::Article;
use super::dialogs::Dialogs;
use super::header::Header;
use super::menus::{ExportKind, FileCommand};
use super::notice_bar::NoticeBar;
use super::overview::Overview;
use super::sentence::SentenceClick;
use super::side_panel::SidePanel;
use super::toolbar::Toolbar;
use crate::app::hooks::{use_autosave, use_file_drop, use_reveal, use_shortcuts, use_tag_styles};
use crate::app::loader::{self, Outcome};
use crate::app::scroll;
use crate::app::state::{Action, AppState, Dialog, Loaded, Notice};
use crate::app::{io, storage};
use crate::format::{self, native, w3c};
use crate::import::same_text;
use crate::samples::{SAMPLE_TEXT, SAMPLE_TITLE};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::new(loader::initial(), storage::load_lang()));
    // Before autosave: a reopened document's first save then keeps the place it restored.
    use_effect_with((state.doc_id.clone(), state.scroll_to), |(_, to)| {
        scroll::restore(*to)
    });
    let autosave = use_autosave(state.clone());
    use_shortcuts(state.clone());
    use_tag_styles(state.workspace().tags.clone());
    use_reveal(state.selection.cursor(), state.reveal);
    use_effect_with(state.lang, |lang| {
        storage::save_lang(*lang);
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    let dispatcher = state.dispatcher();
    let dispatch = {
        let d = dispatcher.clone();
        use_callback((), move |action: Action, _| d.dispatch(action))
    };
    // Another document: the current one is saved first, so loading never loses work.
    let on_load = {
        let d = dispatcher.clone();
        let save_now = autosave.save_now.clone();
        Callback::from(move |loaded: Loaded| {
            save_now.emit(());
            d.dispatch(Action::Load(Box::new(loaded)));
        })
    };
    let on_outcome = {
        let d = dispatcher.clone();
        let on_load = on_load.clone();
        let state = state.clone();
        Callback::from(move |outcome: Result<Outcome, Notice>| match outcome {
            Ok(Outcome::Open(loaded)) => on_load.emit(loaded),
            Ok(Outcome::Import(incoming)) => {
                d.dispatch(Action::Notify(None));
                let incoming = Rc::new(incoming);
                let own_text = incoming.text.is_some() && !same_text(state.workspace(), &incoming);
                d.dispatch(if own_text {
                    Action::Open(Dialog::ImportChoice(incoming))
                } else {
                    Action::Import(incoming)
                });
            }
            Err(notice) => d.dispatch(Action::Notify(Some(notice))),
        })
    };
    let on_file = {
        let d = dispatcher.clone();
        let on_outcome = on_outcome.clone();
        let lang = state.lang;
        use_callback(lang, move |file: web_sys::File, lang| {
            d.dispatch(Action::Notify(Some(Notice::info(format!(
                "{} {}",
                lang.strings().loading,
                file.name()
            )))));
            let on_outcome = on_outcome.clone();
            let lang = *lang;
            let progress = d.to_callback().reform(|n| Action::Notify(Some(n)));
            spawn_local(
                async move { on_outcome.emit(loader::open_file(file, lang, &progress).await) },
            );
        })
    };
    let dragging = use_file_drop(on_file.clone());
    {
        let on_outcome = on_outcome.clone();
        let lang = state.lang;
        let on_load = on_load.clone();
        let progress = dispatcher.to_callback().reform(|n| Action::Notify(Some(n)));
        let notify = dispatcher.clone();
        let updated = state.lang.strings().updated;
        use_effect_with((), move |_| {
            storage::sweep_chunks(js_sys::Date::now() as i64);
            if crate::app::offline::updated_since_last_visit() {
                notify.dispatch(Action::Notify(Some(Notice::info(updated))));
            }
            if let Some(url) = io::src_parameter() {
                spawn_local(async move {
                    on_outcome.emit(loader::open_url(&url, lang, &progress).await)
                });
            } else {
                spawn_local(async move {
                    if let Some(loaded) = loader::reopen_current().await {
                        on_load.emit(loaded);
                    }
                });
            }
        });
    }

    let on_file_command = {
        let d = dispatcher.clone();
        let on_load = on_load.clone();
        Callback::from(move |command| match command {
            FileCommand::Open(file) => on_file.emit(file),
            FileCommand::Paste => d.dispatch(Action::Open(Dialog::Paste)),
            FileCommand::Recent => d.dispatch(Action::Open(Dialog::Recent)),
            FileCommand::Sample => {
                let on_load = on_load.clone();
                let progress = d.to_callback().reform(|n| Action::Notify(Some(n)));
                spawn_local(async move {
                    on_load.emit(
                        loader::open_text(SAMPLE_TITLE, SAMPLE_TEXT, None, None, &progress).await,
                    )
                });
            }
        })
    };
    let include_text = use_state(|| true);
    let on_include_text = {
        let include_text = include_text.clone();
        Callback::from(move |on| include_text.set(on))
    };
    let on_export = {
        let d = dispatcher.clone();
        let state = state.clone();
        let include_text = *include_text;
        Callback::from(move |kind: ExportKind| {
            let now = js_sys::Date::now() as i64;
            let workspace = state.workspace();
            let title = &workspace.doc.title;
            let native_json = || {
                let options = native::ExportOptions {
                    include_text,
                    source: state.source.clone(),
                    now,
                };
                native::to_json(&native::export(workspace, &options))
            };
            let result = match kind {
                ExportKind::Json => io::download(
                    &format::file_name(title, now, "sentag.json"),
                    "application/json",
                    native_json().as_bytes(),
                ),
                ExportKind::W3c => {
                    let json = serde_json::to_string_pretty(&w3c::export(
                        workspace,
                        state.source.as_deref(),
                        now,
                    ))
                    .unwrap_or_default();
                    io::download(
                        &format::file_name(title, now, "w3c.jsonld"),
                        "application/ld+json",
                        json.as_bytes(),
                    )
                }
                ExportKind::Csv(options) => io::download(
                    &format::file_name(title, now, "csv"),
                    "text/csv;charset=utf-8",
                    &format::csv::export(workspace, &options),
                ),
                ExportKind::Handout => io::download(
                    &format::file_name(title, now, "handout.html"),
                    "text/html;charset=utf-8",
                    format::handout::export(workspace, now, state.lang == crate::i18n::Lang::Zh)
                        .as_bytes(),
                ),
                ExportKind::CopyJson => {
                    let json = native_json();
                    let d = d.clone();
                    let copied = state.lang.strings().copied;
                    spawn_local(async move {
                        let notice = match io::copy_text(&json).await {
                            Ok(()) => Notice::info(copied),
                            Err(why) => Notice::error(why),
                        };
                        d.dispatch(Action::Notify(Some(notice)));
                    });
                    Ok(())
                }
            };
            if let Err(why) = result {
                d.dispatch(Action::Notify(Some(Notice::error(why))));
            }
        })
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
    let shared: Rc<AppState> = Rc::new((*state).clone());
    let send = |make: fn(usize) -> Action| dispatch.reform(make);

    html! {
        <div class={classes!("app", dragging.then_some("dragging"))}>
            <Header title={AttrValue::from(doc.title.clone())} lang={state.lang}
                encoding={state.encoding.clone().map(AttrValue::from)}
                on_lang={dispatch.reform(Action::SetLang)} on_help={dispatch.reform(|_| Action::Open(Dialog::Help))}
                {on_file_command} include_text={*include_text} {on_include_text} {on_export} />
            <NoticeBar notice={state.notice.clone()} storage_problem={state.storage_problem.clone().map(AttrValue::from)}
                lang={state.lang} on_dismiss={dispatch.reform(|_| Action::Notify(None))} />
            <Toolbar tags={workspace.tags.clone()} {pressed} has_selection={!selected.is_empty()} {can_merge}
                can_undo={state.history.can_undo()} can_redo={state.history.can_redo()}
                lang={state.lang} on_tag={dispatch.reform(Action::ToggleTag)} {on_command} />
            <main class="workspace">
                <div class="reading">
                    <Article state={shared.clone()} {on_click} />
                    <Overview doc={doc.clone()} marks={workspace.marks.clone()} tags={workspace.tags.clone()}
                        label={text.overview} on_jump={send(Action::JumpTo)} />
                </div>
                <SidePanel state={shared.clone()} on_filter={dispatch.reform(Action::SetFilter)}
                    on_query={dispatch.reform(Action::SetQuery)}
                    on_search_step={dispatch.reform(|forward| Action::SearchStep { forward })}
                    on_jump={send(Action::JumpTo)} />
            </main>
            <Dialogs state={shared} dispatch={dispatch.clone()} {on_load} on_resolve={autosave.resolve.clone()} />
            if dragging { <div class="drop-hint" aria-hidden="true">{ text.drop_hint }</div> }
        </div>
    }
}
