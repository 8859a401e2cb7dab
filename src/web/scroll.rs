//! Where the reader is, saved and restored. In a long (windowed) article the blocks
//! not drawn yet count at an estimated height, so a pixel offset means a different
//! place after a reload; there the place is kept as a block and an offset into it.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::model::scroll::Scroll;

/// The app restores the reader's place itself: the browser's own restoring, by
/// pixels, would fight it on a reload.
pub fn take_over_restoration() {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}

/// The reader's place now.
pub fn current() -> Scroll {
    Scroll {
        y: gloo::utils::window().scroll_y().unwrap_or(0.0),
        block: top_block(),
    }
}

/// Goes back to a saved place: the block when the article is windowed and has it,
/// else the pixel offset.
pub fn restore(to: Scroll) {
    restore_within(to, MOUNT_WAITS);
}

/// How many times restoring waits a moment for a long article's block to be put on
/// the page (see `use_mounting`): some seconds' worth.
const MOUNT_WAITS: u32 = 200;

fn restore_within(to: Scroll, waits: u32) {
    let window = gloo::utils::window();
    let document = gloo::utils::document();
    let block = to.block.and_then(|(index, offset)| {
        let selector = format!(".article.windowed .block[data-block=\"{index}\"]");
        let element = document.query_selector(&selector).ok()??;
        Some((element, offset))
    });
    let windowed = document
        .query_selector(".article.windowed")
        .ok()
        .flatten()
        .is_some();
    if block.is_none() && to.block.is_some() && windowed && waits > 0 {
        Timeout::new(16, move || restore_within(to, waits - 1)).forget();
        return;
    }
    match block {
        Some((element, offset)) => {
            element.scroll_into_view();
            window.scroll_by_with_x_and_y(0.0, offset);
        }
        None => window.scroll_to_with_x_and_y(0.0, to.y),
    }
}

/// The windowed article's block at the top of the viewport, and how far the
/// viewport's top is into it; found by bisection, as blocks are in page order.
fn top_block() -> Option<(usize, f64)> {
    let blocks = gloo::utils::document()
        .query_selector_all(".article.windowed .block")
        .ok()?;
    let element = |i: u32| blocks.item(i)?.dyn_into::<Element>().ok();
    let (mut low, mut high) = (0, blocks.length());
    while low < high {
        let middle = (low + high) / 2;
        if element(middle)?.get_bounding_client_rect().bottom() <= 0.0 {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    let found = element(low)?;
    let index = found.get_attribute("data-block")?.parse().ok()?;
    Some((index, -found.get_bounding_client_rect().top()))
}
