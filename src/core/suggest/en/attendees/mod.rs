//! Attendees: people or bodies named as present at, chairing, hosting or speaking at the
//! event (a roll call, `presided`, `addressed the council`), not a crowd or a quote.

mod words;

use super::clause::{any_in, name_follows, named, start, subject_named};
use super::metrics::Found;
use super::tokens::{Kind, Tokens};
use crate::core::suggest::Context;
use words::{EVENTS, OCCASIONS, REPORTS, ROLL, SPEAKERS, SPEECHES, TITLES, WELCOMED};

/// The best attendance cue in the sentence, if any.
pub(super) fn find(t: &Tokens, context: Context) -> Option<Found> {
    if let Some(f) = roll_call(t) {
        return Some(f);
    }
    (0..t.len())
        .find_map(|i| verb(t, i))
        .or_else(|| title_list(t, context))
}

/// Near a document's start, a line that only lists officials by title (`Mayor Jerry
/// Merrill, Councilmembers Mann and Busby`) is its list of those present.
fn title_list(t: &Tokens, context: Context) -> Option<Found> {
    if context.index >= 8 {
        return None;
    }
    let words: Vec<usize> = (0..t.len())
        .filter(|&k| t.kind(k) == Some(Kind::Word))
        .collect();
    let titles = words
        .iter()
        .filter(|&&k| t.capitalized(k) && t.is_any(k, TITLES))
        .count();
    let plain = words
        .iter()
        .all(|&k| t.capitalized(k) || t.is_any(k, &["and", "of", "the", "de", "van", "von"]));
    let first = *words.first()?;
    let last = *words.last()?;
    (words.len() >= 4 && titles >= 2 && plain).then(|| (t.span(first, last), "roll-call", 0.7))
}

/// A roll call: a heading with `present`, `absent`, `ayes`… before a colon, or `Present
/// were` / `Also in attendance were`, followed by names.
fn roll_call(t: &Tokens) -> Option<Found> {
    let head = (0..t.len().min(10)).find(|&k| t.str(k) == ":" || t.is_any(k, &["were", "was"]))?;
    if !any_in(t, 0, head, ROLL) || !name_follows(t, head, 4) {
        return None;
    }
    // `were` must follow the heading word directly: `Present were`, not `Rates were`.
    if t.str(head) != ":" && !t.is_any(head.wrapping_sub(1), ROLL) {
        return None;
    }
    let last = if t.str(head) == ":" { head - 1 } else { head };
    Some((t.span(0, last), "roll-call", 0.95))
}

