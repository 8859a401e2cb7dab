//! One paragraph: its sentences in reading order, those the filter hides left out.

use std::borrow::Cow;
use std::rc::Rc;

use yew::prelude::*;

use super::article_view::ArticleView;
use super::sentence::Sentence;
use super::sentence_text::Choosing;
use crate::core::joined::shown;

#[derive(Properties)]
pub struct ParagraphProps {
    pub view: Rc<ArticleView>,
    pub index: usize,
    /// The selected sentences in this paragraph.
    pub selected: Vec<usize>,
    /// The article's tab stop, when it is in this paragraph.
    pub tab_stop: Option<usize>,
    /// The phrase being chosen, when its sentence is in this paragraph.
    pub choosing: Option<(usize, Choosing)>,
}

/// Equal when this paragraph would render the same (see [`ArticleView::draws_same`]).
impl PartialEq for ParagraphProps {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
            && self.selected == other.selected
            && self.tab_stop == other.tab_stop
            && self.choosing == other.choosing
            && self
                .view
                .draws_same(&other.view, self.view.doc.paragraphs[self.index].clone())
    }
}

#[function_component(Paragraph)]
pub fn paragraph(props: &ParagraphProps) -> Html {
    crate::web::render_count::tick("Paragraph");
    let view = &props.view;
    let range = view.doc.paragraphs[props.index].clone();
    let visible: Vec<usize> = range
        .filter(|&i| view.filter.shows(&view.marks[i]))
        .collect();
    if visible.is_empty() {
        return html! {};
    }
    let sentences = visible.iter().map(|&index| {
        let s = &view.doc.sentences[index];
        html! {
            <Sentence
                key={s.char_start}
                {index}
                text={match shown(&s.text) {
                    Cow::Borrowed(_) => AttrValue::from(s.text.clone()),
                    Cow::Owned(joined) => AttrValue::from(joined),
                }}
                char_start={s.char_start}
                choosing={props.choosing.as_ref().filter(|(i, _)| *i == index).map(|(_, c)| c.clone())}
                space_before={s.space_before}
                selected={props.selected.contains(&index)}
                tab_stop={props.tab_stop == Some(index)}
                marks={view.marks[index].clone()}
                tags={view.tags.clone()}
                lang={view.lang}
                query={view.query.clone()}
                on_click={view.on_click.clone()}
                suggested={view.suggested.get(s).cloned()}
            />
        }
    });
    html! {
        <p class="paragraph" role="group">{ for sentences }</p>
    }
}
