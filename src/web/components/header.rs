//! The top bar: the app's name, the document's title and encoding, the switch between
//! a web page's article and the whole page, the File and Export menus, the language
//! switch and help. On a narrow screen it is a menu button and the title; the button
//! shows the rest below.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::line_breaks::{LineBreaksControl, is_relevant};
use super::menus::{ExportMenu, FileMenu, use_menus_closing};
use crate::core::document::LineCounts;
use crate::core::page::PageView;
use crate::core::segment::LineBreaks;
use crate::model::Command;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub title: AttrValue,
    pub encoding: Option<AttrValue>,
    /// How the document's line breaks were read, and what they are.
    pub breaks: LineBreaks,
    pub line_counts: LineCounts,
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
    /// Help, and what the File and Export menus ask for.
    pub on_command: Callback<Command>,
    /// A file picked in the File menu.
    pub on_file: Callback<web_sys::File>,
    pub include_text: bool,
    pub on_include_text: Callback<bool>,
    pub include_suggestions: bool,
    pub on_include_suggestions: Callback<bool>,
    /// The version shown of the web page the document was made from, when the page
    /// has both (the article and the whole page).
    pub page_view: Option<PageView>,
    pub on_page_view: Callback<PageView>,
    /// The user's name (empty: none given).
    pub author: AttrValue,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    crate::web::render_count::tick("Header");
    let text = props.lang.strings();
    let other = props.lang.other();
    let on_lang = props.on_lang.reform(move |_: MouseEvent| other);
    let on_help = props.on_command.reform(|_: MouseEvent| Command::Help);
    use_menus_closing();
    let open = use_state_eq(|| false);
    let toggle = {
        let open = open.clone();
        move |_: MouseEvent| open.set(!*open)
    };
    // A command chosen, or the language switched: the narrow screen's menu has done its job.
    let on_menu_click = {
        let open = open.clone();
        move |e: MouseEvent| {
            let chosen = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("button").ok().flatten());
            if chosen.is_some() {
                open.set(false);
            }
        }
    };
    let toggle_ref = use_node_ref();
    let onkeydown = {
        let open = open.clone();
        let toggle_ref = toggle_ref.clone();
        move |e: KeyboardEvent| {
            // An open File or Export menu takes the first Esc.
            if *open && e.key() == "Escape" && !e.default_prevented() {
                e.prevent_default();
                open.set(false);
                if let Some(button) = toggle_ref.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        }
    };
    html! {
        <header class={classes!("topbar", open.then_some("menu-open"))} {onkeydown}>
            <span class="brand">{ "sentag" }</span>
            <button ref={toggle_ref} class="ghost menu-toggle" aria-expanded={open.to_string()}
                aria-controls="app-menu" aria-label={text.menu} onclick={toggle}>{ "☰" }</button>
            <h1 class="doc-title">{ props.title.clone() }</h1>
            if let Some(encoding) = &props.encoding {
                <span class="encoding" title={text.encoding}>{ encoding.clone() }</span>
            }
            <div id="app-menu" class="topbar-menu" onclick={on_menu_click}>
            <FileMenu lang={props.lang} on_command={props.on_command.clone()} on_file={props.on_file.clone()}
                author={props.author.clone()} />
            <ExportMenu lang={props.lang} include_text={props.include_text}
                on_include_text={props.on_include_text.clone()}
                include_suggestions={props.include_suggestions}
                on_include_suggestions={props.on_include_suggestions.clone()}
                on_command={props.on_command.clone()} />
            if is_relevant(props.breaks, props.line_counts) {
                <LineBreaksControl breaks={props.breaks} counts={props.line_counts}
                    lang={props.lang} on_command={props.on_command.clone()} />
            }
            if let Some(shown) = props.page_view {
                <div class="page-view" role="group" aria-label={text.page_view}>
                    { for [(PageView::Article, text.article_view, "article"), (PageView::Whole, text.whole_page, "whole")]
                        .into_iter().map(|(view, label, name)| html! {
                            <button class="ghost" data-view={name} aria-pressed={(view == shown).to_string()}
                                onclick={props.on_page_view.reform(move |_: MouseEvent| view)}>{ label }</button>
                        }) }
                </div>
            }
            <div class="topbar-actions">
                <button class="ghost" lang={other.code()} onclick={on_lang}>{ text.switch_to }</button>
                <button class="ghost" onclick={on_help} aria-keyshortcuts="?">{ text.help }</button>
            </div>
            </div>
        </header>
    }
}
