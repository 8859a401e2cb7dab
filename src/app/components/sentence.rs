//! One sentence: a focusable option that is selected by click, Enter or Space.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SentenceProps {
    pub index: usize,
    pub text: AttrValue,
    pub space_before: bool,
    pub selected: bool,
    pub on_select: Callback<usize>,
}

#[function_component(Sentence)]
pub fn sentence(props: &SentenceProps) -> Html {
    let index = props.index;
    let onclick = props.on_select.reform(move |_: MouseEvent| index);
    let onkeydown = {
        let on_select = props.on_select.clone();
        move |event: KeyboardEvent| {
            if matches!(event.key().as_str(), "Enter" | " ") {
                event.prevent_default();
                on_select.emit(index);
            }
        }
    };
    let class = classes!("sentence", props.selected.then_some("selected"));
    // One tab stop for the article: the selected sentence, or the first one.
    let tabindex = if props.selected || (index == 0) {
        "0"
    } else {
        "-1"
    };
    html! {
        <>
            if props.space_before { { " " } }
            <span
                {class}
                role="option"
                aria-selected={props.selected.to_string()}
                data-index={index.to_string()}
                {tabindex}
                {onclick}
                {onkeydown}
            >
                { props.text.clone() }
            </span>
        </>
    }
}
