//! Metrics in a Chinese sentence: a number followed by a unit or classifier that makes it
//! a measure (`10亿元`, `3.5%`, `项目4个`, `工期18个月`), not a date, a clock time, an
//! ordinal or a number in a name (`2024年`, `9时`, `第一`, `一号工程`, `5G`).

use std::sync::OnceLock;

use super::Hit;
use super::text::{
    ends_any, in_title, is_cn_numeral, is_digit, named_number, next_char, prev_char,
};

/// Units by the reason they give, how sure, and whether they may follow a number written
/// in Chinese numerals (where `两个`, `三项` are often slogans). The longest unit that
/// follows a number wins (`亿元` over `元`, `个月` over `个`).
const UNITS: &[(&str, f32, bool, &str)] = &[
    (
        "money",
        0.95,
        true,
        "万亿元 亿美元 万美元 亿欧元 万欧元 亿港元 万港元 亿元 万元 千元 百元 美元 欧元 港元 英镑",
    ),
    ("money", 0.9, true, "元 块钱"),
    ("percent", 0.95, true, "个百分点 百分点"),
    ("percent", 0.95, false, "% ％ ‰"),
    ("duration", 0.85, true, "个工作日 个月"),
    ("duration", 0.8, true, "工作日 个小时 小时 分钟 天"),
    ("duration", 0.75, true, "周"),
    (
        "quantity",
        0.9,
        true,
        "平方公里 平方千米 万平方米 平方米 立方米 千瓦时 万千瓦 千瓦 兆瓦 标准箱 公里 千米 厘米 \
         毫米 公顷 万亩 亩 万吨 吨 千克 公斤 斤 毫安时",
    ),
    ("quantity", 0.85, true, "摄氏度 米"),
    ("quantity", 0.9, false, "GWh MWh kWh TEU GW MW kW km kg mAh"),
    ("quantity", 0.85, false, "℃"),
    ("growth", 0.85, true, "倍"),
    ("vote", 0.9, true, "票"),
    ("count", 0.9, true, "人次 家次"),
    ("count", 0.85, true, "家 名 人 户 所 座 件 套 台 辆 例 栋"),
    ("count", 0.8, true, "次 间 轮"),
    ("count", 0.85, false, "个 项 张 处 幢 架 艘 宗 株 棵 股 位"),
    ("count", 0.8, false, "条 批 场 篇 份 只 头 种 块"),
    ("count", 0.75, false, "起 类 片 层 门"),
];

/// The longest unit `rest` starts with, for a number in Arabic digits or not: the unit,
/// its reason and how sure.
fn unit_at(rest: &str, arabic: bool) -> Option<(&'static str, &'static str, f32)> {
    static FIRSTS: OnceLock<String> = OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| {
        UNITS
            .iter()
            .flat_map(|u| u.3.split_ascii_whitespace())
            .filter_map(|u| u.chars().next())
            .collect()
    });
    if !rest.chars().next().is_some_and(|c| firsts.contains(c)) {
        return None;
    }
    UNITS
        .iter()
        .filter(|u| arabic || u.2)
        .flat_map(|&(reason, confidence, _, units)| {
            units
                .split_ascii_whitespace()
                .filter(|u| rest.starts_with(u))
                .map(move |u| (u, reason, confidence))
        })
        .max_by_key(|(u, _, _)| u.len())
}

/// Words before a percentage that make it a rate of change.
const CHANGE: &[&str] = &[
    "增长", "增速", "下降", "提高", "上涨", "回落", "增加", "减少", "降低", "同比", "环比", "增幅",
    "降幅", "加快", "回升", "下滑", "提升",
];

/// Words just before a bare `N年` that make it a length of time, not a year.
const SPAN_BEFORE: &[&str] = &[
    "为期", "连续", "历时", "工期", "期限", "长达", "用", "缩短", "压缩", "满",
];

/// Words just after `N年` that make it a length of time.
const SPAN_AFTER: &[&str] = &["内", "以内", "以上", "时间", "左右", "多"];

