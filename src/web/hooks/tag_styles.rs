//! Keeps the tag stylesheet (see `tag_css`) adopted by the document, through the CSSOM,
//! which a strict Content Security Policy allows where `style` attributes are not.

use std::rc::Rc;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::core::annotation::TagSet;
use crate::model::tag_css::{overview_rows_css, tag_css};

/// A constructable stylesheet with `css` in it, or `None` where the browser lacks them.
fn stylesheet(css: &str) -> Option<JsValue> {
    let window = gloo::utils::window();
    let constructor: Function = Reflect::get(&window, &"CSSStyleSheet".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let sheet = Reflect::construct(&constructor, &Array::new()).ok()?;
    let replace: Function = Reflect::get(&sheet, &"replaceSync".into())
        .ok()?
        .dyn_into()
        .ok()?;
    replace.call1(&sheet, &css.into()).ok()?;
    Some(sheet)
}

/// Adopts the stylesheet for `tags`, and replaces it whenever the tag set changes.
#[hook]
pub fn use_tag_styles(tags: Rc<TagSet>) {
    use_effect_with(tags, |tags| {
        let css = format!("{}{}", tag_css(tags), overview_rows_css());
        if let Some(sheet) = stylesheet(&css) {
            let document = gloo::utils::document();
            let _ = Reflect::set(&document, &"adoptedStyleSheets".into(), &Array::of1(&sheet));
        }
    });
}
