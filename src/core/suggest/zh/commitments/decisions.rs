//! What a meeting laid down: `会议决定`, `会议同意`, `会议明确`, `号召`, `坚持……原则`.

use super::super::text::{
    clause_end, clause_start, ends_any, has_any, next_char, prev_char, starts_any, tells_past,
};
use super::markers::FORECAST;

/// `会议决定`, `研究决定`: a decision that binds; not `决定性`, `起决定作用`.
pub(super) fn decide(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    const BY: &[&str] = &[
        "会议",
        "研究",
        "董事会",
        "常委会",
        "党组",
        "政府",
        "公司",
        "集团",
        "经",
        "一致",
    ];
    let by = ends_any(&s[..at], BY)
        || prev_char(s, at).is_some_and(|c| "委会局府组部院司行指办".contains(c));
    let word = next_char(s, end).is_some_and(|c| "性了作因权书".contains(c));
    (by && !word).then_some(("directive", 0.75))
}

/// `会议同意……`, `会议原则同意……`: what the meeting approved, to be done.
pub(super) fn agree(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let by = ends_any(
        &s[..at],
        &["会议", "会议原则", "会上原则", "常委会", "董事会"],
    );
    (by && !matches!(next_char(s, end), Some('了' | '的'))).then_some(("directive", 0.75))
}

/// `会议明确,`: what the meeting laid down.
pub(super) fn state(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let by = ends_any(&s[..at], &["会议", "会上", "会议还", "会议进一步"]);
    (by && starts_any(&s[end..], &["，", ",", "：", ":"])).then_some(("directive", 0.75))
}

/// `全会号召,全县上下……`: a call to act; not `响应……号召`.
pub(super) fn call(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let to = starts_any(&s[end..], &["，", ",", "：", ":", "全", "广大", "各"]);
    let answered = has_any(&s[clause_start(s, at)..at], &["响应", "听从", "按照"])
        || prev_char(s, at) == Some('的');
    (to && !answered).then_some(("directive", 0.8))
}

/// `坚持……原则`, `坚持以……为`: a standing directive, unless told as a past deed.
pub(super) fn persist(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let rest = &s[end..clause_end(s, end)];
    let principle = has_any(rest, &["原则", "方针", "导向", "不动摇", "总基调"])
        || (rest.starts_with('以') && rest.contains('为'));
    (principle && !tells_past(s) && !has_any(&s[..at], FORECAST)).then_some(("directive", 0.8))
}
