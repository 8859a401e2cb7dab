//! A document's state: a head with its revision, and chunks of marks named by their
//! content; the store the revision protocol writes through; copies; the sweep.

use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use super::index::write_index;
use super::{
    CHUNK_PREFIX, RecentEntry, SWEEP_AFTER_MS, after_first_line, chunk_key, classify, entry,
    legacy_key, recent, state_key, with_first_line,
};
use crate::core::annotation::Millis;
use crate::core::editor::Workspace;
use crate::core::sync::{self, ChunkCache, Revision, SavedState, StateWrite, StoreError};

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
