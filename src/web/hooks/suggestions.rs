//! Finds suggested tags after the article is drawn: the sentences not read yet, in
//! slices of a few milliseconds between which the page takes input, so a long article
//! is interactive as soon as it is drawn.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::suggest::Suggester;
use crate::model::suggested::{Suggested, read};
use crate::model::{Action, AppState};

/// How long one slice may read before it yields, in milliseconds.
const SLICE_MS: f64 = 8.0;

/// Sentences read between two looks at the clock.
const BATCH: usize = 16;

fn now() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// Keeps `state.suggested` up to date with the document and its tag set, while
/// suggestions are on; a newer document or tag set cancels a run under way.
#[hook]
pub fn use_suggestions(state: UseReducerHandle<AppState>) {
    let run = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    let workspace = state.workspace();
    let doc = workspace.doc.clone();
    let tags = workspace.tags.clone();
    let key = Suggested::key_for(&tags);
    let deps = (
        Rc::as_ptr(&doc) as usize,
        key,
        state.suggest,
        state.generation,
    );
    let dispatcher = state.dispatcher();
    let suggested = state.suggested.clone();
    use_effect_with(deps, move |&(_, key, suggest, _)| {
        let counter = run.borrow().clone();
        let this_run = counter.get().wrapping_add(1);
        counter.set(this_run);
        if suggest {
            let suggester = Suggester::new(&tags);
            let missing = suggested.missing(key, &doc);
            if suggester.is_idle() || missing.is_empty() {
                // Another tag set: its (empty) result replaces the old one's.
                if key != suggested.key {
                    dispatcher.dispatch(Action::Suggested {
                        key,
                        found: Vec::new(),
                    });
                }
            } else {
                wasm_bindgen_futures::spawn_local(async move {
                    // After the article has painted.
                    gloo::timers::future::TimeoutFuture::new(0).await;
                    let mut found = Vec::new();
                    let mut first = true;
                    let mut slice = now();
                    for batch in missing.chunks(BATCH) {
                        if counter.get() != this_run {
                            return;
                        }
                        found.extend(read(&suggester, &doc, batch));
                        if now() - slice > SLICE_MS {
                            // The first slice (the top of the article) shows at once;
                            // the rest shows in one go, so the page redraws once.
                            if first {
                                first = false;
                                dispatcher.dispatch(Action::Suggested {
                                    key,
                                    found: std::mem::take(&mut found),
                                });
                            }
                            gloo::timers::future::TimeoutFuture::new(0).await;
                            slice = now();
                        }
                    }
                    if counter.get() == this_run {
                        dispatcher.dispatch(Action::Suggested { key, found });
                    }
                });
            }
        }
        || ()
    });
}
