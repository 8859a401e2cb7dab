//! The one way a command runs, whether it came from the toolbar, a menu or a key:
//! stamped with the time and the caret, into the reducer; or as an effect.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::use_latest;
use crate::model::{Action, AppState, Command, ExportKind};
use crate::web::caret::caret_in_sentence;
use crate::web::phrase_dom::phrase_caret;

/// A stable callback that runs any [`Command`]. `Export` goes to `on_export`, `Sample`
/// to `on_sample`, `Search` moves the focus; the rest are actions.
#[hook]
pub fn use_commands(
    state: UseReducerHandle<AppState>,
    on_export: Callback<ExportKind>,
    on_sample: Callback<()>,
) -> Callback<Command> {
    let latest = use_latest((state, on_export, on_sample));
    use_callback((), move |command: Command, _| {
        let (state, on_export, on_sample) = latest.borrow().clone();
        match command {
            Command::Export(kind) => on_export.emit(kind),
            Command::Sample => on_sample.emit(()),
            Command::Search => {
                if let Some(input) = gloo::utils::document().get_element_by_id("search-input") {
                    let _ = input.unchecked_into::<HtmlElement>().focus();
                }
            }
            Command::PhraseMode if state.phrase.is_none() => {
                // The phrase caret starts where the text caret is, else at the start.
                let Some(index) = state.selection.cursor() else {
                    return;
                };
                let doc = state.workspace().doc.clone();
                let start = doc.sentences.get(index).map_or(0, |s| s.char_start);
                let at = start + caret_in_sentence(index).unwrap_or(0);
                if let Some(sel) = phrase_caret(&doc, index, at) {
                    state.dispatch(Action::SelectPhrase(sel));
                }
            }
            command => {
                // Only a split starts at the caret: no DOM read for every other key.
                let caret = match command {
                    Command::Split => state.selection.cursor().and_then(caret_in_sentence),
                    _ => None,
                };
                state.dispatch(Action::Run {
                    command,
                    now: js_sys::Date::now() as i64,
                    caret,
                });
            }
        }
    })
}
