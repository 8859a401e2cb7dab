//! Reading around a spot in a Chinese sentence: the characters and clause either side.

/// Marks that end a clause.
const CLAUSE_ENDS: &[char] = &[
    '，', ',', '；', ';', '：', ':', '。', '！', '!', '？', '?', '\n',
];

/// Which characters a sentence holds, roughly (a bit per character code modulo 128), to
/// skip looking for words that cannot be there.
#[derive(Debug, Clone, Copy)]
pub(super) struct Seen(u128);

impl Seen {
    /// The characters of `s`.
    pub(super) fn of(s: &str) -> Seen {
        Seen(s.chars().fold(0, |m, c| m | bit(c)))
    }

    /// Whether `word` may be in the sentence: each of its characters may be.
    pub(super) fn may_hold(self, word: &str) -> bool {
        word.chars().all(|c| self.0 & bit(c) != 0)
    }
}

fn bit(c: char) -> u128 {
    1u128 << (c as u32 % 128)
}

/// The character just before byte `at`.
pub(super) fn prev_char(s: &str, at: usize) -> Option<char> {
    s[..at].chars().next_back()
}

/// The character at byte `at`.
pub(super) fn next_char(s: &str, at: usize) -> Option<char> {
    s[at..].chars().next()
}

/// Whether `c` ends a clause.
pub(super) fn is_clause_end(c: char) -> bool {
    CLAUSE_ENDS.contains(&c)
}

/// The byte where the clause holding byte `at` starts.
pub(super) fn clause_start(s: &str, at: usize) -> usize {
    s[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_end(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The byte where the clause holding byte `at` ends (before its closing mark).
pub(super) fn clause_end(s: &str, at: usize) -> usize {
    s[at..]
        .char_indices()
        .find(|&(_, c)| is_clause_end(c))
        .map_or(s.len(), |(i, _)| at + i)
}

/// Whether byte `at` is inside a book or document title (`《…》`), where words are names.
pub(super) fn in_title(s: &str, at: usize) -> bool {
    let before = &s[..at];
    before.matches('《').count() > before.matches('》').count()
}

/// Whether `text` holds any of `words`.
pub(super) fn has_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// The words of a space-separated list (long lists are kept as one string each).
pub(super) fn words(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.split_ascii_whitespace()
}

/// Whether `text` holds any word of the space-separated `list`.
pub(super) fn has_word(text: &str, list: &'static str) -> bool {
    words(list).any(|w| text.contains(w))
}

/// Whether `text` starts with any word of the space-separated `list`.
pub(super) fn starts_word(text: &str, list: &'static str) -> bool {
    words(list).any(|w| text.starts_with(w))
}

/// Whether `text` starts with any of `words`.
pub(super) fn starts_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.starts_with(w))
}

/// Whether `text` ends with any of `words`.
pub(super) fn ends_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.ends_with(w))
}

/// Whether `c` is a Chinese numeral (`一`…`亿`, `两`, `〇`).
pub(super) fn is_cn_numeral(c: char) -> bool {
    "零〇一二三四五六七八九十百千万亿两".contains(c)
}

/// Whether `c` is a decimal digit, ASCII or full-width.
pub(super) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Whether `text` tells of something done: `了` (not `为了`, `了解`), `已`, `累计`, a past
/// time.
pub(super) fn tells_past(text: &str) -> bool {
    const PAST: &[&str] = &[
        "已", "累计", "去年", "过去", "以来", "年来", "曾", "上年", "前期", "成功",
    ];
    if has_any(text, PAST) {
        return true;
    }
    text.match_indices('了').any(|(i, _)| {
        !matches!(prev_char(text, i), Some('为' | '除' | '不' | '得'))
            && !matches!(
                next_char(text, i + '了'.len_utf8()),
                Some('解' | '望' | '却')
            )
    })
}

/// Where a number at byte `at` is quoted or named, not counted: after `第`, a letter or a
/// dash.
pub(super) fn named_number(s: &str, at: usize) -> bool {
    matches!(
        prev_char(s, at),
        Some('第' | '-' | '－' | '#' | '号' | '/' | '.' | '届' | '前')
    ) || prev_char(s, at).is_some_and(|c| c.is_ascii_alphabetic())
        || in_title(s, at)
}
