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

/// Opening quotation marks that pair with a closer (straight quotes do not pair).
pub fn is_quote_opener(c: char) -> bool {
    matches!(c, '“' | '‘' | '「' | '『' | '«' | '‹')
}

/// Closing quotation marks, straight ones included.
pub fn is_quote_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '»' | '›' | '"' | '\'')
}

/// Punctuation that joins clauses inside one sentence: after it, a list goes on.
pub fn is_clause_mark(c: char) -> bool {
    matches!(c, '；' | ';' | '，' | ',' | '、' | '：' | ':')
}

/// Han ideographs of the long-established blocks (the unified block, extensions A
/// and B). Newer blocks are left out on purpose: a Unicode table older than the
/// character would not class it as a letter, and the UAX windows rely on that.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FA5}' | '\u{3400}'..='\u{4DB5}' | '\u{20000}'..='\u{2A6D6}')
}
