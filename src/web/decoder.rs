//! Decoding a file that is not UTF-8, laying out a PDF's text and reading a Word file,
//! in the decoder worker (`src/bin/decoder.rs`, started by `static/decoder_loader.js`).

use js_sys::{Object, Uint8Array};

use crate::core::decode::DecodeError;
use crate::core::docx::DocxError;
use crate::web::worker::{call, field, set};

/// Where Trunk puts the worker's loader, relative to the page.
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
    let payload = Object::new();
    let array = Uint8Array::from(bytes);
    set(&payload, "bytes", &array);
    // The buffer moves to the worker instead of being copied a second time.
    let data = call(LOADER, &payload, Some(&array.buffer())).await?;
    if let Some(error) = field(&data, "error")
        .as_deref()
        .and_then(DecodeError::from_code)
    {
        return Ok(Reply::Refused(error));
    }
    match (field(&data, "text"), field(&data, "encoding")) {
        (Some(text), Some(encoding)) => Ok(Reply::Text { text, encoding }),
        _ => Err("the worker's answer was not understood".into()),
    }
}

/// A PDF's text from its pages as the PDF worker read them (JSON), laid out by
/// `core::pdf_layout` in the worker, with the PDF's metadata title if it names the
/// document. `Err` means the worker itself failed.
pub async fn pdf_text(pages: &str, title: &str) -> Result<(String, Option<String>), String> {
    let payload = Object::new();
    set(&payload, "pdf", &pages.into());
    set(&payload, "title", &title.into());
    let data = call(LOADER, &payload, None).await?;
    let text = field(&data, "text").ok_or("the worker's answer was not understood")?;
    let title = field(&data, "title").filter(|t| !t.is_empty());
    Ok((text, title))
}

/// What the worker made of a Word file.
pub enum WordReply {
    Text {
        text: String,
        title: Option<String>,
    },
    /// Not a Word document it can read.
    Refused(DocxError),
}

/// Reads a Word file in the worker (`{ docx }`); `Err` as for [`decode`].
pub async fn docx(bytes: &[u8]) -> Result<WordReply, String> {
    let payload = Object::new();
    let array = Uint8Array::from(bytes);
    set(&payload, "docx", &array);
    let data = call(LOADER, &payload, Some(&array.buffer())).await?;
    if let Some(error) = field(&data, "error")
        .as_deref()
        .and_then(DocxError::from_code)
    {
        return Ok(WordReply::Refused(error));
    }
    match field(&data, "text") {
        Some(text) => Ok(WordReply::Text {
            text,
            title: field(&data, "title"),
        }),
        None => Err("the worker's answer was not understood".into()),
    }
}
