//! Ellipses: `…` before a new sentence, and dots spaced out as style guides set them.

use super::chars;

/// `……` is no terminator in UAX #29. It ends a sentence when a capitalised word
/// follows after a space (an opening bracket is handled with the other openers).
pub fn add_cuts_after_ellipses(line: &str, cuts: &mut Vec<usize>) {
    if !line.contains('…') && !line.contains('⋯') {
        return;
    }
    let mut rest_start = 0;
    while let Some(found) = line[rest_start..].find(chars::is_ellipsis) {
        let after_run = line[rest_start + found..]
            .trim_start_matches(chars::is_ellipsis)
            .trim_start_matches(chars::is_closer);
        let next = after_run.trim_start();
        let spaced = next.len() < after_run.len();
        let offset = line.len() - next.len();
        if spaced && next.starts_with(|c: char| c.is_ascii_uppercase()) {
            cuts.push(offset);
        }
        rest_start = line.len() - after_run.len();
    }
}

/// Moves or drops the cuts after runs of dots set apart by single spaces. Three dots
/// leave words out within a sentence (`the thing is . . . I did`), so no sentence ends
/// after them. A full stop and then three dots (`compounds. . . . The`) end the sentence
/// at the full stop; the dots mark words left out before the next sentence, which they
/// begin. Three dots and then a full stop (`a period . . . . Next`) end it after all four.
/// `cuts` must be sorted, and stay so.
pub fn respace_cuts_after_spaced_dots(line: &str, cuts: &mut Vec<usize>) {
    let bytes = line.as_bytes();
    let mut changed = false;
    for cut in cuts.iter_mut() {
        let blanks = bytes[..*cut]
            .iter()
            .rev()
            .take_while(|&&b| b == b' ')
            .count();
        let end = *cut - blanks;
        if !bytes[..end].ends_with(b". .") {
            continue;
        }
        let mut start = end - 1;
        let mut dots = 1;
        while start >= 2 && &bytes[start - 2..start] == b". " {
            start -= 2;
            dots += 1;
        }
        let attached = line[..start]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace());
        if dots == 3 {
            *cut = usize::MAX;
            changed = true;
        } else if dots == 4 && attached {
            *cut = start + 1;
            changed = true;
        }
    }
    if changed {
        cuts.retain(|&cut| cut != usize::MAX);
        cuts.sort_unstable();
        cuts.dedup();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn respaced(line: &str, cut_before: &str) -> Vec<usize> {
        let mut cuts = vec![line.find(cut_before).unwrap()];
        respace_cuts_after_spaced_dots(line, &mut cuts);
        cuts
    }

    #[test]
    fn spaced_runs() {
        assert_eq!(
            respaced("it is . . . I think", "I think"),
            Vec::<usize>::new()
        );
        assert_eq!(respaced("ends. . . . Next", "Next"), vec![5]);
        assert_eq!(respaced("ends . . . . Next", "Next"), vec![13]);
        assert_eq!(respaced("ends.... Next", "Next"), vec![9]);
        assert_eq!(respaced("No. . Next", "Next"), vec![6]);
    }
}
