//! The side panel as a sheet over the article on a narrow screen: open or shut, with
//! focus moved into it when it opens and back to its button when it shuts (unless it
//! shut because the user jumped to a sentence, which then takes the focus).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// What the sheet's controls do.
pub enum SheetAction {
    /// The panel button: open if shut, shut if open.
    Toggle,
    /// The close button or Esc: shut, focus back on the panel button.
    Close,
    /// A jump to a sentence from the panel: shut, and leave the focus to the sentence.
    CloseForJump,
}

#[derive(PartialEq, Default)]
struct SheetState {
    open: bool,
    refocus: bool,
}

impl Reducible for SheetState {
    type Action = SheetAction;

    fn reduce(self: Rc<Self>, action: SheetAction) -> Rc<Self> {
        let next = match action {
            SheetAction::Toggle => SheetState {
                open: !self.open,
                refocus: self.open,
            },
            SheetAction::Close => SheetState {
                open: false,
                refocus: true,
            },
            SheetAction::CloseForJump => SheetState {
                open: false,
                refocus: false,
            },
        };
        if !self.open && !next.open {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The sheet: whether it is open, and stable callbacks for its controls.
#[derive(Clone, PartialEq)]
pub struct Sheet {
    pub open: bool,
    pub act: Callback<SheetAction>,
}

fn focus(selector: &str) {
    let found = gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten();
    if let Some(element) = found.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

#[hook]
pub fn use_sheet() -> Sheet {
    let state = use_reducer_eq(SheetState::default);
    let dispatcher = state.dispatcher();
    let act = use_callback((), move |action, _| dispatcher.dispatch(action));
    let first = use_mut_ref(|| true);
    use_effect_with((state.open, state.refocus), move |&(open, refocus)| {
        if std::mem::take(&mut *first.borrow_mut()) {
            return;
        }
        if open {
            focus("#side-sheet .sheet-close");
        } else if refocus {
            focus(".panel-toggle");
        }
    });
    Sheet {
        open: state.open,
        act,
    }
}
