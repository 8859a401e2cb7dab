//! Lines in reading order to paragraphs: where a paragraph ends, and how two lines of
//! one paragraph join (spaces, CJK, hyphens).

use std::collections::{HashMap, HashSet};

use super::is_cjk;
use super::rows::Line;

/// Font sizes by half points, to group lines of one size.
fn size_key(size: f64) -> i64 {
    (size * 2.0).round() as i64
}

/// The usual distance between the baselines of two lines of one paragraph, per font size.
fn pitches(lines: &[Line]) -> HashMap<i64, f64> {
    let mut deltas: HashMap<i64, Vec<f64>> = HashMap::new();
    for pair in lines.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let delta = b.y - a.y;
        let usual = delta > 0.8 * a.size && delta < 3.0 * a.size;
        if !jumps(a, b) && size_key(a.size) == size_key(b.size) && usual {
            deltas.entry(size_key(a.size)).or_default().push(delta);
        }
    }
    deltas
        .into_iter()
        .map(|(key, mut values)| {
            values.sort_by(f64::total_cmp);
            (key, values[values.len() / 2])
        })
        .collect()
}

/// Whether `b` is on another page or column than `a`, so their distance means nothing.
fn jumps(a: &Line, b: &Line) -> bool {
    a.page != b.page || a.column != b.column || a.section != b.section || b.y <= a.y
}

/// A list item's mark at the start of a line: a bullet, `3.`, `3)`, `(c)`, `一、`.
fn starts_with_marker(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if "•·◦▪▫■□●○‣-–—*".contains(first) {
        return true;
    }
    let head: String = text.chars().take_while(|c| !c.is_whitespace()).collect();
    let body = head.trim_start_matches('(');
    let mark = body.trim_end_matches(['.', ')', '、', '）']);
    mark.len() < body.len()
        && !mark.is_empty()
        && mark.chars().count() <= 3
        && mark.chars().all(|c| c.is_alphanumeric())
}

fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(['"', '\'', '”', '’', ')', '）', '」', '』']);
    trimmed.ends_with(['.', '!', '?', '。', '！', '？'])
}

/// Whether `next` starts a paragraph rather than continuing the one `previous` is in.
fn breaks(previous: &Line, next: &Line, pitches: &HashMap<i64, f64>) -> bool {
    let larger = previous.size.max(next.size);
    if (previous.size - next.size).abs() > 0.12 * larger {
        return true;
    }
    let jump = jumps(previous, next);
    if !jump {
        let pitch = pitches
            .get(&size_key(previous.size))
            .copied()
            .unwrap_or(1.25 * previous.size);
        if next.y - previous.y > pitch + 0.3 * previous.size {
            return true;
        }
    }
    // The previous line ended early: the next line's first word would have fitted.
    let first = next.text.chars().next().unwrap_or(' ');
    let slack = if is_cjk(first) { 2.0 } else { 0.6 } * next.size;
    if previous.right - previous.x1 > next.first_word + slack {
        return true;
    }
    // A list item after a finished one, or after any line when it has a bullet.
    let bullet = next
        .text
        .starts_with(['•', '◦', '▪', '▫', '■', '□', '●', '○', '‣']);
    let finished = ends_sentence(&previous.text) || previous.text.ends_with([';', '；', ':', '：']);
    if bullet || (finished && starts_with_marker(&next.text)) {
        return true;
    }
    let indent = |line: &Line| line.x0 - line.left > 0.8 * line.size;
    if indent(next) && !indent(previous) && !starts_with_marker(&previous.text) {
        return true;
    }
    jump && ends_sentence(&previous.text) && next.text.starts_with(char::is_uppercase)
}

/// The letters (and digits) at the end of `text`, lower-cased.
fn trailing_word(text: &str) -> String {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(text.len(), |(i, _)| i);
    text[start..].to_lowercase()
}

fn leading_word(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

/// Appends the next line of a paragraph to it; `words` are the document's words, which
/// tell whether a hyphen at a line's end is part of the word.
fn join(paragraph: &mut String, next: &str, words: &HashSet<String>) {
    let first = next.chars().next().unwrap_or(' ');
    let mut before = paragraph.chars().rev();
    let last = before.next().unwrap_or(' ');
    let second_last = before.next().unwrap_or(' ');
    match last {
        '\u{AD}' => {
            paragraph.pop();
        }
        '\u{2010}' if first.is_lowercase() => {
            paragraph.pop();
        }
        '-' if second_last.is_alphabetic() && first.is_lowercase() => {
            let stem = &paragraph[..paragraph.len() - 1];
            let joined = trailing_word(stem) + &leading_word(next);
            if words.contains(&joined) {
                paragraph.pop();
            }
        }
        '-' | '\u{2010}' | '–' | '—' | '/' if !second_last.is_whitespace() => {}
        _ if is_cjk(last) || is_cjk(first) => {}
        _ => paragraph.push(' '),
    }
    paragraph.push_str(next);
}

/// The document's words, lower-cased, as its lines spell them.
fn words(lines: &[Line]) -> HashSet<String> {
    lines
        .iter()
        .flat_map(|line| line.text.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The paragraphs, each on one line.
pub fn paragraphs(lines: &[Line]) -> Vec<String> {
    let pitches = pitches(lines);
    let words = words(lines);
    let mut paragraphs: Vec<String> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let starts = index == 0 || breaks(&lines[index - 1], line, &pitches);
        match paragraphs.last_mut() {
            Some(paragraph) if !starts => join(paragraph, &line.text, &words),
            _ => paragraphs.push(line.text.clone()),
        }
    }
    for paragraph in &mut paragraphs {
        if paragraph.ends_with('\u{AD}') {
            paragraph.pop();
        }
    }
    paragraphs.retain(|p| !p.trim().is_empty());
    paragraphs
}
