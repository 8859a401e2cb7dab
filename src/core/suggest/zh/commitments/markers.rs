//! Marker words of directives, obligations, prohibitions, targets, plans and pledges, each
//! checked against the words it hides in (`重要`, `应用`, `舍不得`) and its context.

use super::super::Hit;
use super::super::text::{
    clause_end, clause_start, ends_any, has_any, in_title, next_char, prev_char, starts_any,
    tells_past,
};

/// Characters before `要` that make it part of another word (`重要`, `只要`, `需要`).
const YAO_BEFORE: &[char] = &[
    '重', '主', '只', '需', '纪', '摘', '概', '提', '简', '扼', '首', '必', '次', '险', '政', '机',
    '显', '索', '讨', '想', '纲', '若', '如', '紧', '要',
];

/// Characters after `要` that make it part of another word (`要素`, `要点`, `要是`).
const YAO_AFTER: &[char] = &[
    '素', '点', '闻', '件', '务', '领', '旨', '义', '塞', '地', '员', '职', '案', '害', '么', '是',
    '数', '价', '账', '冲', '道', '隘', '津', '略', '目', '诀', '犯', '挟', '约', '览', '情', '事',
    '求',
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
        for (at, _) in s.match_indices(word) {
            if !in_title(s, at) {
                hits.push(Hit::new(at..at + word.len(), reason, confidence));
            }
        }
    }
    for (word, check) in CHECKED {
        for (at, _) in s.match_indices(word) {
            if in_title(s, at) {
                continue;
            }
            if let Some((reason, confidence)) = check(s, at, at + word.len()) {
                hits.push(Hit::new(at..at + word.len(), reason, confidence));
            }
        }
    }
    hits
}

type Check = fn(&str, usize, usize) -> Option<(&'static str, f32)>;

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

/// `必须` as "must", not an evaluation (`是必须完成的硬任务`, `是必须的`).
fn must(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let rated = prev_char(s, at) == Some('是') || next_char(s, end) == Some('的');
    (!rated).then_some(("obligation", 0.9))
}

/// `按照计划,……年底前开通`: a schedule the actor keeps.
fn as_planned(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let by_plan = ends_any(&s[..at], &["按照", "按", "根据", "依照"]);
    let rest = &s[end..clause_end(s, end)];
    (by_plan && !tells_past(rest) && !has_any(rest, FORECAST)).then_some(("plan", 0.75))
}

/// `全会号召,全县上下……`: a call to act; not `响应……号召`.
fn call(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let to = starts_any(&s[end..], &["，", ",", "：", ":", "全", "广大", "各"]);
    let answered = has_any(&s[clause_start(s, at)..at], &["响应", "听从", "按照"])
        || prev_char(s, at) == Some('的');
    (to && !answered).then_some(("directive", 0.8))
}

/// `坚决杜绝`: a prohibition, unless told as done (`有效杜绝了`).
fn stamp_out(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, end)];
    (!tells_past(clause)).then_some(("prohibition", 0.75))
}

/// A bare `需` before a verb (`需于3月底前完成`, `各地需加强`), not `需要`, `需求`, `所需`.
fn need(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    const NEXT: &str = "按于在依严及切加进主积尽认将把统做落妥立充坚建向由经提完";
    let word = prev_char(s, at).is_some_and(|c| "所急必无亟".contains(c));
    let verb = next_char(s, end).is_some_and(|c| NEXT.contains(c));
    let clause = &s[clause_start(s, at)..clause_end(s, end)];
    (verb && !word && !tells_past(clause)).then_some(("obligation", 0.75))
}

/// `一律按……执行`, `一律不予受理`: a rule without exception.
fn without_exception(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, end)];
    (!tells_past(clause)).then_some(("directive", 0.75))
}

/// `责令……限期整改`: an order.
fn order(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, end)];
    (!tells_past(clause)).then_some(("directive", 0.75))
}

/// `到2027年,全市……达到……`: a target year opening the sentence, in a plan; not a date
/// already past (`到去年底,已建成……`).
fn by_year(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
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

/// `患者请尽量……`, `请广大市民……`: a request to the reader; not `申请`, `邀请`, `请示`.
fn please(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let word = prev_char(s, at).is_some_and(|c| "申邀提聘报吁宴约延催载说".contains(c))
        || next_char(s, end).is_some_and(|c| "示求假愿柬教假辞客缨战".contains(c));
    let near_start = s[clause_start(s, at)..at].chars().count() <= 8;
    (!word && near_start && !in_quote_speech(s, at)).then_some(("directive", 0.7))
}

/// Whether byte `at` follows a speech verb and a colon or quote (`他说:“请……`), where a
/// request is one person's to another.
fn in_quote_speech(s: &str, at: usize) -> bool {
    s[..at].contains('“') && s[..at].matches('“').count() > s[..at].matches('”').count()
}

/// `打算` as "plans to", not `不打算`, `没有打算`.
fn plan_to(s: &str, at: usize, _end: usize) -> Option<(&'static str, f32)> {
    let negated = has_any(&s[clause_start(s, at)..at], &["不", "没", "无"]);
    (!negated).then_some(("plan", 0.75))
}

/// `会议明确,`: what the meeting laid down.
fn state(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let by = ends_any(&s[..at], &["会议", "会上", "会议还", "会议进一步"]);
    (by && starts_any(&s[end..], &["，", ",", "：", ":"])).then_some(("directive", 0.75))
}

/// `今年安排……项目150个`: a plan for the year.
fn schedule(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let when = ends_any(
        &s[..at],
        &["今年", "明年", "全年", "年内", "计划", "拟", "将"],
    );
    (when && next_char(s, end) != Some('了')).then_some(("plan", 0.75))
}

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

fn ensure(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, at)];
    let purpose = ends_any(&s[..at], &["为", "为了"]);
    (next_char(s, end) != Some('了') && !tells_past(clause) && !purpose)
        .then_some(("directive", 0.85))
}

