//! Where the text caret stands inside a sentence, for "split at the caret".

use web_sys::Range;

/// The caret's offset, in characters, inside sentence `index`'s text, when the
/// page's selection is a caret there.
pub fn caret_in_sentence(index: usize) -> Option<usize> {
    let document = gloo::utils::document();
    let selection = gloo::utils::window().get_selection().ok()??;
    if !selection.is_collapsed() {
        return None;
    }
    let selector = format!(".article [data-index=\"{index}\"] .sentence-text");
    let text = document.query_selector(&selector).ok()??;
    let node = selection.anchor_node()?;
    if !text.contains(Some(&node)) {
        return None;
    }
    let range = Range::new().ok()?;
    range.set_start(&text, 0).ok()?;
    range.set_end(&node, selection.anchor_offset()).ok()?;
    let before: String = range.to_string().into();
    Some(before.chars().count())
}
