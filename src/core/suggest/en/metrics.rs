//! Metrics: a number used as a measure (money, a percentage, a count with its noun, a
//! duration, a vote tally), not a date, a clock time, an ordinal or part of a name.

use std::ops::Range;

use super::tokens::{Kind, Tokens};
use super::words::{
    CHANGES, CURRENCIES, DURATIONS, FUNCTION, LABELS, MONTHS, OPENERS, SCALES, UNITS, among,
    number_word,
};

/// A measure found: the cue's range, the reason and the confidence.
pub(super) type Found = (Range<usize>, &'static str, f32);

/// Words that put a tally such as `5-1` in a vote.
const VOTES: &[&str] = &[
    "vote", "votes", "voted", "voting", "motion", "carried", "passed", "failed", "approved",
    "adopted", "rejected", "defeated", "tally", "margin", "ayes",
];

/// The best measure in the sentence, if any.
pub(super) fn find(t: &Tokens) -> Option<Found> {
    let mut best: Option<Found> = None;
    for i in 0..t.len() {
        let found = match t.kind(i) {
            Some(Kind::Number) => digits(t, i),
            Some(Kind::Word) => spelled(t, i),
            _ => None,
        };
        if let Some(f) = found
            && best.as_ref().is_none_or(|b| f.2 > b.2)
        {
            best = Some(f);
        }
    }
    best
}

/// The word before token `i`, stepping over an abbreviation's full stop (`No. 5`, `Aug. 18`).
fn word_before(t: &Tokens, i: usize) -> Option<usize> {
    let j = i.checked_sub(1)?;
    if t.str(j) == "." && t.glued(j) {
        return j.checked_sub(1).filter(|&k| t.kind(k) == Some(Kind::Word));
    }
    (t.kind(j) == Some(Kind::Word)).then_some(j)
}

/// Whether token `i` (a number) is part of a name, a date, a time or a code.
fn is_not_a_measure(t: &Tokens, i: usize) -> bool {
    let next = t.str(i + 1);
    let glued_next = t.glued(i + 1);
    // COVID-19, I-95, mid-2026, Q3, or the 555 of 217-555-0143.
    if t.glued(i) && matches!(t.kind(i - 1), Some(Kind::Word)) {
        return true;
    }
    if t.glued(i)
        && i >= 2
        && matches!(t.str(i - 1), "-" | "/" | ":" | "–")
        && t.glued(i - 1)
        && matches!(t.kind(i - 2), Some(Kind::Word | Kind::Number))
    {
        return true;
    }
    if glued_next {
        // 75th, 1950s, 3D; 6:30, 24/7.
        if t.kind(i + 1) == Some(Kind::Word) && !among(next, &["m", "bn", "k", "b"]) {
            return true;
        }
        if matches!(next, ":" | "/") && t.kind(i + 2) == Some(Kind::Number) {
            return true;
        }
    }
    // 7 p.m., 9 a.m.
    if among(next, &["a", "p"]) && t.str(i + 2) == "." && t.is_any(i + 3, &["m"]) {
        return true;
    }
    if among(next, &["am", "pm", "o'clock", "o’clock"]) {
        return true;
    }
    if t.str(i.wrapping_sub(1)) == "#" {
        return true;
    }
    if let Some(w) = word_before(t, i) {
        let s = t.str(w);
        let possessive = s.ends_with("'s") || s.ends_with("’s");
        if among(s, MONTHS) && t.capitalized(w) || among(s, LABELS) {
            return true;
        }
        // Windows 11, Resolution 25-31: a capitalized word names what follows.
        if t.capitalized(w) && !possessive && (w > 0 || !among(s, OPENERS)) {
            return true;
        }
    }
    // 8 April; 412 Birch Lane.
    if t.capitalized(i + 1) && !among(next, SCALES) {
        return true;
    }
    let s = t.str(i);
    let year = s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && {
        let n: u32 = s.parse().unwrap_or(0);
        (1800..=2100).contains(&n)
    };
    year && t.str(i.wrapping_sub(1)) != "$" && !among(next, UNITS) && next != "%"
}

/// The measure a run of digits at `i` makes, if any.
fn digits(t: &Tokens, i: usize) -> Option<Found> {
    if is_not_a_measure(t, i) {
        return None;
    }
    // A tally (5-1) or a range (5-6%) or a code (2025-14).
    let mut last = i;
    if matches!(t.str(i + 1), "-" | "–")
        && t.glued(i + 1)
        && t.glued(i + 2)
        && t.kind(i + 2) == Some(Kind::Number)
    {
        let small = |k: usize| t.str(k).parse::<u32>().is_ok_and(|n| n <= 60);
        if small(i) && small(i + 2) && (0..t.len()).any(|k| t.is_any(k, VOTES)) {
            return Some((t.span(i, i + 2), "vote", 0.9));
        }
        last = i + 2;
        if t.glued(i + 3) && t.kind(i + 3) == Some(Kind::Mark) && t.str(i + 3) != "%" {
            return None;
        }
        if !among(t.str(i + 3), UNITS) && !among(t.str(i + 3), DURATIONS) && t.str(i + 3) != "%" {
            return None;
        }
    }
    let currency = matches!(t.str(i.wrapping_sub(1)), "$" | "€" | "£") && t.glued(i);
    let start = if currency { i - 1 } else { i };
    unit(t, start, last, currency, i)
}

/// The measure a spelled-out number at `i` makes (`two officers`, `three-hour`), if any.
fn spelled(t: &Tokens, i: usize) -> Option<Found> {
    number_word(t.str(i))?;
    let mut last = i;
    // twenty-five
    if t.str(i + 1) == "-" && t.glued(i + 1) && number_word(t.str(i + 2)).is_some() {
        last = i + 2;
    }
    let prev = i.checked_sub(1).map_or("", |p| t.str(p));
    let opening = i == 0 || matches!(prev, ":" | "(" | "\"" | "“" | "—");
    if t.capitalized(i) && !opening {
        return None;
    }
    let hyphen = t.str(last + 1) == "-" && t.glued(last + 1);
    if among(prev, &["the", "these", "those", "no"]) && !hyphen {
        return None;
    }
    let one = t.is_any(i, &["one", "dozen"]);
    if one && t.is(i, "dozen") && !among(prev, &["a", "half"]) {
        return None;
    }
    if one && t.is(i, "one") {
        let next = if hyphen {
            t.str(last + 2)
        } else {
            t.str(last + 1)
        };
        if !among(next, UNITS) && !among(next, DURATIONS) {
            return None;
        }
    }
    let start = if t.is(i, "dozen") { i - 1 } else { i };
    unit(t, start, last, false, i)
        .filter(|f| f.1 != "count" || t.lower(last + 1) || hyphen)
        .map(|(r, why, c)| (r, why, c - 0.05))
}

/// What follows a number ending at token `last` says what it measures.
fn unit(t: &Tokens, start: usize, last: usize, currency: bool, number: usize) -> Option<Found> {
    let mut end = last;
    let mut next = last + 1;
    let scaled = among(t.str(next), SCALES) || (currency && among(t.str(next), &["m", "bn", "k"]));
    if scaled {
        end = next;
        next += 1;
    }
    let word = t.str(next);
    let hyphen = word == "-" && t.glued(next) && t.lower(next + 1);
    let unit_at = if hyphen { next + 1 } else { next };
    let unit_word = t.str(unit_at);
    if currency || among(word, CURRENCIES) {
        let end = if among(word, CURRENCIES) { next } else { end };
        return Some((t.span(start, end), "money", 0.95));
    }
    let change = (number.saturating_sub(3)..number).any(|k| t.is_any(k, CHANGES));
    let two_words = (t.is(next, "per") && t.is(next + 1, "cent"))
        || (t.is_any(next, &["percentage", "basis"]) && t.is_any(next + 1, &["point", "points"]));
    let percent = if word == "%" || t.is_any(next, &["percent", "pct"]) {
        Some(next)
    } else if two_words {
        Some(next + 1)
    } else {
        None
    };
    if let Some(p) = percent {
        let why = if change { "growth" } else { "percent" };
        return Some((t.span(start, p), why, 0.95));
    }
    if t.is(next, "points") && change {
        return Some((t.span(start, next), "growth", 0.9));
    }
    if among(unit_word, DURATIONS) {
        let after = t.str(unit_at + 1);
        if among(after, &["ago", "old"]) || (after == "-" && t.is(unit_at + 2, "old")) {
            return None;
        }
        return Some((t.span(start, unit_at), "duration", 0.85));
    }
    if hyphen {
        // a ten-point plan, a five-star hotel: a name, not a measure.
        if among(
            unit_word,
            &["point", "pronged", "step", "part", "way", "star", "party"],
        ) {
            return None;
        }
        return Some((t.span(start, unit_at), "count", 0.8));
    }
    if t.lower(next) && !among(word, FUNCTION) {
        return Some((t.span(start, next), "count", 0.8));
    }
    // A large figure without a unit still measures (`topped 61,000`); a small one may not.
    let s = t.str(number);
    if scaled || (t.kind(number) == Some(Kind::Number) && (s.contains(',') || s.contains('.'))) {
        return Some((t.span(start, end), "count", 0.7));
    }
    // about 400 in attendance, a crowd of about 300: a figure someone estimated.
    let approx = number > 0 && t.is_any(number - 1, &["about", "around", "approximately", "some"]);
    let at = number > 1 && t.is(number - 2, "at");
    (approx && !at && t.kind(number) == Some(Kind::Number))
        .then(|| (t.span(number - 1, end), "count", 0.7))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(s: &str) -> Option<(String, &'static str)> {
        let t = Tokens::new(s);
        find(&t).map(|(r, why, _)| (s[r].to_string(), why))
    }

    #[test]
    fn reads_measures() {
        let cases = [
            ("Sales reached $2.8 billion.", "$2.8 billion", "money"),
            ("It rose 6.4% in May.", "6.4%", "growth"),
            ("The vote was 5-1.", "5-1", "vote"),
            ("A three-hour meeting.", "three-hour", "duration"),
            ("They bought 12 patrol vehicles.", "12 patrol", "count"),
            ("It opened a 24-bed unit.", "24-bed", "count"),
        ];
        for (s, c, why) in cases {
            assert_eq!(cue(s), Some((c.to_string(), why)), "{s}");
        }
    }

    #[test]
    fn passes_over_names_dates_and_times() {
        for s in [
            "Ordinance No. 2025-14 was read.",
            "The meeting began at 6:30 p.m. on April 8, 2025.",
            "Route 9 is closed through Sept. 10.",
            "COVID-19 relief ended in the 1950s style.",
            "Call 217-555-0143 about the 75th anniversary.",
            "She lives at 412 Birch Lane.",
            "No one was present.",
        ] {
            assert_eq!(cue(s), None, "{s}");
        }
    }
}
