//! A modal dialog frame: title, backdrop, and focus on its first field when it opens.

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
            let first = frame.cast::<HtmlElement>().and_then(|f| {
                f.query_selector("[data-autofocus], textarea, input, button")
                    .ok()
                    .flatten()
            });
            if let Some(element) = first.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                let _ = element.focus();
            }
        });
    }
    let on_backdrop = {
        let on_close = props.on_close.clone();
        move |e: MouseEvent| {
            if e.target() == e.current_target() {
                on_close.emit(());
            }
        }
    };
    html! {
        <div class="backdrop" onclick={on_backdrop}>
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title" ref={frame}>
                <h2 id="modal-title">{ props.title.clone() }</h2>
                { props.children.clone() }
            </div>
        </div>
    }
}