/// `坚持……原则`, `坚持以……为`: a standing directive, unless told as a past deed.
fn persist(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let rest = &s[end..clause_end(s, end)];
    let principle = has_any(rest, &["原则", "方针", "导向", "不动摇", "总基调"])
        || (rest.starts_with('以') && rest.contains('为'));
    (principle && !tells_past(s) && !has_any(&s[..at], FORECAST)).then_some(("directive", 0.8))
}

fn strive(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, at)];
    (!matches!(next_char(s, end), Some('了' | '到' | '来')) && !tells_past(clause))
        .then_some(("target", 0.75))
}

/// `目标是`, `目标为`, `目标:`: a target set.
fn target(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let rest = &s[end..];
    (starts_any(rest, &["是", "为", "：", ":"]) && !tells_past(&s[..at])).then_some(("target", 0.8))
}

/// `计划` as a verb (`计划于明年3月开工`, `全年计划实施`), not a noun (`三年行动计划`) or
/// an absent plan (`暂无……计划`).
fn plan(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    const NEXT: &[&str] = &[
        "于", "在", "到", "今年", "明年", "年内", "年底", "投资", "实施", "建设", "新建", "引进",
        "推出", "开工", "完成", "上市", "招聘", "用", "将", "开展", "启动", "安排", "举办", "新增",
        "打造", "建成", "投入", "改造", "发行", "播种", "种植", "收购", "采购", "招生", "培训",
        "举行", "开设", "推进", "实现", "发放", "扩", "组织", "吸引", "培育", "筹", "拿出", "力争",
        "销售", "生产", "出口", "新设", "增加",
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
fn intend(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    const NEXT: &[&str] = &[
        "于", "在", "投资", "建", "引进", "新增", "推出", "开工", "出台", "对", "将", "安排", "用",
        "选", "招", "实施", "举办", "启动", "召开", "上市", "发行", "设立", "以", "通过", "向",
        "与", "回购", "收购", "增持", "减持", "募集", "出售", "转让", "聘任", "变更",
    ];
    let word = prev_char(s, at).is_some_and(|c| "模虚草比".contains(c));
    (starts_any(&s[end..], NEXT) && !word).then_some(("plan", 0.8))
}

fn pledge(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let clause = &s[clause_start(s, at)..clause_end(s, end)];
    (!matches!(next_char(s, end), Some('书' | '制' | '函')) && !tells_past(clause))
        .then_some(("pledge", 0.85))
}

/// `不得` as "must not", not `舍不得`, `不得不`, `怪不得`.
fn must_not(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    let word = prev_char(s, at).is_some_and(|c| "舍怪巴由顾记免恨容少要见说动离使".contains(c))
        || matches!(next_char(s, end), Some('不' | '了' | '已' | '而'));
    (!word).then_some(("prohibition", 0.9))
}

/// `决不能`, `更不能`, `都不能`: a prohibition; a bare `不能` may only tell what cannot be.
fn must_not_can(s: &str, at: usize, _end: usize) -> Option<(&'static str, f32)> {
    let stressed = prev_char(s, at).is_some_and(|c| "决绝更都也".contains(c));
    (stressed && !tells_past(&s[clause_start(s, at)..at])).then_some(("prohibition", 0.75))
}

fn should(s: &str, _at: usize, end: usize) -> Option<(&'static str, f32)> {
    (!s[end..].starts_with('说')).then_some(("obligation", 0.75))
}

/// A bare `应` before a verb (`应按`, `应于3月底前`), not in `应用`, `供应`, `响应`.
fn should_bare(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
    const NEXT: &str = "按于在依严及切加进主积尽认将把统做落妥立充坚建向由经";
    let word = prev_char(s, at).is_some_and(|c| "相反供适响效对呼答顺感回照内报策".contains(c));
    let verb = next_char(s, end).is_some_and(|c| NEXT.contains(c));
    (verb && !word).then_some(("obligation", 0.8))
}

/// `会议决定`, `研究决定`: a decision that binds; not `决定性`, `起决定作用`.
fn decide(s: &str, at: usize, end: usize) -> Option<(&'static str, f32)> {
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
