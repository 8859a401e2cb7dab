//! The marker words of commitments and where each is checked: `要` (not inside `重要`,
//! `只要`, `要素`), `要求` said by someone, plain markers (`务必`, `严禁`, `力争`) and the
//! words whose context decides (`duties`, `plans`, `decisions`).

use super::super::text::{
    Seen, clause_start, ends_any, has_any, in_title, next_char, prev_char, starts_any,
};
use super::super::{Check, Hit, checked_hits};
use super::decisions::{agree, call, decide, persist, state};
use super::duties::{
    ensure, must, must_not, must_not_can, need, order, please, should, should_bare, stamp_out,
    without_exception,
};
use super::plans::{as_planned, by_year, intend, plan, plan_to, pledge, schedule, strive, target};

/// Characters before `要` that make it part of another word (`重要`, `只要`, `需要`).
const YAO_BEFORE: &[char] = &[
    '重', '主', '只', '需', '纪', '摘', '概', '提', '简', '扼', '首', '必', '次', '险', '政', '机',
    '显', '索', '讨', '想', '纲', '若', '如', '紧', '要',
];

/// Characters after `要` that make it part of another word (`要素`, `要点`, `要是`).
const YAO_AFTER: &[char] = &[
    '素', '点', '闻', '件', '务', '领', '旨', '义', '塞', '地', '员', '职', '案', '害', '么', '是',
    '数', '价', '账', '冲', '道', '隘', '津', '略', '目', '诀', '犯', '挟', '约', '览', '情', '事',
    '求', '想',
];

/// Forecast words: a marker after them commits no one.
pub(super) const FORECAST: &[&str] = &[
    "预计",
    "预测",
    "有望",
    "可望",
    "估计",
    "认为",
    "料将",
    "或将",
    "可能",
    "预期将",
    "看好",
    "普遍",
];

/// Every marker cue in `s`.
pub(super) fn all(s: &str) -> Vec<Hit> {
    let seen = Seen::of(s);
    let mut hits = Vec::new();
    for (at, _) in s.match_indices('要') {
        hits.extend(yao(s, at));
    }
    let simple: &[(&str, &str, f32)] = &[
        ("务必", "obligation", 0.95),
        ("应当", "obligation", 0.9),
        ("力争", "target", 0.9),
        ("严禁", "prohibition", 0.9),
        ("禁止", "prohibition", 0.85),
        ("不允许", "prohibition", 0.85),
        ("不准", "prohibition", 0.8),
        ("让我们", "directive", 0.75),
    ];
    for &(word, reason, confidence) in simple {
        if !seen.may_hold(word) {
            continue;
        }
        for (at, _) in s.match_indices(word) {
            if !in_title(s, at) {
                hits.push(Hit::new(at..at + word.len(), reason, confidence));
            }
        }
    }
    hits.extend(checked_hits(s, seen, CHECKED));
    hits
}

/// Markers that need their context read.
const CHECKED: &[(&str, Check)] = &[
    ("确保", ensure),
    ("坚持", persist),
    ("争取", strive),
    ("目标", target),
    ("计划", plan),
    ("拟", intend),
    ("承诺", pledge),
    ("不得", must_not),
    ("不能", must_not_can),
    ("应该", should),
    ("应", should_bare),
    ("决定", decide),
    ("明确", state),
    ("同意", agree),
    ("号召", call),
    ("杜绝", stamp_out),
    ("需", need),
    ("一律", without_exception),
    ("力求", strive),
    ("责令", order),
    ("到", by_year),
    ("必须", must),
    ("计划,", as_planned),
    ("计划，", as_planned),
    ("请", please),
    ("打算", plan_to),
    ("安排", schedule),
];

/// `要` as a directive (`要加快`, `全区上下要`) or, after `不`, a prohibition; `要求` as a
/// directive when someone requires (`会议要求,`).
fn yao(s: &str, at: usize) -> Option<Hit> {
    if in_title(s, at) {
        return None;
    }
    let end = at + '要'.len_utf8();
    let before = prev_char(s, at);
    let after = next_char(s, end);
    if after == Some('求') {
        return requirement(s, at);
    }
    if before.is_some_and(|c| YAO_BEFORE.contains(&c))
        || after.is_some_and(|c| YAO_AFTER.contains(&c))
    {
        return None;
    }
    if before == Some('是') && s.contains("不是") {
        return None;
    }
    if before == Some('不') {
        if ends_any(&s[..at], &["一定不", "并不", "也不"]) {
            return None;
        }
        return Some(Hit::new(at - '不'.len_utf8()..end, "prohibition", 0.9));
    }
    // `要` at the end of a clause is a noun or a verb with no action after it.
    if after.is_none_or(super::super::text::is_clause_end) {
        return None;
    }
    Some(Hit::new(at..end, "directive", 0.9))
}

/// `要求` said by someone (`会议要求,`, `孙立群要求,各项目单位`), not `要求` as a noun
/// (`符合要求`, `“亲清服务”要求`).
fn requirement(s: &str, at: usize) -> Option<Hit> {
    let end = at + "要求".len();
    let rest = &s[end..];
    let to_someone = rest.starts_with(['，', ',', '：', ':'])
        || starts_any(
            rest,
            &["各", "全", "相关", "有关", "所有", "广大", "我们", "大家"],
        );
    let subject = &s[clause_start(s, at)..at];
    let plain_subject = subject.chars().count() <= 10
        && !has_any(
            subject,
            &[
                "的", "、", "”", "按照", "符合", "满足", "达到", "落实", "提出",
            ],
        );
    (to_someone && plain_subject).then(|| Hit::new(at..end, "directive", 0.85))
}
