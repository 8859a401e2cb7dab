//! Modal cues: `will`, `shall`, `must`, `would` after `said`, `should` as an instruction,
//! with the subject and verb that make them a promise rather than a forecast.

use super::super::clause::{actor, any_in, start};
use super::super::metrics::Found;
use super::super::tokens::Tokens;
use super::super::words::among;
use super::words::{ADVERBS, DOUBTS, FINDERS, HAPPENINGS, HEDGES, MOVERS, PARTICIPLES};

/// The first verb after token `i`, stepping over adverbs; `None` after a hedge.
fn verb_after(t: &Tokens, i: usize) -> Option<usize> {
    let mut k = i + 1;
    while t.is_any(k, ADVERBS) {
        k += 1;
    }
    (!t.is_any(k, HEDGES) && t.lower(k)).then_some(k)
}

/// Whether the action at verb `v` is promised by a subject that acts: no forecast noun
/// as subject, no doubt before, and a verb of doing rather than happening.
pub(super) fn acts(t: &Tokens, modal: usize, v: usize) -> bool {
    let from = start(t, modal);
    if (from..modal).any(|k| t.is_any(k, MOVERS)) || any_in(t, 0, modal, DOUBTS) {
        return false;
    }
    // The study says the city will run out of room: a finding, not a promise.
    let finding = (0..modal).any(|k| {
        t.is_any(k, FINDERS) && t.is_any(k + 1, &["says", "said", "found", "finds", "shows"])
    });
    if finding {
        return false;
    }
    // a building that will house: the antecedent, not an actor, is the subject; and
    // `this will`, `there will` promise nothing.
    let passive = t.is(v, "be") && (t.str(v + 1).ends_with("ed") || t.is_any(v + 1, PARTICIPLES));
    if from == modal && t.is_any(modal.wrapping_sub(1), &["that", "which"]) && !passive
        || from + 1 == modal && t.is_any(from, &["this", "there"])
        || from + 1 == modal && t.is_any(from, &["that", "which"]) && !passive
    {
        return false;
    }
    if t.is(v, "be") {
        // will be held, will be provided: a passive plan, not a state.
        return t.str(v + 1).ends_with("ed") || t.is_any(v + 1, PARTICIPLES);
    }
    if t.is_any(v, &["have", "need"]) {
        return t.is(v + 1, "to");
    }
    !t.is_any(v, HAPPENINGS)
}

/// A modal cue at token `i`: `will`, `'ll`, `shall`, `must`, `would` after `said`,
/// `should` as an instruction.
pub(super) fn modal(t: &Tokens, i: usize) -> Option<Found> {
    let s = t.str(i);
    let lower = t.lower(i);
    if lower && s == "will" {
        // political will, the will of voters
        if i > 0
            && t.is_any(
                i - 1,
                &[
                    "the",
                    "a",
                    "political",
                    "public",
                    "his",
                    "her",
                    "their",
                    "its",
                    "our",
                    "good",
                    "free",
                    "own",
                ],
            )
        {
            return None;
        }
        let v = verb_after(t, i)?;
        if among(t.str(v), &["not", "never"]) {
            let w = verb_after(t, v)?;
            return acts(t, i, w).then(|| (t.span(i, v), "pledge", 0.85));
        }
        return acts(t, i, v).then(|| (t.span(i, i), "future", 0.85));
    }
    if s == "won't" || s == "won’t" {
        let v = verb_after(t, i)?;
        return acts(t, i, v).then(|| (t.span(i, i), "pledge", 0.85));
    }
    if lower && s == "shall" {
        verb_after(t, i)?;
        return Some((t.span(i, i), "obligation", 0.9));
    }
    if lower && s == "must" {
        let v = verb_after(t, i).filter(|&v| !t.is(v, "have"))?;
        // must be a priority: a judgement; must be submitted: a rule.
        let w = t.str(v + 1);
        if t.is(v, "be") && !(w.ends_with("ed") || t.is_any(v + 1, PARTICIPLES)) {
            return None;
        }
        let not = t.is(v, "not");
        let doubt = any_in(t, 0, i, &["if", "whether", "argue", "argues", "argued"]);
        return (!doubt).then(|| (t.span(i, if not { v } else { i }), "obligation", 0.85));
    }
    if lower && s == "would" {
        let said = any_in(
            t,
            0,
            i,
            &["said", "told", "announced", "confirmed", "promised"],
        );
        let iffy = any_in(t, 0, t.len(), &["if", "unless", "whether"]);
        let v = verb_after(t, i)?;
        let ok = said && !iffy && actor(t, i) && acts(t, i, v);
        return ok.then(|| (t.span(i, i), "future", 0.6));
    }
    if lower && s == "should" {
        let from = start(t, i);
        let opinion = any_in(
            t,
            0,
            i,
            &["said", "says", "argue", "argued", "argues", "think"],
        ) || any_in(
            t,
            0,
            t.len(),
            &["if", "whether", "believe", "believes", "feel", "feels"],
        );
        let v = verb_after(t, i)?;
        return (from == 0 && !opinion && acts(t, i, v)).then(|| (t.span(i, i), "directive", 0.6));
    }
    None
}
