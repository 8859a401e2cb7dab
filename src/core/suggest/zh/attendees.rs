//! Attendees in a Chinese sentence: named people or bodies present at the event, chairing,
//! hosting or speaking there (`出席会议并讲话`, `主持会议`, `由……主办`, `在会上发言`);
//! not what someone said (`他强调,……`, `在讲话中指出`), a speech referred to
//! (`重要讲话精神`), a crowd counted but not named (`200余名游客参加`), an invitation or a
//! plan to attend.

mod speech;
mod who;

use super::text::{Seen, has_any, has_word, next_char, starts_any};
use super::{Check, Context, Hit, better, checked_hits};
use speech::{at_the_meeting, report, speech, spoke_at};
use who::{NAMED, TITLES, crowd, listed_after, named_before, settled, subject};

/// Cue words and how each is checked.
const CUES: &[(&str, Check)] = &[
    ("出席", present),
    ("列席", present),
    ("参加", took_part),
    ("参会", took_part),
    ("主持", chair),
    ("讲话", speech),
    ("致辞", speech),
    ("发言", speech),
    ("主办", host),
    ("承办", host),
    ("陪同", present),
    ("调研", visit),
    ("考察", visit),
    ("视察", visit),
    ("会见", met),
    ("座谈", met),
    ("缺席", absent),
];

/// The surest attendance cue in `s`.
pub(super) fn find(s: &str, _context: Context) -> Option<Hit> {
    let seen = Seen::of(s);
    let mut best = checked_hits(s, seen, CUES).into_iter().fold(None, better);
    if best.is_none() {
        best = report(s)
            .or_else(|| spoke_at(s))
            .or_else(|| at_the_meeting(s));
    }
    best
}

/// `缺席：王五`: a roll call's absent list.
fn absent(s: &str, _at: usize, end: usize) -> Option<(&'static str, f32)> {
    s[end..]
        .starts_with(['：', ':'])
        .then_some(("roll-call", 0.85))
}

/// `市委书记X会见Y一行`, `X与企业代表座谈`: named officials at a meeting the article
/// tells.
fn met(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    if starts_any(&s[end..], &["会", "纪要", "时"]) {
        return None;
    }
    let who = subject(s, at);
    (has_any(who, TITLES) && settled(who) && !crowd(who)).then_some(("attendance", 0.75))
}

fn present(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    if let Some(hit) = listed_after(s, end) {
        return Some(hit);
    }
    let who = subject(s, at);
    if next_char(s, end) == Some('率') || !settled(who) || crowd(who) {
        return None;
    }
    named_before(s, at).then_some(("attendance", 0.9))
}

fn took_part(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    if let Some(hit) = listed_after(s, end) {
        return Some(hit);
    }
    let who = subject(s, at);
    let not_event = &[
        "人数", "培训", "比赛", "考试", "工作", "保险", "医保", "社保", "高考", "选举", "革命",
    ];
    if !settled(who) || crowd(who) || starts_any(&s[end..], not_event) {
        return None;
    }
    named_before(s, at).then_some(("attendance", 0.85))
}

/// `X主持会议`, `会议由X主持`, `在主持会议时`; not `主持人`, `主持词`.
fn chair(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    if matches!(next_char(s, end), Some('人' | '词'))
        || starts_any(
            &s[end..],
            &["工作", "全面", "日常", "编写", "完成", "研发", "设计"],
        )
    {
        return None;
    }
    if s[end..].starts_with(['：', ':']) {
        return Some(("chair", 0.9));
    }
    let who = subject(s, at);
    if !settled(who) {
        return None;
    }
    let named = has_word(who, NAMED) || who.contains('由') || who.ends_with('在');
    named.then_some(("chair", 0.9))
}

/// `X到……调研`, `X赴……调研`: a named official on the visit the article tells; not
/// `调研报告`, `调研组`.
fn visit(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    if starts_any(&s[end..], &["报告", "组", "员", "成果", "课题", "文章"]) {
        return None;
    }
    let who = subject(s, at);
    let went = who.contains(['到', '赴']) || who.ends_with("深入");
    let titled = has_any(who, TITLES);
    (went && titled && settled(who) && !crowd(who)).then_some(("attendance", 0.75))
}

/// `由X主办`, `X主办,Y承办`; not `主办方`, `承办单位`.
fn host(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    if starts_any(&s[end..], &["方", "单位", "城市", "权"]) {
        return None;
    }
    let who = subject(s, at);
    (settled(who) && has_word(who, NAMED)).then_some(("host", 0.8))
}
