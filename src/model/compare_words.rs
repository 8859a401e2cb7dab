//! The words of the compare dialog, in English and Chinese.

use crate::core::compare::Problem;
use crate::model::comparing::Unread;
use crate::model::i18n::Lang;

/// Every fixed text of the compare dialog, one field per text.
#[allow(missing_docs)] // each field is named for the text it holds
pub struct CompareWords {
    pub menu: &'static str,
    pub title: &'static str,
    pub hint: &'static str,
    pub choose_files: &'static str,
    pub choose_folder: &'static str,
    pub include_mine: &'static str,
    pub mine_default: &'static str,
    pub other_files: &'static str,
    pub reference: &'static str,
    pub no_reference: &'static str,
    pub tag: &'static str,
    pub cohen: &'static str,
    pub fleiss: &'static str,
    pub alpha: &'static str,
    pub chart: &'static str,
    pub not_defined: &'static str,
    pub differences: &'static str,
    pub no_differences: &'static str,
    pub differences_keys: &'static str,
    pub note: &'static str,
    pub has: &'static str,
    pub has_not: &'static str,
    pub take: &'static str,
    pub both: &'static str,
    pub neither: &'static str,
    pub by_rule: &'static str,
    pub rule: &'static str,
    pub majority: &'static str,
    pub reference_wins: &'static str,
    pub union: &'static str,
    pub combine: &'static str,
    pub class_view: &'static str,
    pub differences_view: &'static str,
    pub class_needs_reference: &'static str,
    pub student: &'static str,
    pub overall: &'static str,
    pub phrase_f1: &'static str,
    pub export_csv: &'static str,
    pub phrase: &'static str,
}

impl CompareWords {
    /// "Take Ana" / "采用 Ana".
    pub fn take(&self, name: &str) -> String {
        format!("{}{name}", self.take)
    }

    /// One line of the report for a problem with the sheet named `name`.
    pub fn problem(&self, lang: Lang, name: &str, problem: &Problem) -> String {
        match (lang, problem) {
            (
                Lang::Zh,
                Problem::OtherText {
                    placed, orphaned, ..
                },
            ) => format!(
                "{name}：多半是另一篇文章的文件，{orphaned} 条标注找不到位置（找到 {placed} 条）。"
            ),
            (
                Lang::Zh,
                Problem::NotAllPlaced {
                    placed, orphaned, ..
                },
            ) => {
                format!("{name}：{orphaned} 条标注找不到位置（找到 {placed} 条）。")
            }
            (
                Lang::Zh,
                Problem::Duplicate {
                    same_file: true, ..
                },
            ) => {
                format!("{name}：与前面的文件完全相同。")
            }
            (Lang::Zh, Problem::Duplicate { .. }) => format!("{name}：标注与前面的文件相同。"),
            (Lang::Zh, Problem::NoAnnotations { .. }) => format!("{name}：没有任何标注。"),
            (
                _,
                Problem::OtherText {
                    placed, orphaned, ..
                },
            ) => format!(
                "{name}: most likely a file of another text: {orphaned} annotations could not be placed ({placed} could)."
            ),
            (
                _,
                Problem::NotAllPlaced {
                    placed, orphaned, ..
                },
            ) => {
                format!("{name}: {orphaned} annotations could not be placed ({placed} could).")
            }
            (
                _,
                Problem::Duplicate {
                    same_file: true, ..
                },
            ) => {
                format!("{name}: the same file as one before it.")
            }
            (_, Problem::Duplicate { .. }) => {
                format!("{name}: the same tags and notes as a file before it.")
            }
            (_, Problem::NoAnnotations { .. }) => format!("{name}: no annotations in it."),
        }
    }

