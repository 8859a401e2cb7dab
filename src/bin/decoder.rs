//! The decoder worker: decodes a file that is not UTF-8 (GBK, Big5, UTF-16…) off the
//! main thread, and lays out the text that the PDF worker read from a PDF. It is a
//! wasm module of its own, so `chardetng`, the encoding tables and the PDF layout are
//! downloaded only when such a file is opened, not with the app.
//!
//! Protocol: the worker posts `"ready"`; it then takes one `{ bytes }` and answers
//! `{ text, encoding }` or `{ error }` (a `DecodeError::code`, which the app words);
//! or one `{ pdf, title }` (pages as JSON, see `core::pdf_layout::Page`, and the PDF's
//! metadata title) and answers `{ text, title }` (the title if it names the document);
//! or one `{ docx }` (a Word file's bytes) and answers `{ text, title }` (`title` only
//! if the document has one) or `{ error }` (a `DocxError::code`).
//! If its wasm cannot start, its loader (`static/decoder_loader.js`) posts
//! `{ failed }` instead.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Reflect, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};

    sentag::web::worker::serve(|data| {
        let field = |key: &str| Reflect::get(data, &JsValue::from_str(key)).ok();
        if let Some(pages) = field("pdf").and_then(|p| p.as_string()) {
            use sentag::core::pdf_layout::{Page, pdf_text, sensible_title};
            let meta = field("title")
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            return match serde_json::from_str::<Vec<Page>>(&pages) {
                Ok(pages) => vec![
                    ("text", pdf_text(&pages)),
                    ("title", sensible_title(&meta).unwrap_or_default()),
                ],
                Err(error) => vec![(
                    "failed",
                    format!("the PDF's pages were not understood: {error}"),
                )],
            };
        }
        if let Some(answer) = word(data) {
            return answer;
        }
        let bytes = field("bytes")
            .and_then(|b| b.dyn_into::<Uint8Array>().ok())
            .map(|b| b.to_vec());
        match bytes.as_deref().map(sentag::core::decode::decode) {
            Some(Ok(decoded)) => vec![
                ("text", decoded.text),
                ("encoding", decoded.encoding.to_string()),
            ],
            Some(Err(error)) => vec![("error", error.code())],
            None => vec![("failed", "the decoder got no bytes".to_string())],
        }
    });
}

/// For a `{ docx }` request, the Word file's text and title, or why it cannot be read.
#[cfg(target_arch = "wasm32")]
fn word(data: &wasm_bindgen::JsValue) -> Option<Vec<(&'static str, String)>> {
    use wasm_bindgen::JsCast;

    let bytes = js_sys::Reflect::get(data, &"docx".into())
        .ok()?
        .dyn_into::<js_sys::Uint8Array>()
        .ok()?
        .to_vec();
    Some(match sentag::core::docx::docx_text(&bytes) {
        Ok(docx) => {
            let title = docx.title.clone().map(|title| ("title", title));
            [("text", docx.text())].into_iter().chain(title).collect()
        }
        Err(error) => vec![("error", error.code().to_string())],
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the decoder is a web worker of the sentag app; `make dist` builds it.");
    std::process::exit(2);
}
