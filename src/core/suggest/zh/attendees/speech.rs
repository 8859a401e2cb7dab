//! Speaking at the event: `出席并讲话`, `在会上发言`, `致辞`, `作工作报告`, `X在会上强调`,
//! `会上,X通报……`; not a speech referred to (`重要讲话精神`, `在讲话中指出`, `发言人`).

use super::super::Hit;
use super::super::text::{
    clause_end, clause_start, has_any, has_word, next_char, prev_char, starts_any,
};
use super::who::{NAMED, TITLES, crowd, named_before, settled, subject};

/// `在会上`, `在开幕式上`, `在签约仪式上`: at the event itself; the byte length of that
/// phrase from `at` (a `在`).
fn at_event(s: &str, at: usize) -> Option<usize> {
    let rest = &s[at..];
    let close = rest.find('上')?;
    let place = &rest[..close];
    let event = place.chars().count() <= 16
        && !place.contains(['，', ',', '：', ':', '。'])
        && (place.ends_with('会')
            || has_any(
                place,
                &["仪式", "开幕式", "闭幕式", "会议", "论坛", "典礼", "活动"],
            ));
    event.then_some(close + '上'.len_utf8())
}

/// Whether the clause before byte `at` places its subject at the event (`X在会上`).
fn said_at_event(s: &str, at: usize) -> bool {
    let who = subject(s, at);
    let start = at - who.len();
    who.match_indices('在')
        .any(|(i, _)| at_event(s, start + i).is_some_and(|len| start + i + len == at))
}

/// `出席并讲话`, `在会上讲话`, `作交流发言`, `致辞`; not `讲话精神`, `在讲话中`,
/// `发言人`, or a counted crowd of speakers.
pub(super) fn speech(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    if starts_any(&s[end..], &["精神", "中", "人", "权", "稿", "要点", "时"])
        || prev_char(s, at) == Some('要')
        || s[..at].ends_with("重要")
    {
        return None;
    }
    let who = subject(s, at);
    if !settled(who) || crowd(who) {
        return None;
    }
    let named = named_before(s, at) || who.ends_with('并') || said_at_event(s, at);
    named.then_some(("speech", 0.85))
}

/// `会上,刘正华通报了……`: a sentence set at the event, a named speaker (a title, or a
/// short name) and a verb of presenting.
pub(super) fn at_the_meeting(s: &str) -> Option<Hit> {
    const AT: &[&str] = &["会上", "会议上", "开幕式上", "仪式上", "座谈会上"];
    const PRESENT: &[&str] = &[
        "通报", "传达", "宣读", "汇报", "介绍", "作", "发言", "讲话", "致辞", "解读", "领学",
    ];
    let head = AT.iter().find(|h| s.starts_with(**h))?;
    let start = head.len()
        + next_char(s, head.len())
            .filter(|c| "，,".contains(*c))?
            .len_utf8();
    let end = clause_end(s, start);
    let clause = &s[start..end];
    let (verb_at, _) = PRESENT
        .iter()
        .filter_map(|v| clause.find(v).map(|i| (i, v)))
        .min_by_key(|(i, _)| *i)?;
    let who = &clause[..verb_at];
    let name =
        (2..=4).contains(&who.chars().count()) && who.chars().all(crate::core::segment::is_han);
    if (name || has_any(who, TITLES)) && !crowd(who) && settled(who) {
        return Some(Hit::new(0..head.len(), "speech", 0.7));
    }
    None
}

/// `X作工作报告`, `X作主旨报告`: a named person giving a report at the event; not
/// `听取……报告`.
pub(super) fn report(s: &str) -> Option<Hit> {
    for (at, _) in s.match_indices("报告") {
        let before = &s[clause_start(s, at)..at];
        // `作` as "give", not inside `工作`, `合作`, `作为`.
        let Some((zuo, _)) = before.match_indices('作').rev().find(|&(i, _)| {
            !prev_char(before, i).is_some_and(|c| "工合写操创协动运制振耕劳著佳杰".contains(c))
                && !next_char(before, i + '作'.len_utf8())
                    .is_some_and(|c| "为用风品业物者".contains(c))
        }) else {
            continue;
        };
        let between = &before[zuo + '作'.len_utf8()..];
        let who = &before[..zuo];
        let titled = between.starts_with("题为") && between.chars().count() <= 40;
        let short =
            titled || (between.chars().count() <= 8 && !between.contains(['“', '《', '、']));
        let listened = has_any(who, &["听取", "审议", "收到", "印发"]);
        if short && !listened && settled(who) && named_before(s, clause_start(s, at) + zuo) {
            let start = clause_start(s, at) + zuo;
            return Some(Hit::new(start..at + "报告".len(), "speech", 0.85));
        }
    }
    None
}

/// `X在会上强调`, `X在签约仪式上介绍`: a named person speaking at the event.
pub(super) fn spoke_at(s: &str) -> Option<Hit> {
    const SAID: &[&str] = &["强调", "指出", "表示", "介绍", "要求", "说", "宣布", "作了"];
    for (at, _) in s.match_indices('在') {
        let Some(len) = at_event(s, at) else {
            continue;
        };
        let who = subject(s, at);
        if starts_any(&s[at + len..], SAID) && has_word(who, NAMED) && settled(who) {
            return Some(Hit::new(at..at + len, "speech", 0.7));
        }
    }
    None
}
