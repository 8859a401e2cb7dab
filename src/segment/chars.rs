//! Character classes the sentence rules talk about: terminators, closers, openers.

/// Ends a sentence when nothing keeps it open (`.` `!` `?` and their CJK forms).
pub fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '。' | '！' | '？' | '｡' | '．' | '‼' | '⁇' | '⁈' | '⁉'
    )
}

/// A terminator that is never an abbreviation dot or a decimal point.
pub fn is_strong_terminator(c: char) -> bool {
    is_terminator(c) && !matches!(c, '.' | '．')
}

pub fn is_ellipsis(c: char) -> bool {
    matches!(c, '…' | '⋯')
}

/// Closing quotes and brackets, which stay with the sentence they close.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’'
            | '」'
            | '』'
            | '）'
            | ')'
            | '】'
            | '》'
            | '〉'
            | ']'
            | '}'
            | '〕'
            | '〗'
            | '»'
            | '›'
            | '"'
            | '\''
    )
}

/// The closing partner of an unambiguous opening quote or bracket.
/// Straight quotes open and close alike, so they have none.
pub fn closing_partner(c: char) -> Option<char> {
    Some(match c {
        '“' => '”',
        '‘' => '’',
        '「' => '」',
        '『' => '』',
        '（' => '）',
        '(' => ')',
        '【' => '】',
        '《' => '》',
        '〈' => '〉',
        '[' => ']',
        '{' => '}',
        '〔' => '〕',
        '〖' => '〗',
        '«' => '»',
        '‹' => '›',
        _ => return None,
    })
}

pub fn is_opener(c: char) -> bool {
    closing_partner(c).is_some()
}
