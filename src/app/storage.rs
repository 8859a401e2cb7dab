//! Browser storage: the saved documents and their index, and the preferences
//! (UI language, default tag set). Documents go to `localStorage` where they fit,
//! else to IndexedDB; the index and the preferences always live in `localStorage`.

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use crate::annotation::{Millis, TagSet};
use crate::app::idb;
use crate::i18n::Lang;

const LANG_KEY: &str = "sentag.lang";
const DEFAULT_TAGS_KEY: &str = "sentag.default-tags";
const INDEX_KEY: &str = "sentag.docs";
const CURRENT_KEY: &str = "sentag.current";

fn doc_key(id: &str) -> String {
    format!("sentag.doc.{id}")
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

pub fn load_default_tags() -> TagSet {
    LocalStorage::get(DEFAULT_TAGS_KEY).unwrap_or_default()
}

pub fn save_default_tags(tags: &TagSet) -> Result<(), String> {
    LocalStorage::set(DEFAULT_TAGS_KEY, tags).map_err(|e| e.to_string())
}

/// Where the reader had scrolled to.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scroll {
    /// The page's offset, in pixels.
    pub y: f64,
    /// In a windowed article: the block at the top of the viewport, and how far into it.
    pub block: Option<(usize, f64)>,
}

impl RecentEntry {
    pub fn scroll(&self) -> Scroll {
        Scroll {
            y: self.scroll,
            block: self.scroll_block,
        }
    }
}

/// One saved document, as the "recent documents" list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecentEntry {
    pub id: String,
    pub title: String,
    pub saved: Millis,
    pub sentences: usize,
    /// Tag label and count, for the tags in use.
    pub counts: Vec<(String, usize)>,
    #[serde(default)]
    pub scroll: f64,
    /// In a long (windowed) article: the block at the top and how far into it, which
    /// survives a reload where `scroll` does not (see `app::scroll`).
    #[serde(default)]
    pub scroll_block: Option<(usize, f64)>,
    /// Whether the document lives in IndexedDB (it did not fit in `localStorage`).
    #[serde(default)]
    pub in_idb: bool,
}

/// The saved documents, most recent first.
pub fn recent() -> Vec<RecentEntry> {
    LocalStorage::get(INDEX_KEY).unwrap_or_default()
}

fn put_entry(entry: RecentEntry) -> Result<(), String> {
    let mut index = recent();
    index.retain(|e| e.id != entry.id);
    let id = entry.id.clone();
    index.insert(0, entry);
    LocalStorage::set(INDEX_KEY, &index).map_err(|e| e.to_string())?;
    LocalStorage::set(CURRENT_KEY, id).map_err(|e| e.to_string())
}

/// Saves a document (sentag JSON with its text) in `localStorage` and moves it to
/// the top of the list. Fails when it does not fit; see [`save_document_indexed`].
pub fn save_document(entry: RecentEntry, json: &str) -> Result<(), String> {
    LocalStorage::raw()
        .set_item(&doc_key(&entry.id), json)
        .map_err(|_| "the browser's storage is full or unavailable".to_string())?;
    put_entry(RecentEntry {
        in_idb: false,
        ..entry
    })
}

/// Saves a document in IndexedDB, for when `localStorage` has no room.
pub async fn save_document_indexed(entry: RecentEntry, json: &str) -> Result<(), String> {
    idb::put(&doc_key(&entry.id), json).await?;
    LocalStorage::delete(doc_key(&entry.id));
    put_entry(RecentEntry {
        in_idb: true,
        ..entry
    })
}

pub async fn load_document(id: &str) -> Option<String> {
    if let Some(json) = LocalStorage::raw().get_item(&doc_key(id)).ok().flatten() {
        return Some(json);
    }
    let indexed = recent().iter().any(|e| e.id == id && e.in_idb);
    if indexed {
        idb::get(&doc_key(id)).await
    } else {
        None
    }
}

pub fn delete_document(id: &str) {
    LocalStorage::delete(doc_key(id));
    let mut index = recent();
    index.retain(|e| e.id != id);
    let _ = LocalStorage::set(INDEX_KEY, &index);
    let key = doc_key(id);
    wasm_bindgen_futures::spawn_local(async move { idb::delete(&key).await });
}

/// The document that was open last.
pub fn current_id() -> Option<String> {
    LocalStorage::get(CURRENT_KEY).ok()
}

/// Remembers how far the document was scrolled.
pub fn save_scroll(id: &str, scroll: Scroll) {
    let mut index = recent();
    if let Some(entry) = index.iter_mut().find(|e| e.id == id) {
        entry.scroll = scroll.y;
        entry.scroll_block = scroll.block;
        let _ = LocalStorage::set(INDEX_KEY, &index);
    }
}
