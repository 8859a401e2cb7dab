//! Checks and repairs everything an imported file brings in, once, as it is read.
//!
//! [`sanitize`] never refuses a file: it replaces what cannot be used (a colour that is
//! not a colour, an id with spaces, a reserved hotkey…) and lists each change as a
//! [`Repair`], which the UI words for the import report.
//! Changes that keep the meaning are made silently: `#ABC` becomes `#aabbcc`, labels and
//! tag names are trimmed, `\r\n` in notes becomes `\n`, a tag named twice on one
//! annotation is named once.

use std::collections::{HashMap, HashSet};

use crate::core::annotation::is_free_hotkey;
use crate::core::annotation::{PALETTE, Tag, TagSet};
use crate::core::format::Incoming;

/// The longest tag id kept, in characters.
pub(crate) const MAX_ID_CHARS: usize = 64;
/// The longest tag label (and tag name in an annotation), in characters.
pub const MAX_LABEL_CHARS: usize = 60;
/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 10_000;

/// One change [`sanitize`] made.
#[derive(Debug, Clone, PartialEq)]
pub enum Repair {
    /// A colour that is not `#rgb` or `#rrggbb` was replaced by a palette colour.
    Colour {
        /// Label of the tag.
        tag: String,
        /// The colour as the file gave it.
        was: String,
        /// The palette colour that replaced it.
        now: String,
    },
    /// An id that was empty, too long, or held spaces or control characters.
    TagIdReplaced {
        /// The id as the file gave it.
        was: String,
        /// The fresh id, made from the label.
        now: String,
    },
    /// A label longer than [`MAX_LABEL_CHARS`]; `chars` is its length before.
    LabelShortened {
        /// The label, as shortened.
        tag: String,
        /// Its length in characters before.
        chars: usize,
    },
    /// Control characters or bidi overrides were removed from a label.
    LabelCleaned {
        /// The label, as cleaned.
        tag: String,
    },
    /// A tag without a label is now labelled `tag`, its id.
    EmptyLabel {
        /// The new label: the tag's id.
        tag: String,
    },
    /// A hotkey was removed.
    HotkeyDropped {
        /// Label of the tag.
        tag: String,
        /// The key that was removed.
        key: String,
        /// What was wrong with it.
        problem: HotkeyProblem,
    },
    /// A second tag with the same id.
    DuplicateTagDropped {
        /// The id both tags had.
        id: String,
    },
    /// A note longer than [`MAX_NOTE_CHARS`]; `chars` is its length before.
    NoteShortened {
        /// Index of the annotation in the file.
        at: usize,
        /// The annotation's quoted text, so that the user can tell which one.
        quote: String,
        /// The note's length in characters before.
        chars: usize,
    },
    /// Control characters (other than line breaks and tabs) were removed from a note.
    NoteCleaned {
        /// Index of the annotation in the file.
        at: usize,
        /// The annotation's quoted text, so that the user can tell which one.
        quote: String,
    },
    /// A tag name on annotation `at` that is empty, too long, or holds control characters.
    TagReferenceDropped {
        /// Index of the annotation in the file.
        at: usize,
        /// The annotation's quoted text, so that the user can tell which one.
        quote: String,
        /// The tag name as the file gave it.
        name: String,
    },
}

/// Why a hotkey was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HotkeyProblem {
    /// White space, a control character or a bidi override.
    NotPrintable,
    /// A key the app uses for a command, or a digit.
    Reserved,
    /// An earlier tag has it.
    Duplicate,
}

/// Characters that are invisible yet change what text shows: the C0 and C1 controls
/// (Unicode `Cc`) and the bidi embeddings, overrides and isolates.
pub(crate) fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// `text` for a message: hidden controls spelled out, and at most `max` characters
/// with `…` after.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        if is_hidden_control(c) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

/// `color` as `#rrggbb` in lower case, if it is `#rgb` or `#rrggbb`.
pub fn normal_color(color: &str) -> Option<String> {
    let hex = color.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    match hex.len() {
        6 => Some(format!("#{hex}")),
        3 => Some(hex.chars().fold(String::from("#"), |mut out, c| {
            out.push(c);
            out.push(c);
            out
        })),
        _ => None,
    }
}

/// Whether `id` may serve as a tag id.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= MAX_ID_CHARS
        && !id
            .chars()
            .any(|c| c.is_whitespace() || is_hidden_control(c))
}

fn shortened(text: &str, max: usize) -> Option<String> {
    let (cut, _) = text.char_indices().nth(max)?;
    Some(text[..cut].to_string())
}

