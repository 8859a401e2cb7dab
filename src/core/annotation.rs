//! Tags, tag sets, and the marks (tags and a note) that a sentence carries.

use serde::{Deserialize, Serialize};

use crate::core::credits::Credits;

/// A tag's stable identity; labels may change, ids do not.
pub type TagId = String;

/// A tag a sentence can carry, as the tag set defines it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    /// Stable id of the tag, used in marks and files; the label may change.
    pub id: TagId,
    /// The name the user sees and may rename.
    pub label: String,
    /// A CSS hex colour, `#rrggbb`.
    pub color: String,
    /// The key that toggles the tag, besides its position (`1`–`9`).
    pub hotkey: Option<char>,
    /// Words or patterns that suggest the tag (see [`crate::core::suggest::cues`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<String>,
}

/// An ordered list of tags. The order is the order of the toolbar, the digits and the digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagSet {
    /// The tags, in toolbar order.
    pub tags: Vec<Tag>,
}

/// Colours for new tags, each dark enough for white chip text.
pub const PALETTE: [&str; 6] = [
    "#7a3e9d", "#b0306a", "#0f766e", "#8a6d00", "#4b5563", "#9a3412",
];

/// The built-in tags: id (also the label) and colour. The UI may show an untouched
/// label in its own language.
pub const DEFAULT_TAGS: [(&str, &str); 3] = [
    ("commitments", "#1f7a4d"),
    ("metrics", "#1d5fbf"),
    ("attendees", "#a34a00"),
];

/// The built-in tags' names in Chinese: the UI shows them, and an import reads them.
pub const DEFAULT_TAG_NAMES_ZH: [(&str, &str); 3] = [
    ("commitments", "承诺"),
    ("metrics", "指标"),
    ("attendees", "出席"),
];

/// Letters the app keeps for its own keys; a tag cannot take them as its hotkey.
pub const RESERVED_KEYS: &[char] = &[
    'j', 'k', 'n', 'm', 's', 'u', 'p', '?', '/', 'a', 'x', '[', ']',
];

/// Whether `key` may serve as a tag's own hotkey.
pub fn is_free_hotkey(key: char) -> bool {
    !key.is_whitespace()
        && !key.is_control()
        && !key.is_ascii_digit()
        && !RESERVED_KEYS.contains(&key.to_ascii_lowercase())
}

impl Default for TagSet {
    fn default() -> Self {
        TagSet {
            tags: DEFAULT_TAGS
                .iter()
                .map(|(id, color)| Tag {
                    id: id.to_string(),
                    label: id.to_string(),
                    color: color.to_string(),
                    hotkey: None,
                    cues: Vec::new(),
                })
                .collect(),
        }
    }
}

impl TagSet {
    /// The tag with this id, if the set has it.
    pub fn get(&self, id: &str) -> Option<&Tag> {
        self.tags.iter().find(|t| t.id == id)
    }

