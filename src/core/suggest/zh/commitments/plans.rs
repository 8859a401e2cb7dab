//! Plans, targets and pledges: `计划`, `拟`, `打算`, `按照计划`, `今年安排`, `承诺`,
//! `目标是`, `力争`, `争取`, `到2027年`; not a plan that is absent or a noun.

use super::super::text::{
    clause_end, clause_start, ends_any, has_any, next_char, prev_char, starts_any, tells_past,
};
use super::markers::FORECAST;

/// `计划` as a verb (`计划于明年3月开工`, `全年计划实施`), not a noun (`三年行动计划`) or
/// an absent plan (`暂无……计划`).
pub(super) fn plan(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    const NEXT: &[&str] = &[
        "于", "在", "到", "今年", "明年", "年内", "年底", "投资", "实施", "建设", "新建", "引进",
        "推出", "开工", "完成", "上市", "招聘", "用", "将", "开展", "启动", "安排", "举办", "新增",
        "打造", "建成", "投入", "改造", "发行", "播种", "种植", "收购", "采购", "招生", "培训",
        "举行", "开设", "推进", "实现", "发放", "扩", "组织", "吸引", "培育", "筹", "拿出", "力争",
        "销售", "生产", "出口", "新设", "增加", "再", "建", "修", "新", "购置", "上线", "推广",
    ];
    let before = prev_char(s, at);
    let noun = before.is_some_and(|c| "的动度按无有原作划照入".contains(c));
    let negated = has_any(
        &s[clause_start(s, at)..at],
        &["暂无", "没有", "并无", "不", "未"],
    );
    (starts_any(&s[end..], NEXT) && !noun && !negated).then_some(("plan", 0.8))
}

/// `拟` as "intends to" (`拟于`, `拟投资`), not `模拟`, `虚拟`, `草拟`.
pub(super) fn intend(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    const NEXT: &[&str] = &[
        "于", "在", "投资", "建", "引进", "新增", "推出", "开工", "出台", "对", "将", "安排", "用",
        "选", "招", "实施", "举办", "启动", "召开", "上市", "发行", "设立", "以", "通过", "向",
        "与", "回购", "收购", "增持", "减持", "募集", "出售", "转让", "聘任", "变更",
    ];
    let word = prev_char(s, at).is_some_and(|c| "模虚草比".contains(c));
    (starts_any(&s[end..], NEXT) && !word).then_some(("plan", 0.8))
}

/// `打算` as "plans to", not `不打算`, `没有打算`.
pub(super) fn plan_to(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let negated = has_any(&s[clause_start(s, at)..at], &["不", "没", "无"]);
    let asked = has_any(
        &s[clause_start(s, at)..clause_end(s, end)],
        &["什么", "怎么", "何"],
    );
    (!negated && !asked).then_some(("plan", 0.75))
}

/// `按照计划,……年底前开通`: a schedule the actor keeps.
pub(super) fn as_planned(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let by_plan = ends_any(&s[..at], &["按照", "按", "根据", "依照"]);
    let rest = &s[end..clause_end(s, end)];
    (by_plan && !tells_past(rest) && !has_any(rest, FORECAST)).then_some(("plan", 0.75))
}

/// `今年安排……项目150个`: a plan for the year.
pub(super) fn schedule(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let when = ends_any(&s[..at], &["今年", "明年", "年内", "计划", "拟", "将"]);
    let done = tells_past(&s[clause_start(s, at)..clause_end(s, end)]);
    (when && !done && next_char(s, end) != Some('了')).then_some(("plan", 0.75))
}

pub(super) fn pledge(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, end)];
    (!matches!(next_char(s, end), Some('书' | '制' | '函')) && !tells_past(clause))
        .then_some(("pledge", 0.85))
}

/// `目标是`, `目标为`, `目标:`: a target set.
pub(super) fn target(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let rest = &s[end..];
    (starts_any(rest, &["是", "为", "：", ":"]) && !tells_past(&s[..at])).then_some(("target", 0.8))
}

pub(super) fn strive(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, at)];
    (!matches!(next_char(s, end), Some('了' | '到' | '来')) && !tells_past(clause))
        .then_some(("target", 0.75))
}

/// `到2027年,全市……达到……`: a target year opening the sentence, in a plan; not a date
/// already past (`到去年底,已建成……`).
pub(super) fn by_year(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    if at != 0 {
        return None;
    }
    let rest = &s[end..];
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let year = digits.len() == 4 && rest[4..].starts_with('年');
    let phase = starts_any(
        rest,
        &[
            "本世纪",
            "“十五五”",
            "“十四五”",
            "年底",
            "年末",
            "明年",
            "2035",
        ],
    );
    let target_words = has_any(
        s,
        &[
            "达到",
            "实现",
            "建成",
            "力争",
            "超过",
            "控制在",
            "提高到",
            "以上",
        ],
    );
    ((year || phase) && target_words && !tells_past(s) && !has_any(s, FORECAST))
        .then_some(("target", 0.75))
}
