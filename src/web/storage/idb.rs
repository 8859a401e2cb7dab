//! A small IndexedDB key-value store for documents too large for `localStorage`.

use js_sys::Promise;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DB_NAME: &str = "sentag";
const STORE: &str = "documents";

/// Waits for an IndexedDB request to succeed or fail.
async fn finished(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move |event: web_sys::Event| {
            let _ = reject.call1(&JsValue::NULL, &event);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map_err(|_| "IndexedDB refused the request".to_string())
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = gloo::utils::window()
        .indexed_db()
        .map_err(|_| "IndexedDB is not available".to_string())?
        .ok_or("IndexedDB is not available")?;
    let request = factory
        .open_with_u32(DB_NAME, 1)
        .map_err(|_| "IndexedDB is not available".to_string())?;
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

fn store(db: &IdbDatabase, mode: IdbTransactionMode) -> Result<web_sys::IdbObjectStore, String> {
    db.transaction_with_str_and_mode(STORE, mode)
        .and_then(|t| t.object_store(STORE))
        .map_err(|_| "IndexedDB refused the transaction".to_string())
}

pub async fn put(key: &str, value: &str) -> Result<(), String> {
    let db = open().await?;
    let request = store(&db, IdbTransactionMode::Readwrite)?
        .put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))
        .map_err(|_| "IndexedDB refused the document".to_string())?;
    finished(&request).await.map(|_| ())
}

pub async fn get(key: &str) -> Option<String> {
    let db = open().await.ok()?;
    let request = store(&db, IdbTransactionMode::Readonly)
        .ok()?
        .get(&JsValue::from_str(key))
        .ok()?;
    finished(&request).await.ok()?.as_string()
}

pub async fn delete(key: &str) {
    if let Ok(db) = open().await
        && let Ok(request) = store(&db, IdbTransactionMode::Readwrite)
            .and_then(|s| s.delete(&JsValue::from_str(key)).map_err(|_| String::new()))
    {
        let _ = finished(&request).await;
    }
}
