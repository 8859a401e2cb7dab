//! Global keyboard shortcuts, read through the domain's keymap.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::use_latest;
use crate::model::keymap::{KeyPress, command_for};
use crate::model::{AppState, Command};

/// Whether the key went to a text field, where keys are typing, not commands.
fn typing_in_field(event: &KeyboardEvent) -> bool {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    // A tick box or a button takes no text: keys stay shortcuts there.
    let takes_no_text = target
        .dyn_ref::<web_sys::HtmlInputElement>()
        .is_some_and(|input| matches!(input.type_().as_str(), "checkbox" | "radio" | "button"));
    !takes_no_text
        && (matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || target.is_content_editable())
}

/// Whether the key went to a button, a link, a menu or a tick box, which Enter is for.
fn on_control(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
        .is_some_and(|t| matches!(t.tag_name().as_str(), "BUTTON" | "A" | "SUMMARY" | "INPUT"))
}

/// Listens for shortcut keys on the whole page and runs their commands.
#[hook]
pub fn use_shortcuts(state: UseReducerHandle<AppState>, commands: Callback<Command>) {
    // The listener is registered once and reads the newest state through this cell.
    let latest = use_latest(state);
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let event: &KeyboardEvent = event.unchecked_ref();
                let state = latest.borrow().clone();
                // Esc works in fields and dialogs too, unless a dialog took it, and
                // keeps its own default (a search box clears itself).
                if event.key() == "Escape" {
                    if !event.default_prevented() {
                        commands.emit(Command::Escape);
                    }
                    return;
                }
                if typing_in_field(event) || state.dialog.is_some() {
                    return;
                }
                // Enter on a button or a link is that control's; on a sentence that is
                // not selected yet it selects it (the sentence's own handler).
                if event.key() == "Enter" && (event.default_prevented() || on_control(event)) {
                    return;
                }
                let key = event.key();
                let press = KeyPress {
                    key: &key,
                    ctrl: event.ctrl_key() || event.meta_key(),
                    shift: event.shift_key(),
                    alt: event.alt_key(),
                };
                if let Some(command) =
                    command_for(press, &state.workspace().tags, state.phrase.is_some())
                {
                    event.prevent_default();
                    commands.emit(command);
                }
            });
        move || drop(listener)
    });
}
