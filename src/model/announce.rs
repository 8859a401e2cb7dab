//! What a screen reader hears after an action: one short sentence in the UI's language
//! ("Tagged metrics: sentence 12", "Note saved", "Undone"), for the page's one polite
//! live region.

use std::rc::Rc;

use crate::core::editor::{Edit, Workspace};
use crate::core::phrases::text_in;
use crate::model::i18n::Lang;

/// The latest announcement, numbered so that the same words said twice still change
/// the live region.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Announcement {
    /// Counts the announcements.
    pub n: u32,
    /// The words.
    pub text: String,
}

impl Announcement {
    /// The next announcement, saying `text`.
    pub fn next(&self, text: String) -> Announcement {
        Announcement {
            n: self.n.wrapping_add(1),
            text,
        }
    }
}

/// What `edit`, which took `before` to `after`, did, in words; `None` for the edits
/// that say nothing of their own (the tag set, line breaks).
pub fn said(edit: &Edit, before: &Workspace, after: &Workspace, lang: Lang) -> Option<String> {
    let zh = lang == Lang::Zh;
    let label = |id: &str| {
        after
            .tags
            .get(id)
            .or_else(|| before.tags.get(id))
            .map_or(id.to_string(), |t| lang.strings().tag_label(t).to_string())
    };
    let which = |sentences: &[usize]| match sentences {
        [one] if zh => format!("第 {} 句", one + 1),
        [one] => format!("sentence {}", one + 1),
        many if zh => format!("{} 句", many.len()),
        many => format!("{} sentences", many.len()),
    };
    Some(match edit {
        Edit::ToggleTag { tag, sentences } => {
            let given = sentences
                .first()
                .and_then(|&i| after.marks.get(i))
                .is_some_and(|m| m.has(tag));
            match (zh, given) {
                (true, true) => format!("已标注{}：{}", label(tag), which(sentences)),
                (true, false) => format!("已取消{}：{}", label(tag), which(sentences)),
                (false, true) => format!("Tagged {}: {}", label(tag), which(sentences)),
                (false, false) => format!("Untagged {}: {}", label(tag), which(sentences)),
            }
        }
        Edit::TogglePhraseTag {
            sentence,
            range,
            tag,
        } => {
            let quote = after
                .doc
                .sentences
                .get(*sentence)
                .map(|s| text_in(s, range.clone()))
                .unwrap_or_default();
            let given = after.marks.get(*sentence).is_some_and(|m| {
                m.phrases
                    .iter()
                    .any(|p| p.start == range.start && p.end == range.end && p.has(tag))
            });
            match (zh, given) {
                (true, true) => format!("已标注{}：短语“{quote}”", label(tag)),
                (true, false) => format!("已取消{}：短语“{quote}”", label(tag)),
                (false, true) => format!("Tagged {}: phrase “{quote}”", label(tag)),
                (false, false) => format!("Untagged {}: phrase “{quote}”", label(tag)),
            }
        }
        Edit::SetNote { note, .. } | Edit::SetPhraseNote { note, .. } => {
            match (zh, note.trim().is_empty()) {
                (true, false) => "批注已保存".into(),
                (true, true) => "批注已删除".into(),
                (false, false) => "Note saved".into(),
                (false, true) => "Note removed".into(),
            }
        }
        Edit::MergeWithNext { sentence } if zh => format!("已合并：第 {} 句", sentence + 1),
        Edit::MergeWithNext { sentence } => format!("Merged: sentence {}", sentence + 1),
        Edit::Split { sentence, .. } | Edit::SplitThrough { sentence, .. } if zh => {
            format!("已拆分：第 {} 句和第 {} 句", sentence + 1, sentence + 2)
        }
        Edit::Split { sentence, .. } | Edit::SplitThrough { sentence, .. } => {
            format!("Split: sentences {} and {}", sentence + 1, sentence + 2)
        }
        Edit::Accept(pairs) if zh => format!("已接受 {} 个建议", pairs.len()),
        Edit::Accept(pairs) => format!("Accepted {} suggestion(s)", pairs.len()),
        Edit::Reject(pairs) if zh => format!("已拒绝 {} 个建议", pairs.len()),
        Edit::Reject(pairs) => format!("Rejected {} suggestion(s)", pairs.len()),
        Edit::RemovePhrase { .. } if zh => "短语已删除".into(),
        Edit::RemovePhrase { .. } => "Phrase removed".into(),
        _ => return None,
    })
}

/// What a filter left showing: `shown` of `total` sentences (all: the filter is off).
pub fn filtered(lang: Lang, shown: usize, total: usize) -> String {
    match (lang, shown == total) {
        (Lang::Zh, true) => format!("显示全部 {total} 句"),
        (Lang::Zh, false) => format!("显示 {shown} 句，共 {total} 句"),
        (_, true) => format!("Showing all {total} sentences"),
        (_, false) => format!("Showing {shown} of {total} sentences"),
    }
}

/// "Undone" or "Redone", in the UI's language, and what came back or went from
/// `before` to `after`: "Undone: tag metrics, sentence 12".
pub fn moved_in_history(lang: Lang, undo: bool, before: &Workspace, after: &Workspace) -> String {
    let zh = lang == Lang::Zh;
    let head = match (zh, undo) {
        (true, true) => "已撤销",
        (true, false) => "已重做",
        (false, true) => "Undone",
        (false, false) => "Redone",
    };
    match history_change(lang, undo, before, after) {
        Some(what) if zh => format!("{head}：{what}"),
        Some(what) => format!("{head}: {what}"),
        None => head.into(),
    }
}

/// The one kind of change between two neighbouring versions, in words.
fn history_change(lang: Lang, undo: bool, before: &Workspace, after: &Workspace) -> Option<String> {
    let zh = lang == Lang::Zh;
    let (was, now) = (before.doc.sentences.len(), after.doc.sentences.len());
    if was != now {
        // More sentences: a merge undone, or a split redone.
        let merge = (now > was) == undo;
        return Some(match (zh, merge) {
            (true, true) => "合并".into(),
            (true, false) => "拆分".into(),
            (false, true) => "merge".into(),
            (false, false) => "split".into(),
        });
    }
    let changed: Vec<usize> = (0..now)
        .filter(|&i| match (before.marks.get(i), after.marks.get(i)) {
            (Some(b), Some(a)) => !Rc::ptr_eq(b, a) && b != a,
            _ => false,
        })
        .collect();
    let (&first, _) = changed.split_first()?;
    let (b, a) = (&before.marks[first], &after.marks[first]);
    let where_ = match (zh, changed.len()) {
        (true, 1) => format!("第 {} 句", first + 1),
        (true, n) => format!("{n} 句"),
        (false, 1) => format!("sentence {}", first + 1),
        (false, n) => format!("{n} sentences"),
    };
    let tag = b
        .tags
        .iter()
        .chain(&a.tags)
        .find(|t| b.has(t) != a.has(t))
        .and_then(|t| after.tags.get(t).or_else(|| before.tags.get(t)));
    if let Some(tag) = tag {
        let label = lang.strings().tag_label(tag);
        return Some(if zh {
            format!("{label}，{where_}")
        } else {
            format!("tag {label}, {where_}")
        });
    }
    let what = if b.note != a.note {
        ["批注", "note"]
    } else if b.phrases != a.phrases {
        ["短语", "phrase"]
    } else if b.rejected != a.rejected {
        ["建议", "suggestion"]
    } else {
        return None;
    };
    Some(if zh {
        format!("{}，{where_}", what[0])
    } else {
        format!("{}, {where_}", what[1])
    })
}
