//! Autosave, and the other tabs. Every change is written shortly after it is made, and
//! at once when the page is hidden or closed, on top of the revision this tab last read
//! (`sync::Replica`); a tab with nothing unsaved never writes. Each save is announced
//! to the other tabs (`BroadcastChannel`, and the `storage` event where that is
//! missing), which catch up: quietly when they have nothing unsaved, by a merge when
//! they touched different sentences, else by asking the user (`Dialog::Conflict`).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::core::editor::Workspace;
use crate::core::sync::{Conflict, Outcome, Replica, StoreError};
use crate::model::{Action, AppState, Dialog, Resolution};
use crate::web::idle::when_idle;
use crate::web::scroll;
use crate::web::storage::{self, DocStore, DocText, RecentEntry};

/// How long changes gather before they are written.
const DEBOUNCE_MS: u32 = 300;
/// Longer texts go straight to IndexedDB.
const LOCAL_TEXT_BYTES: usize = 2 * 1024 * 1024;
/// The channel on which tabs name the document they just saved.
const CHANNEL: &str = "sentag";
/// The User Timing measure that `make bench` reads: one autosave's main-thread time.
const MEASURE: &str = "sentag:autosave";

/// Keeps the last autosave's main-thread time as the User Timing measure [`MEASURE`],
/// made after the fact (`measure(name, {start, end})`), so its own cost is not counted.
fn record_measure(performance: &web_sys::Performance, start: f64, end: f64) {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &start.into());
    let _ = js_sys::Reflect::set(&options, &"end".into(), &end.into());
    performance.clear_measures_with_measure_name(MEASURE);
    if let Ok(measure) = js_sys::Reflect::get(performance, &"measure".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = measure.call2(performance, &JsValue::from_str(MEASURE), &options);
    }
}

/// What the page can ask of autosave.
#[derive(Clone, PartialEq)]
pub struct Autosave {
    /// Saves at once, before another document opens.
    pub save_now: Callback<()>,
    pub resolve: Callback<Resolution>,
}

/// This tab's link to the stored copy of the open document.
struct Link {
    /// The opened document this is about: its id and the app's load count.
    opened: (String, u32),
    replica: Replica,
    text_stored: bool,
    in_idb: bool,
    conflict: Option<Rc<Conflict>>,
    /// This tab's version was kept as a copy while a conflict was open.
    copied: bool,
}

#[derive(Clone)]
struct Ctx {
    latest: Rc<RefCell<UseReducerHandle<AppState>>>,
    link: Rc<RefCell<Option<Link>>>,
    channel: Rc<Option<web_sys::BroadcastChannel>>,
    tab: Rc<str>,
}

fn now() -> i64 {
    js_sys::Date::now() as i64
}

/// An id for this tab, unique enough among a user's open tabs.
fn new_tab_id() -> String {
    let random = (js_sys::Math::random() * 1e12) as u64;
    format!("{:x}{:x}", now(), random)
}

impl Ctx {
    fn state(&self) -> UseReducerHandle<AppState> {
        self.latest.borrow().clone()
    }

    /// The link for the document `state` shows, made afresh when another one opened.
    fn ensure_link(&self, state: &AppState) {
        let opened = (state.doc_id.clone(), state.generation);
        let mut link = self.link.borrow_mut();
        if link.as_ref().is_some_and(|l| l.opened == opened) {
            return;
        }
        let stored = state.opened_rev.is_some();
        *link = Some(Link {
            opened,
            replica: Replica::new(
                &*self.tab,
                state.opened_rev.clone(),
                state.workspace().clone(),
            ),
            text_stored: stored,
            in_idb: storage::entry(&state.doc_id).is_some_and(|e| e.in_idb),
            conflict: None,
            copied: false,
        });
    }

    fn has_unsaved(&self, state: &AppState) -> bool {
        let link = self.link.borrow();
        link.as_ref()
            .is_some_and(|l| l.conflict.is_none() && l.replica.has_unsaved(state.workspace()))
    }

    /// Writes the open document if it has unsaved changes.
    fn save(&self) {
        let state = self.state();
        if state.doc_id.is_empty() {
            return; // a placeholder while the real document loads
        }
        self.ensure_link(&state);
        if !self.has_unsaved(&state) {
            return;
        }
        let performance = gloo::utils::window().performance();
        let started = performance.as_ref().map(|p| p.now());
        self.store_text(&state);
        let workspace = state.workspace().clone();
        let outcome = {
            let mut link = self.link.borrow_mut();
            let link = link.as_mut().expect("linked above");
            let mut store = DocStore { id: &state.doc_id };
            link.replica.save(&workspace, &mut store, now())
        };
        self.handle(&state, outcome);
        if let (Some(p), Some(start)) = (&performance, started) {
            record_measure(p, start, p.now());
        }
    }

