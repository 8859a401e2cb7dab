//! Who a cue is about: named people and bodies (titles, a list of names), not a counted
//! crowd, and attendance as a fact rather than a plan or an invitation.

use super::super::text::{clause_end, clause_start, has_any, has_word, is_cn_numeral};

/// Titles and bodies that name who is meant.
pub(super) const NAMED: &str = "\
    书记 市长 区长 县长 镇长 乡长 省长 主任 局长 厅长 部长 主席 委员 董事长 \
    总经理 经理 总裁 院长 校长 秘书长 负责人 负责同志 领导 代表 成员 处长 科长 \
    理事长 会长 所长 站长 队长 社长 行长 总监 专家 政府 公司 集团 单位 部门 局 \
    委 厅 办 院 协会 银行 大学";

/// People with a title: a subject naming one of these is not a mere crowd.
pub(super) const TITLES: &[&str] = &[
    "书记", "长", "主任", "主席", "委员", "董事", "经理", "总裁", "负责", "领导", "代表",
];

/// Words that make attendance a plan or an invitation, not a fact.
pub(super) const NOT_YET: &[&str] = &[
    "将", "拟", "邀请", "欢迎", "计划", "要", "届时", "鼓励", "动员", "号召", "组织", "报名",
    "积极", "踊跃", "未", "没有", "缺席", "应当", "应该",
];

/// Words that hold a `NOT_YET` word but do not mean it (`主要领导`, `党组织书记`).
pub(super) const NOT_YET_INSIDE: &[&str] = &[
    "主要",
    "重要",
    "需要",
    "纪要",
    "只要",
    "首要",
    "党组织",
    "团组织",
    "组织部",
    "即将",
];

/// The clause before byte `at`: who does it.
pub(super) fn subject(s: &str, at: usize) -> &str {
    &s[clause_start(s, at)..at]
}

/// A counted crowd with no title (`200余名游客`, `6个县区`).
pub(super) fn crowd(subject: &str) -> bool {
    let counted = subject.char_indices().any(|(i, c)| {
        (c.is_ascii_digit() || is_cn_numeral(c))
            && subject[i + c.len_utf8()..]
                .trim_start_matches(|d: char| d.is_ascii_digit() || ".万余多".contains(d))
                .starts_with(['名', '人', '位', '家', '个', '余', '多'])
    });
    counted && !has_any(subject, TITLES)
}

/// Whether attendance told in a clause opening with `subject` is a fact, not a plan, an
/// invitation or an absence.
pub(super) fn settled(subject: &str) -> bool {
    let mut plain = subject.to_string();
    for w in NOT_YET_INSIDE {
        plain = plain.replace(w, "");
    }
    !has_any(&plain, NOT_YET)
}

/// Whether the sentence names who before byte `at`: a title or body in the clause, or in
/// the sentence's first clause (the subject of a chain such as `X围绕……,进行交流发言`).
pub(super) fn named_before(s: &str, at: usize) -> bool {
    let who = subject(s, at);
    has_word(who, NAMED) || has_word(&s[..clause_end(s, 0).min(at)], NAMED) || names_list(who)
}

/// `张三、李四、王五`: a list of short Han names (two or more).
fn names_list(who: &str) -> bool {
    let who = who.trim_end_matches(['等', '和']);
    let parts: Vec<&str> = who.split(['、', '和', '及']).collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            (2..=4).contains(&p.chars().count()) && p.chars().all(crate::core::segment::is_han)
        })
}

/// `出席：张三、李四`, `出席会议的有……`: who follows the cue, as in minutes.
pub(super) fn listed_after(s: &str, end: usize) -> Option<(&'static str, f32)> {
    let rest = &s[end..];
    if rest.starts_with(['：', ':']) {
        return Some(("roll-call", 0.9));
    }
    let list = [
        "会议的有",
        "的有",
        "会议的领导有",
        "的领导有",
        "会议的还有",
        "的还有",
    ]
    .iter()
    .find(|w| rest.starts_with(**w))?;
    let after = &rest[list.len()..];
    (has_word(after, NAMED) || after.contains('、')).then_some(("attendance", 0.85))
}
