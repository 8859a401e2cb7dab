//! Phrase cues: plans, pledges, targets, decisions, motions, requirements, directives.

use super::super::clause::{any_in, negated_before, start};
use super::super::metrics::Found;
use super::super::tokens::{Kind, Tokens};
use super::words::{DRIVES, HAPPENINGS, MOTIONS, MOVEMENTS, MOVERS, NOT_MADE, STAFF};

/// Whether the sentence dates its decision in the past (`last month`, `two years ago`).
fn past(t: &Tokens) -> bool {
    any_in(t, 0, t.len(), &["ago", "previously"])
        || (0..t.len()).any(|k| t.is(k, "last") && t.is_any(k + 1, &["week", "month", "year"]))
}

/// A phrase cue starting at token `i`: a plan, a pledge, a target, a decision, a motion,
/// a requirement or a directive to staff.
pub(super) fn phrase(t: &Tokens, i: usize) -> Option<Found> {
    let to_verb = |k: usize| {
        t.is(k, "to")
            && t.lower(k + 1)
            && !t.is_any(
                k + 1,
                &[
                    "the", "a", "an", "its", "their", "this", "our", "his", "her",
                ],
            )
    };
    // Resolved: that the council accepts; It was resolved that
    if t.is_any(i, &["resolved", "agreed"])
        && (t.str(i + 1) == ":" || t.is(i + 1, "that"))
        && !negated_before(t, i, 2)
    {
        return Some((t.span(i, i + 1), "decision", 0.85));
    }
    // plans to, aims to, pledged to, is committed to, is scheduled to
    let kinds: [(&[&str], &'static str); 4] = [
        (
            &[
                "plans",
                "plan",
                "planning",
                "intends",
                "intend",
                "scheduled",
            ],
            "plan",
        ),
        (&["aims", "aim", "aiming", "seeks", "strives"], "target"),
        (
            &[
                "pledged",
                "pledges",
                "pledge",
                "promised",
                "promises",
                "vowed",
                "vows",
                "committed",
                "determined",
            ],
            "pledge",
        ),
        (
            &["agreed", "agree", "agrees", "decided", "resolved"],
            "decision",
        ),
    ];
    for (words, why) in kinds {
        if !t.is_any(i, words) {
            continue;
        }
        let gap = if why == "decision" { 3 } else { 1 };
        let to = (i + 1..=i + gap).find(|&k| to_verb(k))?;
        // the plans to, opposed plans to, had planned to: a plan named, not made.
        let noun = i > 0 && t.is_any(i - 1, NOT_MADE);
        let past = why == "decision" && past(t);
        let happens = t.is_any(to + 1, MOVEMENTS) || (start(t, i)..i).any(|k| t.is_any(k, MOVERS));
        if negated_before(t, i, 3) || noun || happens || past {
            return None;
        }
        return Some((t.span(i, to), why, 0.85));
    }
    // launched a campaign to plant, unveiled an initiative to
    if t.is_any(
        i,
        &["launched", "launches", "unveiled", "announced", "started"],
    ) {
        let drive = (i + 1..=i + 4).find(|&k| t.is_any(k, DRIVES) && to_verb(k + 1));
        if let Some(k) = drive {
            return Some((t.span(i, k + 1), "plan", 0.75));
        }
    }
    // proposed and Cllr Naylor seconded that
    if t.is_any(i, &["proposed", "moved"]) && (i + 1..=i + 6).any(|k| t.is(k, "seconded")) {
        return Some((t.span(i, i), "motion", 0.85));
    }
    // set a target of raising £1.2 million; a goal of 500 homes
    if t.is_any(i, &["target", "goal"]) && t.is(i + 1, "of") {
        let what = t.str(i + 2);
        let aim = what.ends_with("ing") && t.lower(i + 2)
            || matches!(t.kind(i + 2), Some(Kind::Number))
            || matches!(what, "$" | "£" | "€");
        if aim && !negated_before(t, i, 3) {
            return Some((t.span(i, i + 1), "target", 0.8));
        }
    }
    // is set to open, is to be completed
    if t.is_any(i, &["is", "are"]) && t.is(i + 1, "set") && to_verb(i + 2) {
        let from = start(t, i);
        if !t.is_any(i + 3, HAPPENINGS) && !(from..i).any(|k| t.is_any(k, MOVERS)) {
            return Some((t.span(i, i + 2), "plan", 0.75));
        }
    }
    // Our goal is to; our target is 5,000 homes
    if t.is_any(i, &["goal", "target", "aim", "objective"]) && t.is(i + 1, "is") {
        if to_verb(i + 2) {
            return Some((t.span(i, i + 2), "target", 0.85));
        }
        let figure = t.kind(i + 2) == Some(Kind::Number) || matches!(t.str(i + 2), "$" | "£" | "€");
        if figure {
            return Some((t.span(i, i + 1), "target", 0.8));
        }
    }
    // is directed to, are asked to
    if t.is_any(i, &["directed", "instructed", "asked", "urged"])
        && t.is_any(i.wrapping_sub(1), &["is", "are"])
        && to_verb(i + 1)
    {
        return Some((t.span(i - 1, i + 1), "directive", 0.8));
    }
    // is prohibited, are not permitted
    if t.is_any(i, &["is", "are"]) {
        let not = t.is(i + 1, "not");
        let k = if not { i + 2 } else { i + 1 };
        let banned = t.is_any(k, &["prohibited", "banned", "forbidden"])
            || not && t.is_any(k, &["permitted", "allowed"]);
        if banned && !(start(t, i)..i).any(|j| t.is_any(j, MOVERS)) {
            return Some((t.span(i, k), "prohibition", 0.8));
        }
    }
    // A motion was made by Trustee Dunn and seconded by Trustee Wade to approve
    if t.is(i, "motion") && !t.is(i + 1, "to") {
        let made = (i + 1..=i + 3).any(|k| t.is_any(k, &["made", "by"]));
        let to = (i + 2..=i + 16).find(|&k| t.is(k, "to") && t.is_any(k + 1, MOTIONS));
        if let (true, Some(to)) = (made, to) {
            return Some((t.span(i, to + 1), "motion", 0.85));
        }
    }
    // voted 4-3 on Monday night to close; not voted against, not last month's vote
    if t.is(i, "voted") {
        let to = (i + 1..=i + 7).find(|&k| to_verb(k))?;
        if any_in(t, i + 1, to, &["against", "not"]) || past(t) {
            return None;
        }
        return Some((t.span(i, to), "decision", 0.75));
    }
    // moved to approve, moved approval, a motion to adopt
    if t.is_any(i, &["moved", "motion", "moves"]) {
        let k = if t.is(i + 1, "to") { i + 2 } else { i + 1 };
        if t.is_any(k, MOTIONS) {
            return Some((t.span(i, k), "motion", 0.9));
        }
    }
    // is required to, the conditions require the developer to
    if t.is(i, "required")
        && t.is_any(i.wrapping_sub(1), &["is", "are", "be", "will"])
        && to_verb(i + 1)
    {
        return Some((t.span(i - 1, i + 1), "obligation", 0.85));
    }
    if t.is_any(i, &["require", "requires"]) {
        let to = (i + 2..=i + 5).find(|&k| to_verb(k))?;
        return (!negated_before(t, i, 2)).then(|| (t.span(i, to), "obligation", 0.8));
    }
    // asked staff to, directed the city manager to
    if t.is_any(i, &["asked", "directed", "instructed", "ordered", "told"]) {
        let to = (i + 2..=i + 5).find(|&k| to_verb(k))?;
        if any_in(t, i + 1, to, STAFF) {
            return Some((t.span(i, to), "directive", 0.75));
        }
    }
    None
}
