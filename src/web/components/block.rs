//! A block of consecutive paragraphs, the unit the article is drawn and windowed in:
//! far from the viewport its paragraphs are plain text, near it they are sentences.

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use super::article_view::ArticleView;
use super::paragraph::Paragraph;
use super::sentence_text::Choosing;

#[derive(Properties)]
pub struct BlockProps {
    pub view: Rc<ArticleView>,
    /// The block's number in the article.
    pub index: usize,
    /// The paragraphs it holds.
    pub paragraphs: Range<usize>,
    /// The selected sentences in this block.
    pub selected: Vec<usize>,
    /// The article's tab stop, when it is in this block.
    pub tab_stop: Option<usize>,
    /// The phrase being chosen, when its sentence is in this block.
    pub choosing: Option<(usize, Choosing)>,
    /// False: drawn as plain text, one text node per paragraph.
    pub full: bool,
}

/// Equal when the block would render the same (see [`ArticleView::draws_same`]),
/// so a tag toggle re-renders one block.
impl PartialEq for BlockProps {
    fn eq(&self, other: &Self) -> bool {
        let plain = !self.full && !other.full;
        self.index == other.index
            && self.paragraphs == other.paragraphs
            && self.selected == other.selected
            && self.tab_stop == other.tab_stop
            && self.choosing == other.choosing
            && self.full == other.full
            // Plain text shows neither marks nor suggestions: only the text counts.
            && (plain && Rc::ptr_eq(&self.view.doc, &other.view.doc)
                || self.view.draws_same(
                &other.view,
                self.view.doc.sentences_of(self.paragraphs.clone()),
            ))
    }
}

#[function_component(Block)]
pub fn block(props: &BlockProps) -> Html {
    crate::web::render_count::tick("Block");
    let doc = &props.view.doc;
    let paragraphs = props.paragraphs.clone().map(|index| {
        let range = doc.paragraphs[index].clone();
        let key = doc.sentences[range.start].char_start;
        if !props.full {
            let (first, last) = (&doc.sentences[range.start], &doc.sentences[range.end - 1]);
            let text = doc.text[first.start..last.end].to_string();
            return html! { <p {key} class="paragraph placeholder">{ text }</p> };
        }
        let selected: Vec<usize> = props
            .selected
            .iter()
            .copied()
            .filter(|i| range.contains(i))
            .collect();
        html! {
            <Paragraph
                {key}
                view={props.view.clone()}
                {index}
                {selected}
                tab_stop={props.tab_stop.filter(|i| range.contains(i))}
                choosing={props.choosing.clone().filter(|(i, _)| range.contains(i))}
            />
        }
    });
    html! {
        <div class="block" data-block={props.index.to_string()}>{ for paragraphs }</div>
    }
}
