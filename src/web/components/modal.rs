//! A modal dialog frame: title, backdrop, Esc, focus on its first field when it opens,
//! and focus back where it came from when it closes.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    pub title: AttrValue,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Modal)]
pub fn modal(props: &ModalProps) -> Html {
    let frame = use_node_ref();
    {
        let frame = frame.clone();
        use_effect_with((), move |_| {
            let opener = gloo::utils::document().active_element();
            let first = frame.cast::<HtmlElement>().and_then(|f| {
                f.query_selector("[data-autofocus], textarea, input, button")
                    .ok()
                    .flatten()
            });
            if let Some(element) = first.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                let _ = element.focus();
            }
            // After the dialog has left the page, where the focus then falls.
            move || wasm_bindgen_futures::spawn_local(async move { return_focus(opener) })
        });
    }
    let backdrop = use_node_ref();
    let on_backdrop = {
        let on_close = props.on_close.clone();
        let backdrop = backdrop.clone();
        // A click on the backdrop itself, not one inside the dialog. Yew delegates
        // events to the app's root, so `current_target` cannot tell them apart.
        move |e: MouseEvent| {
            let target = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            if target.is_some() && target == backdrop.cast::<web_sys::Element>() {
                on_close.emit(());
            }
        }
    };
    // Esc closes through `on_close`, so a dialog can ask before losing typing; the page's
    // own Esc handling sees the default prevented and leaves it alone.
    let onkeydown = {
        let on_close = props.on_close.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_close.emit(());
            }
        }
    };
    html! {
        <div ref={backdrop} class="backdrop" onclick={on_backdrop} {onkeydown}>
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title" ref={frame}>
                <h2 id="modal-title">{ props.title.clone() }</h2>
                { props.children.clone() }
            </div>
        </div>
    }
}

/// Focus back on what had it when the dialog opened, if it is still on the page; else
/// on the article's sentence that takes the keyboard (after a merge or a split the
/// opener may be gone). Left alone if the focus went somewhere on purpose meanwhile.
fn return_focus(opener: Option<web_sys::Element>) {
    let document = gloo::utils::document();
    let body: Option<web_sys::Element> = document.body().map(Into::into);
    let lost = match document.active_element() {
        None => true,
        Some(active) => Some(&active) == body.as_ref() || !active.is_connected(),
    };
    if !lost {
        return;
    }
    let target = opener
        .filter(|o| o.is_connected() && o.tag_name() != "BODY")
        .or_else(|| {
            document
                .query_selector(".article [role=option][tabindex=\"0\"]")
                .ok()
                .flatten()
        });
    if let Some(element) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
