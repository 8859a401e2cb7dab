//! Our workers (`src/bin/decoder.rs`, `src/bin/exporter.rs`, and the PDF reader
//! `static/pdf_worker.mjs`), both sides: [`call`] sends one request from the page,
//! [`serve`] answers it in a wasm worker. Each loads only when it is needed. One worker
//! per request: they are rare, and a finished worker gives its memory back.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Event, MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::web::io::describe;

/// Starts the worker at `loader` (relative to the page, so any sub-path works), sends
/// it `payload` once it says `"ready"` (moving `transfer`, if any, instead of copying
/// it), and returns its answer. `Err` is the worker failing, in the browser's words.
pub async fn call(
    loader: &str,
    payload: &Object,
    transfer: Option<&JsValue>,
) -> Result<Object, String> {
    exchange(Worker::new(loader).map_err(describe)?, payload, transfer).await
}

/// [`call`] for a worker that is a JavaScript module (`static/pdf_worker.mjs`).
pub async fn call_module(
    url: &str,
    payload: &Object,
    transfer: Option<&JsValue>,
) -> Result<Object, String> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(url, &options).map_err(describe)?;
    exchange(worker, payload, transfer).await
}

async fn exchange(
    worker: Worker,
    payload: &Object,
    transfer: Option<&JsValue>,
) -> Result<Object, String> {
    let mut settle: Option<(Function, Function)> = None;
    let promise = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve, reject) = settle.expect("a Promise runs its executor at once");

    let sender = worker.clone();
    let failed = reject.clone();
    let payload = payload.clone();
    let transfer = transfer.cloned();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        if data.as_string().as_deref() == Some("ready") {
            let sent = match &transfer {
                Some(item) => sender.post_message_with_transfer(&payload, &Array::of1(item)),
                None => sender.post_message(&payload),
            };
            if let Err(error) = sent {
                let _ = failed.call1(&JsValue::NULL, &error);
            }
        } else {
            let _ = resolve.call1(&JsValue::NULL, &data);
        }
    });
    let on_error = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        event.prevent_default();
        // An ErrorEvent says what went wrong (a crash, out of memory); a bare error
        // event is a worker that could not start.
        let message = Reflect::get(&event, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .filter(|m| !m.is_empty());
        let why = JsValue::from_str(message.as_deref().unwrap_or("the worker did not start"));
        let _ = reject.call1(&JsValue::NULL, &why);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));

    let outcome = JsFuture::from(promise).await;
    worker.terminate();
    let data: Object = outcome.map_err(describe)?.dyn_into().map_err(describe)?;
    if let Some(why) = field(&data, "failed") {
        return Err(why);
    }
    Ok(data)
}

/// A string field of an answer.
pub fn field(data: &Object, key: &str) -> Option<String> {
    Reflect::get(data, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
}

/// Sets a field of a request.
pub fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

/// The worker side of [`call`]: says `"ready"`, then answers each request with the
/// string fields `answer` gives (`failed` for a request it cannot read).
pub fn serve(answer: impl Fn(&JsValue) -> Vec<(&'static str, String)> + 'static) {
    use web_sys::DedicatedWorkerGlobalScope;

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let reply = Object::new();
        for (key, value) in answer(&event.data()) {
            set(&reply, key, &JsValue::from_str(&value));
        }
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives for one request; the handler must outlive this function.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
