//! The decoder worker: decodes a file that is not UTF-8 (GBK, Big5, UTF-16…) off the
//! main thread. It is a wasm module of its own, so `chardetng` and the encoding
//! tables are downloaded only when such a file is opened, not with the app.
//!
//! Protocol: the worker posts `"ready"`; it then takes one `{ bytes }` and answers
//! `{ text, encoding }` or `{ error }` (a `DecodeError::code`, which the app words).
//! If its wasm cannot start, its loader (`static/decoder_loader.js`) posts
//! `{ failed }` instead.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Object, Reflect, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let get = |key: &str| Reflect::get(&data, &JsValue::from_str(key)).unwrap_or_default();
        let bytes = get("bytes").dyn_into::<Uint8Array>().map(|b| b.to_vec());
        let reply = Object::new();
        let set = |key: &str, value: &str| {
            let _ = Reflect::set(&reply, &JsValue::from_str(key), &JsValue::from_str(value));
        };
        match bytes.as_deref().map(sentag::core::decode::decode) {
            Ok(Ok(decoded)) => {
                set("text", &decoded.text);
                set("encoding", decoded.encoding);
            }
            Ok(Err(error)) => set("error", &error.code()),
            Err(_) => set("failed", "the decoder got no bytes"),
        }
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives for one file; the handler must outlive this function.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the decoder is a web worker of the sentag app; `make dist` builds it.");
    std::process::exit(2);
}
