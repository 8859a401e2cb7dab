//! The interface's words for the handout dialog and the words the handout prints, in
//! English and Chinese.

use crate::core::format::handout::HandoutWords;
use crate::model::i18n::Lang;

/// Every fixed text of the handout dialog, one field per text.
#[allow(missing_docs)] // each field is named for the text it holds
pub struct HandoutDialogWords {
    pub heading: &'static str,
    pub title: &'static str,
    pub tagged: &'static str,
    pub worksheet: &'static str,
    pub paragraph_numbers: &'static str,
    pub tasks: &'static str,
    pub export: &'static str,
    exported: &'static str,
    name: &'static str,
    date: &'static str,
    answer_key: &'static str,
    vocabulary: &'static str,
    /// The dialog's choice of the vocabulary list's tag, and its "none".
    pub vocabulary_tag: &'static str,
    pub no_vocabulary: &'static str,
    /// A task: before the count, between the count and the label, after the label;
    /// English has a singular too.
    task: (&'static str, &'static str, &'static str),
    task_one: (&'static str, &'static str, &'static str),
}

impl HandoutDialogWords {
    /// The default task line for a tag with `n` sentences: "Find 3 sentences tagged
    /// “commitments”." / "找出 3 个标为“承诺”的句子。"
    pub fn task(&self, label: &str, n: usize) -> String {
        let (before, between, after) = if n == 1 { self.task_one } else { self.task };
        format!("{before}{n}{between}{label}{after}")
    }

    /// The words the handout prints.
    pub fn printed(&self) -> HandoutWords {
        HandoutWords {
            exported: self.exported.into(),
            name: self.name.into(),
            date: self.date.into(),
            answer_key: self.answer_key.into(),
            vocabulary: self.vocabulary.into(),
        }
    }
}

impl Lang {
    /// The words of the handout dialog in this language.
    pub fn handout_words(self) -> &'static HandoutDialogWords {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}

const EN: HandoutDialogWords = HandoutDialogWords {
    heading: "Handout to print",
    title: "Title",
    tagged: "Handout (tagged)",
    worksheet: "Worksheet (student copy + answer key)",
    paragraph_numbers: "Paragraph numbers",
    tasks: "Tasks for the students",
    export: "Export",
    exported: "Exported",
    name: "Name:",
    date: "Date:",
    answer_key: "Answer key",
    vocabulary: "Vocabulary",
    vocabulary_tag: "Vocabulary list from the phrases tagged",
    no_vocabulary: "(none)",
    task: ("Find ", " sentences tagged “", "”."),
    task_one: ("Find ", " sentence tagged “", "”."),
};

const ZH: HandoutDialogWords = HandoutDialogWords {
    heading: "可打印的讲义",
    title: "标题",
    tagged: "讲义（带标注）",
    worksheet: "练习单（学生版 + 答案）",
    paragraph_numbers: "段落编号",
    tasks: "学生任务",
    export: "导出",
    exported: "导出于",
    name: "姓名：",
    date: "日期：",
    answer_key: "答案",
    vocabulary: "生词表",
    vocabulary_tag: "生词表取自标为此标签的短语",
    no_vocabulary: "（不列）",
    task: ("找出 ", " 个标为“", "”的句子。"),
    task_one: ("找出 ", " 个标为“", "”的句子。"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tasks_read_naturally_in_both_languages() {
        let en = Lang::En.handout_words();
        assert_eq!(
            en.task("commitments", 3),
            "Find 3 sentences tagged “commitments”."
        );
        assert_eq!(en.task("metrics", 1), "Find 1 sentence tagged “metrics”.");
        assert_eq!(
            Lang::Zh.handout_words().task("承诺", 3),
            "找出 3 个标为“承诺”的句子。"
        );
        assert_eq!(Lang::Zh.handout_words().printed().answer_key, "答案");
    }
}
