//! A long press on a sentence with a finger starts a range selection (the model's
//! `extending`: then each tap extends it). A finger that moves first is scrolling or
//! swiping, and starts nothing; the browser's own long-press menu is held back after a
//! long press on a sentence.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};
use yew::prelude::*;

use crate::model::{Action, AppState};

/// How long a finger rests on a sentence to start a range, in milliseconds (about what
/// the platforms use for their own long press).
const LONG_PRESS_MS: u32 = 500;
/// How far, in CSS pixels, a finger may drift and still be pressing rather than moving.
const SLOP_PX: i32 = 10;

/// The index of the article's sentence under `event`, if there is one.
fn sentence_at(event: &PointerEvent) -> Option<usize> {
    let target: Element = event.target()?.dyn_into().ok()?;
    let sentence = target.closest(".article [role=option]").ok()??;
    sentence.get_attribute("data-index")?.parse().ok()
}

/// A press under way: its timer and where the finger went down.
struct Press {
    _timer: Timeout,
    x: i32,
    y: i32,
}

/// Listens for long presses on the article's sentences.
#[hook]
pub fn use_long_press(dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        let press: Rc<RefCell<Option<Press>>> = Rc::default();
        let fired = Rc::new(Cell::new(false));
        let down = {
            let press = press.clone();
            let fired = fired.clone();
            EventListener::new(&document, "pointerdown", move |e| {
                let e: &PointerEvent = e.unchecked_ref();
                if e.pointer_type() != "touch" || !e.is_primary() {
                    return;
                }
                fired.set(false);
                let Some(index) = sentence_at(e) else { return };
                let dispatcher = dispatcher.clone();
                let fired = fired.clone();
                let timer = Timeout::new(LONG_PRESS_MS, move || {
                    fired.set(true);
                    dispatcher.dispatch(Action::LongPress(index));
                });
                *press.borrow_mut() = Some(Press {
                    _timer: timer,
                    x: e.client_x(),
                    y: e.client_y(),
                });
            })
        };
        let moved = {
            let press = press.clone();
            EventListener::new(&document, "pointermove", move |e| {
                let e: &PointerEvent = e.unchecked_ref();
                let far = press.borrow().as_ref().is_some_and(|p| {
                    (e.client_x() - p.x).abs() > SLOP_PX || (e.client_y() - p.y).abs() > SLOP_PX
                });
                if far {
                    press.borrow_mut().take();
                }
            })
        };
        let ended: Vec<EventListener> = ["pointerup", "pointercancel"]
            .into_iter()
            .map(|kind| {
                let press = press.clone();
                EventListener::new(&document, kind, move |_| drop(press.borrow_mut().take()))
            })
            .collect();
        let options = EventListenerOptions::enable_prevent_default();
        let menu = EventListener::new_with_options(&document, "contextmenu", options, move |e| {
            if fired.get() {
                e.prevent_default();
            }
        });
        move || drop((down, moved, ended, menu))
    });
}
