//! Reading around a cue: where its clause starts, who its subject is, what negates it.

use super::tokens::{Kind, Tokens};
use super::words::among;

/// Words that open a subject which names no one (`More than 300 residents`, `He`).
const UNNAMED: &[&str] = &[
    "more",
    "about",
    "several",
    "many",
    "some",
    "no",
    "dozens",
    "hundreds",
    "thousands",
    "few",
    "most",
    "all",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "there",
    "nearly",
    "over",
    "almost",
    "roughly",
    "only",
    "a",
    "an",
    "the",
    "one",
    "none",
    "others",
    "other",
    "both",
    "each",
    "every",
    "residents",
    "members",
    "people",
    "staff",
    "officials",
    "speakers",
    "parents",
    "students",
    "volunteers",
    "visitors",
    "guests",
    "participants",
    "attendees",
    "delegates",
    "representatives",
    "reporters",
    "crowds",
    "around",
    "approximately",
    "estimated",
    "supporters",
    "fans",
    "protesters",
    "up",
    "at",
];

/// Who acts: pronouns and the bodies that promise things (`the district would`).
const ACTORS: &[&str] = &[
    "it",
    "they",
    "we",
    "he",
    "she",
    "i",
    "staff",
    "city",
    "council",
    "board",
    "company",
    "department",
    "district",
    "authority",
    "government",
    "agency",
    "county",
    "state",
    "university",
    "firm",
    "group",
    "utility",
    "hospital",
    "commission",
    "committee",
    "bank",
    "administration",
    "ministry",
    "office",
    "team",
    "developer",
    "contractor",
    "school",
    "library",
    "union",
    "airline",
    "retailer",
    "charity",
    "organisation",
    "organization",
    "trust",
    "police",
    "officials",
    "management",
    "province",
    "mayor",
    "governor",
    "chain",
];

/// Words that end the clause before a cue.
const BOUNDARIES: &[&str] = &[
    ",",
    ";",
    ":",
    "—",
    "–",
    "(",
    "\"",
    "“",
    "”",
    "that",
    "said",
    "says",
    "told",
    "announced",
    "and",
    "but",
    "while",
    "because",
    "as",
    "after",
    "before",
    "when",
    "if",
    "unless",
];

/// The first token of the clause that holds token `i`.
pub(super) fn start(t: &Tokens, i: usize) -> usize {
    (0..i)
        .rev()
        .find(|&k| among(t.str(k), BOUNDARIES) || t.str(k) == "," || t.str(k) == ";")
        .map_or(0, |k| k + 1)
}

/// Whether the words from `from` to before `to` name a person or a body: a capitalized
/// word, and no opening quantifier, pronoun or crowd (`Several riders`).
pub(super) fn named(t: &Tokens, from: usize, to: usize) -> bool {
    let first = (from..to).find(|&k| matches!(t.kind(k), Some(Kind::Word | Kind::Number)));
    let Some(first) = first else {
        return false;
    };
    if t.kind(first) == Some(Kind::Number) || among(t.str(first), UNNAMED) {
        return false;
    }
    // 80 supporters, 12 residents: a counted crowd.
    if (from..to).any(|k| t.kind(k) == Some(Kind::Number) && t.lower(k + 1)) {
        return false;
    }
    (first..to).any(|k| t.capitalized(k))
}

/// Whether a capitalized word (a name) comes within `n` tokens after `i`.
pub(super) fn name_follows(t: &Tokens, i: usize, n: usize) -> bool {
    (i + 1..=i + n).any(|k| t.capitalized(k))
}

/// Whether `not`, `no`, `never` or an `n't` comes within `n` tokens before `i`.
pub(super) fn negated_before(t: &Tokens, i: usize, n: usize) -> bool {
    (i.saturating_sub(n)..i).any(|k| {
        let s = t.str(k);
        among(s, &["not", "no", "never", "nor", "cannot"])
            || s.ends_with("n't")
            || s.ends_with("n’t")
    })
}

/// Whether any of `words` occurs from token `from` to before token `to`.
pub(super) fn any_in(t: &Tokens, from: usize, to: usize, words: &[&str]) -> bool {
    (from..to.min(t.len())).any(|k| t.is_any(k, words))
}

/// Whether the subject of the clause that holds token `i` names someone, looking past an
/// apposition or a relative pronoun (`The charity's chair, Reverend Mark Ellison, opened`;
/// `Mayor Kerr, who chaired`).
pub(super) fn subject_named(t: &Tokens, i: usize) -> bool {
    let from = start(t, i);
    let relative = (from..i).all(|k| t.is_any(k, &["who", "which", "also"]));
    if !relative {
        return named(t, from, i);
    }
    let mut from = from;
    for _ in 0..2 {
        let Some(before) = from.checked_sub(1) else {
            return false;
        };
        if !matches!(t.str(before), ",") {
            return false;
        }
        from = start(t, before);
        if named(t, from, before) {
            return true;
        }
    }
    false
}

/// Whether the subject of the clause before token `i` is an actor: a name, a pronoun or
/// a body such as `the district`.
pub(super) fn actor(t: &Tokens, i: usize) -> bool {
    let from = start(t, i);
    from < i && (from..i).any(|k| t.capitalized(k) && k > 0 || t.is_any(k, ACTORS))
}
