//! Suggested tags in the app: what the rules have found so far for the open document,
//! kept by sentence, so that a merge or a split re-reads only the sentences it made.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::core::annotation::{TagId, TagSet};
use crate::core::document::{Document, Sentence};
use crate::core::suggest::{Context, Suggester, Suggestion};

/// A sentence's place in the text, which its suggestions are kept under.
pub type SentenceKey = (usize, usize);

/// Suggestions found for some sentences, each under its [`SentenceKey`].
pub type Found = Vec<(SentenceKey, Rc<[Suggestion]>)>;

/// The suggestions found so far, and for which tag set's rules and cue patterns.
#[derive(Debug, Clone, Default)]
pub struct Suggested {
    /// The [`Suggested::key_for`] of the tag set they were found with.
    pub key: u64,
    found: FxHashMap<SentenceKey, Rc<[Suggestion]>>,
}

impl Suggested {
    /// What suggestions depend on in a tag set: its ids and cue patterns, not its
    /// labels, colours or order.
    pub fn key_for(tags: &TagSet) -> u64 {
        let mut hasher = DefaultHasher::new();
        for tag in &tags.tags {
            tag.id.hash(&mut hasher);
            tag.cues.hash(&mut hasher);
        }
        hasher.finish()
    }

    /// The key a sentence's suggestions are kept under.
    pub fn sentence_key(sentence: &Sentence) -> SentenceKey {
        (sentence.start, sentence.end)
    }

    /// The suggestions found for a sentence, if it has been read.
    pub fn get(&self, sentence: &Sentence) -> Option<&Rc<[Suggestion]>> {
        self.found.get(&Self::sentence_key(sentence))
    }

    /// How many sentences have been read.
    pub fn len(&self) -> usize {
        self.found.len()
    }

    /// Whether no sentence has been read.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// The sentences of `doc` not read yet with the tag set `key`, in order.
    pub fn missing(&self, key: u64, doc: &Document) -> Vec<usize> {
        let fresh = key != self.key;
        (0..doc.sentences.len())
            .filter(|&i| fresh || self.get(&doc.sentences[i]).is_none())
            .collect()
    }

    /// These suggestions and `found`; all of them replaced when `key` is another tag set's.
    pub fn with(&self, key: u64, found: Found) -> Suggested {
        let mut next = if key == self.key {
            self.clone()
        } else {
            Suggested {
                key,
                found: FxHashMap::default(),
            }
        };
        next.found.extend(found);
        next
    }
}

/// A pending suggestion of one sentence, sharing what was found there (no copy).
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    /// The sentence's index.
    pub sentence: usize,
    found: Rc<[Suggestion]>,
    at: usize,
}

impl Pending {
    /// The `at`-th suggestion found for `sentence`.
    pub fn new(sentence: usize, found: Rc<[Suggestion]>, at: usize) -> Pending {
        Pending {
            sentence,
            found,
            at,
        }
    }

    /// The suggestion itself.
    pub fn suggestion(&self) -> &Suggestion {
        &self.found[self.at]
    }
}

/// Per tag of the set, in toolbar order, the sentences with a pending suggestion of it.
pub type PendingByTag = Vec<(TagId, Vec<Pending>)>;

/// Reads the sentences `indices` of `doc`.
pub fn read(suggester: &Suggester, doc: &Document, indices: &[usize]) -> Found {
    let count = doc.sentences.len();
    indices
        .iter()
        .filter_map(|&index| {
            let sentence = doc.sentences.get(index)?;
            let found = suggester.sentence(&sentence.text, Context { index, count });
            Some((Suggested::sentence_key(sentence), Rc::from(found)))
        })
        .collect()
}
