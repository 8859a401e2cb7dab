//! Attendees in a Chinese sentence: named people or bodies present at the event, chairing,
//! hosting or speaking there (`出席会议并讲话`, `主持会议`, `由……主办`, `在会上发言`);
//! not what someone said (`他强调,……`, `在讲话中指出`), a speech referred to
//! (`重要讲话精神`), a crowd counted but not named (`200余名游客参加`), an invitation or a
//! plan to attend.

use super::text::{clause_end, clause_start, has_any, in_title, next_char, prev_char, starts_any};
use super::{Context, Hit, better};

/// Titles and bodies that name who is meant.
const NAMED: &[&str] = &[
    "书记",
    "市长",
    "区长",
    "县长",
    "镇长",
    "乡长",
    "省长",
    "主任",
    "局长",
    "厅长",
    "部长",
    "主席",
    "委员",
    "董事长",
    "总经理",
    "经理",
    "总裁",
    "院长",
    "校长",
    "秘书长",
    "负责人",
    "负责同志",
    "领导",
    "代表",
    "成员",
    "处长",
    "科长",
    "理事长",
    "会长",
    "所长",
    "站长",
    "队长",
    "社长",
    "行长",
    "总监",
    "专家",
    "政府",
    "公司",
    "集团",
    "单位",
    "部门",
    "局",
    "委",
    "厅",
    "办",
    "院",
    "协会",
    "银行",
    "大学",
];

/// People with a title: a subject naming one of these is not a mere crowd.
const TITLES: &[&str] = &[
    "书记", "长", "主任", "主席", "委员", "董事", "经理", "总裁", "负责", "领导", "代表",
];

/// Words that make attendance a plan or an invitation, not a fact.
const NOT_YET: &[&str] = &[
    "将", "拟", "邀请", "欢迎", "计划", "要", "届时", "鼓励", "动员", "号召", "组织", "报名",
    "积极", "踊跃", "未", "没有", "缺席", "应当", "应该",
];

/// Words that hold a `NOT_YET` word but do not mean it (`主要领导`, `党组织书记`).
const NOT_YET_INSIDE: &[&str] = &[
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

type Check = fn(&str, usize, usize) -> Option<(&'static str, f32)>;

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
    let mut best = None;
    for (word, check) in CUES {
        for (at, _) in s.match_indices(word) {
            if in_title(s, at) {
                continue;
            }
            if let Some((reason, confidence)) = check(s, at, at + word.len()) {
                best = better(best, Hit::new(at..at + word.len(), reason, confidence));
            }
        }
    }
    if best.is_none() {
        best = report(s)
            .or_else(|| spoke_at(s))
            .or_else(|| at_the_meeting(s));
    }
    best
}

/// The clause before byte `at`: who does it.
fn subject(s: &str, at: usize) -> &str {
    &s[clause_start(s, at)..at]
}

/// A counted crowd with no title (`200余名游客`, `6个县区`).
fn crowd(subject: &str) -> bool {
    let counted = subject.char_indices().any(|(i, c)| {
        (c.is_ascii_digit() || super::text::is_cn_numeral(c))
            && subject[i + c.len_utf8()..]
                .trim_start_matches(|d: char| d.is_ascii_digit() || ".万余多".contains(d))
                .starts_with(['名', '人', '位', '家', '个', '余', '多'])
    });
    counted && !has_any(subject, TITLES)
}

/// Whether attendance told in a clause opening with `subject` is a fact, not a plan, an
/// invitation or an absence.
fn settled(subject: &str) -> bool {
    let mut plain = subject.to_string();
    for w in NOT_YET_INSIDE {
        plain = plain.replace(w, "");
    }
    !has_any(&plain, NOT_YET)
}

/// Whether the sentence names who before byte `at`: a title or body in the clause, or in
/// the sentence's first clause (the subject of a chain such as `X围绕……,进行交流发言`).
fn named_before(s: &str, at: usize) -> bool {
    let who = subject(s, at);
    has_any(who, NAMED) || has_any(&s[..clause_end(s, 0).min(at)], NAMED) || names_list(who)
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
fn listed_after(s: &str, end: usize) -> Option<(&'static str, f32)> {
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
    (has_any(after, NAMED) || after.contains('、')).then_some(("attendance", 0.85))
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
    let named = has_any(who, NAMED) || who.contains('由') || who.ends_with('在');
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

/// `出席并讲话`, `在会上讲话`, `作交流发言`, `致辞`; not `讲话精神`, `在讲话中`,
/// `发言人`, or a counted crowd of speakers.
fn speech(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
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

/// `由X主办`, `X主办,Y承办`; not `主办方`, `承办单位`.
fn host(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    if starts_any(&s[end..], &["方", "单位", "城市", "权"]) {
        return None;
    }
    let who = subject(s, at);
    (settled(who) && has_any(who, NAMED)).then_some(("host", 0.8))
}

/// `会上,刘正华通报了……`: a sentence set at the event, a named speaker (a title, or a
/// short name) and a verb of presenting.
fn at_the_meeting(s: &str) -> Option<Hit> {
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
fn report(s: &str) -> Option<Hit> {
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
fn spoke_at(s: &str) -> Option<Hit> {
    const SAID: &[&str] = &["强调", "指出", "表示", "介绍", "要求", "说", "宣布", "作了"];
    for (at, _) in s.match_indices('在') {
        let Some(len) = at_event(s, at) else {
            continue;
        };
        let who = subject(s, at);
        if starts_any(&s[at + len..], SAID) && has_any(who, NAMED) && settled(who) {
            return Some(Hit::new(at..at + len, "speech", 0.7));
        }
    }
    None
}
