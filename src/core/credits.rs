//! Who gave each tag and wrote each note: an author's name per tag id, and one for the
//! note under [`NOTE`]. A tag or note with no entry has an unknown author (made before
//! names were recorded, or by a user who gave none).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::annotation::TagId;

/// The key of the note's author. Tag ids never start with `#` (see
/// [`crate::core::annotation::TagSet::new_id`] and the import's checks).
pub const NOTE: &str = "#note";

/// Authors by tag id (and [`NOTE`]), in key order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Credits(BTreeMap<String, String>);

impl Credits {
    /// Whether no author is known for anything.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The author of the tag (or of the note, with [`NOTE`]), if known.
    pub fn by(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// Every tag id (or [`NOTE`]) with its author.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, a)| (k.as_str(), a.as_str()))
    }

    /// These credits with `key` given to `author`; an empty author forgets the key.
    pub fn with(&self, key: &str, author: &str) -> Credits {
        let mut next = self.0.clone();
        if author.trim().is_empty() {
            next.remove(key);
        } else {
            next.insert(key.to_string(), author.trim().to_string());
        }
        Credits(next)
    }

    /// These credits kept only for the keys `keep` accepts.
    pub fn retained(&self, keep: impl Fn(&str) -> bool) -> Credits {
        Credits(
            self.0
                .iter()
                .filter(|(k, _)| keep(k))
                .map(|(k, a)| (k.clone(), a.clone()))
                .collect(),
        )
    }

    /// Both sets of credits; where both name an author for a key, `self`'s stays.
    pub fn merged(&self, other: &Credits) -> Credits {
        let mut next = other.0.clone();
        next.extend(self.0.iter().map(|(k, a)| (k.clone(), a.clone())));
        Credits(next)
    }

    /// The credits for marks changed from (`old_tags`, `old_note`) to (`tags`, `note`)
    /// by `author`: new tags and a changed note are theirs, removed ones are forgotten,
    /// the rest stay.
    pub fn stamped(
        &self,
        (old_tags, old_note): (&[TagId], &str),
        (tags, note): (&[TagId], &str),
        author: &str,
    ) -> Credits {
        let mut next = self.retained(|k| {
            if k == NOTE {
                !note.is_empty()
            } else {
                tags.iter().any(|t| t == k)
            }
        });
        for tag in tags.iter().filter(|t| !old_tags.contains(t)) {
            next = next.with(tag, author);
        }
        if note != old_note && !note.is_empty() {
            next = next.with(NOTE, author);
        }
        next
    }

    /// The distinct authors named, in order of name.
    pub fn authors(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.0.values().map(String::as_str).collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}

impl FromIterator<(String, String)> for Credits {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        Credits(
            iter.into_iter()
                .filter(|(_, a)| !a.trim().is_empty())
                .map(|(k, a)| (k, a.trim().to_string()))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_tags_and_notes_are_credited_and_removed_ones_forgotten() {
        let tags = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let c = Credits::default().stamped((&[], ""), (&tags(&["a"]), "n"), "Ann");
        assert_eq!((c.by("a"), c.by(NOTE)), (Some("Ann"), Some("Ann")));
        let c = c.stamped((&tags(&["a"]), "n"), (&tags(&["a", "b"]), "n"), "Bo");
        assert_eq!(
            (c.by("a"), c.by("b"), c.by(NOTE)),
            (Some("Ann"), Some("Bo"), Some("Ann"))
        );
        let c = c.stamped((&tags(&["a", "b"]), "n"), (&tags(&["b"]), ""), "Cy");
        assert_eq!(
            (c.by("a"), c.by(NOTE), c.authors()),
            (None, None, vec!["Bo"])
        );
        let unknown = c.stamped((&tags(&["b"]), ""), (&tags(&["b", "c"]), ""), " ");
        assert_eq!(unknown.by("c"), None, "no name, no credit");
        assert_eq!(
            Credits::default()
                .with("a", "X")
                .merged(&Credits::default().with("a", "Y").with("b", "Y")),
            Credits::default().with("a", "X").with("b", "Y")
        );
    }
}
