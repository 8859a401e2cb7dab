//! Decoding a file that is not UTF-8 in the decoder worker (`src/bin/decoder.rs`,
//! which Trunk builds next to the app, started by `static/decoder_loader.js`). One
//! worker per file: such files are rare, and a finished worker gives its memory back.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Event, MessageEvent, Worker};

use crate::core::decode::DecodeError;
use crate::web::io::describe;

/// Where Trunk puts the worker, relative to the page, so any sub-path works.
const LOADER: &str = "./decoder_loader.js";

/// What the worker made of the bytes.
pub enum Reply {
    Text {
        text: String,
        encoding: String,
    },
    /// Not text.
    Refused(DecodeError),
}

/// Decodes `bytes` in the worker. `Err` means the worker itself failed (it could not
/// be loaded, say offline before the app was cached), with the browser's reason.
pub async fn decode(bytes: &[u8]) -> Result<Reply, String> {
    let worker = Worker::new(LOADER).map_err(describe)?;
    let payload = Object::new();
    let array = Uint8Array::from(bytes);
    set(&payload, "bytes", &array);

    let mut settle: Option<(Function, Function)> = None;
    let promise = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve, reject) = settle.expect("a Promise runs its executor at once");

    let sender = worker.clone();
    let failed = reject.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        if data.as_string().as_deref() == Some("ready") {
            // The buffer moves to the worker instead of being copied a second time.
            let transfer = Array::of1(&array.buffer());
            if let Err(error) = sender.post_message_with_transfer(&payload, &transfer) {
                let _ = failed.call1(&JsValue::NULL, &error);
            }
        } else {
            let _ = resolve.call1(&JsValue::NULL, &data);
        }
    });
    let on_error = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        event.prevent_default();
        let why = JsValue::from_str("the worker did not start");
        let _ = reject.call1(&JsValue::NULL, &why);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));

    let outcome = JsFuture::from(promise).await;
    worker.terminate();
    let data = outcome.map_err(describe)?;
    let field = |key: &str| {
        Reflect::get(&data, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_string())
    };
    if let Some(why) = field("failed") {
        return Err(why);
    }
    if let Some(error) = field("error").as_deref().and_then(DecodeError::from_code) {
        return Ok(Reply::Refused(error));
    }
    match (field("text"), field("encoding")) {
        (Some(text), Some(encoding)) => Ok(Reply::Text { text, encoding }),
        _ => Err("the worker's answer was not understood".into()),
    }
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}
