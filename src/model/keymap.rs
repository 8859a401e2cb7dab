//! The keyboard shortcuts: which key does what.

use crate::core::annotation::TagSet;
#[cfg(test)]
use crate::core::annotation::is_free_hotkey;
use crate::model::command::Command;
use crate::model::phrase_sel::CaretStep;

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

/// The command for a key press, if it has one; `choosing_phrase` says whether a
/// phrase is being chosen, where the arrows move its caret.
pub fn command_for(press: KeyPress<'_>, tags: &TagSet, choosing_phrase: bool) -> Option<Command> {
    let KeyPress {
        key,
        ctrl,
        shift,
        alt,
    } = press;
    if choosing_phrase {
        let by_word = ctrl || alt;
        let step = match key {
            "ArrowRight" if by_word => Some(CaretStep::Word(true)),
            "ArrowLeft" if by_word => Some(CaretStep::Word(false)),
            "ArrowRight" => Some(CaretStep::Char(true)),
            "ArrowLeft" => Some(CaretStep::Char(false)),
            "Home" => Some(CaretStep::Start),
            "End" => Some(CaretStep::End),
            _ => None,
        };
        if let Some(step) = step {
            return Some(Command::PhraseCaret {
                step,
                extend: shift,
            });
        }
    }
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
        "p" => Some(Command::PhraseMode),
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
            command_for(press("j"), &tags, false),
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
            command_for(shift_up, &tags, false),
            Some(Command::Step {
                forward: false,
                extend: true
            })
        );
        assert_eq!(
            command_for(press("2"), &tags, false),
            Some(Command::ToggleTag("metrics".into()))
        );
        assert_eq!(command_for(press("7"), &tags, false), None);
        assert_eq!(
            command_for(
                KeyPress {
                    ctrl: true,
                    ..press("z")
                },
                &tags,
                false
            ),
            Some(Command::Undo)
        );
        let redo = KeyPress {
            ctrl: true,
            shift: true,
            ..press("Z")
        };
        assert_eq!(command_for(redo, &tags, false), Some(Command::Redo));
        assert_eq!(
            command_for(
                KeyPress {
                    ctrl: true,
                    ..press("c")
                },
                &tags,
                false
            ),
            None
        );
        assert_eq!(command_for(press("Tab"), &tags, false), None);
        assert_eq!(command_for(press("a"), &tags, false), Some(Command::Accept));
        assert_eq!(
            command_for(press("Enter"), &tags, false),
            Some(Command::Accept)
        );
        assert_eq!(command_for(press("x"), &tags, false), Some(Command::Reject));
        assert_eq!(
            command_for(press("["), &tags, false),
            Some(Command::NextSuggestion { forward: false })
        );
        assert!(!is_free_hotkey('a') && !is_free_hotkey('X') && !is_free_hotkey(']'));
    }

    #[test]
    fn arrows_move_the_phrase_caret_while_a_phrase_is_chosen() {
        let tags = TagSet::default();
        let ctrl_shift_right = KeyPress {
            ctrl: true,
            shift: true,
            ..press("ArrowRight")
        };
        assert_eq!(
            command_for(ctrl_shift_right, &tags, true),
            Some(Command::PhraseCaret {
                step: CaretStep::Word(true),
                extend: true
            })
        );
        assert_eq!(
            command_for(press("Home"), &tags, true),
            Some(Command::PhraseCaret {
                step: CaretStep::Start,
                extend: false
            })
        );
        assert_eq!(
            command_for(press("ArrowDown"), &tags, true),
            Some(Command::Step {
                forward: true,
                extend: false
            }),
            "up and down leave the phrase for another sentence"
        );
        assert_eq!(
            command_for(press("2"), &tags, true),
            Some(Command::ToggleTag("metrics".into()))
        );
        assert_eq!(
            command_for(press("p"), &tags, false),
            Some(Command::PhraseMode)
        );
        assert_eq!(command_for(press("Home"), &tags, false), None);
    }

    #[test]
    fn a_tag_hotkey_works_but_not_on_reserved_keys() {
        let mut tags = TagSet::default();
        tags.tags[0].hotkey = Some('c');
        assert_eq!(
            command_for(press("c"), &tags, false),
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
