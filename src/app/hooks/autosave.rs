//! Autosave: every change is written to browser storage shortly after it is made,
//! and at once when the page is hidden or closed, so a reload never loses it.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::scroll;
use crate::app::state::{Action, AppState};
use crate::app::storage::{self, RecentEntry};
use crate::session::{tag_counts, to_saved_json};

/// How long changes gather before they are written.
const DEBOUNCE_MS: u32 = 300;

/// The open document as stored: its list entry and its JSON.
fn snapshot(state: &AppState) -> (RecentEntry, String) {
    let now = js_sys::Date::now() as i64;
    let workspace = state.workspace();
    let json = to_saved_json(workspace, state.source.as_deref(), now);
    let scroll = scroll::current();
    let entry = RecentEntry {
        id: state.doc_id.clone(),
        title: workspace.doc.title.clone(),
        saved: now,
        sentences: workspace.doc.sentences.len(),
        counts: tag_counts(workspace),
        scroll: scroll.y,
        scroll_block: scroll.block,
        in_idb: false,
    };
    (entry, json)
}

/// Writes the open document to storage now: `localStorage` if it fits, else
/// IndexedDB (which finishes a moment later). Nothing in memory changes; a
/// failure is reported through `report`.
pub fn save_now(state: &AppState, report: Option<Callback<Option<String>>>) {
    if state.doc_id.is_empty() {
        return; // a placeholder while the real document loads
    }
    let (entry, json) = snapshot(state);
    match storage::save_document(entry.clone(), &json) {
        Ok(()) => {
            if let Some(report) = report {
                report.emit(None);
            }
        }
        Err(_) => wasm_bindgen_futures::spawn_local(async move {
            let result = storage::save_document_indexed(entry, &json).await;
            if let Some(report) = report {
                report.emit(result.err());
            }
        }),
    }
}

fn save_and_report(state: &UseReducerHandle<AppState>) {
    let handle = state.clone();
    let report = Callback::from(move |problem: Option<String>| {
        if problem.is_some() || handle.storage_problem.is_some() {
            handle.dispatch(Action::StorageProblem(problem));
        }
    });
    save_now(state, Some(report));
}

/// Saves the workspace after each change (debounced) and when the page is hidden.
/// Returns a callback that saves at once, for use before another document opens.
#[hook]
pub fn use_autosave(state: UseReducerHandle<AppState>) -> Callback<()> {
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let pending = use_mut_ref(|| None::<Timeout>);

    // Edits replace the parts they change, so pointers tell a change cheaply.
    let workspace = state.workspace();
    let version = (
        std::rc::Rc::as_ptr(&workspace.doc) as usize,
        std::rc::Rc::as_ptr(&workspace.tags) as usize,
        std::rc::Rc::as_ptr(&workspace.marks) as usize,
        state.doc_id.clone(),
    );
    {
        let latest = latest.clone();
        let pending = pending.clone();
        let saved_id = use_mut_ref(String::new);
        use_effect_with(version, move |(_, _, _, id)| {
            if *saved_id.borrow() != *id {
                // A newly opened document is listed and kept at once.
                *saved_id.borrow_mut() = id.clone();
                pending.borrow_mut().take();
                save_and_report(&latest.borrow());
                return;
            }
            let timer = Timeout::new(DEBOUNCE_MS, move || save_and_report(&latest.borrow()));
            // Replacing the pending timer cancels it: only the newest change is written.
            *pending.borrow_mut() = Some(timer);
        });
    }
    {
        let latest = latest.clone();
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let flush = move |_: &web_sys::Event| {
                pending.borrow_mut().take();
                let state = latest.borrow().clone();
                save_now(&state, None);
                storage::save_scroll(&state.doc_id, scroll::current());
            };
            let window = gloo::utils::window();
            let hide = EventListener::new(&window, "pagehide", flush.clone());
            let document = gloo::utils::document();
            let visibility = EventListener::new(&document, "visibilitychange", move |event| {
                if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden {
                    flush(event);
                }
            });
            move || drop((hide, visibility))
        });
    }
    Callback::from(move |_| {
        pending.borrow_mut().take();
        save_and_report(&latest.borrow());
    })
}
