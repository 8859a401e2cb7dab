//! English abbreviations and initials: when a full stop does not end a sentence.

use super::chars::is_han;
use super::clock;

// The lists are sorted (a test checks), for binary search.

/// Titles and Latin short forms that are (almost) never the last word of a sentence.
const NEVER_FINAL: &[&str] = &[
    "adm", "capt", "cf", "col", "cpl", "dr", "e.g", "gen", "gov", "hon", "i.e", "insp", "lt",
    "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "mx", "pres", "prof", "rep", "rev", "sen",
    "sgt", "supt", "viz", "vs",
];

/// Short forms that stand before a number: `No. 5`, `p. 12`, `Fig. 3`.
const BEFORE_NUMBER: &[&str] = &[
    "art", "arts", "ch", "chap", "eq", "fig", "figs", "no", "nos", "nr", "op", "p", "para", "pp",
    "ref", "sec", "tab", "vol", "vols",
];

/// Short forms that may end a sentence or sit inside one: the next word decides.
const AMBIGUOUS: &[&str] = &[
    "a.m", "al", "approx", "apr", "assn", "aug", "ave", "blvd", "bros", "ca", "co", "corp", "dec",
    "dept", "est", "etc", "feb", "fri", "ft", "govt", "inc", "intl", "jan", "jr", "jul", "jun",
    "llc", "ltd", "mar", "mon", "mt", "natl", "nov", "oct", "p.m", "ph.d", "plc", "rd", "sat",
    "sep", "sept", "sr", "st", "sun", "thu", "tue", "univ", "wed",
];

/// Capitalised words that usually begin a sentence: after an ambiguous
/// abbreviation they mean a new sentence has started.
const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "After",
    "All",
    "Also",
    "Although",
    "An",
    "And",
    "Are",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Can",
    "Could",
    "Despite",
    "Did",
    "Do",
    "Does",
    "During",
    "Each",
    "Every",
    "For",
    "From",
    "Had",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Is",
    "It",
    "Its",
    "Last",
    "Later",
    "Let",
    "Many",
    "Meanwhile",
    "Most",
    "My",
    "Next",
    "Not",
    "Now",
    "On",
    "One",
    "Only",
    "Or",
    "Our",
    "Please",
    "She",
    "Should",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "Today",
    "Tomorrow",
    "Was",
    "We",
    "Were",
    "What",
    "When",
    "Where",
    "Which",
    "While",
    "Who",
    "Why",
    "Will",
    "With",
    "Would",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// Does the sentence go on after `sentence`, which ends in a full stop, given
/// that `after` follows? `sentence` is the sentence so far, `after` the rest of the
/// line from just after the full stop.
pub fn continues_after_full_stop(sentence: &str, after: &str) -> bool {
    if is_dateline(sentence) {
        return true;
    }
    let token = word_before_full_stop(sentence);
    if token.is_empty() {
        return false;
    }
    let next = next_word(after);
    // `他在U.S.工作`: Chinese text right after the full stop goes on from the abbreviation.
    let goes_on = || han_follows_at_once(after) || continues_into(next);
    let before_number = next.starts_with(|c: char| c.is_ascii_digit());
    // `N°. 1026`, `n°. 5`: a number sign.
    if token.ends_with(['°', 'º']) {
        return before_number;
    }
    // `会议指出：1.要抓招商；2.要优环境`: a number and a full stop before Chinese text
    // number a list item.
    if token.len() <= 3 && token.bytes().all(|b| b.is_ascii_digit()) && han_follows_at_once(after) {
        return true;
    }
    // `Tuesday.Mr. Smith`, with the space after a sentence left out.
    if let Some((_, last)) = token.rsplit_once('.')
        && last.len() > 1
        && never_ends_a_sentence(last)
    {
        return true;
    }
    let mut buffer = [0u8; 8];
    let Some(lower) = ascii_lowercase(token, &mut buffer) else {
        // Longer than any listed short form: only initials such as `J.R.R.T` remain.
        return is_initials(token) && goes_on();
    };
    if NEVER_FINAL.binary_search(&lower).is_ok() {
        return true;
    }
    if BEFORE_NUMBER.binary_search(&lower).is_ok() && before_number {
        return true;
    }
    if lower == "a.m" || lower == "p.m" {
        return goes_on()
            && (!next.starts_with(|c: char| c.is_uppercase())
                || clock::continues_after(sentence, next, word_after(after, next)));
    }
    // `you and I. Have you…`: after a lower-case word, `I` is the pronoun, not an initial.
    if token == "I" && follows_a_lower_case_word(sentence) {
        return false;
    }
    let ambiguous = AMBIGUOUS.binary_search(&lower).is_ok() || is_initials(token);
    ambiguous && goes_on()
}

