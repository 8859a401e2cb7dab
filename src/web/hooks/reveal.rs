//! Keeps the keyboard's sentence in view and focused as the selection moves.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

/// Scrolls sentence `cursor` into view and focuses it whenever `reveal` changes,
/// unless the user is typing in a field (the search box keeps its focus).
#[hook]
pub fn use_reveal(cursor: Option<usize>, reveal: u32) {
    use_effect_with((cursor, reveal), |(cursor, _)| {
        let document = gloo::utils::document();
        let selector = cursor.map(|i| format!(".article [data-index=\"{i}\"]"));
        let element = selector
            .and_then(|s| document.query_selector(&s).ok().flatten())
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(element) = element {
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Nearest);
            element.scroll_into_view_with_scroll_into_view_options(&options);
            let typing = document
                .active_element()
                .is_some_and(|a| matches!(a.tag_name().as_str(), "INPUT" | "TEXTAREA"));
            if !typing {
                let _ = element.focus();
            }
        }
    });
}
