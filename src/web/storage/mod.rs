//! Browser storage: the saved documents and their index, and the preferences (UI
//! language, default tag set).
//!
//! A document is kept in parts. Its text (`sentag.text.<id>`), written once, in
//! `localStorage` where it fits, else in IndexedDB. Its state's head
//! (`sentag.state.<id>`: the revision on a line of its own, then the fixes, the tag set
//! and the names of its chunks of marks), rewritten by [`DocStore`] only on top of the
//! revision a tab last read. The chunks (`sentag.chunk.<name>`), named by a hash of
//! their content, so they never change once written and documents share them; a save
//! writes only the chunks an edit touched. The index (`sentag.docs`) lists the
//! documents for "Recent documents".
//!
//! One API for the app: `localStorage` and IndexedDB are behind it.

mod idb;
mod index;
mod state;
mod text;

use gloo::storage::{LocalStorage, Storage};
use serde::Serialize;
use wasm_bindgen::JsValue;

pub use index::{
    RecentEntry, Removed, current_id, entry, list_first, recent, remove, save_scroll, undo_remove,
};
pub use state::{DocStore, drop_legacy, load_legacy, load_state, save_copy, sweep_chunks};
pub use text::{DocText, load_text, load_text_now, save_text_indexed, save_text_now};

use crate::core::annotation::TagSet;
use crate::core::sync::StoreError;
use crate::model::i18n::Lang;

const LANG_KEY: &str = "sentag.lang";
const SUGGEST_KEY: &str = "sentag.suggest";
const AUTHOR_KEY: &str = "sentag.author";
const DEFAULT_TAGS_KEY: &str = "sentag.default-tags";
const INDEX_KEY: &str = "sentag.docs";
const CURRENT_KEY: &str = "sentag.current";

fn text_key(id: &str) -> String {
    format!("sentag.text.{id}")
}

/// The key whose change tells other tabs (through the `storage` event) of a new state.
pub fn state_key(id: &str) -> String {
    format!("sentag.state.{id}")
}

const CHUNK_PREFIX: &str = "sentag.chunk.";

fn chunk_key(name: &str) -> String {
    format!("{CHUNK_PREFIX}{name}")
}

/// A value stored with a first line of its own (a revision, or a time).
fn with_first_line(first: &str, rest: &str) -> String {
    format!("{first}\n{rest}")
}

fn after_first_line(value: &str) -> Option<&str> {
    value.split_once('\n').map(|(_, rest)| rest)
}

/// Unchanged chunks older than this that no head names are swept away at start-up. A
/// chunk is written before the head that names it, so a young one may be in use soon.
const SWEEP_AFTER_MS: i64 = 10 * 60 * 1000;

/// Where sentag before revisions kept a whole document (text and marks) in one value.
fn legacy_key(id: &str) -> String {
    format!("sentag.doc.{id}")
}

/// What a storage exception means: full, not allowed, or the browser's own words.
fn classify(error: &JsValue) -> StoreError {
    let name = js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string());
    match name.as_deref() {
        Some("QuotaExceededError") => StoreError::Full,
        Some("SecurityError" | "InvalidStateError") => StoreError::Unavailable,
        _ => StoreError::Other(crate::web::io::describe(error.clone())),
    }
}

/// Stores `value` as JSON under `key` in `localStorage`.
fn set_json<T: Serialize + ?Sized>(key: &str, value: &T) -> Result<(), StoreError> {
    let json = serde_json::to_string(value).map_err(|e| StoreError::Other(e.to_string()))?;
    LocalStorage::raw()
        .set_item(key, &json)
        .map_err(|e| classify(&e))
}

/// The stored language, else the browser's.
pub fn load_lang() -> Lang {
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .or_else(|| gloo::utils::window().navigator().language())
        .map_or(Lang::En, |code| Lang::from_code(&code))
}

pub fn save_lang(lang: Lang) {
    // A preference that cannot be stored (private mode) is not worth a warning.
    let _ = LocalStorage::set(LANG_KEY, lang.code());
}

/// Whether the user wants suggested tags (yes, unless they switched them off).
pub fn load_suggest() -> bool {
    LocalStorage::get::<bool>(SUGGEST_KEY).unwrap_or(true)
}

pub fn save_suggest(on: bool) {
    let _ = LocalStorage::set(SUGGEST_KEY, on);
}

/// The user's name, for the credits; empty when they gave none.
pub fn load_author() -> String {
    LocalStorage::get::<String>(AUTHOR_KEY).unwrap_or_default()
}

pub fn save_author(name: &str) {
    let _ = LocalStorage::set(AUTHOR_KEY, name);
}

/// The tag set for new documents, read afresh each time: another tab may have changed it.
pub fn load_default_tags() -> TagSet {
    LocalStorage::get(DEFAULT_TAGS_KEY).unwrap_or_default()
}

pub fn save_default_tags(tags: &TagSet) -> Result<(), StoreError> {
    set_json(DEFAULT_TAGS_KEY, tags)
}
