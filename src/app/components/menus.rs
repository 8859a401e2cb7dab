//! The File and Export menus of the top bar.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format::csv::{CsvOptions, Layout, Separator};
use crate::i18n::Lang;

/// What the File menu asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum FileCommand {
    Open(web_sys::File),
    Paste,
    Recent,
    Sample,
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ExportKind {
    Json,
    W3c,
    Csv(crate::format::csv::CsvOptions),
    Handout,
    CopyJson,
}

#[derive(Properties, PartialEq)]
pub struct FileMenuProps {
    pub lang: Lang,
    pub on_command: Callback<FileCommand>,
}

fn close_menu(e: &MouseEvent) {
    use wasm_bindgen::JsCast;
    let details = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("details").ok().flatten());
    if let Some(details) = details {
        let _ = details.remove_attribute("open");
    }
}

#[function_component(FileMenu)]
pub fn file_menu(props: &FileMenuProps) -> Html {
    let text = props.lang.strings();
    let picker = use_node_ref();
    let on_pick = props.on_command.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let file = input.files().and_then(|files| files.get(0));
        input.set_value("");
        file.map(FileCommand::Open).unwrap_or(FileCommand::Recent)
    });
    let open_picker = {
        let picker = picker.clone();
        move |e: MouseEvent| {
            close_menu(&e);
            if let Some(input) = picker.cast::<HtmlInputElement>() {
                input.click();
            }
        }
    };
    let item = |command: FileCommand, label: &'static str| {
        let on_command = props.on_command.clone();
        let onclick = move |e: MouseEvent| {
            close_menu(&e);
            on_command.emit(command.clone());
        };
        html! { <button class="menu-item" {onclick}>{ label }</button> }
    };
    html! {
        <details class="menu file-menu">
            <summary>{ text.file_menu }</summary>
            <div class="menu-items">
                <button class="menu-item" data-command="open-file" onclick={open_picker}>{ text.open_file }</button>
                { item(FileCommand::Paste, text.paste_text) }
                { item(FileCommand::Recent, text.recent_docs) }
                { item(FileCommand::Sample, text.sample) }
                <input ref={picker} id="file-input" type="file" class="visually-hidden" tabindex="-1"
                    aria-label={text.open_file}
                    accept=".txt,.md,.html,.htm,.json,.jsonld,text/plain,text/html,application/json"
                    onchange={on_pick} />
            </div>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    pub lang: Lang,
    pub include_text: bool,
    pub on_include_text: Callback<bool>,
    pub on_export: Callback<ExportKind>,
}

#[function_component(ExportMenu)]
pub fn export_menu(props: &ExportMenuProps) -> Html {
    let text = props.lang.strings();
    let item = |kind: ExportKind, label: &'static str, name: &'static str| {
        let on_export = props.on_export.clone();
        let onclick = move |e: MouseEvent| {
            close_menu(&e);
            on_export.emit(kind);
        };
        html! { <button class="menu-item" data-export={name} {onclick}>{ label }</button> }
    };
    let on_toggle = props
        .on_include_text
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <details class="menu export-menu">
            <summary>{ text.export_menu }</summary>
            <div class="menu-items">
                { item(ExportKind::Json, text.export_json, "json") }
                { item(ExportKind::W3c, text.export_w3c, "w3c") }
                { item(ExportKind::Csv(CsvOptions::default()), text.export_csv, "csv") }
                { item(ExportKind::Csv(CsvOptions { separator: Separator::Semicolon, ..CsvOptions::default() }),
                    text.export_csv_semicolon, "csv-semicolon") }
                { item(ExportKind::Csv(CsvOptions { layout: Layout::TagColumns, ..CsvOptions::default() }),
                    text.export_csv_columns, "csv-columns") }
                { item(ExportKind::Handout, text.export_handout, "handout") }
                { item(ExportKind::CopyJson, text.copy_json, "copy") }
                <label class="menu-check">
                    <input type="checkbox" checked={props.include_text} onchange={on_toggle} />
                    { text.include_text }
                </label>
            </div>
        </details>
    }
}
