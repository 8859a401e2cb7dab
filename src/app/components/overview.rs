//! A slim strip beside the article that marks where each tag falls; a click jumps there.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::annotation::{Marks, TagSet};
use crate::document::Document;

#[derive(Properties)]
pub struct OverviewProps {
    pub doc: Rc<Document>,
    pub marks: Rc<Vec<Rc<Marks>>>,
    pub tags: Rc<TagSet>,
    pub label: AttrValue,
    pub on_jump: Callback<usize>,
}

impl PartialEq for OverviewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && Rc::ptr_eq(&self.marks, &other.marks)
            && Rc::ptr_eq(&self.tags, &other.tags)
            && self.label == other.label
            && self.on_jump == other.on_jump
    }
}

#[function_component(Overview)]
pub fn overview(props: &OverviewProps) -> Html {
    let total = props.doc.sentences.last().map_or(1, |s| s.char_end.max(1)) as f64;
    let columns = props.tags.tags.len().max(1) as f64;
    let ticks = props.doc.sentences.iter().zip(props.marks.iter()).enumerate().flat_map(|(index, (s, m))| {
        let top = s.char_start as f64 / total * 100.0;
        let height = ((s.char_end - s.char_start) as f64 / total * 100.0).max(0.4);
        props.tags.tags.iter().enumerate().filter(|(_, t)| m.has(&t.id)).map(move |(column, t)| {
            let style = format!(
                "top: {top:.3}%; height: {height:.3}%; left: {:.2}%; width: {:.2}%; background: {};",
                column as f64 / columns * 100.0,
                100.0 / columns,
                t.color
            );
            html! { <span class="tick" data-index={index.to_string()} {style}></span> }
        })
    });
    let onclick = {
        let doc = props.doc.clone();
        let on_jump = props.on_jump.clone();
        move |e: MouseEvent| {
            let Some(strip) = e
                .current_target()
                .and_then(|t| t.dyn_into::<HtmlElement>().ok())
            else {
                return;
            };
            let rect = strip.get_bounding_client_rect();
            let fraction = ((f64::from(e.client_y()) - rect.top()) / rect.height()).clamp(0.0, 1.0);
            let offset = (fraction * total) as usize;
            let index = doc.sentences.partition_point(|s| s.char_end <= offset);
            on_jump.emit(index.min(doc.sentences.len().saturating_sub(1)));
        }
    };
    html! {
        <nav class="overview" aria-label={props.label.clone()} title={props.label.clone()} {onclick}>
            { for ticks }
        </nav>
    }
}