/// Repairs `incoming` in place and returns what it changed; a second call changes nothing.
pub fn sanitize(incoming: &mut Incoming) -> Vec<Repair> {
    let mut repairs = Vec::new();
    let renamed = sanitize_tags(&mut incoming.tags, &mut repairs);
    let ids: HashSet<String> = incoming.tags.iter().map(|t| t.id.clone()).collect();
    for (at, annotation) in incoming.annotations.iter_mut().enumerate() {
        let quote = &annotation.quote.exact;
        let mut kept: Vec<String> = Vec::with_capacity(annotation.tags.len());
        for name in annotation.tags.drain(..) {
            let name = match renamed.get(&name) {
                Some(id) => id.clone(),
                None if ids.contains(&name) => name,
                None => {
                    let trimmed = name.trim();
                    let sane = !trimmed.is_empty()
                        && trimmed.chars().count() <= MAX_LABEL_CHARS
                        && !trimmed.chars().any(is_hidden_control);
                    if !sane {
                        repairs.push(Repair::TagReferenceDropped {
                            at,
                            quote: quote.clone(),
                            name,
                        });
                        continue;
                    }
                    trimmed.to_string()
                }
            };
            if !kept.contains(&name) {
                kept.push(name);
            }
        }
        annotation.tags = kept;
        // Authors' names: no control characters, no longer than a label; under the
        // renamed ids. They only credit, so a bad one goes silently.
        annotation.authors = annotation
            .authors
            .iter()
            .map(|(key, name)| {
                let key = renamed.get(key).map_or(key, String::as_str).to_string();
                let name: String = name
                    .chars()
                    .filter(|c| !c.is_control() && !is_hidden_control(*c))
                    .take(MAX_LABEL_CHARS)
                    .collect();
                (key, name)
            })
            .collect();
        annotation
            .rejected
            .retain(|id| ids.contains(id) || renamed.contains_key(id));
        for id in annotation.rejected.iter_mut() {
            if let Some(now) = renamed.get(id) {
                *id = now.clone();
            }
        }

        let note = &mut annotation.note;
        if note.contains('\r') {
            *note = note.replace("\r\n", "\n").replace('\r', "\n");
        }
        if note
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            note.retain(|c| !c.is_control() || c == '\n' || c == '\t');
            repairs.push(Repair::NoteCleaned {
                at,
                quote: quote.clone(),
            });
        }
        if let Some(cut) = shortened(note, MAX_NOTE_CHARS) {
            repairs.push(Repair::NoteShortened {
                at,
                quote: quote.clone(),
                chars: note.chars().count(),
            });
            *note = cut;
        }
    }
    repairs
}

/// The most cue patterns a tag keeps, and the longest one, in characters.
pub const MAX_CUES: usize = 100;
const MAX_CUE_CHARS: usize = 100;

/// A tag's cue patterns, trimmed, without control characters, blanks or repeats, at
/// most [`MAX_CUES`] of them: they only suggest, so extra ones go silently.
fn clean_cues(cues: Vec<String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for cue in cues {
        let cue: String = cue
            .chars()
            .filter(|c| !c.is_control() && !is_hidden_control(*c))
            .collect();
        let cue = cue.trim();
        if !cue.is_empty() && cue.chars().count() <= MAX_CUE_CHARS && !kept.iter().any(|k| k == cue)
        {
            kept.push(cue.to_string());
        }
    }
    kept.truncate(MAX_CUES);
    kept
}

/// Repairs the tag definitions; returns the replaced ids, old to new.
fn sanitize_tags(tags: &mut Vec<Tag>, repairs: &mut Vec<Repair>) -> HashMap<String, String> {
    // Every id in the file is taken, so that a fresh id never takes a later tag's.
    let mut taken = TagSet { tags: tags.clone() };
    let mut renamed: HashMap<String, String> = HashMap::new();
    let mut hotkeys: Vec<char> = Vec::new();
    let mut kept: Vec<Tag> = Vec::with_capacity(tags.len());
    for mut tag in tags.drain(..) {
        let valid = is_valid_id(&tag.id);
        let duplicate = if valid {
            kept.iter().any(|t| t.id == tag.id)
        } else {
            renamed.contains_key(&tag.id)
        };
        if duplicate {
            repairs.push(Repair::DuplicateTagDropped { id: tag.id });
            continue;
        }

        let mut label = tag.label.clone();
        let cleaned = label.chars().any(is_hidden_control);
        label.retain(|c| !is_hidden_control(c));
        let mut label = label.trim().to_string();
        let long = shortened(&label, MAX_LABEL_CHARS).map(|cut| {
            let chars = label.chars().count();
            label = cut.trim_end().to_string();
            chars
        });

        if !valid {
            let base: String = label.chars().take(40).collect();
            let mut id = taken.new_id(&base);
            if !is_valid_id(&id) {
                id = taken.new_id("tag");
            }
            taken.tags.push(Tag {
                id: id.clone(),
                ..tag.clone()
            });
            renamed.insert(tag.id.clone(), id.clone());
            repairs.push(Repair::TagIdReplaced {
                was: std::mem::take(&mut tag.id),
                now: id.clone(),
            });
            tag.id = id;
        }

        if label.is_empty() {
            label = tag.id.chars().take(MAX_LABEL_CHARS).collect();
            repairs.push(Repair::EmptyLabel { tag: label.clone() });
        } else {
            if cleaned {
                repairs.push(Repair::LabelCleaned { tag: label.clone() });
            }
            if let Some(chars) = long {
                repairs.push(Repair::LabelShortened {
                    tag: label.clone(),
                    chars,
                });
            }
        }
        tag.label = label;
        tag.cues = clean_cues(std::mem::take(&mut tag.cues));

        match normal_color(&tag.color) {
            Some(color) => tag.color = color,
            None => {
                let now = PALETTE[kept.len() % PALETTE.len()].to_string();
                repairs.push(Repair::Colour {
                    tag: tag.label.clone(),
                    was: std::mem::replace(&mut tag.color, now.clone()),
                    now,
                });
            }
        }

        if let Some(key) = tag.hotkey {
            let problem = if key.is_whitespace() || is_hidden_control(key) {
                Some(HotkeyProblem::NotPrintable)
            } else if !is_free_hotkey(key) {
                Some(HotkeyProblem::Reserved)
            } else if hotkeys.contains(&key) {
                Some(HotkeyProblem::Duplicate)
            } else {
                None
            };
            match problem {
                Some(problem) => {
                    tag.hotkey = None;
                    repairs.push(Repair::HotkeyDropped {
                        tag: tag.label.clone(),
                        key: key.to_string(),
                        problem,
                    });
                }
                None => hotkeys.push(key),
            }
        }
        kept.push(tag);
    }
    *tags = kept;
    renamed
}
