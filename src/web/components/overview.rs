//! A slim strip beside the article that marks where each tag falls; a click jumps there.

use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::core::annotation::TagSet;
use crate::core::document::Document;
use crate::core::editor::MarksList;
use crate::model::tag_css::OVERVIEW_ROWS;

#[derive(Properties)]
pub struct OverviewProps {
    pub doc: Rc<Document>,
    pub marks: MarksList,
    pub tags: Rc<TagSet>,
    pub label: AttrValue,
    pub on_jump: Callback<usize>,
}

impl PartialEq for OverviewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.marks.ptr_eq(&other.marks)
            && Rc::ptr_eq(&self.tags, &other.tags)
            && self.label == other.label
            && self.on_jump == other.on_jump
    }
}

/// The strip's resolution: ticks are drawn per stretch of text, not per sentence,
/// so a long article draws a few hundred ticks, not thousands, on each change.
const BINS: usize = OVERVIEW_ROWS;

#[function_component(Overview)]
pub fn overview(props: &OverviewProps) -> Html {
    crate::web::render_count::tick("Overview");
    let total = props.doc.sentences.last().map_or(1, |s| s.char_end.max(1)) as f64;
    let columns = props.tags.tags.len().max(1);
    // For each stretch and tag column, the first sentence there with that tag.
    let mut first_in_bin: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for (index, (s, m)) in props
        .doc
        .sentences
        .iter()
        .zip(props.marks.iter())
        .enumerate()
    {
        if m.tags.is_empty() && m.phrases.is_empty() {
            continue;
        }
        let bin = ((s.char_start as f64 / total) * BINS as f64) as usize;
        for (column, tag) in props.tags.tags.iter().enumerate() {
            // A tag on a phrase marks its sentence's place too.
            if m.has_anywhere(&tag.id) {
                first_in_bin
                    .entry((bin.min(BINS - 1), column))
                    .or_insert(index);
            }
        }
    }
    // Position and colour come by class (see `tag_css`), not by `style`.
    let ticks = first_in_bin.into_iter().map(|((bin, column), index)| {
        let class = format!("tick row-{bin} col-{column} t-{column}");
        html! { <span {class} data-index={index.to_string()}></span> }
    });
    // Yew delegates events to the app's root, so `current_target` is not the strip.
    let strip = use_node_ref();
    let onclick = {
        let doc = props.doc.clone();
        let on_jump = props.on_jump.clone();
        let strip = strip.clone();
        move |e: MouseEvent| {
            let Some(strip) = strip.cast::<HtmlElement>() else {
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
        <nav ref={strip} class={classes!("overview", format!("cols-{columns}"))} aria-label={props.label.clone()} title={props.label.clone()} {onclick}>
            { for ticks }
        </nav>
    }
}
