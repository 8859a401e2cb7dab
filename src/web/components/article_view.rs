//! What every block and paragraph of the article draws from, made once per render
//! of the article and shared by pointer.

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use super::sentence::SentenceClick;
use crate::core::annotation::TagSet;
use crate::core::document::Document;
use crate::core::editor::MarksList;
use crate::model::i18n::Lang;
use crate::model::suggested::Suggested;
use crate::model::view::Filter;

pub struct ArticleView {
    pub doc: Rc<Document>,
    pub marks: MarksList,
    pub tags: Rc<TagSet>,
    pub filter: Filter,
    pub query: AttrValue,
    pub lang: Lang,
    pub on_click: Callback<SentenceClick>,
    /// The suggestions to show: none while they are switched off.
    pub suggested: Rc<Suggested>,
}

impl ArticleView {
    /// Whether `sentences` draw the same from both views. The marks are compared by
    /// pointer and only over `sentences`, so a tag toggle elsewhere changes nothing.
    pub fn draws_same(&self, other: &ArticleView, sentences: Range<usize>) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && Rc::ptr_eq(&self.tags, &other.tags)
            && self.filter == other.filter
            && self.query == other.query
            && self.lang == other.lang
            && self.on_click == other.on_click
            && (Rc::ptr_eq(&self.suggested, &other.suggested)
                || self.doc.sentences[sentences.clone()].iter().all(|s| {
                    match (self.suggested.get(s), other.suggested.get(s)) {
                        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                        (a, b) => a.is_none() && b.is_none(),
                    }
                }))
            && (self.marks.ptr_eq(&other.marks) || {
                // A focus keeps its place in the tree, so the walk is linear.
                let (mut mine, mut theirs) = (self.marks.focus(), other.marks.focus());
                sentences
                    .into_iter()
                    .all(|i| match (mine.get(i), theirs.get(i)) {
                        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                        _ => false,
                    })
            })
    }
}