/// A verb of attending, chairing, hosting or speaking at token `i`, with a named actor.
fn verb(t: &Tokens, i: usize) -> Option<Found> {
    let subject = || subject_named(t, i) && !t.is_any(i.wrapping_sub(1), &["will", "to", "would"]);
    // by Mayor Ruiz, by the city's mayor, Cllr Roberts (not: by 200 residents of Oak Street)
    let by_name = |k: usize| {
        t.is(k, "by")
            && name_follows(t, k, 5)
            && !(k + 1..=k + 3).any(|j| {
                t.kind(j) == Some(Kind::Number)
                    || t.is_any(j, &["more", "dozens", "hundreds", "thousands"])
            })
    };
    let ahead = |n: usize, words: &[&str]| (i + 1..=i + n).find(|&k| t.is_any(k, words));
    if !t.lower(i) {
        return None;
    }
    let (ok, end, why, conf) = match t.str(i) {
        // Among those who spoke was Carmen Diaz
        "spoke" | "attended" | "present" | "attending"
            if t.is(i.wrapping_sub(1), "who")
                && t.is(i.wrapping_sub(2), "those")
                && t.is_any(i + 1, &["was", "were", "included"]) =>
        {
            (name_follows(t, i + 1, 3), i + 1, "attendance", 0.85)
        }
        // thanked Officer Lowe for attending
        "attending" | "joining" | "speaking" if t.is(i.wrapping_sub(1), "for") => {
            let thanked = (i.saturating_sub(8)..i).any(|k| t.is(k, "thanked"));
            let who = (i.saturating_sub(7)..i).any(|k| t.capitalized(k) && k > 0);
            (thanked && who, i, "attendance", 0.8)
        }
        "called" => {
            let order = (i + 1..=i + 12).find(|&k| t.is(k, "to") && t.is(k + 1, "order"))?;
            let ok = subject() || by_name(order + 2);
            (ok, order + 1, "chair", 0.95)
        }
        "presided" | "presiding" | "chaired" | "moderated" => {
            let by = by_name(i + 1) || (t.is(i + 1, "over") && by_name(i + 2));
            (by || subject(), i, "chair", 0.9)
        }
        "opened" => {
            let e = ahead(5, EVENTS)?;
            (subject(), e, "host", 0.85)
        }
        // hosted the forum (not: hosted 2 million visitors)
        "hosted" => {
            let what = ahead(5, EVENTS).is_some() || ahead(5, OCCASIONS).is_some();
            (by_name(i + 1) || subject() && what, i, "host", 0.8)
        }
        // attended the hearing (not: attended Yale)
        "attended" => {
            let what = ahead(5, EVENTS).is_some()
                || ahead(5, OCCASIONS).is_some()
                || matches!(t.str(i + 1), "." | ",");
            (by_name(i + 1) || subject() && what, i, "attendance", 0.85)
        }
        // Trustee Ortiz was absent (not: Grant, who was absent, had asked).
        "absent" | "excused" => {
            let k = i.checked_sub(1)?;
            let from = start(t, k);
            let ok = t.is_any(k, &["was", "were"]) && named(t, from, k) && from == 0;
            (ok, i, "roll-call", 0.85)
        }
        "welcomed" => {
            let e = ahead(5, WELCOMED)?;
            (subject(), e, "host", 0.8)
        }
        "present" | "attendance" => {
            let mut k = i.checked_sub(1)?;
            while t.is_any(k, &["also", "in"]) {
                k = k.checked_sub(1)?;
            }
            let ok = t.is_any(k, &["was", "were", "answered"]) && named(t, start(t, k), k);
            (ok, i, "attendance", 0.85)
        }
        "joined" => {
            let by = (i + 1..=i + 6).find(|&k| by_name(k))?;
            (true, by, "attendance", 0.85)
        }
        "delivered" | "gave" | "given" => {
            let e = ahead(4, SPEECHES);
            match e {
                Some(e) => (subject(), e, "speech", 0.9),
                None => {
                    let by = by_name(i + 1);
                    let spoken = (i.saturating_sub(4)..i).any(|k| t.is_any(k, SPEECHES));
                    (by && spoken, i + 1, "speech", 0.85)
                }
            }
        }
        "addressed" => {
            let e = ahead(3, EVENTS)?;
            (subject(), e, "speech", 0.9)
        }
        "spoke" | "speaking" => {
            // Guest speaker Dr. Amari spoke on soil health
            let speaker = (start(t, i)..i).any(|k| t.is_any(k, SPEAKERS));
            if speaker && t.is_any(i + 1, &["on", "about"]) {
                (subject(), i + 1, "speech", 0.8)
            } else {
                let at = ahead(1, &["at", "to", "before", "during"])?;
                let e = ahead(4, EVENTS)?;
                (subject() && e > at, e, "speech", 0.9)
            }
        }
        "presented" => {
            let e = ahead(6, REPORTS)?;
            let award = any_in(t, i + 1, e, &["award", "awards", "prize"]);
            (subject() && !award, e, "speech", 0.85)
        }
        "led" => {
            let pledge = t.is(i + 1, "the") && t.is_any(i + 2, &["pledge", "prayer", "invocation"]);
            (pledge && subject(), i + 2, "speech", 0.8)
        }
        "testified" => (subject(), i, "speech", 0.8),
        "briefed" => {
            let e = ahead(3, EVENTS)?;
            (subject(), e, "speech", 0.85)
        }
        // took part in the forum, participated in the hearing
        "took" | "participated" => {
            let part = t.is(i, "participated") || t.is(i + 1, "part");
            let e = ahead(6, EVENTS)?;
            (part && subject(), e, "attendance", 0.85)
        }
        _ => return None,
    };
    ok.then(|| (t.span(i, end), why, conf))
}
