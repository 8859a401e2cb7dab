//! Speech tails: `“我们一定完成任务！”他说。` and `"Will it pass?" Mayor Ortiz asked.`
//! are one sentence each, not a quotation and a fragment.
//!
//! After a quotation that ends in a terminator, a short attribution that ends the
//! sentence (`他说。`, `有关负责人表示。`, `Smith said.`) stays with the quotation. In
//! English only `?` and `!` lead into one: after a full stop inside the quotation,
//! `"We are done." The council agreed.` is a new sentence (an attribution takes a
//! comma: `"We are done," the mayor said.`), and after `?` or `!` the attribution is
//! part of the sentence however it goes on (`"Why?" Hale asked, and left.`). A Chinese
//! attribution that runs on into a clause (`”周志军指出，全区上下要……。`) starts a new
//! sentence: the quotation stands alone, and joining them would make one unit of two
//! sentences, often a very long one.

use super::abbrev;
use super::chars::{is_closer, is_quote_closer, is_terminator};

/// The most characters a Chinese attribution has (`天心区委书记吴新伟强调` has 11).
const MAX_CHINESE_TAIL: usize = 16;

/// The most words before the verb of an English attribution (`Mayor Ana Ortiz told`).
const MAX_ENGLISH_SPEAKER: usize = 3;

/// Endings of a Chinese attribution: verbs of saying.
const CHINESE_VERBS: &[&str] = &[
    "说",
    "说道",
    "问",
    "问道",
    "答",
    "答道",
    "回答",
    "笑道",
    "写道",
    "喊道",
    "叹道",
    "强调",
    "强调道",
    "补充道",
    "表示",
    "指出",
    "介绍",
    "认为",
    "坦言",
    "感叹",
    "感慨",
    "透露",
    "解释",
    "提醒",
    "呼吁",
    "补充",
    "宣布",
    "回应",
    "直言",
    "告诉记者",
    "总结",
    "笑言",
    "承认",
    "表态",
    "重申",
    "叮嘱",
    "坦承",
];

/// Nouns that end like a verb of saying: `这是一部小说。` is no attribution.
const CHINESE_NOT_VERBS: &[&str] = &["小说", "传说", "学说", "学问", "顾问", "疑问", "问答"];

/// English verbs of saying, sorted for binary search.
const ENGLISH_VERBS: &[&str] = &[
    "added",
    "adds",
    "admitted",
    "agreed",
    "announced",
    "answered",
    "argued",
    "asked",
    "asks",
    "conceded",
    "continued",
    "countered",
    "cried",
    "declared",
    "exclaimed",
    "explained",
    "insisted",
    "joked",
    "noted",
    "recalled",
    "remarked",
    "replied",
    "responded",
    "said",
    "says",
    "shouted",
    "stated",
    "told",
    "warned",
    "whispered",
    "wrote",
];

/// Is the cut between `before` (trimmed) and `after` one between a quotation that ends
/// in a terminator and an attribution that ends the sentence?
pub fn is_tail(before: &str, after: &str) -> bool {
    if !before.ends_with(is_quote_closer) {
        return false;
    }
    let Some(terminator) = before.trim_end_matches(is_closer).chars().next_back() else {
        return false;
    };
    let after = after.trim_start();
    match after.chars().next() {
        Some(c) if c.is_ascii_uppercase() => {
            matches!(terminator, '?' | '!' | '？' | '！') && is_english_tail(after)
        }
        Some(c) if !c.is_ascii() => is_terminator(terminator) && is_chinese_tail(after),
        _ => false,
    }
}

fn is_chinese_tail(after: &str) -> bool {
    for (i, c) in after.char_indices().take(MAX_CHINESE_TAIL + 1) {
        if is_terminator(c) {
            let tail = &after[..i];
            return !tail.contains('是')
                && CHINESE_VERBS.iter().any(|v| tail.ends_with(v))
                && !CHINESE_NOT_VERBS.iter().any(|n| tail.ends_with(n));
        }
        if !c.is_alphanumeric() && c != ' ' && c != '·' {
            return false;
        }
    }
    false
}

/// A speaker of a few words, then a verb of saying: `Mayor Ortiz asked`, `Mr. Lee told`.
fn is_english_tail(after: &str) -> bool {
    let words = after.split_whitespace().take(MAX_ENGLISH_SPEAKER + 1);
    for (n, word) in words.enumerate() {
        let bare = word.trim_end_matches(['.', '!', '?', ',']);
        if word.ends_with('.') && abbrev::never_ends_a_sentence(bare) {
            continue;
        }
        if !bare
            .chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-')
        {
            return false;
        }
        let mut buffer = [0u8; 12];
        if n > 0
            && lowercase(bare, &mut buffer).is_some_and(|w| ENGLISH_VERBS.binary_search(&w).is_ok())
        {
            return true;
        }
        if bare.len() < word.len() {
            return false;
        }
    }
    false
}

fn lowercase<'b>(word: &str, buffer: &'b mut [u8; 12]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    let lower = buffer.get_mut(..bytes.len())?;
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_are_sorted() {
        assert!(ENGLISH_VERBS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn tails() {
        assert!(is_tail("“我们一定完成任务！”", "他说。"));
        assert!(is_tail("“好。”", "有关负责人表示。"));
        assert!(is_tail("“好吗？”", "记者问。"));
        assert!(is_tail("\"Will it pass?\"", " Mayor Ortiz asked."));
        assert!(is_tail("\"Done!\"", " Mr. Smith said."));
        assert!(!is_tail("“好。”", "他说，要抓紧。"));
        assert!(!is_tail("“好。”", "近年来企业增多。"));
        assert!(!is_tail("“好。”", "这是一部小说。"));
        assert!(!is_tail(
            "\"This is great.\"",
            " She held the book out to show him."
        ));
        assert!(!is_tail("\"It is done.\"", " The council agreed."));
        assert!(!is_tail("（好。）", "他说。"));
    }
}
