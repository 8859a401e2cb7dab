//! Writing an export in the export worker (`src/bin/exporter.rs`, started by
//! `static/exporter_loader.js`), downloaded the first time the user exports.

use js_sys::Object;
use wasm_bindgen::JsValue;

use crate::core::format::job::{ExportFile, ExportJob, JobError};
use crate::web::worker::{call, field, set};

/// Where Trunk puts the worker's loader, relative to the page.
const LOADER: &str = "./exporter_loader.js";

/// Why an export did not come back.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportError {
    /// The worker could not write it.
    Job(JobError),
    /// The worker failed (could not load, say), in the browser's words.
    Worker(String),
}

/// The file for `job`.
pub async fn export(job: &ExportJob) -> Result<ExportFile, ExportError> {
    let payload = Object::new();
    {
        let request = serde_json::to_string(job).map_err(|e| ExportError::Worker(e.to_string()))?;
        set(&payload, "job", &JsValue::from_str(&request));
    }
    let data = call(LOADER, &payload, None)
        .await
        .map_err(ExportError::Worker)?;
    drop(payload);
    if let Some(code) = field(&data, "error") {
        let error = JobError::from_code(&code).map_or(ExportError::Worker(code), ExportError::Job);
        return Err(error);
    }
    match (
        field(&data, "name"),
        field(&data, "mime"),
        field(&data, "body"),
    ) {
        (Some(name), Some(mime), Some(body)) => Ok(ExportFile { name, mime, body }),
        _ => Err(ExportError::Worker(
            "the worker's answer was not understood".into(),
        )),
    }
}
