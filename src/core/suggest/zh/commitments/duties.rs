//! Obligations and prohibitions: `必须`, `应当`, `需`, `不得`, `决不能`, `杜绝`, `一律`,
//! `责令`, `确保`, a request (`请`), each checked against the words it hides in.

use super::super::text::{clause_end, clause_start, ends_any, next_char, prev_char, tells_past};

/// `必须` as "must", not an evaluation (`是必须完成的硬任务`, `是必须的`).
pub(super) fn must(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let rated = prev_char(s, at) == Some('是') || next_char(s, end) == Some('的');
    (!rated).then_some(("obligation", 0.9))
}

/// `不得` as "must not", not `舍不得`, `不得不`, `怪不得`.
pub(super) fn must_not(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let word = prev_char(s, at).is_some_and(|c| "舍怪巴由顾记免恨容少要见说动离使".contains(c))
        || matches!(next_char(s, end), Some('不' | '了' | '已' | '而'));
    (!word).then_some(("prohibition", 0.9))
}

/// `决不能`, `更不能`, `都不能`: a prohibition; a bare `不能` may only tell what cannot be.
pub(super) fn must_not_can(s: &str, at: usize, _end: usize) -> Option<(&'static str, f32)> {
    let stressed = prev_char(s, at).is_some_and(|c| "决绝更都也".contains(c));
    (stressed && !tells_past(&s[clause_start(s, at)..at])).then_some(("prohibition", 0.75))
}

pub(super) fn should(s: &str, _at: usize, end: usize) -> Option<(&'static str, f32)> {
    (!s[end..].starts_with('说')).then_some(("obligation", 0.75))
}

/// A bare `应` before a verb (`应按`, `应于3月底前`), not in `应用`, `供应`, `响应`.
pub(super) fn should_bare(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    const NEXT: &str = "按于在依严及切加进主积尽认将把统做落妥立充坚建向由经";
    let word = prev_char(s, at).is_some_and(|c| "相反供适响效对呼答顺感回照内报策".contains(c));
    let verb = next_char(s, end).is_some_and(|c| NEXT.contains(c));
    (verb && !word).then_some(("obligation", 0.8))
}

/// A bare `需` before a verb (`需于3月底前完成`, `各地需加强`), not `需要`, `需求`, `所需`.
pub(super) fn need(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    const NEXT: &str = "按于在依严及切加进主积尽认将把统做落妥立充坚建向由经提完";
    let word = prev_char(s, at).is_some_and(|c| "所急必无亟".contains(c));
    let verb = next_char(s, end).is_some_and(|c| NEXT.contains(c));
    let clause = &s[clause_start(s, at)..clause_end(s, end)];
    (verb && !word && !tells_past(clause)).then_some(("obligation", 0.75))
}

/// `坚决杜绝`: a prohibition, unless told as done (`有效杜绝了`).
pub(super) fn stamp_out(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, end)];
    (!tells_past(clause)).then_some(("prohibition", 0.75))
}

/// `一律按……执行`, `一律不予受理`: a rule without exception.
pub(super) fn without_exception(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, end)];
    (!tells_past(clause)).then_some(("directive", 0.75))
}

/// `责令……限期整改`: an order.
pub(super) fn order(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, end)];
    (!tells_past(clause)).then_some(("directive", 0.75))
}

/// `患者请尽量……`, `请广大市民……`: a request to the reader; not `申请`, `邀请`, `请示`.
pub(super) fn please(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let word = prev_char(s, at).is_some_and(|c| "申邀提聘报吁宴约延催载说".contains(c))
        || next_char(s, end).is_some_and(|c| "示求假愿柬教假辞客缨战".contains(c));
    let near_start = s[clause_start(s, at)..at].chars().count() <= 8;
    let done = tells_past(&s[clause_start(s, at)..clause_end(s, end)]);
    (!word && near_start && !done && !in_quote_speech(s, at)).then_some(("directive", 0.7))
}

/// Whether byte `at` follows a speech verb and a colon or quote (`他说:“请……`), where a
/// request is one person's to another.
fn in_quote_speech(s: &str, at: usize) -> bool {
    s[..at].contains('“') && s[..at].matches('“').count() > s[..at].matches('”').count()
}

pub(super) fn ensure(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, at)];
    let purpose = ends_any(&s[..at], &["为", "为了"]);
    (next_char(s, end) != Some('了') && !tells_past(clause) && !purpose)
        .then_some(("directive", 0.85))
}
