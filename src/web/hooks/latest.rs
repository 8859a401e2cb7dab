//! A cell holding the newest value of something, for callbacks made once that must
//! read the state as it is when they run.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// The newest `value`, updated on every render.
#[hook]
pub fn use_latest<T: Clone + 'static>(value: T) -> Rc<RefCell<T>> {
    let cell = use_mut_ref(|| value.clone());
    *cell.borrow_mut() = value;
    cell
}
