//! The list of saved documents ("Recent documents"), which one is open, and deleting
//! one with an undo.

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use super::{
    CURRENT_KEY, INDEX_KEY, after_first_line, chunk_key, classify, idb, legacy_key, set_json,
    state_key, text_key,
};
use crate::core::annotation::Millis;
use crate::core::editor::Workspace;
use crate::core::session::tag_counts;
use crate::core::sync::{SavedState, StoreError};
use crate::model::scroll::Scroll;

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
    /// survives a reload where `scroll` does not (see `web::scroll`).
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

    pub(super) fn text_id(&self) -> &str {
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

/// The saved documents, most recent first.
pub fn recent() -> Vec<RecentEntry> {
    LocalStorage::get(INDEX_KEY).unwrap_or_default()
}

pub fn entry(id: &str) -> Option<RecentEntry> {
    recent().into_iter().find(|e| e.id == id)
}

pub(super) fn write_index(index: &[RecentEntry]) -> Result<(), StoreError> {
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
    // JSON, as `current_id` reads it back.
    set_json(CURRENT_KEY, &id)
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
    } else {
        super::text::stored(&entry).await
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
