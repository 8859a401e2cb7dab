//! Reading a PDF in the PDF worker (`static/pdf_worker.mjs`, pdf.js), which is started
//! only when a PDF is opened: the positioned text of its pages, and its own title.

use js_sys::{Object, Uint8Array};

use crate::core::pdf_layout::PdfError;
use crate::web::worker::{call_module, field, set};

/// Where Trunk puts the worker, relative to the page.
const WORKER: &str = "./pdf_worker.mjs";

/// What pdf.js read.
pub struct Extracted {
    /// The pages as JSON (`core::pdf_layout::Page`s), for the decoder worker's layout.
    pub pages: String,
    /// The PDF's metadata title, possibly empty.
    pub title: String,
}

/// Why a PDF could not be read.
pub enum Failure {
    /// The PDF's own fault: a password, damage.
    Refused(PdfError),
    /// The worker failed (it could not be loaded, say offline before it was cached),
    /// in the browser's words.
    Worker(String),
}

/// Reads `bytes` in the PDF worker.
pub async fn read(bytes: &[u8]) -> Result<Extracted, Failure> {
    let payload = Object::new();
    let array = Uint8Array::from(bytes);
    set(&payload, "bytes", &array);
    // The buffer moves to the worker instead of being copied a second time.
    let data = call_module(WORKER, &payload, Some(&array.buffer()))
        .await
        .map_err(Failure::Worker)?;
    if let Some(code) = field(&data, "error") {
        return Err(PdfError::from_code(&code).map_or_else(
            || Failure::Worker(format!("unexpected answer {code}")),
            Failure::Refused,
        ));
    }
    match field(&data, "pages") {
        Some(pages) => Ok(Extracted {
            pages,
            title: field(&data, "title").unwrap_or_default(),
        }),
        None => Err(Failure::Worker(
            "the PDF worker's answer was not understood".into(),
        )),
    }
}
