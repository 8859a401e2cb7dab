//! A document's text: stored once, in `localStorage` when it fits, else in IndexedDB.

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use super::{RecentEntry, idb, text_key};
use crate::core::sync::StoreError;

/// A document's text and where it came from, stored once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocText {
    pub title: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
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

fn stored_now(entry: &RecentEntry) -> Option<String> {
    LocalStorage::raw()
        .get_item(&text_key(entry.text_id()))
        .ok()
        .flatten()
}

/// The stored form of a document's text, wherever it is kept: the one lookup of
/// `localStorage`, then IndexedDB.
pub(super) async fn stored(entry: &RecentEntry) -> Option<String> {
    match stored_now(entry) {
        Some(json) => Some(json),
        None => idb::get(&text_key(entry.text_id())).await,
    }
}

/// A document's text, if `localStorage` holds it (no waiting).
pub fn load_text_now(entry: &RecentEntry) -> Option<DocText> {
    serde_json::from_str(&stored_now(entry)?).ok()
}

/// A document's text, wherever it is kept.
pub async fn load_text(entry: &RecentEntry) -> Option<DocText> {
    serde_json::from_str(&stored(entry).await?).ok()
}
