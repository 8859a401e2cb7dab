//! Directives with no marker word: a task heading (`(一)着力扩大内需`, `一是加快……`), a
//! task list after a colon, a sentence that opens with a directive verb (`稳步推进……`), a
//! policy (`对……给予……补助`) or a target for the year (`年内新增……`). Not when the
//! sentence tells a past deed or its results (`扎实推进乡村振兴,农村面貌焕然一新`).

use super::super::Hit;
use super::super::text::{
    clause_end, has_any, has_word, is_cn_numeral, is_digit, next_char, starts_word, tells_past,
    words,
};
use super::markers::FORECAST;

/// Ordinals that head a task in a list.
const LIST_HEADS: &str = "\
    一是 二是 三是 四是 五是 六是 七是 八是 九是 十是 首先 其次 再次 最后 同时 此外 \
    第一 第二 第三 第四 第五 一要 二要 三要 四要 五要";

/// Verbs that open a directive with no other marker.
const DIRECTIVE_VERBS: &str = "\
    加快 推进 推动 强化 加强 深化 坚持 持续 全力 着力 大力 积极 扎实 切实 全面 狠抓 \
    抓好 做好 聚焦 突出 统筹 完善 健全 落实 提升 优化 严格 进一步 坚决 不断 努力 筑牢 \
    守牢 打好 抓实 压实 牢牢 用好 深入 扩大 增进 稳步 毫不动摇 坚定不移 用心 奋力 \
    全力以赴 大抓 加速 着眼 谋划 构建 办好 抓紧 守住 紧盯 实施 支持 鼓励 引导 \
    推行 建立 打造 培育 发展壮大 织密 补齐 夯实 激发 释放 畅通 保障 改善 严守";

/// Words that report results, after a heading verb's clause.
const RESULTS: &str = "\
    明显 显著 焕然一新 成效 取得 提高到 达到 迈上 跃升 突破 稳步提升 持续提升 不断提升 \
    持续优化 不断优化 进一步提升 成为 获批 获评 入选 荣获 位居 排名 列入 顺利 圆满 \
    不断增强 持续增强 稳步增长 全面完成 如期 成功 实现";

/// Times that put a figure in the future (`年内新增`, `力争`): with one, a heading may
/// hold a figure.
const AHEAD: &str = "年内 明年 年底前 年末前 力争 争取";

/// Verbs of a target for the year (`年内新增城镇就业2.5万人`).
const TARGET_VERBS: &str =
    "新增 完成 实现 建成 改造 新建 引进 开工 培育 达到 建设 实施 新培育 新开工";

/// The directive with no marker in `s`, if any; `has_metric` tells whether `s` holds a
/// measure (a heading verb with a figure and no time ahead is usually a past deed).
pub(super) fn find(s: &str, has_metric: bool) -> Option<Hit> {
    if tells_past(s) || has_any(s, FORECAST) {
        return None;
    }
    year_target(s)
        .or_else(|| policy(s))
        .or_else(|| opening_verb(s, has_metric))
}

fn opening_verb(s: &str, has_metric: bool) -> Option<Hit> {
    if has_metric && !has_word(s, AHEAD) {
        return None;
    }
    let starts = std::iter::once(0).chain(s.match_indices(['：', ':']).map(|(i, c)| i + c.len()));
    for start in starts {
        let (at, listed) = after_list_head(s, start);
        let Some(verb) = words(DIRECTIVE_VERBS).find(|v| s[at..].starts_with(v)) else {
            continue;
        };
        let copula = s[at..].contains('是');
        let results = has_word(&s[clause_end(s, at)..], RESULTS) || tells_result(s, at);
        if copula || results {
            continue;
        }
        let one_clause = s.chars().count() <= 25 && clause_end(s, 0) + 3 >= s.len();
        let confidence = if listed || start > 0 {
            0.75
        } else if one_clause {
            0.65
        } else {
            0.6
        };
        return Some(Hit::new(at..at + verb.len(), "directive", confidence));
    }
    None
}

/// Adverbs of change that, in a clause ending on its verb, report a result.
const CHANGE_ADVERBS: &str = "不断 持续 日益 更加 进一步 明显 显著 稳步 大幅 有效 逐步 全面";

/// Whether a clause after the first one at `at` reports a result: it opens with no
/// directive verb, holds an adverb of change and ends on a verb or state
/// (`民生福祉不断增进`, `营商环境更加优化`).
fn tells_result(s: &str, at: usize) -> bool {
    let mut start = clause_end(s, at);
    while start < s.len() {
        let from = start + next_char(s, start).map_or(1, char::len_utf8);
        let end = clause_end(s, from);
        let clause = &s[from..end];
        let state = clause.chars().count() <= 12
            && words(CHANGE_ADVERBS).any(|a| clause.contains(a))
            && !clause.ends_with(['的', '和']);
        let directive = || {
            words(DIRECTIVE_VERBS).any(|v| clause.starts_with(v))
                || clause.starts_with(['推', '让', '把', '以', '为', '在', '对'])
        };
        if state && !directive() {
            return true;
        }
        start = end;
    }
    false
}

/// Where the text after a list head at `start` begins (`一是`, `(一)`, `1.`, `二、`), and
/// whether there was one.
fn after_list_head(s: &str, start: usize) -> (usize, bool) {
    let rest = &s[start..];
    if let Some(head) = words(LIST_HEADS).find(|h| rest.starts_with(h)) {
        let mut at = start + head.len();
        if let Some(c) = next_char(s, at).filter(|c| "，,、".contains(*c)) {
            at += c.len_utf8();
        }
        return (at, true);
    }
    let numeral = |c: char| is_cn_numeral(c) || is_digit(c);
    let mut chars = rest.char_indices();
    let open = rest.starts_with(['(', '（']);
    if open {
        chars.next();
    }
    let mut seen = false;
    for (i, c) in chars {
        if numeral(c) {
            seen = true;
            continue;
        }
        let closes = if open {
            ")）".contains(c)
        } else {
            "、.．".contains(c)
        };
        if seen && closes {
            return (start + i + c.len_utf8(), true);
        }
        break;
    }
    (start, false)
}

/// `对符合条件的企业给予最高200万元补助`: a policy that binds its maker.
fn policy(s: &str) -> Option<Hit> {
    let give = s.find("给予")?;
    let offer = s[..give].contains('对')
        && has_any(
            &s[give..],
            &["补助", "奖励", "补贴", "支持", "贴息", "优惠"],
        );
    offer.then(|| Hit::new(give..give + "给予".len(), "directive", 0.7))
}

/// `年内新增城镇就业2.5万人`, `明年完成……`: a target for the year ahead.
fn year_target(s: &str) -> Option<Hit> {
    let head = ["年内", "明年"].into_iter().find(|h| s.starts_with(h))?;
    let rest = s[head.len()..].trim_start_matches(['，', ',']);
    starts_word(rest, TARGET_VERBS).then(|| Hit::new(0..head.len(), "target", 0.7))
}
