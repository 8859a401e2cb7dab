//! Commitments: an actor bound to a future action (`will`, `shall`, `must`, `plans to`,
//! `pledged`, a motion to approve), not a forecast, a past deed or an absent plan.

mod modal;
mod phrase;
mod words;

use super::metrics::Found;
use super::tokens::Tokens;

/// The best commitment cue in the sentence, if any.
pub(super) fn find(t: &Tokens) -> Option<Found> {
    if t.text.trim_end().ends_with('?') {
        return None;
    }
    let mut best: Option<Found> = None;
    for i in 0..t.len() {
        if !trigger(t.str(i)) {
            continue;
        }
        if let Some(f) = phrase::phrase(t, i).or_else(|| modal::modal(t, i))
            && best.as_ref().is_none_or(|b| f.2 > b.2)
        {
            best = Some(f);
        }
    }
    best
}

/// Whether a word can open a commitment cue; a quick test before the slower reading.
fn trigger(word: &str) -> bool {
    let mut buf = [0u8; 12];
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || bytes.len() < 2 {
        return false;
    }
    for (b, w) in buf.iter_mut().zip(bytes) {
        *b = w.to_ascii_lowercase();
    }
    matches!(
        &buf[..bytes.len()],
        b"will"
            | b"shall"
            | b"must"
            | b"would"
            | b"should"
            | b"plans"
            | b"plan"
            | b"planning"
            | b"intends"
            | b"intend"
            | b"scheduled"
            | b"aims"
            | b"aim"
            | b"aiming"
            | b"seeks"
            | b"strives"
            | b"pledged"
            | b"pledges"
            | b"pledge"
            | b"promised"
            | b"promises"
            | b"vowed"
            | b"vows"
            | b"committed"
            | b"determined"
            | b"agreed"
            | b"agree"
            | b"agrees"
            | b"decided"
            | b"resolved"
            | b"goal"
            | b"target"
            | b"objective"
            | b"voted"
            | b"moved"
            | b"motion"
            | b"moves"
            | b"required"
            | b"require"
            | b"requires"
            | b"asked"
            | b"directed"
            | b"instructed"
            | b"ordered"
            | b"told"
            | b"urged"
            | b"is"
            | b"are"
            | b"launched"
            | b"launches"
            | b"unveiled"
            | b"announced"
            | b"started"
            | b"proposed"
    ) || word == "won't"
        || word == "won’t"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(s: &str) -> Option<&'static str> {
        find(&Tokens::new(s)).map(|f| f.1)
    }

    #[test]
    fn finds_promises_and_passes_over_forecasts() {
        assert_eq!(reason("The city will repave Main Street."), Some("future"));
        assert_eq!(reason("Fares will not rise this year."), None);
        assert_eq!(reason("We will not raise fares."), Some("pledge"));
        assert_eq!(reason("Prices will climb in the spring."), None);
        assert_eq!(reason("The firm has no plans to sell the unit."), None);
        assert_eq!(
            reason("Trustees moved to adopt the budget."),
            Some("motion")
        );
        assert_eq!(reason("It lacks the political will to act."), None);
    }
}
