//! Exports: serialise the open document in the chosen format, then download or copy it.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::use_latest;
use crate::core::format::{self, native, w3c};
use crate::model::{Action, AppState, ExportKind, Notice};
use crate::web::io;

/// A stable callback that exports the document as it is when it runs; failures become
/// notices. `include_text` puts the article's text into sentag JSON.
#[hook]
pub fn use_export(state: UseReducerHandle<AppState>, include_text: bool) -> Callback<ExportKind> {
    let latest = use_latest((state, include_text));
    use_callback((), move |kind: ExportKind, _| {
        let (state, include_text) = latest.borrow().clone();
        let now = js_sys::Date::now() as i64;
        let workspace = state.workspace();
        let title = &workspace.doc.title;
        let strings = state.lang.strings();
        let native_json = || {
            let options = native::ExportOptions {
                include_text,
                source: state.source.clone(),
                now,
            };
            native::to_json(&native::export(workspace, &options))
        };
        let download = |suffix: &str, mime: &str, bytes: &[u8]| {
            io::download(&format::file_name(title, now, suffix), mime, bytes)
        };
        let result = match kind {
            ExportKind::Json => {
                download("sentag.json", "application/json", native_json().as_bytes())
            }
            ExportKind::W3c => {
                let annotations = w3c::export(workspace, state.source.as_deref(), now);
                let json = serde_json::to_string_pretty(&annotations).unwrap_or_default();
                download("w3c.jsonld", "application/ld+json", json.as_bytes())
            }
            ExportKind::Csv(options) => download(
                "csv",
                "text/csv;charset=utf-8",
                &format::csv::export(workspace, &options),
            ),
            ExportKind::Handout => {
                let html =
                    format::handout::export(workspace, now, |t| strings.tag_label(t).to_string());
                download("handout.html", "text/html;charset=utf-8", html.as_bytes())
            }
            ExportKind::CopyJson => {
                let json = native_json();
                let copied = strings.copied;
                let state = state.clone();
                spawn_local(async move {
                    let notice = match io::copy_text(&json).await {
                        Ok(()) => Notice::info(copied),
                        Err(why) => Notice::error(why),
                    };
                    state.dispatch(Action::Notify(Some(notice)));
                });
                Ok(())
            }
        };
        if let Err(why) = result {
            state.dispatch(Action::Notify(Some(Notice::error(why))));
        }
    })
}
