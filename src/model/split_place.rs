//! Where the split dialog's caret starts when the user has not put it anywhere: at the
//! clause or word boundary nearest the sentence's middle, never mid-word.

/// The character offset to offer for splitting `text`: after the clause punctuation
/// (`，` `；` `,` `;` `:` …) nearest the middle, else at the start of the word nearest
/// the middle, else the middle itself (a run of Chinese with no punctuation).
pub fn default_split(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let middle = chars.len() / 2;
    let nearest = |places: &mut dyn Iterator<Item = usize>| {
        places
            .filter(|&at| at > 0 && at < chars.len())
            .min_by_key(|&at| at.abs_diff(middle))
    };
    let after_clause = &mut chars.iter().enumerate().filter_map(|(i, &c)| {
        let next = i + 1;
        let mut at = next;
        while chars.get(at).is_some_and(|c| c.is_whitespace()) {
            at += 1;
        }
        is_clause_end(c).then_some(at)
    });
    if let Some(at) = nearest(after_clause) {
        return at;
    }
    let word_starts = &mut (1..chars.len())
        .filter(|&i| chars[i - 1].is_whitespace() && !chars[i].is_whitespace());
    nearest(word_starts).unwrap_or(middle)
}

fn is_clause_end(c: char) -> bool {
    matches!(c, '，' | '；' | '：' | '、' | ',' | ';' | ':' | '—')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefers_the_clause_nearest_the_middle() {
        let text = "The council met on Monday, and it agreed to build two schools.";
        let at = default_split(text);
        assert_eq!(&text[..at], "The council met on Monday, ");
        let zh = "会议强调，要确保全年投资十亿元。";
        let at = default_split(zh);
        assert_eq!(zh.chars().take(at).collect::<String>(), "会议强调，");
    }

    #[test]
    fn else_a_word_start_and_else_the_middle() {
        let text = "Seven new projects were signed in October";
        let at = default_split(text);
        let (first, second) = text.split_at(at);
        assert!(
            first.ends_with(' ') && !second.starts_with(' '),
            "{first:?} | {second:?}"
        );
        assert_eq!(default_split("会议强调要确保投资"), 4);
        assert_eq!(default_split(""), 0);
        assert_eq!(default_split("，"), 0);
    }
}
