//! One paragraph: its sentences in reading order.

use std::rc::Rc;

use yew::prelude::*;

use super::sentence::Sentence;
use crate::document::Document;

#[derive(Properties)]
pub struct ParagraphProps {
    pub doc: Rc<Document>,
    pub index: usize,
    /// The selected sentence, when it is in this paragraph.
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

impl PartialEq for ParagraphProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.index == other.index
            && self.selected == other.selected
            && self.on_select == other.on_select
    }
}

#[function_component(Paragraph)]
pub fn paragraph(props: &ParagraphProps) -> Html {
    let first = props.doc.paragraphs[props.index].start;
    let sentences = props
        .doc
        .paragraph(props.index)
        .iter()
        .enumerate()
        .map(|(offset, s)| {
            let index = first + offset;
            html! {
                <Sentence
                    key={s.char_start}
                    {index}
                    text={AttrValue::from(s.text.clone())}
                    space_before={s.space_before}
                    selected={props.selected == Some(index)}
                    on_select={props.on_select.clone()}
                />
            }
        });
    html! {
        <p class="paragraph" role="group">{ for sentences }</p>
    }
}