    /// How a file's annotations were placed, when some had to be found again in a
    /// changed text.
    pub fn placed(&self, lang: Lang, name: &str, exact: usize, moved: usize) -> String {
        match lang {
            Lang::Zh => format!(
                "{name}：{} 条标注已定位，其中 {moved} 条在改动过的文本中重新找到。",
                exact + moved
            ),
            Lang::En => format!(
                "{name}: {} annotations placed, {moved} of them found again in a changed text.",
                exact + moved
            ),
        }
    }

    /// One line of the report for a file that gave no sheet.
    pub fn unread(&self, lang: Lang, name: &str, why: &Unread) -> String {
        let detail = match why {
            Unread::Unreadable(reason) => reason.clone(),
            Unread::NotAnnotations(error) => lang.strings().import_error(error),
        };
        format!("{name}: {detail}")
    }
}

impl Lang {
    /// The words of the compare dialog in this language.
    pub fn compare_words(self) -> &'static CompareWords {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}

const EN: CompareWords = CompareWords {
    menu: "Compare annotators…",
    title: "Compare annotators",
    hint: "Choose two or more exports of this article (sentag JSON or W3C), or one or more to compare with your own tags. Nothing in the document changes until you combine.",
    choose_files: "Choose files…",
    choose_folder: "Choose a folder…",
    include_mine: "Include this document's own tags as",
    mine_default: "My tags",
    other_files: "Other files",
    reference: "Reference (the key)",
    no_reference: "None",
    tag: "Tag",
    cohen: "Cohen's κ",
    fleiss: "Fleiss' κ",
    alpha: "Krippendorff's α",
    chart: "Agreement per tag (Fleiss' κ)",
    not_defined: "n/a",
    differences: "Differences",
    no_differences: "The annotators agree everywhere.",
    differences_keys: "↑ ↓ move · 1–9 take that annotator's answer · b both · 0 neither · Delete back to the rule",
    note: "note",
    has: "yes",
    has_not: "no",
    take: "Take ",
    both: "Both",
    neither: "Neither",
    by_rule: "by the rule",
    rule: "For the rest",
    majority: "Majority",
    reference_wins: "Reference wins",
    union: "Union (both)",
    combine: "Combine into the document",
    class_view: "Class view",
    differences_view: "Differences",
    class_needs_reference: "Choose the reference (the teacher's key) to score each file against it.",
    student: "File",
    overall: "All tags (F1)",
    phrase_f1: "Phrases (F1)",
    export_csv: "Export CSV",
    phrase: "phrase",
};

const ZH: CompareWords = CompareWords {
    menu: "比较标注者…",
    title: "比较标注者",
    hint: "选择本文的两个或更多导出文件（sentag JSON 或 W3C），或选择一个或多个文件与自己的标注比较。合并之前，文档不会有任何改动。",
    choose_files: "选择文件…",
    choose_folder: "选择文件夹…",
    include_mine: "把本文档自己的标注也算作",
    mine_default: "我的标注",
    other_files: "其他文件",
    reference: "参照（答案）",
    no_reference: "无",
    tag: "标签",
    cohen: "Cohen κ",
    fleiss: "Fleiss κ",
    alpha: "Krippendorff α",
    chart: "各标签一致度（Fleiss κ）",
    not_defined: "无",
    differences: "差异",
    no_differences: "各标注者完全一致。",
    differences_keys: "↑ ↓ 移动 · 1–9 采用该标注者 · b 两者都要 · 0 都不要 · Delete 回到规则",
    note: "批注",
    has: "有",
    has_not: "无",
    take: "采用 ",
    both: "两者都要",
    neither: "都不要",
    by_rule: "按规则",
    rule: "其余差异",
    majority: "多数",
    reference_wins: "以参照为准",
    union: "并集（都要）",
    combine: "合并到文档",
    class_view: "全班视图",
    differences_view: "差异",
    class_needs_reference: "请选择参照（教师答案），以便给每个文件评分。",
    student: "文件",
    overall: "全部标签（F1）",
    phrase_f1: "短语（F1）",
    export_csv: "导出 CSV",
    phrase: "短语",
};