    /// The text is written once per document: to `localStorage`, else IndexedDB.
    fn store_text(&self, state: &AppState) {
        let mut link = self.link.borrow_mut();
        let Some(link) = link.as_mut().filter(|l| !l.text_stored) else {
            return;
        };
        link.text_stored = true;
        let doc = &state.workspace().doc;
        let text = DocText {
            title: doc.title.clone(),
            text: doc.text.to_string(),
            source: state.source.clone(),
        };
        // A text this long would not fit in localStorage (about 5 MB an origin), and
        // trying would cost a copy of it on the main thread.
        let may_fit = text.text.len() <= LOCAL_TEXT_BYTES;
        if may_fit && storage::save_text_now(&state.doc_id, &text) {
            storage::drop_legacy(&state.doc_id);
            return;
        }
        link.in_idb = true;
        let (ctx, id) = (self.clone(), state.doc_id.clone());
        wasm_bindgen_futures::spawn_local(async move {
            // In a task of its own: the text's copy does not lengthen the edit's.
            gloo::timers::future::TimeoutFuture::new(0).await;
            let result = storage::save_text_indexed(&id, &text).await;
            if result.is_ok() {
                storage::drop_legacy(&id);
                // Listed as kept in IndexedDB only once it is there.
                if let Some(entry) = storage::entry(&id) {
                    let _ = storage::list_first(RecentEntry {
                        in_idb: true,
                        ..entry
                    });
                }
            }
            ctx.report(result.err());
        });
    }

    /// Learns what another tab saved.
    fn catch_up(&self) {
        let state = self.state();
        if state.doc_id.is_empty() {
            return;
        }
        self.ensure_link(&state);
        let outcome = {
            let mut link = self.link.borrow_mut();
            let link = link.as_mut().expect("linked above");
            if link.conflict.is_some() {
                return;
            }
            link.replica
                .catch_up(state.workspace(), &DocStore { id: &state.doc_id })
        };
        self.handle(&state, outcome);
    }

    fn handle(&self, state: &UseReducerHandle<AppState>, outcome: Result<Outcome, StoreError>) {
        match outcome {
            Ok(Outcome::UpToDate) => {}
            Ok(Outcome::Saved) => self.saved(state, state.workspace()),
            Ok(Outcome::Merged(merged)) => {
                if !self.has_unsaved_version(&merged) {
                    self.saved(state, &merged);
                }
                state.dispatch(Action::Synced {
                    workspace: merged,
                    merged: true,
                });
            }
            Ok(Outcome::Adopt(theirs)) => state.dispatch(Action::Synced {
                workspace: theirs,
                merged: false,
            }),
            Ok(Outcome::Conflict(conflict)) => {
                let clash = Rc::new(conflict.clash.clone());
                if let Some(link) = self.link.borrow_mut().as_mut() {
                    link.conflict = Some(Rc::from(conflict));
                }
                state.dispatch(Action::Open(Dialog::Conflict(clash)));
            }
            Err(why) => self.report(Some(why)),
        }
    }

    fn has_unsaved_version(&self, workspace: &Workspace) -> bool {
        let link = self.link.borrow();
        link.as_ref()
            .is_some_and(|l| l.replica.has_unsaved(workspace))
    }

    /// After a write: the list entry, a word to the other tabs, and any warning cleared.
    fn saved(&self, state: &UseReducerHandle<AppState>, workspace: &Workspace) {
        let in_idb = self.link.borrow().as_ref().is_some_and(|l| l.in_idb);
        let entry = RecentEntry {
            in_idb,
            ..RecentEntry::describe(&state.doc_id, workspace, now())
        };
        let listed = storage::list_first(entry);
        if let Some(channel) = self.channel.as_ref() {
            let _ = channel.post_message(&JsValue::from_str(&state.doc_id));
        }
        self.report(listed.err());
    }

    fn report(&self, problem: Option<StoreError>) {
        let state = self.state();
        if problem.is_some() || state.storage_problem.is_some() {
            state.dispatch(Action::StorageProblem(problem));
        }
    }

    /// The page is going away: write what is unsaved. During a conflict, this tab's
    /// version is kept as a copy, since the user has not chosen yet.
    fn flush(&self) {
        let state = self.state();
        if state.doc_id.is_empty() {
            return;
        }
        self.ensure_link(&state);
        let keep_copy = {
            let mut link = self.link.borrow_mut();
            let link = link.as_mut().expect("linked above");
            let pending = link.conflict.is_some() && !link.copied;
            link.copied |= pending;
            pending
        };
        if keep_copy {
            self.keep_copy(&state, state.workspace());
        } else {
            self.save();
        }
        storage::save_scroll(&state.doc_id, scroll::current());
    }

    fn keep_copy(&self, state: &AppState, workspace: &Workspace) {
        let strings = state.lang.strings();
        let title = format!("{} ({})", workspace.doc.title, strings.copy_suffix);
        if let Err(why) = storage::save_copy(&state.doc_id, workspace, title, now()) {
            self.report(Some(why));
        }
    }

