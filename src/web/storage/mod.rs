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

use crate::model::scroll::Scroll;
use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::annotation::{Millis, TagSet};
mod idb;
use crate::core::editor::Workspace;
use crate::core::session::tag_counts;
use crate::core::sync::{self, ChunkCache, Revision, SavedState, StateWrite, StoreError};
use crate::model::i18n::Lang;

const LANG_KEY: &str = "sentag.lang";
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

/// The tag set for new documents, read afresh each time: another tab may have changed it.
pub fn load_default_tags() -> TagSet {
    LocalStorage::get(DEFAULT_TAGS_KEY).unwrap_or_default()
}

pub fn save_default_tags(tags: &TagSet) -> Result<(), StoreError> {
    set_json(DEFAULT_TAGS_KEY, tags)
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
    /// Whether the text lives in IndexedDB (it did not fit in `localStorage`).
    #[serde(default)]
    pub in_idb: bool,
    /// A copy kept aside from a conflict shares the text of the document it copies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_id: Option<String>,
}

impl RecentEntry {
    pub fn scroll(&self) -> Scroll {
        Scroll {
            y: self.scroll,
            block: self.scroll_block,
        }
    }

    fn text_id(&self) -> &str {
        self.text_id.as_deref().unwrap_or(&self.id)
    }

    /// The entry for `workspace`, stored under `id`, saved at `now`.
    pub fn describe(id: &str, workspace: &Workspace, now: Millis) -> RecentEntry {
        RecentEntry {
            id: id.to_string(),
            title: workspace.doc.title.clone(),
            saved: now,
            sentences: workspace.doc.sentences.len(),
            counts: tag_counts(workspace),
            scroll: 0.0,
            scroll_block: None,
            in_idb: false,
            text_id: None,
        }
    }
}

/// A document's text and where it came from, stored once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocText {
    pub title: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The saved documents, most recent first.
pub fn recent() -> Vec<RecentEntry> {
    LocalStorage::get(INDEX_KEY).unwrap_or_default()
}

pub fn entry(id: &str) -> Option<RecentEntry> {
    recent().into_iter().find(|e| e.id == id)
}

fn write_index(index: &[RecentEntry]) -> Result<(), StoreError> {
    set_json(INDEX_KEY, index)
}

/// Lists a saved document first, keeping what the list knew of it (its place, where
/// its text is), and makes it the one to reopen.
pub fn list_first(entry: RecentEntry) -> Result<(), StoreError> {
    let mut index = recent();
    let known = index
        .iter()
        .position(|e| e.id == entry.id)
        .map(|at| index.remove(at));
    let entry = match known {
        Some(old) => RecentEntry {
            scroll: old.scroll,
            scroll_block: old.scroll_block,
            in_idb: old.in_idb || entry.in_idb,
            text_id: old.text_id.or(entry.text_id),
            ..entry
        },
        None => entry,
    };
    let id = entry.id.clone();
    index.insert(0, entry);
    write_index(&index)?;
    LocalStorage::raw()
        .set_item(CURRENT_KEY, &id)
        .map_err(|e| classify(&e))
}

/// Stores a document's text in `localStorage`, at once; false when it does not fit.
pub fn save_text_now(id: &str, text: &DocText) -> bool {
    serde_json::to_string(text)
        .ok()
        .is_some_and(|json| LocalStorage::raw().set_item(&text_key(id), &json).is_ok())
}

/// Stores a document's text in IndexedDB, for when `localStorage` has no room.
pub async fn save_text_indexed(id: &str, text: &DocText) -> Result<(), StoreError> {
    let json = serde_json::to_string(text).map_err(|e| StoreError::Other(e.to_string()))?;
    idb::put(&text_key(id), &json).await
}

/// A document's text, if `localStorage` holds it (no waiting).
pub fn load_text_now(entry: &RecentEntry) -> Option<DocText> {
    let json = LocalStorage::raw()
        .get_item(&text_key(entry.text_id()))
        .ok()
        .flatten()?;
    serde_json::from_str(&json).ok()
}

/// A document's text, wherever it is kept.
pub async fn load_text(entry: &RecentEntry) -> Option<DocText> {
    if let Some(text) = load_text_now(entry) {
        return Some(text);
    }
    let json = idb::get(&text_key(entry.text_id())).await?;
    serde_json::from_str(&json).ok()
}