/// The surest measure in `s`.
pub(super) fn find(s: &str) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    let mut at = 0;
    while at < s.len() {
        let c = next_char(s, at).unwrap_or(' ');
        let starts = (is_digit(c) && !prev_char(s, at).is_some_and(is_digit))
            || (is_cn_numeral(c)
                && !prev_char(s, at).is_some_and(|p| is_cn_numeral(p) || is_digit(p)));
        if starts && let Some((hit, end)) = measure(s, at) {
            if best.as_ref().is_none_or(|b| hit.confidence > b.confidence) {
                best = Some(hit);
            }
            at = end;
            continue;
        }
        at += c.len_utf8();
    }
    best
}

/// The measure starting at byte `start`, if the number there has a unit, and where it ends.
fn measure(s: &str, start: usize) -> Option<(Hit, usize)> {
    if let Some(rest) = s[start..].strip_prefix("百分之") {
        let digits = rest
            .chars()
            .take_while(|&c| is_cn_numeral(c) || is_digit(c) || c == '点');
        let len: usize = digits.map(char::len_utf8).sum();
        let end = start + "百分之".len() + len;
        return (len > 0).then(|| (Hit::new(start..end, "percent", 0.95), end));
    }
    if named_number(s, start) || ends_any(&s[..start], &["星期", "周", "礼拜"]) {
        return None;
    }
    let arabic = next_char(s, start).is_some_and(is_digit);
    let mut end = start;
    let mut digits = 0;
    let mut numeral = String::new();
    for (i, c) in s[start..].char_indices() {
        let at = start + i;
        let keep = if arabic {
            is_digit(c)
                || (".．,".contains(c)
                    && prev_char(s, at).is_some_and(is_digit)
                    && next_char(s, at + c.len_utf8()).is_some_and(is_digit))
        } else {
            is_cn_numeral(c)
        };
        if !keep {
            break;
        }
        if is_digit(c) {
            digits += 1;
        }
        if !arabic {
            numeral.push(c);
        }
        end = at + c.len_utf8();
    }
    let bare_multiplier = numeral.chars().count() == 1 && "十百千万亿".contains(numeral.as_str());
    // `一个月内` is a span; `一个`, `一批` alone are "a".
    let span_of_one = numeral == "一"
        && ["个月内", "个月以内", "周内", "小时内", "天内"]
            .iter()
            .any(|u| s[end..].starts_with(u));
    if !arabic
        && !span_of_one
        && (numeral == "一"
            || numeral == "二"
            || bare_multiplier
            || numeral.contains('〇')
            || numeral.contains('零'))
    {
        return None;
    }
    // Multipliers and "more than": 1.2万, 3000余万, 30多; the longest run that leaves a
    // unit after it (500万千瓦时 is 500万 and 千瓦时).
    let mut tails = vec![end];
    for c in s[end..].chars() {
        if !"十百千万亿余多".contains(c) {
            break;
        }
        tails.push(tails[tails.len() - 1] + c.len_utf8());
    }
    let tail = tails
        .iter()
        .rev()
        .copied()
        .find(|&t| s[t..].starts_with('年') || unit_at(&s[t..], arabic).is_some())
        .unwrap_or(end);
    let rest = &s[tail..];
    if rest.starts_with('年') {
        let span = SPAN_AFTER
            .iter()
            .any(|w| rest['年'.len_utf8()..].starts_with(w))
            || ends_any(&s[..start], SPAN_BEFORE);
        let is_year = arabic && digits >= 3;
        let end = tail + '年'.len_utf8();
        return (span && !is_year).then(|| (Hit::new(start..end, "duration", 0.75), end));
    }
    let (unit, reason, confidence) = unit_at(rest, arabic)?;
    let end = tail + unit.len();
    if unit.is_ascii() && next_char(s, end).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    if (unit == "周" && matches!(next_char(s, end), Some('年' | '岁')))
        || (unit == "轮" && next_char(s, end) == Some('车'))
    {
        return None;
    }
    if in_title(s, start) {
        return None;
    }
    let reason = if reason == "percent" && ends_any(trim_tail(&s[..start]), CHANGE) {
        "growth"
    } else {
        reason
    };
    let confidence = if arabic {
        confidence
    } else {
        confidence - 0.05
    };
    Some((Hit::new(start..end, reason, confidence), end))
}

/// `text` without a few words that may stand between a verb and its figure (`增长了`,
/// `提高约`).
fn trim_tail(text: &str) -> &str {
    let mut t = text;
    for w in ["了", "约", "达", "近", "超", "到"] {
        t = t.strip_suffix(w).unwrap_or(t);
    }
    t
}
