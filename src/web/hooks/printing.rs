//! Whether the browser is printing the page: a long article is then drawn in full,
//! so the printed copy shows every tag, not only those near where the reader was.

use gloo::events::EventListener;
use yew::prelude::*;

/// True from `beforeprint` to `afterprint`. Yew renders in a microtask, which runs
/// before the browser lays the page out for printing.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let before = {
                let printing = printing.clone();
                EventListener::new(&window, "beforeprint", move |_| printing.set(true))
            };
            let after = EventListener::new(&window, "afterprint", move |_| printing.set(false));
            move || drop((before, after))
        });
    }
    *printing
}
