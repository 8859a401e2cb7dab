//! Helpers for the in-browser tests: a fresh mount point per test, and DOM queries.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A component rendered into a `<div>` of its own; it reads as that div.
pub struct Mounted<C: yew::BaseComponent> {
    root: Element,
    app: yew::AppHandle<C>,
}

impl<C: yew::BaseComponent> std::ops::Deref for Mounted<C> {
    type Target = Element;

    fn deref(&self) -> &Element {
        &self.root
    }
}

impl<C: yew::BaseComponent> Mounted<C> {
    /// Unmounts the component (its listeners on the document go too) and its div.
    pub fn remove(self) {
        self.app.destroy();
        self.root.remove();
    }
}

/// Renders component `C` into a new `<div>` of its own.
pub fn mount<C>() -> Mounted<C>
where
    C: yew::BaseComponent,
    C::Properties: Default,
{
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<C>::with_root(root.clone()).render();
    Mounted { root, app }
}

/// Renders component `C` with `props` into a new `<div>` of its own.
pub fn mount_with<C: yew::BaseComponent>(props: C::Properties) -> Mounted<C> {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    Mounted { root, app }
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
