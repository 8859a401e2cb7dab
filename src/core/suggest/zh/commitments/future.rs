//! `将` as an actor's future action (`区政府将把……纳入`, `公司将在明年建成`, `将于6月
//! 举办`), not a forecast (`市场需求将持续释放`, `预计将增长`), `将` that moves an object
//! (`将战略政策转化为`) or a word (`将军`, `即将`, `将来`).

use super::super::Hit;
use super::super::text::{
    clause_end, clause_start, has_any, has_word, in_title, prev_char, starts_any, starts_word,
    tells_past, words,
};
use super::markers::FORECAST;

/// What may follow a future `将`: a time, a manner or the action itself.
const ACTION: &str = "\
    于 在 以 对 与 从 按 向 把 继续 持续 全面 全力 加快 加强 加大 \
    进一步 重点 着力 大力 积极 逐步 陆续 率先 力争 同步 集中 围绕 开工 \
    开展 开通 开放 开设 开辟 启动 建设 建成 建立 实施 推动 推进 推出 \
    推行 推广 举办 举行 召开 投入 投资 新建 新增 完成 组织 组建 出台 \
    设立 设置 打造 引进 落实 深入 强化 提供 严格 优化 采取 制定 分批 \
    分期 派出 尽快 立即 统筹 配套 牵头 成立 发布 上线 择优 正式 适时 \
    聚焦 结合 筹建 筹备 抓好 抓紧 切实 坚持 认真 做好 做到 承担 主动 \
    安排 探索 规划 再次 不再 首次 给予 视情 纳入 用于 用好 邀请 努力 \
    携手 参加 争取 依托 通过 保障 扩大 改造 招聘 修建 拨付 下调 上调 \
    免费 迁至 搬迁 布局 联合 共同 一如既往 约谈 通报 问责 督办 追究 曝光 \
    处罚 整治 清理 取消 收回 暂停 恢复 延长 兑现 发放 补贴 奖励 表彰 \
    支持 帮助 协调 督促 指导 检查 部署 召集 深化 完善 坚守 健全 巩固 \
    拓展 落地 会同 严肃 依法 密切 关注 跟踪 研究 评估 监测 加紧 定期 按期 每年 每月 每季度 及时 逐一 分别 长期 投放 回购 实行 启用 建 派 赴 前往 出资 \
    新设 增设 增派 培育 引导";

/// Outcomes a subject may be forecast to reach, which only an actor can commit to.
const OUTCOME: &str = "\
    成为 迎来 带动 增长 增加 上涨 下降 回落 超过 突破 达到 达 释放 企稳 拉动 惠及 辐射 \
    缓解 改善 形成 显著 大幅 明显 逐步 持续 保持 继续 受益 面临 产生 创造 实现 提升 提高 \
    减少 降低 直接 节约 填补 进一步 会 可";

/// Adverbs that may lead either an action (`将持续深化改革`) or an outcome (`将持续
/// 释放`): the word after them decides.
const ADVERBS: &str = "全部 持续 继续 进一步 逐步 大幅 不断 全面 积极";

/// Subjects that cannot commit: markets, prices, figures, the weather, what comes after.
const NOT_ACTORS: &str = "\
    市场 需求 价格 经济 增速 指标 产量 行业 房价 气温 天气 收入 利率 汇率 形势 态势 规模 \
    销量 出口 进口 消费 趋势 人口 总量 水平 效益 物价 楼市 股市 后 数量 比重 增幅";

/// Bodies that act even when their name holds a word of `NOT_ACTORS` (`市场监管局`).
const BODIES: &str = "局 委 办 公司 集团 政府 部门 单位 银行 学校 医院 我们 管委会 主办方 董事会";

/// Actors: bodies and people who can commit.
const ACTORS: &str = "\
    公司 集团 企业 我们 我 区 市 县 省 镇 乡 村 街道 社区 政府 部门 局 委 办 中心 双方 各方 \
    方 开发区 园区 银行 学校 医院 单位 团队 小组 大学 协会 平台 国家 机构 他 她 厂";

/// Whether a `将` opening its clause follows an actor's words (`主办方表示,将……`), so the
/// actor is the subject left out.
fn speaker_before(s: &str, at: usize) -> bool {
    let start = clause_start(s, at);
    if start == 0 || !s[start..at].chars().all(|c| "还也并仍亦就则".contains(c)) {
        return false;
    }
    let before = s[..start].trim_end_matches(['，', ',', '：', ':']);
    let said = ["表示", "说", "介绍", "称", "透露", "承诺", "强调", "指出"]
        .iter()
        .any(|w| before.ends_with(w));
    let speaker = &before[clause_start(before, before.len())..];
    said && has_word(speaker, ACTORS)
}

/// The surest future-action `将` in `s`.
pub(super) fn find(s: &str) -> Option<Hit> {
    s.match_indices('将')
        .filter_map(|(at, _)| future(s, at))
        .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
}

fn future(s: &str, at: usize) -> Option<Hit> {
    let end = at + '将'.len_utf8();
    let rest = &s[end..];
    if in_title(s, at)
        || prev_char(s, at).is_some_and(|c| "即必或终将".contains(c))
        || starts_any(
            rest,
            &[
                "军", "士", "领", "近", "来", "信", "就", "帅", "官", "息", "有",
            ],
        )
        || has_any(&s[..at], FORECAST)
    {
        return None;
    }
    let subject = &s[clause_start(s, at)..at];
    let bodies = has_word(subject, BODIES);
    if (has_word(subject, NOT_ACTORS) && !bodies)
        || tells_past(&s[end..clause_end(s, end)])
        || tells_past(subject)
    {
        return None;
    }
    let said = speaker_before(s, at);
    let actor = has_word(subject, ACTORS) || said;
    if rest.starts_with('于') {
        return Some(Hit::new(at..end + '于'.len_utf8(), "plan", 0.85));
    }
    let adverb = words(ADVERBS).find(|a| rest.starts_with(a));
    if let Some(a) = adverb
        && starts_word(&rest[a.len()..], ACTION)
    {
        let confidence = if actor { 0.85 } else { 0.8 };
        return Some(Hit::new(at..end, "future", confidence));
    }
    if starts_word(rest, OUTCOME) {
        return actor.then(|| Hit::new(at..end, "future", 0.75));
    }
    if starts_word(rest, ACTION) {
        let confidence = if actor { 0.85 } else { 0.8 };
        return Some(Hit::new(at..end, "future", confidence));
    }
    // A body that says what it will do (`市交通运输局表示,将总结……`): any action.
    (said || has_word(subject, BODIES)).then(|| Hit::new(at..end, "future", 0.75))
}
