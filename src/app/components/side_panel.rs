//! The side panel: what is selected, and (later) tags, counts and notes.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    pub sentence_count: usize,
    pub selected: Option<usize>,
    pub selected_text: Option<AttrValue>,
}

#[function_component(SidePanel)]
pub fn side_panel(props: &SidePanelProps) -> Html {
    let selection = match (props.selected, &props.selected_text) {
        (Some(index), Some(text)) => html! {
            <section class="panel-section" aria-label="Selection">
                <h2>{ format!("Sentence {} of {}", index + 1, props.sentence_count) }</h2>
                <blockquote class="selected-quote">{ text.clone() }</blockquote>
            </section>
        },
        _ => html! {
            <p class="panel-hint">
                { format!("{} sentences. Click one to select it.", props.sentence_count) }
            </p>
        },
    };
    html! {
        <aside class="side-panel" aria-label="Details">{ selection }</aside>
    }
}
