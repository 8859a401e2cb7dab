//! Global keyboard shortcuts, read through the domain's keymap.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::app::caret::caret_in_sentence;
use crate::app::state::{Action, AppState, Dialog};
use crate::keymap::{Command, KeyPress, command_for};

/// Whether the key went to a text field, where keys are typing, not commands.
fn typing_in_field(event: &KeyboardEvent) -> bool {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target.is_content_editable()
}

/// Listens for shortcut keys on the whole page and dispatches their actions.
///
/// ```ignore
/// let state = use_reducer(AppState::default);
/// use_shortcuts(state.clone());
/// ```
#[hook]
pub fn use_shortcuts(state: UseReducerHandle<AppState>) {
    // The listener is registered once and reads the newest state through this cell.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state;
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let event: &KeyboardEvent = event.unchecked_ref();
                let state = latest.borrow().clone();
                if event.key() == "Escape" {
                    if event.default_prevented() {
                        return; // a dialog took it
                    }
                    state.dispatch(if state.dialog.is_some() {
                        Action::CloseDialog
                    } else {
                        Action::ClearSelection
                    });
                    return;
                }
                if typing_in_field(event) || state.dialog.is_some() {
                    return;
                }
                let key = event.key();
                let press = KeyPress {
                    key: &key,
                    ctrl: event.ctrl_key() || event.meta_key(),
                    shift: event.shift_key(),
                    alt: event.alt_key(),
                };
                let Some(command) = command_for(press, &state.workspace().tags) else {
                    return;
                };
                event.prevent_default();
                let cursor = state.selection.cursor();
                let action = match command {
                    Command::Step { forward, extend } => Action::Step { forward, extend },
                    Command::ToggleTag(tag) => Action::ToggleTag(tag),
                    Command::Undo => Action::Undo,
                    Command::Redo => Action::Redo,
                    Command::Merge => Action::MergeSelected,
                    Command::Help => Action::Open(Dialog::Help),
                    Command::Escape => Action::ClearSelection,
                    Command::Note => match cursor {
                        Some(sentence) => Action::Open(Dialog::Note { sentence }),
                        None => return,
                    },
                    Command::Split => match cursor {
                        Some(sentence) => Action::Open(Dialog::Split {
                            sentence,
                            caret: caret_in_sentence(sentence).unwrap_or(0),
                        }),
                        None => return,
                    },
                    Command::Search => {
                        if let Some(input) =
                            gloo::utils::document().get_element_by_id("search-input")
                        {
                            let _ = input.unchecked_into::<HtmlElement>().focus();
                        }
                        return;
                    }
                };
                state.dispatch(action);
            });
        move || drop(listener)
    });
}
