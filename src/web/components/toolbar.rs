//! The toolbar: a toggle per tag, and the note, merge, split, undo and redo commands.

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
            <div class="tag-buttons">{ for tag_buttons }</div>
            <div class="commands">
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
