//! English sentences as tokens: words, numbers and single marks, with byte ranges.

use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters, with inner apostrophes (`board's`, `won't`).
    Word,
    /// Digits, with inner `,` and `.` between digits (`3,200`, `2.5`).
    Number,
    /// Any other single character that is not a space.
    Mark,
}

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token {
    pub kind: Kind,
    pub range: Range<usize>,
    /// Whether a space separates it from the token before.
    pub spaced: bool,
}

/// A sentence split into tokens, with helpers to read them.
pub(super) struct Tokens<'a> {
    pub text: &'a str,
    pub list: Vec<Token>,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

impl<'a> Tokens<'a> {
    /// Splits `text` into tokens.
    pub fn new(text: &'a str) -> Tokens<'a> {
        let mut list = Vec::with_capacity(text.len() / 4);
        let mut chars = text.char_indices().peekable();
        let mut spaced = true;
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                spaced = true;
                continue;
            }
            let mut end = start + c.len_utf8();
            let kind = if c.is_alphabetic() {
                while let Some(&(i, d)) = chars.peek() {
                    let inner = is_apostrophe(d)
                        && text[i + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphabetic);
                    if d.is_alphabetic() || inner {
                        end = i + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                Kind::Word
            } else if c.is_ascii_digit() {
                while let Some(&(i, d)) = chars.peek() {
                    let inner = (d == ',' || d == '.')
                        && text[i + 1..]
                            .chars()
                            .next()
                            .is_some_and(|n| n.is_ascii_digit());
                    if d.is_ascii_digit() || inner {
                        end = i + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                Kind::Number
            } else {
                Kind::Mark
            };
            list.push(Token {
                kind,
                range: start..end,
                spaced,
            });
            spaced = false;
        }
        Tokens { text, list }
    }

    /// How many tokens.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// The text of token `i`, or "" past either end.
    pub fn str(&self, i: usize) -> &'a str {
        self.list.get(i).map_or("", |t| &self.text[t.range.clone()])
    }

    /// The kind of token `i`, if there is one.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.list.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is a word equal to `w` (ASCII case ignored).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.str(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` is a word among `words` (ASCII case ignored).
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let s = self.str(i);
        !s.is_empty() && words.iter().any(|w| s.eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is a word that starts with a capital letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word) && self.str(i).starts_with(|c: char| c.is_uppercase())
    }

    /// Whether token `i` is a word in lower case.
    pub fn lower(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word) && self.str(i).starts_with(|c: char| c.is_lowercase())
    }

    /// Whether token `i` touches the token before it (no space between).
    pub fn glued(&self, i: usize) -> bool {
        self.list.get(i).is_some_and(|t| !t.spaced)
    }

    /// The byte range from token `a` to token `b`, both included.
    pub fn span(&self, a: usize, b: usize) -> Range<usize> {
        self.list[a].range.start..self.list[b].range.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_marks() {
        let t = Tokens::new("The board's $2.8 billion, COVID-19 plan won’t wait.");
        let words: Vec<&str> = (0..t.len()).map(|i| t.str(i)).collect();
        assert_eq!(
            words,
            [
                "The", "board's", "$", "2.8", "billion", ",", "COVID", "-", "19", "plan", "won’t",
                "wait", "."
            ]
        );
        assert!(t.glued(3) && !t.glued(4) && t.glued(8));
        assert_eq!(t.kind(3), Some(Kind::Number));
    }

    #[test]
    fn a_trailing_comma_is_not_part_of_a_number() {
        let t = Tokens::new("up 3,200, then 4.");
        assert_eq!(t.str(1), "3,200");
        assert_eq!(t.str(2), ",");
        assert_eq!(t.str(4), "4");
    }
}
