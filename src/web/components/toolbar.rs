//! The toolbar: a toggle per tag, and the note, merge, split, undo and redo commands.
//! On a narrow screen it sits at the bottom, within thumb reach, with the button that
//! opens the side panel, and says when taps extend a range.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::annotation::TagSet;
use crate::model::Command;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub tags: Rc<TagSet>,
    /// For each tag, whether every selected sentence has it.
    pub pressed: Vec<bool>,
    pub has_selection: bool,
    pub can_merge: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub lang: Lang,
    pub on_command: Callback<Command>,
    /// Whether taps extend the selection (after a long press).
    #[prop_or_default]
    pub extending: bool,
    /// Whether the side panel is open as a sheet (narrow screens).
    #[prop_or_default]
    pub panel_open: bool,
    /// Opens or closes that sheet.
    #[prop_or_default]
    pub on_panel: Callback<()>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    crate::web::render_count::tick("Toolbar");
    let text = props.lang.strings();
    let tag_buttons = props.tags.tags.iter().enumerate().map(|(i, tag)| {
        let id = tag.id.clone();
        let onclick = props
            .on_command
            .reform(move |_: MouseEvent| Command::ToggleTag(id.clone()));
        let pressed = props.pressed.get(i).copied().unwrap_or(false);
        let key = tag.hotkey.map_or_else(|| (i + 1).to_string(), String::from);
        html! {
            <button
                class={classes!("tag-button", format!("t-{i}"), pressed.then_some("on"))}
                aria-pressed={pressed.to_string()}
                aria-keyshortcuts={key.clone()}
                // In the Tab order even with nothing selected; a press then says why.
                aria-disabled={(!props.has_selection).to_string()}
                title={(!props.has_selection).then_some(text.select_hint)}
                {onclick}
            >
                <span class="swatch" aria-hidden="true"></span>
                { text.tag_label(tag) }
                if i < 9 || tag.hotkey.is_some() { <kbd>{ key }</kbd> }
            </button>
        }
    });
    let command = |command: Command, label: &'static str, key: &'static str, enabled: bool| {
        let name = match command {
            Command::Note => "note",
            Command::Merge => "merge",
            Command::Split => "split",
            Command::Undo => "undo",
            Command::Redo => "redo",
            _ => "tags",
        };
        let onclick = props
            .on_command
            .reform(move |_: MouseEvent| command.clone());
        html! {
            <button class="command" data-command={name} aria-keyshortcuts={key} disabled={!enabled} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label={text.toolbar}>
            if props.extending {
                <p class="range-hint">
                    { text.range_hint }
                    <button class="primary" onclick={props.on_command.reform(|_: MouseEvent| Command::Escape)}>
                        { text.range_done }
                    </button>
                </p>
            }
            <div class="tag-buttons">{ for tag_buttons }</div>
            <div class="commands">
                <button class="command panel-toggle" aria-expanded={props.panel_open.to_string()}
                    aria-controls="side-sheet" onclick={props.on_panel.reform(|_: MouseEvent| ())}>
                    { text.panel }
                </button>
                { command(Command::Note, text.note, "n", props.has_selection) }
                { command(Command::Merge, text.merge, "m", props.can_merge) }
                { command(Command::Split, text.split, "s", props.has_selection) }
                { command(Command::Undo, text.undo, "u", props.can_undo) }
                { command(Command::Redo, text.redo, "Shift+U", props.can_redo) }
                { command(Command::EditTags, text.edit_tags, "", true) }
            </div>
        </div>
    }
}
