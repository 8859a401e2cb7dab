//! `a.m.` and `p.m.`: when a clock time ends its sentence.
//!
//! `He left at 6 P.M. Mr. Smith then went home.` is two sentences: the time closes a
//! clause, and a name or a title starts the next. `At 5 a.m. Mr. Smith left.` is one:
//! a time that opens the sentence leads into its subject. A lower-case word, a day,
//! a month or a time zone after the time (`6 p.m. on Friday`, `5 p.m. EST`,
//! `8 p.m. Beijing time`) keeps the sentence going.

/// Words that open a sentence with a time (`At 5 a.m.`, `Shortly after 9 p.m.`).
const OPENERS: &[&str] = &[
    "About",
    "After",
    "Around",
    "At",
    "Before",
    "Beginning",
    "By",
    "Early",
    "From",
    "Just",
    "Late",
    "On",
    "Shortly",
    "Since",
    "Starting",
    "Till",
    "Until",
];

/// Capitalised words that go on from a time: days, months, time zones. Sorted.
const AFTER_A_TIME: &[&str] = &[
    "AEDT",
    "AEST",
    "April",
    "August",
    "BST",
    "CDT",
    "CEST",
    "CET",
    "CST",
    "CT",
    "December",
    "EDT",
    "EST",
    "ET",
    "February",
    "Friday",
    "GMT",
    "HKT",
    "IST",
    "JST",
    "January",
    "July",
    "June",
    "MDT",
    "MST",
    "MT",
    "March",
    "May",
    "Monday",
    "November",
    "October",
    "PDT",
    "PST",
    "PT",
    "Saturday",
    "September",
    "Sunday",
    "Thursday",
    "Tuesday",
    "UTC",
    "Wednesday",
];

/// The words the sentence starts with before a time: at most this many make an opening.
const MAX_OPENING_WORDS: usize = 6;

/// Does the sentence go on after `sentence`, which ends in `a.m.` or `p.m.`, given that
/// the words `next` and `then` follow, and `next` starts with a capital letter?
pub fn continues_after(sentence: &str, next: &str, then: &str) -> bool {
    if AFTER_A_TIME.binary_search(&next).is_ok() || then.eq_ignore_ascii_case("time") {
        return true;
    }
    let mut words = sentence.split_whitespace();
    let opening = words
        .next()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|w| OPENERS.binary_search(&w).is_ok());
    opening && words.take(MAX_OPENING_WORDS).count() < MAX_OPENING_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        for list in [OPENERS, AFTER_A_TIME] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn a_time_ends_a_clause_unless_it_opens_one() {
        assert!(!continues_after("He left at 6 P.M.", "Mr", "Smith"));
        assert!(continues_after("At 5 a.m.", "Mr", "Smith"));
        assert!(continues_after("It ends at 5 p.m.", "EST", ""));
        assert!(continues_after("It starts at 8 p.m.", "Beijing", "time"));
        assert!(continues_after("Polls close at 8 p.m.", "Tuesday", ""));
    }
}