    fn resolve(&self, choice: Resolution) {
        let state = self.state();
        let Some(conflict) = self
            .link
            .borrow_mut()
            .as_mut()
            .and_then(|l| l.conflict.take())
        else {
            return;
        };
        match choice {
            Resolution::KeepMine => {
                self.keep_copy(&state, &conflict.theirs);
                let outcome = {
                    let mut link = self.link.borrow_mut();
                    let link = link.as_mut().expect("a conflict has a link");
                    let mut store = DocStore { id: &state.doc_id };
                    link.replica
                        .keep_ours(state.workspace(), &conflict, &mut store, now())
                };
                state.dispatch(Action::ConflictResolved(Resolution::KeepMine));
                self.handle(&state, outcome);
            }
            Resolution::TakeTheirs => {
                let copied = self.link.borrow().as_ref().is_some_and(|l| l.copied);
                if !copied {
                    self.keep_copy(&state, state.workspace());
                }
                let theirs = {
                    let mut link = self.link.borrow_mut();
                    let link = link.as_mut().expect("a conflict has a link");
                    link.replica.take_theirs(&conflict)
                };
                state.dispatch(Action::ConflictResolved(Resolution::TakeTheirs));
                state.dispatch(Action::Synced {
                    workspace: theirs,
                    merged: false,
                });
            }
        }
    }
}

/// Saves the workspace after each change (debounced) and when the page is hidden,
/// and keeps it in step with the other tabs.
#[hook]
pub fn use_autosave(state: UseReducerHandle<AppState>) -> Autosave {
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let link = use_mut_ref(|| None::<Link>);
    let channel = use_memo((), |_| web_sys::BroadcastChannel::new(CHANNEL).ok());
    let tab = use_memo((), |_| Rc::<str>::from(new_tab_id()));
    let ctx = Ctx {
        latest,
        link,
        channel,
        tab: (*tab).clone(),
    };
    let pending = use_mut_ref(|| None::<Timeout>);

    // Edits replace the parts they change, so pointers tell a change cheaply.
    let workspace = state.workspace();
    let version = (
        Rc::as_ptr(&workspace.doc) as usize,
        Rc::as_ptr(&workspace.tags) as usize,
        workspace.marks.clone(),
        state.doc_id.clone(),
        state.generation,
    );
    {
        let ctx = ctx.clone();
        let pending = pending.clone();
        use_effect_with(version, move |(_, _, _, id, generation)| {
            let opened = (id.clone(), *generation);
            let is_new = ctx
                .link
                .borrow()
                .as_ref()
                .is_none_or(|l| l.opened != opened);
            if is_new {
                // A newly opened document is linked. One not stored yet is kept when the
                // page is next idle, so the first draw goes first; one from an address
                // (which can be fetched again) only once it is edited or the page is
                // left. Nothing is lost meanwhile: an edit is saved as ever.
                pending.borrow_mut().take();
                let state = ctx.state();
                ctx.ensure_link(&state);
                if state.source.is_none() && !state.doc_id.is_empty() {
                    when_idle(move || {
                        // Unless another document opened meanwhile.
                        let now = ctx.state();
                        if (now.doc_id.as_str(), now.generation) == (opened.0.as_str(), opened.1) {
                            ctx.save();
                        }
                    });
                }
                return;
            }
            let timer = Timeout::new(DEBOUNCE_MS, move || ctx.save());
            // Replacing the pending timer cancels it: only the newest change is written.
            *pending.borrow_mut() = Some(timer);
        });
    }
    {
        let ctx = ctx.clone();
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let flush = {
                let ctx = ctx.clone();
                move |_: &web_sys::Event| {
                    pending.borrow_mut().take();
                    ctx.flush();
                }
            };
            let window = gloo::utils::window();
            let hide = EventListener::new(&window, "pagehide", flush.clone());
            let document = gloo::utils::document();
            let visibility = EventListener::new(&document, "visibilitychange", move |event| {
                if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden {
                    flush(event);
                }
            });
            let on_storage = {
                let ctx = ctx.clone();
                EventListener::new(&window, "storage", move |event| {
                    let event: &web_sys::StorageEvent = event.unchecked_ref();
                    let id = ctx.state().doc_id.clone();
                    if event.key().is_some_and(|k| k == storage::state_key(&id)) {
                        ctx.catch_up();
                    }
                })
            };
            let on_message = ctx.channel.as_ref().as_ref().map(|channel| {
                let ctx = ctx.clone();
                EventListener::new(channel, "message", move |event| {
                    let event: &web_sys::MessageEvent = event.unchecked_ref();
                    if event.data().as_string().as_deref() == Some(&ctx.state().doc_id) {
                        ctx.catch_up();
                    }
                })
            });
            move || drop((hide, visibility, on_storage, on_message))
        });
    }
    let save_now = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            pending.borrow_mut().take();
            ctx.save();
        })
    };
    let resolve = Callback::from(move |choice| ctx.resolve(choice));
    Autosave { save_now, resolve }
}
