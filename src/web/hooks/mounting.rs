//! A long article goes on the page in slices: its first screens at once, the rest a
//! slice per task, so that no single task of the load holds the page for long (a
//! 100,000-sentence article's text alone takes a few hundred milliseconds to add).

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Blocks put on the page with the first draw: about 1,900 sentences.
const FIRST_BLOCKS: usize = 40;
/// Blocks added by each later task.
const MORE_BLOCKS: usize = 100;

/// How many of the article's `total` blocks are on the page, for the document `id`.
/// Another document starts again from its first blocks; a merge or a split keeps the
/// count (the reader may be far down).
#[hook]
pub fn use_mounting(id: AttrValue, total: usize, all_now: bool) -> usize {
    let state = use_state(|| (id.clone(), FIRST_BLOCKS));
    let count = if state.0 == id { state.1 } else { FIRST_BLOCKS };
    let timer = use_mut_ref(|| None::<Timeout>);
    use_effect_with((id.clone(), count, total), move |(id, count, total)| {
        if count < total {
            let (state, id, next) = (state.clone(), id.clone(), count + MORE_BLOCKS);
            *timer.borrow_mut() = Some(Timeout::new(0, move || state.set((id, next))));
        }
    });
    if all_now { total } else { count.min(total) }
}
