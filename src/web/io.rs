//! The browser's input and output: reading files, fetching a URL, downloads and the
//! clipboard. Components ask for these; the reducer never does.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// A file's bytes.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let blob = gloo::file::Blob::from(file.clone());
    gloo::file::futures::read_as_bytes(&blob)
        .await
        .map_err(|e| e.to_string())
}

/// The bytes at `url`, fetched from this site or a CORS-enabled one.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let response = match early_fetch(url) {
        Some(reply) => reply.await?,
        None => {
            let window = gloo::utils::window();
            JsFuture::from(window.fetch_with_str(url))
                .await
                .map_err(describe)?
        }
    };
    let response: web_sys::Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(describe)?)
        .await
        .map_err(describe)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The reply to the fetch of `url` that `early_fetch.js` began before the app started,
/// taken once; `None` when it began none for this address.
fn early_fetch(url: &str) -> Option<impl Future<Output = Result<JsValue, String>>> {
    let window = gloo::utils::window();
    let key = JsValue::from_str("sentagEarlyFetch");
    let early = js_sys::Reflect::get(&window, &key).ok()?;
    let src = js_sys::Reflect::get(&early, &"src".into())
        .ok()?
        .as_string()?;
    if src != url {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let reply: js_sys::Promise = js_sys::Reflect::get(&early, &"reply".into())
        .ok()?
        .dyn_into()
        .ok()?;
    Some(async move {
        let reply = JsFuture::from(reply).await.map_err(describe)?;
        let response = js_sys::Reflect::get(&reply, &"response".into()).map_err(describe)?;
        if response.is_undefined() {
            let error = js_sys::Reflect::get(&reply, &"error".into()).map_err(describe)?;
            return Err(error
                .as_string()
                .unwrap_or_else(|| "the request failed".into()));
        }
        Ok(response)
    })
}

/// The message of a JavaScript error, for a notice.
pub fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the request failed".into())
}

/// Offers `bytes` as a download named `name`.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let anchor: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(describe)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    Url::revoke_object_url(&url).map_err(describe)
}

/// A plain-text `Blob` of `text`, as the clipboard takes it.
pub fn text_blob(text: &str) -> Result<Blob, String> {
    let options = BlobPropertyBag::new();
    options.set_type("text/plain");
    Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(text)), &options)
        .map_err(describe)
}

/// Puts on the clipboard the text that `blob()` (a promise of a [`text_blob`]) resolves
/// to, asking now, while the user's click still counts: Safari refuses a clipboard
/// write made after an await, and `ClipboardItem` takes a promise. `None` (and `blob`
/// not called) where the browser has no `ClipboardItem`.
pub fn copy_blob_later(blob: impl FnOnce() -> js_sys::Promise) -> Option<js_sys::Promise> {
    let window = gloo::utils::window();
    let item_class: js_sys::Function = js_sys::Reflect::get(&window, &"ClipboardItem".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"text/plain".into(), &blob()).ok()?;
    let item = js_sys::Reflect::construct(&item_class, &Array::of1(&data)).ok()?;
    let clipboard = window.navigator().clipboard();
    let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"write".into())
        .ok()?
        .dyn_into()
        .ok()?;
    write
        .call1(&clipboard, &Array::of1(&item))
        .ok()?
        .dyn_into()
        .ok()
}

/// Puts `text` on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = gloo::utils::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(describe)
}

/// The `src` parameter of the page's URL, if any.
pub fn src_parameter() -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("src")
        .filter(|s| !s.is_empty())
}
