//! A small IndexedDB key-value store for documents too large for `localStorage`.

use js_sys::Promise;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

use super::classify;
use crate::core::sync::StoreError;

const DB_NAME: &str = "sentag";
const STORE: &str = "documents";

/// Waits for an IndexedDB request to succeed or fail.
async fn finished(request: &IdbRequest) -> Result<JsValue, StoreError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let failed = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move || {
            let error = js_sys::Reflect::get(&failed, &"error".into()).unwrap_or_default();
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(|e| classify(&e))
}

async fn open() -> Result<IdbDatabase, StoreError> {
    let factory = gloo::utils::window()
        .indexed_db()
        .ok()
        .flatten()
        .ok_or(StoreError::Unavailable)?;
    let request = factory
        .open_with_u32(DB_NAME, 1)
        .map_err(|_| StoreError::Unavailable)?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let request: IdbRequest = event.target().expect("an open request").unchecked_into();
        let db: IdbDatabase = request.result().expect("a database").unchecked_into();
        if !db.object_store_names().contains(STORE) {
            let _ = db.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = finished(&request).await?;
    drop(upgrade);
    Ok(db.unchecked_into())
}

fn store(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<web_sys::IdbObjectStore, StoreError> {
    db.transaction_with_str_and_mode(STORE, mode)
        .and_then(|t| t.object_store(STORE))
        .map_err(|e| classify(&e))
}

/// Stores `value` under `key`.
pub async fn put(key: &str, value: &str) -> Result<(), StoreError> {
    let db = open().await?;
    let request = store(&db, IdbTransactionMode::Readwrite)?
        .put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))
        .map_err(|e| classify(&e))?;
    finished(&request).await.map(|_| ())
}

/// The value under `key`, if there is one and IndexedDB can be read.
pub async fn get(key: &str) -> Option<String> {
    let db = open().await.ok()?;
    let request = store(&db, IdbTransactionMode::Readonly)
        .ok()?
        .get(&JsValue::from_str(key))
        .ok()?;
    finished(&request).await.ok()?.as_string()
}

/// Deletes `key`, if it can.
pub async fn delete(key: &str) {
    if let Ok(db) = open().await
        && let Ok(store) = store(&db, IdbTransactionMode::Readwrite)
        && let Ok(request) = store.delete(&JsValue::from_str(key))
    {
        let _ = finished(&request).await;
    }
}
