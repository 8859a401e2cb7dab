//! Helpers for the in-browser tests: a fresh mount point per test, and DOM queries.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Renders component `C` into a new `<div>` of its own and returns that div.
pub fn mount<C>() -> Element
where
    C: yew::BaseComponent,
    C::Properties: Default,
{
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root(root.clone()).render();
    root
}

pub fn query_all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.dyn_into::<HtmlElement>().unwrap())
        .collect()
}

pub fn query(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .unwrap()
}

/// Sends a key press to the page, as the keyboard would.
pub fn press_key(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    gloo::utils::document().dispatch_event(&event).unwrap();
}
