//! Choosing a phrase with the mouse: a click on a sentence reads the page's text
//! selection (a drag or a double-click inside it), or the phrase clicked on in the
//! selected sentence; else it selects sentences as before.

use std::ops::Range;

use yew::prelude::*;

use super::use_latest;
use crate::model::selection::Selection;
use crate::model::{Action, AppState};
use crate::web::components::sentence::SentenceClick;
use crate::web::phrase_dom::{chosen_in, clear_page_selection, phrase_caret};

/// What the article and the side panel call when the user chooses something.
#[derive(Clone, PartialEq)]
pub struct PhraseCallbacks {
    /// A click on a sentence.
    pub on_click: Callback<SentenceClick>,
    /// A phrase chosen from a list: its sentence and place.
    pub on_choose: Callback<(usize, Range<usize>)>,
}

/// Stable callbacks that choose phrases or select sentences.
#[hook]
pub fn use_phrase_choice(state: UseReducerHandle<AppState>) -> PhraseCallbacks {
    let latest = use_latest(state);
    let choose = {
        let latest = latest.clone();
        move |index: usize, range: Range<usize>| {
            let state = latest.borrow().clone();
            let doc = state.workspace().doc.clone();
            if let Some(sel) = phrase_caret(&doc, index, range.start) {
                state.dispatch(Action::SelectPhrase(sel.stretch(range)));
            }
        }
    };
    let on_choose = {
        let choose = choose.clone();
        use_callback((), move |(index, range): (usize, Range<usize>), _| {
            choose(index, range)
        })
    };
    let on_click = use_callback((), move |click: SentenceClick, _| {
        let state = latest.borrow().clone();
        let index = click.index;
        if click.shift {
            return state.dispatch(Action::ShiftClick(index));
        }
        if click.ctrl {
            return state.dispatch(Action::CtrlClick(index));
        }
        // A click on a phrase chooses it once its sentence is selected: the first click
        // selects the sentence, as anywhere else in it.
        let already = state.selection == Selection::only(index);
        let on_phrase = click.phrase.filter(|_| already);
        let chosen = chosen_in(&state.workspace().doc, index);
        if let Some(range) = chosen.or(on_phrase) {
            clear_page_selection();
            return choose(index, range);
        }
        state.dispatch(Action::Click(index));
    });
    PhraseCallbacks {
        on_click,
        on_choose,
    }
}
