//! Writing an export in the export worker (`src/bin/exporter.rs`, started by
//! `static/exporter_loader.js`), downloaded the first time the user exports.

use js_sys::Object;
use wasm_bindgen::JsValue;

use crate::core::format::job::{ExportFile, ExportJob};
use crate::web::worker::{call, field, set};

/// Where Trunk puts the worker's loader, relative to the page.
const LOADER: &str = "./exporter_loader.js";

/// The file for `job`. `Err` is the worker failing, or the document not readable.
pub async fn export(job: &ExportJob) -> Result<ExportFile, String> {
    let request = serde_json::to_string(job).map_err(|e| e.to_string())?;
    let payload = Object::new();
    set(&payload, "job", &JsValue::from_str(&request));
    let data = call(LOADER, &payload, None).await?;
    if let Some(why) = field(&data, "error") {
        return Err(why);
    }
    let file = field(&data, "file").ok_or("the worker's answer was not understood")?;
    serde_json::from_str(&file).map_err(|e| e.to_string())
}
