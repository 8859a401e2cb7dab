//! The reducer as Yew sees it: a thin adapter over the native [`AppState::reduce`].

use std::rc::Rc;

use yew::Reducible;

use crate::model::{Action, AppState};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        AppState::reduce(self, action)
    }
}