/// The revision on the first line of a stored state, read without copying the rest of
/// it into the app: every save asks for it.
fn stored_rev(id: &str) -> Option<Revision> {
    let storage = gloo::utils::window().local_storage().ok()??;
    let get_item: js_sys::Function = js_sys::Reflect::get(&storage, &"getItem".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let stored = get_item
        .call1(&storage, &JsValue::from_str(&state_key(id)))
        .ok()?;
    let stored: js_sys::JsString = stored.dyn_into().ok()?;
    let end = u32::try_from(stored.index_of("\n", 0)).ok()?;
    Revision::parse(&String::from(stored.slice(0, end)))
}

fn raw_state(id: &str) -> Option<String> {
    LocalStorage::raw().get_item(&state_key(id)).ok().flatten()
}

fn raw_chunk(name: &str) -> Option<String> {
    let stored = LocalStorage::raw()
        .get_item(&chunk_key(name))
        .ok()
        .flatten()?;
    after_first_line(&stored).map(str::to_string)
}

/// The state stored for a document.
pub fn load_state(id: &str) -> Option<SavedState> {
    let stored = raw_state(id)?;
    SavedState::read(after_first_line(&stored)?, raw_chunk).ok()
}

/// Writes a state: the chunks the storage lacks (each new one at least), then the head.
fn put_state(id: &str, state: &StateWrite, now: Millis) -> Result<(), StoreError> {
    let storage = LocalStorage::raw();
    let full = |e: JsValue| classify(&e);
    let stamp = now.to_string();
    for chunk in &state.chunks {
        let key = chunk_key(&chunk.name);
        let stored = !chunk.fresh
            && js_sys::Reflect::has(&storage, &JsValue::from_str(&key)).unwrap_or(false);
        if !stored {
            storage
                .set_item(&key, &with_first_line(&stamp, &chunk.json))
                .map_err(full)?;
        }
    }
    storage
        .set_item(
            &state_key(id),
            &with_first_line(&state.rev.key(), &state.head),
        )
        .map_err(full)
}

/// Removes chunks that no document's head names any more, once they are old enough
/// that no tab can be about to name them.
pub fn sweep_chunks(now: Millis) {
    let storage = LocalStorage::raw();
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect();
    let named: std::collections::HashSet<String> = keys
        .iter()
        .filter(|k| k.starts_with("sentag.state."))
        .filter_map(|k| storage.get_item(k).ok().flatten())
        .flat_map(|head| {
            after_first_line(&head)
                .map(SavedState::chunk_names)
                .unwrap_or_default()
        })
        .collect();
    for key in keys.iter().filter(|k| k.starts_with(CHUNK_PREFIX)) {
        let name = &key[CHUNK_PREFIX.len()..];
        let written = storage
            .get_item(key)
            .ok()
            .flatten()
            .and_then(|v| {
                v.split_once('\n')
                    .and_then(|(t, _)| t.parse::<Millis>().ok())
            })
            .unwrap_or(0);
        if !named.contains(name) && now - written > SWEEP_AFTER_MS {
            let _ = storage.remove_item(key);
        }
    }
}

/// A document as sentag kept it before revisions (sentag JSON with its text).
pub fn load_legacy(id: &str) -> Option<String> {
    LocalStorage::raw().get_item(&legacy_key(id)).ok().flatten()
}

pub fn drop_legacy(id: &str) {
    LocalStorage::delete(legacy_key(id));
}

/// One document's state in `localStorage`, for the revision protocol ([`sync::Store`]).
/// The compare and the write happen in one task. Browsers propagate `localStorage`
/// between tabs within milliseconds, not atomically, so two saves made in the same few
/// milliseconds could both pass. Each tab then learns (the `storage` event) that the
/// stored state does not descend from its write, and merges again (`sync::Replica`).
pub struct DocStore<'a> {
    pub id: &'a str,
}

