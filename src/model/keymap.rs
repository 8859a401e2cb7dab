//! The keyboard shortcuts: which key does what.

use crate::core::annotation::TagSet;
#[cfg(test)]
use crate::core::annotation::is_free_hotkey;
use crate::model::command::Command;

/// A key press, as the browser reports it.
#[derive(Debug, Clone, Copy)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key`: `"j"`, `"ArrowDown"`, `"?"`.
    pub key: &'a str,
    /// Ctrl, or Cmd on a Mac.
    pub ctrl: bool,
    /// Shift, which extends a step into a selection.
    pub shift: bool,
    /// Alt (Option): keys with it are left to the browser.
    pub alt: bool,
}

/// The command for a key press, if it has one.
pub fn command_for(press: KeyPress<'_>, tags: &TagSet) -> Option<Command> {
    let KeyPress {
        key,
        ctrl,
        shift,
        alt,
    } = press;
    if ctrl {
        return match key.to_ascii_lowercase().as_str() {
            "z" if shift => Some(Command::Redo),
            "z" => Some(Command::Undo),
            "y" => Some(Command::Redo),
            _ => None,
        };
    }
    if alt {
        return None;
    }
    let step = |forward| {
        Some(Command::Step {
            forward,
            extend: shift,
        })
    };
    match key {
        "ArrowDown" | "ArrowRight" | "j" | "J" => step(true),
        "ArrowUp" | "ArrowLeft" | "k" | "K" => step(false),
        "n" => Some(Command::Note),
        "m" => Some(Command::Merge),
        "s" => Some(Command::Split),
        "u" => Some(Command::Undo),
        "U" => Some(Command::Redo),
        "?" => Some(Command::Help),
        "/" => Some(Command::Search),
        "a" | "Enter" => Some(Command::Accept),
        "x" => Some(Command::Reject),
        "]" => Some(Command::NextSuggestion { forward: true }),
        "[" => Some(Command::NextSuggestion { forward: false }),
        "Escape" => Some(Command::Escape),
        _ => {
            let mut chars = key.chars();
            let c = chars.next().filter(|_| chars.next().is_none())?;
            tags.for_key(c).map(|t| Command::ToggleTag(t.id.clone()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str) -> KeyPress<'_> {
        KeyPress {
            key,
            ctrl: false,
            shift: false,
            alt: false,
        }
    }

    #[test]
    fn keys_map_to_commands() {
        let tags = TagSet::default();
        assert_eq!(
            command_for(press("j"), &tags),
            Some(Command::Step {
                forward: true,
                extend: false
            })
        );
        let shift_up = KeyPress {
            shift: true,
            ..press("ArrowUp")
        };
        assert_eq!(
            command_for(shift_up, &tags),
            Some(Command::Step {
                forward: false,
                extend: true
            })
        );
        assert_eq!(
            command_for(press("2"), &tags),
            Some(Command::ToggleTag("metrics".into()))
        );
        assert_eq!(command_for(press("7"), &tags), None);
        assert_eq!(
            command_for(
                KeyPress {
                    ctrl: true,
                    ..press("z")
                },
                &tags
            ),
            Some(Command::Undo)
        );
        let redo = KeyPress {
            ctrl: true,
            shift: true,
            ..press("Z")
        };
        assert_eq!(command_for(redo, &tags), Some(Command::Redo));
        assert_eq!(
            command_for(
                KeyPress {
                    ctrl: true,
                    ..press("c")
                },
                &tags
            ),
            None
        );
        assert_eq!(command_for(press("Tab"), &tags), None);
        assert_eq!(command_for(press("a"), &tags), Some(Command::Accept));
        assert_eq!(command_for(press("Enter"), &tags), Some(Command::Accept));
        assert_eq!(command_for(press("x"), &tags), Some(Command::Reject));
        assert_eq!(
            command_for(press("["), &tags),
            Some(Command::NextSuggestion { forward: false })
        );
        assert!(!is_free_hotkey('a') && !is_free_hotkey('X') && !is_free_hotkey(']'));
    }

    #[test]
    fn a_tag_hotkey_works_but_not_on_reserved_keys() {
        let mut tags = TagSet::default();
        tags.tags[0].hotkey = Some('c');
        assert_eq!(
            command_for(press("c"), &tags),
            Some(Command::ToggleTag("commitments".into()))
        );
        assert!(is_free_hotkey('c'));
        assert!(
            !is_free_hotkey('j')
                && !is_free_hotkey('J')
                && !is_free_hotkey('3')
                && !is_free_hotkey(' ')
        );
    }
}
