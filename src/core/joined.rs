//! A sentence's text with its joined line breaks turned into what a reader sees.

use std::borrow::Cow;

use crate::core::segment::is_han;

/// Zero width space: shown for a joined break between two CJK characters.
const NOTHING: char = '\u{200B}';

/// Chinese and Japanese are written without spaces between words.
fn is_cjk(c: char) -> bool {
    is_han(c)
        || matches!(c, '\u{3000}'..='\u{30FF}' | '\u{FF00}'..='\u{FFEF}' | '\u{FE30}'..='\u{FE4F}')
}

fn is_break(c: char) -> bool {
    c == '\n' || c == '\r'
}

/// `text` as the view shows it: each line break becomes a space, or a zero-width
/// space between two CJK characters. One character stands for one, so offsets into
/// the shown text are offsets into `text` (a split, a search match).
pub fn shown(text: &str) -> Cow<'_, str> {
    if !text.contains(is_break) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if !is_break(c) {
            out.push(c);
            continue;
        }
        let second_of_crlf = c == '\n' && i > 0 && chars[i - 1] == '\r';
        let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
        let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
        let cjk = before.is_some_and(|&c| is_cjk(c)) && after.is_some_and(|&c| is_cjk(c));
        out.push(if cjk || second_of_crlf { NOTHING } else { ' ' });
    }
    Cow::Owned(out)
}

/// `text` with its line breaks joined for a file: a space between words, nothing
/// between two CJK characters, and no run of spaces.
pub fn joined(text: &str) -> Cow<'_, str> {
    if !text.contains(is_break) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (k, line) in text.split(['\n', '\r']).enumerate() {
        let line = if k == 0 { line.trim_end() } else { line.trim() };
        if line.is_empty() {
            continue;
        }
        let cjk =
            out.chars().next_back().is_some_and(is_cjk) && line.chars().next().is_some_and(is_cjk);
        if !out.is_empty() && !cjk {
            out.push(' ');
        }
        out.push_str(line);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_joined_line_shows_as_a_space_between_words_and_nothing_between_han() {
        assert_eq!(
            shown("called to order by Mayor Tim\nWillson."),
            "called to order by Mayor Tim Willson."
        );
        assert_eq!(
            shown("区委书记出席\r\n会议。"),
            "区委书记出席\u{200B}\u{200B}会议。"
        );
        assert_eq!(shown("总投资10亿\n元。"), "总投资10亿\u{200B}元。");
        assert_eq!(shown("No break."), "No break.");
        for text in ["a\nb", "天\r\n心", "x\r\ry", "区\n Mr."] {
            assert_eq!(shown(text).chars().count(), text.chars().count());
        }
    }

    #[test]
    fn joined_for_files() {
        assert_eq!(
            joined("Mayor Tim\n  Willson at 6:45 p.m."),
            "Mayor Tim Willson at 6:45 p.m."
        );
        assert_eq!(joined("区委书记出席\r\n会议。"), "区委书记出席会议。");
        assert_eq!(joined("会议由\nMayor Li 主持"), "会议由 Mayor Li 主持");
        assert_eq!(joined("plain"), "plain");
    }
}
