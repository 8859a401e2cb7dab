//! Windowed rendering for long articles: paragraphs far from the viewport are drawn
//! as their plain text (one text node), become full sentence lists as they come near,
//! and plain text again when they go far. The text stays on the page, so heights,
//! find-in-page and reading order hold, and the page never holds more than a few
//! screens of sentence elements.

use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// Articles with at most this many sentences are drawn whole.
pub const WINDOWING_FROM: usize = 2000;

/// How far outside the viewport paragraphs are already drawn in full.
const MARGIN: &str = "1500px 0px";

/// The paragraphs drawn in full, for an article of `paragraphs` paragraphs and
/// `sentences` sentences; `None` means all of them. `key` identifies the document;
/// `cursor` is the selected sentence, whose paragraph is drawn in full whatever this says.
#[hook]
pub fn use_windowing(
    key: AttrValue,
    paragraphs: usize,
    sentences: usize,
    cursor: Option<usize>,
) -> Option<Rc<BTreeSet<usize>>> {
    let windowed = sentences > WINDOWING_FROM;
    // The first screenful is drawn at once; the observer adds the rest as they near.
    let initial = move || Rc::new((0..paragraphs.min(20)).collect::<BTreeSet<usize>>());
    let shown = use_state(initial);
    let observer =
        use_mut_ref(|| None::<(IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>)>);
    {
        let shown = shown.clone();
        let observer = observer.clone();
        use_effect_with(key.clone(), move |_| {
            shown.set(initial());
            // A new document: forget the old paragraphs.
            if let Some((io, _)) = observer.borrow().as_ref() {
                io.disconnect();
            }
        });
    }
    let placeholders_changed = (key, shown.len(), cursor);
    {
        let shown = shown.clone();
        let observer = observer.clone();
        // When paragraphs may have come or gone, watch the ones on the page now.
        use_effect_with(placeholders_changed, move |_| {
            if !windowed {
                return;
            }
            let mut slot = observer.borrow_mut();
            if slot.is_none() {
                let latest = shown.clone();
                let callback =
                    Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        let near: Vec<usize> = entries
                            .iter()
                            .filter_map(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
                            .filter(|e| e.is_intersecting())
                            .filter_map(|e| {
                                e.target().get_attribute("data-paragraph")?.parse().ok()
                            })
                            .collect();
                        if !near.is_empty() {
                            let mut next = (*latest).as_ref().clone();
                            next.extend(near);
                            latest.set(Rc::new(next));
                        }
                    });
                let options = IntersectionObserverInit::new();
                options.set_root_margin(MARGIN);
                if let Ok(io) = IntersectionObserver::new_with_options(
                    callback.as_ref().unchecked_ref(),
                    &options,
                ) {
                    *slot = Some((io, callback));
                }
            }
            if let Some((io, _)) = slot.as_ref() {
                io.disconnect();
                if let Ok(placeholders) =
                    gloo::utils::document().query_selector_all(".article .placeholder")
                {
                    for i in 0..placeholders.length() {
                        if let Some(element) = placeholders
                            .item(i)
                            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                        {
                            io.observe(&element);
                        }
                    }
                }
            }
        });
    }
    windowed.then(|| (*shown).clone())
}
