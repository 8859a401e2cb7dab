//! Commitments: an actor bound to a future action (`will`, `shall`, `must`, `plans to`,
//! `pledged`, a motion to approve), not a forecast, a past deed or an absent plan.

use super::clause::{actor, any_in, negated_before, start};
use super::metrics::Found;
use super::tokens::Tokens;
use super::words::among;

/// Adverbs that may stand between a modal and its verb.
const ADVERBS: &[&str] = &[
    "also",
    "now",
    "soon",
    "then",
    "still",
    "again",
    "first",
    "only",
    "jointly",
    "immediately",
    "further",
    "finally",
    "continue",
    "formally",
    "officially",
    "quickly",
    "each",
    "both",
];

/// Adverbs that make a modal a forecast (`will likely climb`).
const HEDGES: &[&str] = &[
    "likely",
    "probably",
    "possibly",
    "perhaps",
    "almost",
    "undoubtedly",
    "certainly",
    "eventually",
];

/// Verbs that say what will happen, not what someone will do.
const HAPPENINGS: &[&str] = &[
    "rise",
    "climb",
    "fall",
    "drop",
    "decline",
    "soar",
    "surge",
    "slow",
    "ease",
    "rebound",
    "peak",
    "fluctuate",
    "shrink",
    "slip",
    "dip",
    "worsen",
    "receive",
    "earn",
    "gain",
    "enjoy",
    "experience",
    "include",
    "contain",
    "house",
    "feature",
    "involve",
    "comprise",
    "require",
    "happen",
    "occur",
    "remain",
    "stay",
    "face",
    "see",
    "mean",
    "become",
    "feel",
    "depend",
    "vary",
    "cost",
    "decide",
    "know",
    "want",
    "look",
    "seem",
    "benefit",
    "suffer",
    "last",
    "total",
    "exceed",
    "outpace",
    "lag",
    "be",
    "have",
    "need",
    "get",
    "come",
    "hit",
    "reach",
    "affect",
    "lose",
    "win",
    "like",
];

/// Verbs of movement, which no one promises (`plans to rise` is a forecast).
const MOVEMENTS: &[&str] = &[
    "rise", "climb", "fall", "drop", "decline", "soar", "surge", "slow", "ease", "rebound", "peak",
    "shrink", "slip", "dip", "worsen",
];

/// Nouns whose movement is forecast, not promised (`prices will climb`).
const MOVERS: &[&str] = &[
    "price",
    "prices",
    "cost",
    "costs",
    "rate",
    "rates",
    "inflation",
    "unemployment",
    "revenue",
    "revenues",
    "sales",
    "demand",
    "ridership",
    "enrollment",
    "temperatures",
    "weather",
    "market",
    "markets",
    "shares",
    "stocks",
    "economy",
    "growth",
    "values",
    "numbers",
    "traffic",
    "deficit",
    "bills",
    "premiums",
    "earnings",
    "profit",
    "profits",
    "income",
    "output",
    "production",
    "supply",
    "population",
    "turnout",
    "levels",
    "yields",
    "increase",
    "increases",
    "hike",
    "decrease",
    "change",
    "changes",
    "storm",
    "rain",
    "snow",
];

/// Who reports findings rather than promises (`the study says`, `analysts said`).
const FINDERS: &[&str] = &[
    "report",
    "study",
    "survey",
    "analysis",
    "audit",
    "review",
    "data",
    "model",
    "models",
    "analysts",
    "economists",
    "experts",
    "forecasters",
    "researchers",
    "scientists",
    "poll",
];

/// Words before a modal that make the clause a belief, a fear or a doubt.
const DOUBTS: &[&str] = &[
    "expects",
    "expect",
    "expected",
    "forecast",
    "forecasts",
    "predicts",
    "predicted",
    "projected",
    "projects",
    "believes",
    "believe",
    "thinks",
    "think",
    "hopes",
    "hope",
    "fears",
    "fear",
    "feared",
    "worried",
    "worry",
    "warned",
    "warns",
    "estimate",
    "estimates",
    "estimated",
    "anticipates",
    "doubt",
    "doubts",
    "whether",
    "unclear",
    "unsure",
    "argue",
    "argues",
    "argued",
    "wondered",
    "asked",
    "if",
    "unless",
    "may",
    "might",
    "could",
];

/// Irregular past participles of a passive plan (`will be held`).
const PARTICIPLES: &[&str] = &[
    "held", "built", "paid", "given", "made", "done", "sent", "set", "kept", "run", "shown",
    "taken", "brought", "chosen", "spent", "sold", "put", "met", "hired", "rebuilt", "laid",
    "written", "drawn", "begun", "sought", "taught", "split", "flown", "shut", "open",
];

/// Words before `plans to` that make it a plan someone else named or dropped.
const NOT_MADE: &[&str] = &[
    "the",
    "its",
    "their",
    "his",
    "her",
    "had",
    "opposed",
    "scrapped",
    "shelved",
    "dropped",
    "rejected",
    "abandoned",
    "halted",
    "paused",
    "over",
    "against",
    "protested",
    "criticized",
    "criticised",
    "blocked",
    "any",
];

/// What is launched to do something (`a campaign to plant`).
const DRIVES: &[&str] = &[
    "campaign",
    "initiative",
    "program",
    "programme",
    "drive",
    "effort",
    "bid",
    "project",
    "scheme",
    "fund",
];

/// Verbs a motion moves (`moved to approve`).
const MOTIONS: &[&str] = &[
    "approve",
    "adopt",
    "authorize",
    "authorise",
    "accept",
    "recommend",
    "award",
    "amend",
    "direct",
    "deny",
    "table",
    "postpone",
    "ratify",
    "grant",
    "waive",
    "appoint",
    "allocate",
    "approval",
    "adoption",
    "acceptance",
    "denial",
];

/// Who a directive can be given to (`asked staff to`).
const STAFF: &[&str] = &[
    "staff",
    "manager",
    "administrator",
    "administration",
    "department",
    "clerk",
    "attorney",
    "engineer",
    "director",
    "police",
    "superintendent",
];

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
        if let Some(f) = phrase(t, i).or_else(|| modal(t, i))
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
fn acts(t: &Tokens, modal: usize, v: usize) -> bool {
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

/// Whether the sentence dates its decision in the past (`last month`, `two years ago`).
fn past(t: &Tokens) -> bool {
    any_in(t, 0, t.len(), &["ago", "previously"])
        || (0..t.len()).any(|k| t.is(k, "last") && t.is_any(k + 1, &["week", "month", "year"]))
}

/// A modal cue at token `i`: `will`, `'ll`, `shall`, `must`, `would` after `said`,
/// `should` as an instruction.
fn modal(t: &Tokens, i: usize) -> Option<Found> {
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

/// A phrase cue starting at token `i`: a plan, a pledge, a target, a decision, a motion,
/// a requirement or a directive to staff.
fn phrase(t: &Tokens, i: usize) -> Option<Found> {
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
            || matches!(t.kind(i + 2), Some(super::tokens::Kind::Number))
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
        let figure = t.kind(i + 2) == Some(super::tokens::Kind::Number)
            || matches!(t.str(i + 2), "$" | "£" | "€");
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
