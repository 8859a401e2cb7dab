//! Metrics in a Chinese sentence: a number followed by a unit or classifier that makes it
//! a measure (`10亿元`, `3.5%`, `项目4个`, `工期18个月`), not a date, a clock time, an
//! ordinal or a number in a name (`2024年`, `9时`, `第一`, `一号工程`, `5G`).

use super::Hit;
use super::text::{
    ends_any, in_title, is_cn_numeral, is_digit, named_number, next_char, prev_char,
};

/// A unit: its text, the reason it gives, how sure, and whether it may follow a number
/// written in Chinese numerals (where `两个`, `三项` are often slogans).
struct Unit(&'static str, &'static str, f32, bool);

/// Longer units first, so `亿元` wins over `元` and `个月` over `个`.
const UNITS: &[Unit] = &[
    Unit("个百分点", "percent", 0.95, true),
    Unit("个工作日", "duration", 0.85, true),
    Unit("平方公里", "quantity", 0.9, true),
    Unit("平方千米", "quantity", 0.9, true),
    Unit("万平方米", "quantity", 0.9, true),
    Unit("摄氏度", "quantity", 0.85, true),
    Unit("万亿元", "money", 0.95, true),
    Unit("亿美元", "money", 0.95, true),
    Unit("万美元", "money", 0.95, true),
    Unit("亿欧元", "money", 0.95, true),
    Unit("万欧元", "money", 0.95, true),
    Unit("亿港元", "money", 0.95, true),
    Unit("万港元", "money", 0.95, true),
    Unit("百分点", "percent", 0.9, true),
    Unit("平方米", "quantity", 0.9, true),
    Unit("立方米", "quantity", 0.9, true),
    Unit("千瓦时", "quantity", 0.9, true),
    Unit("标准箱", "quantity", 0.9, true),
    Unit("工作日", "duration", 0.8, true),
    Unit("个小时", "duration", 0.8, true),
    Unit("亿元", "money", 0.95, true),
    Unit("万元", "money", 0.95, true),
    Unit("千元", "money", 0.95, true),
    Unit("百元", "money", 0.95, true),
    Unit("美元", "money", 0.95, true),
    Unit("欧元", "money", 0.95, true),
    Unit("港元", "money", 0.95, true),
    Unit("英镑", "money", 0.95, true),
    Unit("块钱", "money", 0.9, true),
    Unit("个月", "duration", 0.85, true),
    Unit("小时", "duration", 0.8, true),
    Unit("分钟", "duration", 0.8, true),
    Unit("公里", "quantity", 0.9, true),
    Unit("千米", "quantity", 0.9, true),
    Unit("厘米", "quantity", 0.9, true),
    Unit("毫米", "quantity", 0.9, true),
    Unit("公顷", "quantity", 0.9, true),
    Unit("万亩", "quantity", 0.9, true),
    Unit("万吨", "quantity", 0.9, true),
    Unit("千克", "quantity", 0.9, true),
    Unit("公斤", "quantity", 0.9, true),
    Unit("万千瓦", "quantity", 0.9, true),
    Unit("千瓦", "quantity", 0.9, true),
    Unit("兆瓦", "quantity", 0.9, true),
    Unit("人次", "count", 0.9, true),
    Unit("家次", "count", 0.9, true),
    Unit("GWh", "quantity", 0.9, false),
    Unit("MWh", "quantity", 0.9, false),
    Unit("kWh", "quantity", 0.9, false),
    Unit("TEU", "quantity", 0.9, false),
    Unit("GW", "quantity", 0.9, false),
    Unit("MW", "quantity", 0.9, false),
    Unit("kW", "quantity", 0.9, false),
    Unit("km", "quantity", 0.9, false),
    Unit("kg", "quantity", 0.9, false),
    Unit("%", "percent", 0.95, false),
    Unit("％", "percent", 0.95, false),
    Unit("‰", "percent", 0.95, false),
    Unit("℃", "quantity", 0.85, false),
    Unit("元", "money", 0.9, true),
    Unit("倍", "growth", 0.85, true),
    Unit("天", "duration", 0.8, true),
    Unit("周", "duration", 0.75, true),
    Unit("亩", "quantity", 0.9, true),
    Unit("吨", "quantity", 0.9, true),
    Unit("米", "quantity", 0.85, true),
    Unit("票", "vote", 0.9, true),
    Unit("家", "count", 0.85, true),
    Unit("名", "count", 0.85, true),
    Unit("人", "count", 0.85, true),
    Unit("户", "count", 0.85, true),
    Unit("所", "count", 0.85, true),
    Unit("座", "count", 0.85, true),
    Unit("次", "count", 0.8, true),
    Unit("件", "count", 0.85, true),
    Unit("套", "count", 0.85, true),
    Unit("台", "count", 0.85, true),
    Unit("辆", "count", 0.85, true),
    Unit("位", "count", 0.85, false),
    Unit("岁", "count", 0.8, true),
    Unit("例", "count", 0.85, true),
    Unit("栋", "count", 0.85, true),
    Unit("间", "count", 0.8, true),
    Unit("个", "count", 0.85, false),
    Unit("项", "count", 0.85, false),
    Unit("条", "count", 0.8, false),
    Unit("张", "count", 0.85, false),
    Unit("处", "count", 0.85, false),
    Unit("幢", "count", 0.85, false),
    Unit("架", "count", 0.85, false),
    Unit("艘", "count", 0.85, false),
    Unit("批", "count", 0.8, false),
    Unit("场", "count", 0.8, false),
    Unit("篇", "count", 0.8, false),
    Unit("份", "count", 0.8, false),
    Unit("宗", "count", 0.85, false),
    Unit("起", "count", 0.75, false),
    Unit("只", "count", 0.8, false),
    Unit("头", "count", 0.8, false),
    Unit("株", "count", 0.85, false),
    Unit("棵", "count", 0.85, false),
    Unit("种", "count", 0.8, false),
    Unit("类", "count", 0.75, false),
    Unit("片", "count", 0.75, false),
    Unit("块", "count", 0.8, false),
    Unit("层", "count", 0.75, false),
    Unit("门", "count", 0.75, false),
    Unit("轮", "count", 0.75, true),
    Unit("股", "count", 0.85, false),
];

/// Words before a percentage that make it a rate of change.
const CHANGE: &[&str] = &[
    "增长", "增速", "下降", "提高", "上涨", "回落", "增加", "减少", "降低", "同比", "环比", "增幅",
    "降幅", "加快", "回升", "下滑", "提升",
];

/// Words just before a bare `N年` that make it a length of time, not a year.
const SPAN_BEFORE: &[&str] = &[
    "为期", "连续", "历时", "工期", "期限", "长达", "用", "缩短", "压缩", "近", "满",
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
    // Multipliers and "more than": 1.2万, 3000余万, 30多.
    let mut tail = end;
    for c in s[end..].chars() {
        if "十百千万亿余多".contains(c) {
            tail += c.len_utf8();
        } else {
            break;
        }
    }
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
    let unit = UNITS
        .iter()
        .find(|u| rest.starts_with(u.0) && (arabic || u.3))?;
    let end = tail + unit.0.len();
    if unit.0.is_ascii() && next_char(s, end).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    if unit.0 == "周" && matches!(next_char(s, end), Some('年' | '岁')) {
        return None;
    }
    if in_title(s, start) {
        return None;
    }
    let reason = if unit.1 == "percent" && ends_any(trim_tail(&s[..start]), CHANGE) {
        "growth"
    } else {
        unit.1
    };
    let confidence = if arabic { unit.2 } else { unit.2 - 0.05 };
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
