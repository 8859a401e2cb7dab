//! Windowed rendering for long articles: blocks of paragraphs far from the viewport
//! are drawn as their plain text (a text node per paragraph), become sentences as
//! they come near, and plain text again when they go far. The text stays on the page,
//! so heights, find-in-page and reading order hold, and the page holds a few screens
//! of sentence elements wherever the reader is.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// Articles with at most this many sentences are drawn whole.
pub const WINDOWING_FROM: usize = 2000;

/// Sentences per block: a few hundred blocks for the longest articles, so the
/// observer and the article's re-render have little to go through.
pub const BLOCK_SENTENCES: usize = 48;

/// How far outside the viewport blocks are drawn in full.
const MARGIN: &str = "1200px 0px";

type Observer = (IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);

/// The blocks drawn in full, for an article of `blocks` blocks and `sentences`
/// sentences; `None` means all of them. `layout` (the document's id, its pointer and
/// the blocks on the page) changes whenever the blocks on the page may have changed (a
/// new document, a merge or a split, more blocks added), which makes the hook watch
/// them afresh.
#[hook]
pub fn use_windowing(
    layout: (AttrValue, usize, usize),
    blocks: usize,
    sentences: usize,
) -> Option<Rc<BTreeSet<usize>>> {
    let windowed = sentences > WINDOWING_FROM;
    // The first screens are drawn at once; the observer corrects the set as it reports.
    let initial = move || (0..blocks.min(2)).collect::<BTreeSet<usize>>();
    let shown = use_state(|| Rc::new(initial()));
    // The observer's own copy: a state handle in its callback would be a stale snapshot.
    let near = use_mut_ref(BTreeSet::new);
    let observer = use_mut_ref(|| None::<Observer>);
    let document = use_mut_ref(AttrValue::default);
    {
        let shown = shown.clone();
        let near = near.clone();
        let observer = observer.clone();
        use_effect_with(layout, move |(id, _, _)| {
            let mut slot = observer.borrow_mut();
            if let Some((io, _)) = slot.as_ref() {
                io.disconnect();
            }
            if !windowed {
                return;
            }
            // A new document starts from its first screens. After a merge or a
            // split the set stays: the observer corrects it as it reports.
            if *document.borrow() != *id {
                *document.borrow_mut() = id.clone();
                *near.borrow_mut() = initial();
                shown.set(Rc::new(initial()));
            }
            if slot.is_none() {
                *slot = new_observer(near.clone(), shown.clone());
            }
            let Some((io, _)) = slot.as_ref() else {
                return;
            };
            // Each block reports where it is as soon as it is observed.
            if let Ok(elements) = gloo::utils::document().query_selector_all(".article .block") {
                for i in 0..elements.length() {
                    if let Some(element) = elements
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    {
                        io.observe(&element);
                    }
                }
            }
        });
    }
    windowed.then(|| (*shown).clone())
}

/// An observer that adds blocks coming within the margin to `shown` and removes
/// those leaving it.
fn new_observer(
    near: Rc<RefCell<BTreeSet<usize>>>,
    shown: UseStateHandle<Rc<BTreeSet<usize>>>,
) -> Option<Observer> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let mut next = near.borrow_mut();
        let mut changed = false;
        for entry in entries.iter() {
            let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                continue;
            };
            let Some(index) = entry
                .target()
                .get_attribute("data-block")
                .and_then(|i| i.parse::<usize>().ok())
            else {
                continue;
            };
            changed |= if entry.is_intersecting() {
                next.insert(index)
            } else {
                next.remove(&index)
            };
        }
        if changed {
            shown.set(Rc::new(next.clone()));
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin(MARGIN);
    IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
        .ok()
        .map(|io| (io, callback))
}
