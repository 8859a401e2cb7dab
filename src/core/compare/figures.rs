//! Agreement figures per tag over the sentences, and each sheet against a reference.

use std::collections::HashSet;

use crate::core::agreement::{
    Chance, Scores, category_counts, cohen_kappa, fleiss_kappa, krippendorff_alpha,
};
use crate::core::annotation::{Marks, TagId, TagSet};

use super::Sheet;
use super::questions::sentences;

/// The figures of one tag.
#[derive(Debug, Clone, PartialEq)]
pub struct TagFigures {
    /// The tag's id.
    pub tag: TagId,
    /// How many sentences each sheet gives the tag, in sheet order.
    pub counts: Vec<usize>,
    /// Cohen's kappa, when there are exactly two sheets.
    pub cohen: Option<Chance>,
    /// Fleiss' kappa, when there are two sheets or more.
    pub fleiss: Option<Chance>,
    /// Krippendorff's alpha (nominal), when there are two sheets or more.
    pub alpha: Option<Chance>,
    /// Each sheet's sentences against the reference's; empty without a reference.
    pub sentences: Vec<Scores>,
    /// Each sheet's phrases against the reference's, a phrase counting as found only
    /// at exactly the same span; empty without a reference.
    pub phrases: Vec<Scores>,
}

/// The figures of each tag of `tags`, over all sentences of the document, for the
/// sheets (at least two for the coefficients), and each sheet's precision, recall and
/// F1 against sheet `reference` when one is given (the reference scores 1 against
/// itself).
///
/// A sentence has a tag when its own tags have it ([`Marks::has`]); a phrase's tag does
/// not count for its sentence. Tagging a sentence and tagging a word in it are two
/// decisions in sentag, and the differences list ([`super::differences`]) shows them
/// apart, so the figures do too; phrases have figures of their own
/// ([`TagFigures::phrases`]), by exact span. Kappa and alpha are not given for phrases:
/// there is no fixed set of spans on which both could say "no".
pub fn figures(sheets: &[Sheet], tags: &TagSet, reference: Option<usize>) -> Vec<TagFigures> {
    tags.tags
        .iter()
        .map(|tag| tag_figures(sheets, &tag.id, reference))
        .collect()
}

fn tag_figures(sheets: &[Sheet], tag: &str, reference: Option<usize>) -> TagFigures {
    let n = sentences(sheets);
    let has: Vec<Vec<bool>> = sheets
        .iter()
        .map(|s| {
            (0..n)
                .map(|i| s.at(i).is_some_and(|m| m.has(tag)))
                .collect()
        })
        .collect();
    let several = sheets.len() >= 2;
    let key = reference.and_then(|r| has.get(r));
    let spans: Vec<HashSet<(usize, usize)>> = sheets.iter().map(|s| phrase_spans(s, tag)).collect();
    let key_spans = reference.and_then(|r| spans.get(r));
    TagFigures {
        tag: tag.to_string(),
        counts: has
            .iter()
            .map(|h| h.iter().filter(|x| **x).count())
            .collect(),
        cohen: match has.as_slice() {
            [a, b] => cohen_kappa(a, b),
            _ => None,
        },
        fleiss: several
            .then(|| category_counts(&has).and_then(|t| fleiss_kappa(&t)))
            .flatten(),
        alpha: several
            .then(|| {
                let rows: Vec<Vec<Option<bool>>> = has
                    .iter()
                    .map(|h| h.iter().map(|x| Some(*x)).collect())
                    .collect();
                krippendorff_alpha(&rows)
            })
            .flatten(),
        sentences: key.map_or_else(Vec::new, |key| {
            has.iter().map(|h| Scores::of(h, key)).collect()
        }),
        phrases: key_spans.map_or_else(Vec::new, |key| {
            spans.iter().map(|s| span_scores(s, key)).collect()
        }),
    }
}

/// The spans of a sheet's phrases that carry the tag.
pub(super) fn phrase_spans(sheet: &Sheet, tag: &str) -> HashSet<(usize, usize)> {
    sheet
        .marks
        .iter()
        .flat_map(|m: &std::rc::Rc<Marks>| m.phrases.iter())
        .filter(|p| p.has(tag))
        .map(|p| (p.start, p.end))
        .collect()
}

/// Spans found against spans of the reference, by exact match.
pub(super) fn span_scores(
    found: &HashSet<(usize, usize)>,
    key: &HashSet<(usize, usize)>,
) -> Scores {
    let hits = found.intersection(key).count() as u64;
    Scores {
        true_positives: hits,
        false_positives: found.len() as u64 - hits,
        false_negatives: key.len() as u64 - hits,
    }
}