    /// Where the tag with this id stands in the order, if the set has it.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.tags.iter().position(|t| t.id == id)
    }

    /// The tag a key toggles: its own hotkey first, then `1`–`9` by position.
    pub fn for_key(&self, key: char) -> Option<&Tag> {
        if let Some(tag) = self.tags.iter().find(|t| t.hotkey == Some(key)) {
            return Some(tag);
        }
        let digit = key.to_digit(10).filter(|d| (1..=9).contains(d))?;
        self.tags.get(digit as usize - 1)
    }

    /// A fresh id derived from `label`, unlike any id in the set. ASCII letters are
    /// lowercased; other letters stay as they are (Unicode case tables cost 7 KB).
    pub fn new_id(&self, label: &str) -> TagId {
        let slug: String = label
            .trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let base = if slug.trim_matches('-').is_empty() {
            "tag".to_string()
        } else {
            slug.trim_matches('-').to_string()
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.get(&id).is_some() {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    /// A colour for a new tag: the next one of [`PALETTE`].
    pub fn next_color(&self) -> String {
        PALETTE[self.tags.len() % PALETTE.len()].to_string()
    }
}

/// Milliseconds since the Unix epoch; 0 where unknown.
pub type Millis = i64;

/// What one sentence carries: tags (in the order they were added), a note, the
/// suggestions the user turned down, and when they were first given and last changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marks {
    /// Ids of the tags on the sentence, in the order they were added.
    pub tags: Vec<TagId>,
    /// The user's free-text note; empty when there is none.
    pub note: String,
    /// When the sentence was first marked; 0 when unmarked or unknown.
    pub created: Millis,
    /// When its tags or note last changed; 0 when unmarked or unknown.
    pub modified: Millis,
    /// Tags suggested for the sentence that the user rejected: not suggested again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<TagId>,
    /// Phrases marked inside the sentence, in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<Phrase>,
    /// Who gave each tag and wrote the note, where known.
    #[serde(default, skip_serializing_if = "Credits::is_empty")]
    pub by: Credits,
}

/// A part of one sentence with tags or a note of its own (a word, a figure, a name).
/// Its place is in code points of the document's text, as a sentence's is, so a merge
/// or a split of sentences leaves it where it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phrase {
    /// Code point where the phrase starts.
    pub start: usize,
    /// Code point just past its end.
    pub end: usize,
    /// Ids of its tags, in the order they were added.
    #[serde(default)]
    pub tags: Vec<TagId>,
    /// The user's note on it; empty when there is none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Who gave each tag and wrote the note, where known.
    #[serde(default, skip_serializing_if = "Credits::is_empty")]
    pub by: Credits,
}

impl Phrase {
    /// Whether the phrase carries the tag with this id.
    pub fn has(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }
}

impl Marks {
    /// Whether the sentence carries the tag with this id.
    pub fn has(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }

    /// Whether the user rejected a suggestion of this tag here.
    pub fn rejects(&self, tag: &str) -> bool {
        self.rejected.iter().any(|t| t == tag)
    }

    /// Whether there is neither a tag nor a note, so that the sentence counts as unmarked.
    pub fn is_unmarked(&self) -> bool {
        self.tags.is_empty() && self.note.is_empty()
    }

    /// Whether there is nothing to keep: no tag, no note, no rejected suggestion, no
    /// phrase.
    pub fn is_empty(&self) -> bool {
        self.is_unmarked() && self.rejected.is_empty() && self.phrases.is_empty()
    }

    /// Whether neither the sentence nor any of its phrases carries a tag.
    pub fn is_untagged(&self) -> bool {
        self.tags.is_empty() && self.phrases.iter().all(|p| p.tags.is_empty())
    }

    /// Whether the sentence or one of its phrases carries the tag: what a filter asks.
    pub fn has_anywhere(&self, tag: &str) -> bool {
        self.has(tag) || self.phrases.iter().any(|p| p.has(tag))
    }

    /// These marks with `tags` and `note`, stamped as changed at `now`; the rejected
    /// suggestions stay. Marks that end up empty lose their times too: an unmarked
    /// sentence has no history.
    pub fn changed(&self, tags: Vec<TagId>, note: String, now: Millis) -> Marks {
        self.changed_with(tags, note, self.rejected.clone(), now)
    }

    /// These marks with `tags`, `note` and `rejected`, stamped as changed at `now`.
    pub fn changed_with(
        &self,
        tags: Vec<TagId>,
        note: String,
        rejected: Vec<TagId>,
        now: Millis,
    ) -> Marks {
        if tags.is_empty() && note.is_empty() && rejected.is_empty() && self.phrases.is_empty() {
            return Marks::default();
        }
        let created = if self.is_empty() { now } else { self.created };
        Marks {
            tags,
            note,
            created,
            modified: now,
            rejected,
            phrases: self.phrases.clone(),
            by: self.by.clone(),
        }
    }

