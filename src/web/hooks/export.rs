//! Exports: the export worker writes the file (its code is not in the start-up
//! bundle), then the page downloads it or copies it.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::use_latest;
use crate::core::format::job::{ExportFormat, ExportJob};
use crate::model::{Action, AppState, ExportKind, Notice};
use crate::web::{exporter, io};

/// A stable callback that exports the document as it is when it runs; failures become
/// notices. `include_text` puts the article's text into sentag JSON.
#[hook]
pub fn use_export(state: UseReducerHandle<AppState>, include_text: bool) -> Callback<ExportKind> {
    let latest = use_latest((state, include_text));
    use_callback((), move |kind: ExportKind, _| {
        let (state, include_text) = latest.borrow().clone();
        let strings = state.lang.strings();
        let format = match kind {
            ExportKind::Json | ExportKind::CopyJson => ExportFormat::Native { include_text },
            ExportKind::W3c => ExportFormat::W3c,
            ExportKind::Csv(options) => ExportFormat::Csv(options),
            ExportKind::Handout => ExportFormat::Handout,
        };
        let workspace = state.workspace();
        let labels = workspace
            .tags
            .tags
            .iter()
            .map(|t| (t.id.clone(), strings.tag_label(t).to_string()))
            .collect();
        let now = js_sys::Date::now() as i64;
        let job = ExportJob::new(workspace, state.source.clone(), format, labels, now);
        spawn_local(async move {
            let done = match exporter::export(&job).await {
                Err(why) => Err(strings.export_failed(&why)),
                Ok(file) if kind == ExportKind::CopyJson => io::copy_text(&file.body)
                    .await
                    .map(|()| Some(Notice::info(strings.copied))),
                Ok(file) => {
                    io::download(&file.name, &file.mime, file.body.as_bytes()).map(|()| None)
                }
            };
            match done {
                Ok(Some(notice)) => state.dispatch(Action::Notify(Some(notice))),
                Ok(None) => {}
                Err(why) => state.dispatch(Action::Notify(Some(Notice::error(why)))),
            }
        });
    })
}
