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
    use js_sys::Reflect;
    use sentag::core::format::job::ExportJob;
    use wasm_bindgen::JsValue;

    sentag::web::worker::serve(|data| {
        let job = Reflect::get(data, &JsValue::from_str("job"))
            .ok()
            .and_then(|j| j.as_string())
            .and_then(|j| serde_json::from_str::<ExportJob>(&j).ok());
        match job.map(|job| job.run()) {
            Some(Ok(file)) => vec![
                ("name", file.name),
                ("mime", file.mime),
                ("body", file.body),
            ],
            Some(Err(error)) => vec![("error", error.code().to_string())],
            None => vec![(
                "failed",
                "the exporter got no job it could read".to_string(),
            )],
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the exporter is a web worker of the sentag app; `make dist` builds it.");
    std::process::exit(2);
}