    /// The union of two sentences' marks, for a merge: tags of both, notes joined.
    pub fn merged(&self, other: &Marks) -> Marks {
        let mut tags = self.tags.clone();
        tags.extend(other.tags.iter().filter(|t| !self.has(t)).cloned());
        let note = match (self.note.is_empty(), other.note.is_empty()) {
            (_, true) => self.note.clone(),
            (true, false) => other.note.clone(),
            (false, false) => format!("{}\n{}", self.note, other.note),
        };
        let mut rejected = self.rejected.clone();
        rejected.extend(other.rejected.iter().filter(|t| !self.rejects(t)).cloned());
        let stamps = [self, other].into_iter().filter(|m| !m.is_empty());
        let created = stamps.clone().map(|m| m.created).min().unwrap_or(0);
        let modified = stamps.map(|m| m.modified).max().unwrap_or(0);
        let mut phrases = self.phrases.clone();
        phrases.extend(other.phrases.iter().cloned());
        phrases.sort_by_key(|p| (p.start, p.end));
        Marks {
            tags,
            note,
            created,
            modified,
            rejected,
            phrases,
            by: self.by.merged(&other.by),
        }
    }
}

/// Black or white, whichever reads better on `background` (`#rrggbb`), by WCAG contrast.
pub fn text_color_on(background: &str) -> &'static str {
    let channel = |i: usize| {
        let v = u8::from_str_radix(background.get(i..i + 2).unwrap_or("80"), 16).unwrap_or(128);
        let c = f64::from(v) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05).
    if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) {
        "#000000"
    } else {
        "#ffffff"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_toggle_by_hotkey_then_by_position() {
        let mut set = TagSet::default();
        assert_eq!(set.for_key('2').unwrap().id, "metrics");
        assert!(set.for_key('4').is_none());
        assert!(set.for_key('0').is_none());
        set.tags[2].hotkey = Some('2');
        assert_eq!(set.for_key('2').unwrap().id, "attendees");
    }

    #[test]
    fn new_ids_are_unique_slugs() {
        let set = TagSet::default();
        assert_eq!(set.new_id("Main idea"), "main-idea");
        assert_eq!(set.new_id("Metrics"), "metrics-2");
        assert_eq!(set.new_id("  !! "), "tag");
        assert_eq!(set.new_id("词汇"), "词汇");
    }

    #[test]
    fn merging_marks_unites_tags_and_joins_notes() {
        let a = Marks {
            tags: vec!["x".into(), "y".into()],
            note: "one".into(),
            created: 5,
            modified: 9,
            rejected: vec!["z".into()],
            phrases: vec![Phrase {
                start: 9,
                end: 12,
                tags: vec!["x".into()],
                note: String::new(),
                by: Credits::default(),
            }],
            by: Credits::default().with("x", "Ann"),
        };
        let b = Marks {
            tags: vec!["y".into(), "z".into()],
            note: "two".into(),
            created: 3,
            modified: 4,
            rejected: vec!["z".into(), "w".into()],
            phrases: vec![Phrase {
                start: 2,
                end: 4,
                tags: vec!["word".into()],
                note: String::new(),
                by: Credits::default(),
            }],
            by: Credits::default().with("z", "Bo"),
        };
        let m = a.merged(&b);
        assert_eq!(m.tags, ["x", "y", "z"]);
        assert_eq!(m.note, "one\ntwo");
        assert_eq!(m.rejected, ["z", "w"]);
        assert_eq!((m.by.by("x"), m.by.by("z")), (Some("Ann"), Some("Bo")));
        assert_eq!(
            m.phrases.iter().map(|p| p.start).collect::<Vec<_>>(),
            [2, 9]
        );
        assert!(m.has_anywhere("word") && !m.has("word"));
        assert_eq!((m.created, m.modified), (3, 9));
        assert_eq!(Marks::default().merged(&b).note, "two");
    }

    #[test]
    fn chip_text_is_readable_on_the_default_colours() {
        for color in DEFAULT_TAGS.iter().map(|(_, c)| *c).chain(PALETTE) {
            assert_eq!(text_color_on(color), "#ffffff", "{color}");
        }
        assert_eq!(text_color_on("#ffe066"), "#000000");
    }
}
