//! Opening documents: files, pasted text, saved documents, the sample, the `?src=`
//! address at start. The current document is saved first, so loading never loses work.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::use_latest;
use crate::core::format::Incoming;
use crate::core::import::open_as_document;
use crate::core::page::PageView;
use crate::core::samples::{SAMPLE_TEXT, SAMPLE_TITLE};
use crate::core::session::{doc_id, title_from_text};
use crate::model::{Action, AppState, Loaded, Notice};
use crate::web::loader::{self, Outcome};
use crate::web::{io, offline, storage};

/// The ways to open something; each callback is stable across renders.
#[derive(Clone, PartialEq)]
pub struct Loader {
    /// A file picked or dropped: a text to open, or annotations to import.
    pub open_file: Callback<web_sys::File>,
    /// Pasted text, with a title (empty: taken from the text).
    pub open_text: Callback<(String, String)>,
    /// A saved document, by id.
    pub reopen: Callback<String>,
    /// The built-in sample article.
    pub sample: Callback<()>,
    /// An imported file's own text, opened as a document of its own.
    pub open_incoming: Callback<Rc<Incoming>>,
    /// The other version of the web page the document was made from: the article
    /// alone, or the whole page.
    pub show_page: Callback<PageView>,
}

/// Opens what the user asks for; at start, the `?src=` address or the last document
/// whose text is in IndexedDB. `save_now` saves the current document first.
#[hook]
pub fn use_loader(state: UseReducerHandle<AppState>, save_now: Callback<()>) -> Loader {
    let latest = use_latest((state.clone(), save_now));
    let on_load = {
        let latest = latest.clone();
        use_callback((), move |loaded: Loaded, _| {
            let (state, save_now) = latest.borrow().clone();
            save_now.emit(());
            state.dispatch(Action::Load(Box::new(loaded)));
        })
    };
    let progress = {
        let d = state.dispatcher();
        use_callback((), move |notice: Notice, _| {
            d.dispatch(Action::Notify(Some(notice)))
        })
    };
    let on_outcome = {
        let (d, on_load) = (state.dispatcher(), on_load.clone());
        use_callback(
            (),
            move |outcome: Result<Outcome, Notice>, _| match outcome {
                Ok(Outcome::Open(loaded)) => on_load.emit(loaded),
                Ok(Outcome::Import(incoming)) => d.dispatch(Action::Incoming(Rc::new(incoming))),
                Err(notice) => d.dispatch(Action::Notify(Some(notice))),
            },
        )
    };
    let open_file = {
        let (latest, on_outcome, progress) = (latest.clone(), on_outcome.clone(), progress.clone());
        use_callback((), move |file: web_sys::File, _| {
            let lang = latest.borrow().0.lang;
            let loading = format!("{} {}", lang.strings().loading, file.name());
            progress.emit(Notice::info(loading));
            let (on_outcome, progress) = (on_outcome.clone(), progress.clone());
            spawn_local(
                async move { on_outcome.emit(loader::open_file(file, lang, &progress).await) },
            );
        })
    };
    let open_text = {
        let (latest, on_load, progress) = (latest.clone(), on_load.clone(), progress.clone());
        use_callback((), move |(title, body): (String, String), _| {
            if body.trim().is_empty() {
                return;
            }
            let lang = latest.borrow().0.lang;
            let title = if title.trim().is_empty() {
                title_from_text(&body, lang.strings().untitled)
            } else {
                title.trim().to_string()
            };
            let (on_load, progress) = (on_load.clone(), progress.clone());
            spawn_local(async move {
                on_load.emit(loader::open_text(&title, &body, None, None, lang, &progress).await)
            });
        })
    };
    let reopen = {
        let on_load = on_load.clone();
        use_callback((), move |id: String, _| {
            let on_load = on_load.clone();
            spawn_local(async move {
                if let Some(loaded) = loader::reopen(&id).await {
                    on_load.emit(loaded);
                }
            });
        })
    };
    let sample = {
        let (latest, on_load, progress) = (latest.clone(), on_load.clone(), progress.clone());
        use_callback((), move |_: (), _| {
            let lang = latest.borrow().0.lang;
            let (on_load, progress) = (on_load.clone(), progress.clone());
            spawn_local(async move {
                let loaded =
                    loader::open_text(SAMPLE_TITLE, SAMPLE_TEXT, None, None, lang, &progress);
                on_load.emit(loaded.await)
            });
        })
    };
    let open_incoming = {
        let on_load = on_load.clone();
        use_callback((), move |incoming: Rc<Incoming>, _| {
            if let Some((workspace, _)) = open_as_document(&incoming, &storage::load_default_tags())
            {
                let id = doc_id(&workspace.doc.text);
                on_load.emit(Loaded::new(workspace, id));
            }
        })
    };
    let show_page = {
        let (latest, on_load, progress) = (latest.clone(), on_load.clone(), progress.clone());
        use_callback((), move |view: PageView, _| {
            let state = latest.borrow().0.clone();
            let Some(shown) = state.page.clone().filter(|shown| shown.view != view) else {
                return;
            };
            let (on_load, progress, lang) = (on_load.clone(), progress.clone(), state.lang);
            spawn_local(async move {
                match loader::open_page_view(shown.page, view, lang, &progress).await {
                    Ok(loaded) => on_load.emit(loaded),
                    Err(notice) => progress.emit(notice),
                }
            });
        })
    };
    {
        let (latest, on_outcome, on_load, progress) = (latest, on_outcome, on_load, progress);
        use_effect_with((), move |_| {
            let state = latest.borrow().0.clone();
            storage::sweep_chunks(js_sys::Date::now() as i64);
            if offline::updated_since_last_visit() {
                progress.emit(Notice::info(state.lang.strings().updated));
            }
            let lang = state.lang;
            if let Some(url) = io::src_parameter() {
                spawn_local(async move {
                    let outcome = loader::open_url(&url, lang, &progress).await;
                    // A placeholder shows until the text comes; if none comes (or the
                    // address held annotations), what would have opened without it.
                    if !matches!(outcome, Ok(Outcome::Open(_))) {
                        on_load.emit(loader::without_src(lang).await);
                    }
                    on_outcome.emit(outcome);
                    offline::register_when_idle();
                });
            } else {
                spawn_local(async move {
                    if let Some(loaded) = loader::reopen_current().await {
                        on_load.emit(loaded);
                    }
                    offline::register_when_idle();
                });
            }
        });
    }
    Loader {
        open_file,
        open_text,
        reopen,
        sample,
        open_incoming,
        show_page,
    }
}
