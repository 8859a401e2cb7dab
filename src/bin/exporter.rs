//! The export worker: writes sentag JSON, W3C JSON-LD, CSV or the handout off the main
//! thread. It is a wasm module of its own, so the export code is downloaded only when
//! the user first exports, not with the app.
//!
//! Protocol: the worker posts `"ready"`; it then takes one `{ job }` (an
//! `ExportJob` as JSON) and answers `{ name, mime, body }` or `{ error }` (a
//! `JobError::code`). If its wasm cannot start, its loader
//! (`static/exporter_loader.js`) posts `{ failed }` instead.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Object, Reflect};
    use sentag::core::format::job::ExportJob;
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let job = Reflect::get(&event.data(), &JsValue::from_str("job"))
            .ok()
            .and_then(|j| j.as_string());
        let reply = Object::new();
        let set = |key: &str, value: &str| {
            let _ = Reflect::set(&reply, &JsValue::from_str(key), &JsValue::from_str(value));
        };
        let job = job.ok_or_else(|| "the exporter got no job".to_string());
        match job.and_then(|j| serde_json::from_str::<ExportJob>(&j).map_err(|e| e.to_string())) {
            Ok(job) => match job.run() {
                Ok(file) => {
                    set("name", &file.name);
                    set("mime", &file.mime);
                    set("body", &file.body);
                }
                Err(error) => set("error", error.code()),
            },
            Err(why) => set("failed", &why),
        }
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives for one export; the handler must outlive this function.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the exporter is a web worker of the sentag app; `make dist` builds it.");
    std::process::exit(2);
}