impl sync::Store for DocStore<'_> {
    fn head(&self) -> Option<Revision> {
        stored_rev(self.id)
    }

    fn load(&self) -> Option<SavedState> {
        load_state(self.id)
    }

    fn compare_and_swap(
        &mut self,
        expected: Option<&Revision>,
        state: &StateWrite,
    ) -> Result<bool, StoreError> {
        if self.head().as_ref() != expected {
            return Ok(false);
        }
        put_state(self.id, state, js_sys::Date::now() as Millis)?;
        Ok(true)
    }
}

/// Keeps `workspace` aside as a new entry in "Recent documents" (a copy of document
/// `of`, sharing its text), and returns the copy's id.
pub fn save_copy(
    of: &str,
    workspace: &Workspace,
    title: String,
    now: Millis,
) -> Result<String, StoreError> {
    let id = format!("{of}-{now}");
    let rev = Revision {
        n: 1,
        tab: "copy".into(),
    };
    let state = ChunkCache::default().write(workspace, &rev, &[], now);
    put_state(&id, &state, now)?;
    let original = entry(of);
    let copy = RecentEntry {
        title,
        in_idb: original.as_ref().is_some_and(|e| e.in_idb),
        text_id: Some(original.map_or(of.to_string(), |e| e.text_id().to_string())),
        ..RecentEntry::describe(&id, workspace, now)
    };
    let mut index = recent();
    index.insert(index.len().min(1), copy);
    write_index(&index)?;
    Ok(id)
}

/// A deleted document, held in memory so that the deletion can be undone.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    entry: RecentEntry,
    at: usize,
    state: Option<String>,
    /// The chunks its state names, in case they are swept before an undo.
    chunks: Vec<(String, String)>,
    /// The text, when no other entry shares it (else it stays where it is).
    text: Option<String>,
    legacy: Option<String>,
}

impl Removed {
    pub fn title(&self) -> &str {
        &self.entry.title
    }
}

/// Deletes a saved document, and returns what it held, for [`undo_remove`].
pub async fn remove(id: &str) -> Option<Removed> {
    let index = recent();
    let at = index.iter().position(|e| e.id == id)?;
    let entry = index[at].clone();
    let raw = LocalStorage::raw();
    let get = |key: String| raw.get_item(&key).ok().flatten();
    let shared = index
        .iter()
        .any(|e| e.id != id && e.text_id() == entry.text_id());
    let text = if shared {
        None
    } else if entry.in_idb {
        idb::get(&text_key(entry.text_id())).await
    } else {
        get(text_key(entry.text_id()))
    };
    let removed = Removed {
        chunks: get(state_key(id))
            .and_then(|head| after_first_line(&head).map(SavedState::chunk_names))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|name| get(chunk_key(&name)).map(|value| (chunk_key(&name), value)))
            .collect(),
        state: get(state_key(id)),
        legacy: get(legacy_key(id)),
        text,
        entry,
        at,
    };
    // The list first: another tab re-reads it before anything else.
    let mut index = recent();
    index.retain(|e| e.id != id);
    let _ = write_index(&index);
    for key in [state_key(id), legacy_key(id)] {
        LocalStorage::delete(key);
    }
    if removed.text.is_some() {
        let key = text_key(removed.entry.text_id());
        LocalStorage::delete(&key);
        if removed.entry.in_idb {
            idb::delete(&key).await;
        }
    }
    Some(removed)
}

/// Puts a deleted document back where it was.
pub async fn undo_remove(removed: &Removed) -> Result<(), StoreError> {
    let id = &removed.entry.id;
    if let Some(text) = &removed.text {
        let key = text_key(removed.entry.text_id());
        if removed.entry.in_idb {
            idb::put(&key, text).await?;
        } else {
            LocalStorage::raw()
                .set_item(&key, text)
                .map_err(|e| classify(&e))?;
        }
    }
    let raw = LocalStorage::raw();
    for (key, value) in &removed.chunks {
        raw.set_item(key, value).map_err(|e| classify(&e))?;
    }
    let parts = [
        (state_key(id), &removed.state),
        (legacy_key(id), &removed.legacy),
    ];
    for (key, value) in parts {
        if let Some(value) = value {
            raw.set_item(&key, value).map_err(|e| classify(&e))?;
        }
    }
    let mut index = recent();
    index.retain(|e| e.id != *id);
    index.insert(removed.at.min(index.len()), removed.entry.clone());
    write_index(&index)
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
        let _ = write_index(&index);
    }
}
