//! The File and Export menus of the top bar.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::format::csv::{CsvOptions, Layout, Separator};
use crate::model::i18n::Lang;
use crate::model::{Command, ExportKind};

#[derive(Properties, PartialEq)]
pub struct FileMenuProps {
    pub lang: Lang,
    /// Paste, Recent and Sample.
    pub on_command: Callback<Command>,
    /// A file the user picked.
    pub on_file: Callback<web_sys::File>,
    /// The user's name, shown in its menu item.
    pub author: AttrValue,
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

/// Esc in an open menu closes it, the focus back on its button; the page's own Esc
/// (which clears the selection) is left alone.
fn close_on_escape(e: KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if e.key() != "Escape" {
        return;
    }
    let details = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("details[open]").ok().flatten());
    if let Some(details) = details {
        e.prevent_default();
        let _ = details.remove_attribute("open");
        if let Some(summary) = details
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    }
}

/// Closes the open menus when the user clicks anywhere outside them.
#[hook]
pub fn use_menus_closing() {
    use wasm_bindgen::JsCast;
    use_effect_with((), |_| {
        let document = gloo::utils::document();
        let listener = gloo::events::EventListener::new(&document, "click", |e| {
            let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let Ok(open) = gloo::utils::document().query_selector_all("details.menu[open]") else {
                return;
            };
            for i in 0..open.length() {
                if let Some(menu) = open
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    && !menu.contains(target.as_ref())
                {
                    let _ = menu.remove_attribute("open");
                }
            }
        });
        move || drop(listener)
    });
}

#[function_component(FileMenu)]
pub fn file_menu(props: &FileMenuProps) -> Html {
    let text = props.lang.strings();
    let picker = use_node_ref();
    let on_pick = {
        let on_file = props.on_file.clone();
        move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let file = input.files().and_then(|files| files.get(0));
            input.set_value("");
            if let Some(file) = file {
                on_file.emit(file);
            }
        }
    };
    let open_picker = {
        let picker = picker.clone();
        move |e: MouseEvent| {
            close_menu(&e);
            if let Some(input) = picker.cast::<HtmlInputElement>() {
                input.click();
            }
        }
    };
    let item = |command: Command, label: &'static str| {
        let on_command = props.on_command.clone();
        let onclick = move |e: MouseEvent| {
            close_menu(&e);
            on_command.emit(command.clone());
        };
        html! { <button class="menu-item" {onclick}>{ label }</button> }
    };
    html! {
        <details class="menu file-menu" onkeydown={close_on_escape}>
            <summary>{ text.file_menu }</summary>
            <div class="menu-items">
                <button class="menu-item" data-command="open-file" onclick={open_picker}>{ text.open_file }</button>
                { item(Command::Paste, text.paste_text) }
                { item(Command::Recent, text.recent_docs) }
                { item(Command::Sample, text.sample) }
                { item(Command::Compare, props.lang.compare_words().menu) }
                <button class="menu-item" data-command="author"
                    onclick={let on_command = props.on_command.clone();
                        move |e: MouseEvent| { close_menu(&e); on_command.emit(Command::Author); }}>
                    { match props.author.as_str() {
                        "" => text.author_menu.to_string(),
                        name => text.author_menu_named(name),
                    } }
                </button>
                <input ref={picker} id="file-input" type="file" class="visually-hidden" tabindex="-1"
                    aria-label={text.open_file}
                    accept=".txt,.md,.html,.htm,.pdf,.docx,.doc,.json,.jsonld,text/plain,text/html,application/pdf,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
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
    /// Whether exports hold the pending suggestions too, marked as suggestions.
    pub include_suggestions: bool,
    pub on_include_suggestions: Callback<bool>,
    /// `Command::Export` of the chosen format.
    pub on_command: Callback<Command>,
}

#[function_component(ExportMenu)]
pub fn export_menu(props: &ExportMenuProps) -> Html {
    let text = props.lang.strings();
    let item = |kind: ExportKind, label: &'static str, name: &'static str| {
        let on_command = props.on_command.clone();
        let onclick = move |e: MouseEvent| {
            close_menu(&e);
            on_command.emit(Command::Export(kind.clone()));
        };
        html! { <button class="menu-item" data-export={name} {onclick}>{ label }</button> }
    };
    let on_toggle = props
        .on_include_text
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    let on_suggestions = props
        .on_include_suggestions
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <details class="menu export-menu" onkeydown={close_on_escape}>
            <summary>{ text.export_menu }</summary>
            <div class="menu-items">
                { item(ExportKind::Json, text.export_json, "json") }
                { item(ExportKind::W3c, text.export_w3c, "w3c") }
                { item(ExportKind::Csv(CsvOptions::default()), text.export_csv, "csv") }
                { item(ExportKind::Csv(CsvOptions { separator: Separator::Semicolon, ..CsvOptions::default() }),
                    text.export_csv_semicolon, "csv-semicolon") }
                { item(ExportKind::Csv(CsvOptions { layout: Layout::TagColumns, ..CsvOptions::default() }),
                    text.export_csv_columns, "csv-columns") }
                <button class="menu-item" data-export="handout"
                    onclick={let on_command = props.on_command.clone(); move |e: MouseEvent| {
                        close_menu(&e);
                        on_command.emit(Command::Handout);
                    }}>{ text.export_handout }</button>
                { item(ExportKind::CopyJson, text.copy_json, "copy") }
                <label class="menu-check">
                    <input type="checkbox" checked={props.include_text} onchange={on_toggle} data-option="text" />
                    { text.include_text }
                </label>
                <label class="menu-check">
                    <input type="checkbox" checked={props.include_suggestions} onchange={on_suggestions}
                        data-option="suggestions" />
                    { props.lang.suggest_words().include_in_export }
                </label>
            </div>
        </details>
    }
}
