//! The app's one reducer: the open document, the selection, and the actions on them.

use std::rc::Rc;

use yew::Reducible;

use crate::document::Document;
use crate::samples::sample_document;

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub doc: Rc<Document>,
    /// The index of the selected sentence.
    pub selected: Option<usize>,
}

pub enum Action {
    Select(usize),
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            doc: Rc::new(sample_document()),
            selected: None,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Select(index) if index < self.doc.sentences.len() => Rc::new(AppState {
                doc: Rc::clone(&self.doc),
                selected: Some(index),
            }),
            Action::Select(_) => self,
        }
    }
}
