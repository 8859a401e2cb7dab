//! Exports: the export worker writes the file (its code is not in the start-up
//! bundle), then the page downloads it or copies it.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::{JsFuture, future_to_promise, spawn_local};
use yew::prelude::*;

use super::use_latest;
use crate::core::format::handout::HandoutOptions;
use crate::core::format::job::{ExportFormat, ExportJob};
use crate::model::{Action, AppState, ExportKind, Notice};
use crate::web::exporter::{self, ExportError};
use crate::web::io;

/// A stable callback that exports the document as it is when it runs; failures become
/// notices. `include_text` puts the article's text into sentag JSON;
/// `include_suggestions` adds the pending suggestions, marked as such.
#[hook]
pub fn use_export(
    state: UseReducerHandle<AppState>,
    include_text: bool,
    include_suggestions: bool,
) -> Callback<ExportKind> {
    let latest = use_latest((state, include_text, include_suggestions));
    use_callback((), move |kind: ExportKind, _| {
        let (state, include_text, include_suggestions) = latest.borrow().clone();
        let strings = state.lang.strings();
        let format = match &kind {
            ExportKind::Json | ExportKind::CopyJson => ExportFormat::Native { include_text },
            ExportKind::W3c => ExportFormat::W3c,
            ExportKind::Csv(options) => ExportFormat::Csv(*options),
            ExportKind::Handout(_) => ExportFormat::Handout,
        };
        let workspace = state.workspace();
        let labels = workspace
            .tags
            .tags
            .iter()
            .map(|t| (t.id.clone(), strings.tag_label(t).to_string()))
            .collect();
        let now = js_sys::Date::now() as i64;
        let job = Rc::new(ExportJob {
            suggestions: include_suggestions && state.suggest,
            handout: match &kind {
                ExportKind::Handout(options) => (**options).clone(),
                _ => HandoutOptions::default(),
            },
            ..ExportJob::new(workspace, state.source.clone(), format, labels, now)
        });
        let words = move |error: ExportError| match error {
            ExportError::Job(error) => strings.job_error(&error),
            ExportError::Worker(why) => strings.export_failed(&why),
        };
        let fail = {
            let state = state.clone();
            move |said: String| state.dispatch(Action::Notify(Some(Notice::error(said))))
        };
        if kind == ExportKind::CopyJson {
            // The clipboard is asked now, in the click, for text that comes later.
            let blob = || {
                let job = job.clone();
                future_to_promise(async move {
                    let file = exporter::export(&job)
                        .await
                        .map_err(|e| JsValue::from_str(&words(e)))?;
                    io::text_blob(&file.body)
                        .map(JsValue::from)
                        .map_err(|e| JsValue::from_str(&strings.export_failed(&e)))
                })
            };
            let copied = io::copy_blob_later(blob);
            spawn_local(async move {
                let done = match copied {
                    Some(written) => JsFuture::from(written)
                        .await
                        .map(|_| ())
                        .map_err(|e| strings.export_failed(&io::describe(e))),
                    // No ClipboardItem: copy once the text is there.
                    None => match exporter::export(&job).await {
                        Ok(file) => io::copy_text(&file.body)
                            .await
                            .map_err(|e| strings.export_failed(&e)),
                        Err(error) => Err(words(error)),
                    },
                };
                match done {
                    Ok(()) => state.dispatch(Action::Notify(Some(Notice::info(strings.copied)))),
                    Err(why) => fail(why),
                }
            });
            return;
        }
        spawn_local(async move {
            let written = match exporter::export(&job).await {
                Ok(file) => io::download(&file.name, &file.mime, file.body.as_bytes())
                    .map_err(|e| strings.export_failed(&e)),
                Err(error) => Err(words(error)),
            };
            if let Err(why) = written {
                fail(why);
            }
        });
    })
}