/// Whether `before` ends in a short form that stands before a number (`No.`, `p.`),
/// so that a number after it is that number, not a list item's.
pub fn ends_before_number(before: &str) -> bool {
    if !before.trim_end().ends_with('.') {
        return false;
    }
    let token = word_before_full_stop(before.trim_end());
    let mut buffer = [0u8; 8];
    token.ends_with(['°', 'º'])
        || ascii_lowercase(token, &mut buffer)
            .is_some_and(|w| BEFORE_NUMBER.binary_search(&w).is_ok())
}

/// A news dateline so far: a place in capitals, a comma and a short form of its state
/// or country (`BROOKHAVEN, Ore.`, `WASHINGTON, D.C.`), which the story goes on from.
fn is_dateline(sentence: &str) -> bool {
    let Some((place, region)) = sentence.trim().rsplit_once(", ") else {
        return false;
    };
    let capitals = |c: char| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'');
    let place_ok = (2..=30).contains(&place.len())
        && place.starts_with(|c: char| c.is_uppercase())
        && place.chars().all(capitals)
        && place.chars().filter(|c| c.is_uppercase()).count() >= 2;
    let region_ok = (2..=6).contains(&region.len())
        && region.ends_with('.')
        && region.starts_with(|c: char| c.is_ascii_uppercase())
        && region.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
    place_ok && region_ok
}

/// Whether the word before the last one of `sentence` starts in lower case.
fn follows_a_lower_case_word(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace().rev();
    words.next();
    words
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_lowercase)
}

/// Titles and Latin short forms such as `Mr` or `e.g`, which a full stop after them never ends.
pub fn never_ends_a_sentence(word: &str) -> bool {
    let mut buffer = [0u8; 8];
    ascii_lowercase(word, &mut buffer).is_some_and(|w| NEVER_FINAL.binary_search(&w).is_ok())
}

/// `token` in lower case, in `buffer`, if it is short ASCII: no allocation per sentence.
fn ascii_lowercase<'b>(token: &str, buffer: &'b mut [u8; 8]) -> Option<&'b str> {
    let bytes = token.as_bytes();
    if bytes.len() > buffer.len() || !token.is_ascii() {
        return None;
    }
    let lower = &mut buffer[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// `E`, `U.S`, `J.R.R`: single letters joined by dots. A lone letter must be a
/// capital (an initial), since `a.` or `x.` ends sentences too.
fn is_initials(token: &str) -> bool {
    let single_letters = token.split('.').all(|part| {
        let mut chars = part.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
    });
    single_letters && (token.contains('.') || token.chars().all(char::is_uppercase))
}

fn han_follows_at_once(after: &str) -> bool {
    after.starts_with(is_han)
}

/// A following word that keeps the sentence going: a lower-case word, a number, or
/// a capitalised word that does not usually start a sentence (`U.S. Army`).
fn continues_into(next: &str) -> bool {
    match next.chars().next() {
        Some(c) if c.is_lowercase() || c.is_ascii_digit() => true,
        Some(c) if c.is_ascii_uppercase() => SENTENCE_STARTERS.binary_search(&next).is_err(),
        _ => false,
    }
}

/// The word just before the final full stop, dots inside it included (`U.S`, `a.m`).
/// Chinese text before it is no part of it (`他在U.S`).
fn word_before_full_stop(before: &str) -> &str {
    let body = before.strip_suffix('.').unwrap_or(before);
    let in_word = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(c, '.' | '°' | 'º')
            || (!c.is_ascii() && c.is_alphanumeric() && !is_han(c))
    };
    let start = body
        .char_indices()
        .rev()
        .find(|&(_, c)| !in_word(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    body[start..].trim_start_matches('.')
}

/// The word after `word`, which is a slice of `text`.
fn word_after<'a>(text: &'a str, word: &str) -> &'a str {
    let end = word.as_ptr() as usize - text.as_ptr() as usize + word.len();
    next_word(&text[end..])
}

/// The first word of `after`, past white space and opening quotes or brackets.
fn next_word(after: &str) -> &str {
    let rest = after.trim_start_matches(|c: char| {
        c.is_whitespace() || super::chars::is_opener(c) || c == '"' || c == '\''
    });
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_the_word_before_the_dot() {
        assert_eq!(word_before_full_stop("I met Mr."), "Mr");
        assert_eq!(word_before_full_stop("in the U.S."), "U.S");
        assert_eq!(word_before_full_stop("(e.g."), "e.g");
        assert_eq!(word_before_full_stop("."), "");
    }

    #[test]
    fn initials() {
        assert!(is_initials("E"));
        assert!(is_initials("U.S"));
        assert!(is_initials("J.R.R"));
        assert!(!is_initials("e"));
        assert!(!is_initials("Dr"));
        assert!(!is_initials("3"));
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [NEVER_FINAL, BEFORE_NUMBER, AMBIGUOUS, SENTENCE_STARTERS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
