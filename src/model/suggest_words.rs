//! The interface's words for suggested tags, in English and Chinese.

use crate::model::i18n::Lang;

/// Every fixed text about suggestions, one field per text.
#[allow(missing_docs)] // each field is named for the text it holds
pub struct SuggestWords {
    pub heading: &'static str,
    pub switch: &'static str,
    pub suggested: &'static str,
    pub accept: &'static str,
    pub reject: &'static str,
    pub accept_all: &'static str,
    pub review_title: &'static str,
    pub review_hint: &'static str,
    pub none_left: &'static str,
    pub working: &'static str,
    pub include_in_export: &'static str,
    pub cues: &'static str,
    pub cues_hint: &'static str,
    pub cues_test: &'static str,
    pub key_accept: &'static str,
    pub key_reject: &'static str,
    pub key_next: &'static str,
    reasons: &'static [(&'static str, &'static str)],
    accept_n: (&'static str, &'static str),
    cue_matches: (&'static str, &'static str),
}

impl SuggestWords {
    /// A reason key (`directive`, `money`…) in words; an unknown key as it is.
    pub fn reason<'a>(&self, key: &'a str) -> &'a str {
        self.reasons
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(key, |(_, words)| words)
    }

    /// Whether a reason key has words of its own in this language.
    pub fn knows(&self, key: &str) -> bool {
        self.reasons.iter().any(|(k, _)| *k == key)
    }

    /// Why a tag is suggested: the cue, an arrow, the reason (`要 → directive`).
    pub fn because(&self, cue: &str, reason: &str) -> String {
        format!("{cue} → {}", self.reason(reason))
    }

    /// The button that accepts `n` suggestions.
    pub fn accept_n(&self, n: usize) -> String {
        format!("{}{n}{}", self.accept_n.0, self.accept_n.1)
    }

    /// How many sentences of the open article a tag's cue patterns match.
    pub fn cue_matches(&self, n: usize) -> String {
        format!("{}{n}{}", self.cue_matches.0, self.cue_matches.1)
    }
}

impl Lang {
    /// The words about suggestions in this language.
    pub fn suggest_words(self) -> &'static SuggestWords {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}

const EN: SuggestWords = SuggestWords {
    heading: "Suggestions",
    switch: "Suggest tags",
    suggested: "suggested",
    accept: "Accept",
    reject: "Reject",
    accept_all: "Accept all…",
    review_title: "Accept these suggestions?",
    review_hint: "Untick any you do not want. One undo takes them all back.",
    none_left: "No suggestions left.",
    working: "Reading the article for suggestions…",
    include_in_export: "Include suggestions",
    cues: "Cue words",
    cues_hint: "Comma-separated; * stands for any run of text.",
    cues_test: "Matches in this article",
    key_accept: "Accept the suggestion on the selected sentence",
    key_reject: "Reject it",
    key_next: "Next / previous suggestion",
    reasons: &[
        ("directive", "directive"),
        ("future", "future action"),
        ("obligation", "obligation"),
        ("target", "target"),
        ("pledge", "pledge"),
        ("plan", "plan"),
        ("motion", "motion"),
        ("decision", "decision"),
        ("prohibition", "prohibition"),
        ("money", "money"),
        ("percent", "percentage"),
        ("count", "count"),
        ("quantity", "quantity"),
        ("growth", "growth"),
        ("duration", "duration"),
        ("vote", "vote"),
        ("attendance", "attendance"),
        ("chair", "chair"),
        ("host", "host"),
        ("speech", "speech at the event"),
        ("roll-call", "roll call"),
        ("cue", "your cue word"),
    ],
    accept_n: ("Accept ", ""),
    cue_matches: ("", " sentences match"),
};

const ZH: SuggestWords = SuggestWords {
    heading: "建议标签",
    switch: "显示建议",
    suggested: "建议",
    accept: "接受",
    reject: "拒绝",
    accept_all: "全部接受…",
    review_title: "接受这些建议？",
    review_hint: "取消勾选不需要的。撤销一次即可全部撤回。",
    none_left: "没有待处理的建议了。",
    working: "正在为文章生成建议…",
    include_in_export: "包括建议",
    cues: "提示词",
    cues_hint: "用逗号分隔；* 表示任意一段文字。",
    cues_test: "本文中的匹配",
    key_accept: "接受所选句子上的建议",
    key_reject: "拒绝建议",
    key_next: "下一个／上一个建议",
    reasons: &[
        ("directive", "部署要求"),
        ("future", "将来行动"),
        ("obligation", "义务"),
        ("target", "目标"),
        ("pledge", "承诺"),
        ("plan", "计划"),
        ("motion", "动议"),
        ("decision", "决定"),
        ("prohibition", "禁止"),
        ("money", "金额"),
        ("percent", "百分比"),
        ("count", "数量"),
        ("quantity", "数量指标"),
        ("growth", "增长"),
        ("duration", "时长"),
        ("vote", "表决"),
        ("attendance", "到会"),
        ("chair", "主持会议"),
        ("host", "主办方"),
        ("speech", "会上讲话"),
        ("roll-call", "点名"),
        ("cue", "你的提示词"),
    ],
    accept_n: ("接受 ", " 条"),
    cue_matches: ("匹配 ", " 句"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_worded_and_unknown_keys_pass_through() {
        let en = Lang::En.suggest_words();
        assert_eq!(en.because("10亿元", "money"), "10亿元 → money");
        assert_eq!(
            Lang::Zh.suggest_words().because("要", "directive"),
            "要 → 部署要求"
        );
        assert_eq!(en.reason("new-key"), "new-key");
        assert_eq!(Lang::Zh.suggest_words().accept_n(3), "接受 3 条");
    }
}
