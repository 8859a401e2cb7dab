//! Phrases and the page: the sentence's words from the browser's word segmentation
//! (`Intl.Segmenter`, which splits Chinese into words), and the text the user chose
//! with the mouse, as code points of the document.

use std::ops::Range;
use std::rc::Rc;

use js_sys::{Array, Intl, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Node;

use crate::core::document::Document;
use crate::core::joined::shown;
use crate::model::phrase_sel::PhraseSel;

/// The word-like segments of `text`, as code-point ranges from `offset`. Without
/// `Intl.Segmenter` (an old browser), every run of letters or digits is a word.
fn words_of(text: &str, lang: &str, offset: usize) -> Vec<Range<usize>> {
    // UTF-16 unit → code point, for the segmenter's indices.
    let mut at_unit = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.chars().enumerate() {
        at_unit.extend(std::iter::repeat_n(i, c.len_utf16()));
    }
    at_unit.push(text.chars().count());
    let segmenter = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))
        .ok()
        .and_then(|intl| Reflect::get(&intl, &JsValue::from_str("Segmenter")).ok())
        .filter(|s| s.is_function())
        .map(|_| {
            let options = Object::new();
            let _ = Reflect::set(&options, &"granularity".into(), &"word".into());
            Intl::Segmenter::new(&Array::of1(&JsString::from(lang)), &options)
        });
    let Some(segmenter) = segmenter else {
        return letter_runs(text, offset);
    };
    let Ok(Some(segments)) = js_sys::try_iter(&segmenter.segment(text)) else {
        return letter_runs(text, offset);
    };
    segments
        .flatten()
        .filter_map(|data| {
            let data: Intl::SegmentData = data.unchecked_into();
            if data.is_word_like() != Some(true) {
                return None;
            }
            let start = data.index() as usize;
            let end = start + data.segment().length() as usize;
            let (&a, &b) = (at_unit.get(start)?, at_unit.get(end)?);
            Some(offset + a..offset + b)
        })
        .collect()
}

fn letter_runs(text: &str, offset: usize) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in text.chars().chain([' ']).enumerate() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push(offset + s..offset + i);
                start = None;
            }
            _ => {}
        }
    }
    runs
}

/// A phrase caret at `at` (code points of the document) in sentence `index`, with the
/// sentence's words; `None` for no such sentence.
pub fn phrase_caret(doc: &Document, index: usize, at: usize) -> Option<PhraseSel> {
    let s = doc.sentences.get(index)?;
    let words = words_of(&shown(&s.text), doc.language(), s.char_start);
    Some(PhraseSel::caret(
        index,
        s.char_start..s.char_end,
        at,
        Rc::from(words),
    ))
}

/// The sentence text element of sentence `index`.
fn text_of(index: usize) -> Option<web_sys::Element> {
    let selector = format!(".article [data-index=\"{index}\"] .sentence-text");
    gloo::utils::document().query_selector(&selector).ok()?
}

/// Code points of the sentence's text before `(node, offset)`; the end of the text
/// for a place after it (in the sentence's chips).
fn offset_in(text: &web_sys::Element, node: &Node, offset: u32) -> Option<usize> {
    if !text.contains(Some(node)) {
        let after = text.compare_document_position(node) & Node::DOCUMENT_POSITION_FOLLOWING != 0;
        let len = text.text_content().unwrap_or_default().chars().count();
        return Some(if after { len } else { 0 });
    }
    let range = web_sys::Range::new().ok()?;
    range.set_start(text, 0).ok()?;
    range.set_end(node, offset).ok()?;
    let before: String = range.to_string().into();
    Some(before.chars().count())
}

/// The stretch the user chose with the mouse inside sentence `index`, in code points
/// of the document, white space at its edges left out; `None` when the page's
/// selection is a caret, empty, or reaches into another sentence.
pub fn chosen_in(doc: &Document, index: usize) -> Option<Range<usize>> {
    let s = doc.sentences.get(index)?;
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let sentence = gloo::utils::document()
        .query_selector(&format!(".article [data-index=\"{index}\"]"))
        .ok()??;
    let (anchor, focus) = (selection.anchor_node()?, selection.focus_node()?);
    if !sentence.contains(Some(&anchor)) || !sentence.contains(Some(&focus)) {
        return None;
    }
    let text = text_of(index)?;
    let a = offset_in(&text, &anchor, selection.anchor_offset())?;
    let b = offset_in(&text, &focus, selection.focus_offset())?;
    let chars: Vec<char> = s.text.chars().collect();
    let (mut start, mut end) = (a.min(b).min(chars.len()), a.max(b).min(chars.len()));
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    (start < end).then(|| s.char_start + start..s.char_start + end)
}

/// Clears the page's own text selection, once the app has taken it as a phrase.
pub fn clear_page_selection() {
    if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
        let _ = selection.remove_all_ranges();
    }
}
