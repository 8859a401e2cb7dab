//! Files dropped anywhere on the page.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::DragEvent;
use yew::prelude::*;

/// Calls `on_file` with a file dropped on the page. Returns whether a drag is over it.
#[hook]
pub fn use_file_drop(on_file: Callback<web_sys::File>) -> bool {
    let dragging = use_state(|| false);
    {
        let dragging = dragging.clone();
        use_effect_with(on_file, move |on_file| {
            let document = gloo::utils::document();
            let options = EventListenerOptions::enable_prevent_default();
            let over = {
                let dragging = dragging.clone();
                EventListener::new_with_options(&document, "dragover", options, move |e| {
                    e.prevent_default();
                    dragging.set(true);
                })
            };
            let leave = {
                let dragging = dragging.clone();
                EventListener::new(&document, "dragleave", move |e| {
                    let e: &DragEvent = e.unchecked_ref();
                    if e.related_target().is_none() {
                        dragging.set(false);
                    }
                })
            };
            let on_file = on_file.clone();
            let on_drop = EventListener::new_with_options(&document, "drop", options, move |e| {
                dragging.set(false);
                // A drop zone of the page's own (the compare dialog's) took it.
                if e.default_prevented() {
                    return;
                }
                e.prevent_default();
                let e: &DragEvent = e.unchecked_ref();
                if let Some(file) = e
                    .data_transfer()
                    .and_then(|d| d.files())
                    .and_then(|f| f.get(0))
                {
                    on_file.emit(file);
                }
            });
            move || drop((over, leave, on_drop))
        });
    }
    *dragging
}
