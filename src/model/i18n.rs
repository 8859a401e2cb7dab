//! The interface's words in English and Chinese.

use crate::core::segment::LineBreaks;
use crate::core::validate::{HotkeyProblem, MAX_LABEL_CHARS, MAX_NOTE_CHARS, Repair, excerpt};

/// The UI's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Chinese (simplified).
    Zh,
}

impl Lang {
    /// The language's code, for `lang` attributes and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// From a stored code or the browser's language (`zh-CN` → Chinese).
    pub fn from_code(code: &str) -> Lang {
        if code.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The other language, which the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Zh,
            Lang::Zh => Lang::En,
        }
    }

    /// Every text of the interface in this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}

/// Every fixed text of the interface, one field per text, named for where it shows.
/// Texts with numbers or names in them go through the methods below.
#[allow(missing_docs)] // each field is named for the text it holds
pub struct Strings {
    pub lang: Lang,
    pub switch_to: &'static str,
    pub article: &'static str,
    pub toolbar: &'static str,
    pub note: &'static str,
    pub merge: &'static str,
    pub split: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub edit_tags: &'static str,
    pub help: &'static str,
    pub selection: &'static str,
    pub select_hint: &'static str,
    /// While a long press's range selection lasts, and said when it starts.
    pub range_hint: &'static str,
    /// Ends that range selection.
    pub range_done: &'static str,
    /// Opens the side panel as a sheet on a narrow screen.
    pub panel: &'static str,
    /// Closes it.
    pub close_panel: &'static str,
    /// The top bar's menu button on a narrow screen.
    pub menu: &'static str,
    pub counts: &'static str,
    pub untagged: &'static str,
    pub filter: &'static str,
    pub clear_filter: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub previous_match: &'static str,
    pub next_match: &'static str,
    pub no_matches: &'static str,
    pub digest: &'static str,
    pub digest_empty: &'static str,
    pub notes: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub close: &'static str,
    pub split_title: &'static str,
    pub split_hint: &'static str,
    /// Above the split button when the cut runs through a phrase.
    pub split_through_phrase: &'static str,
    /// The split button then.
    pub split_and_remove: &'static str,
    /// The list of the two sentences a split makes.
    pub split_preview: &'static str,
    /// In that list when the caret is at either end.
    pub split_nowhere: &'static str,
    /// A tag key pressed on a phrase caret with nothing chosen.
    pub phrase_empty: &'static str,
    /// The side panel's line while a phrase is being chosen from the keyboard.
    pub phrase_keys: &'static str,
    /// The heading of a sentence's phrases in the side panel.
    pub phrases: &'static str,
    /// The button that takes a phrase away.
    pub remove_phrase: &'static str,
    /// The note dialog's title for a phrase.
    pub phrase_note: &'static str,
    /// The File menu's item for the user's name, before one is given.
    pub author_menu: &'static str,
    /// The name dialog's title.
    pub author_title: &'static str,
    /// What the name is for.
    pub author_hint: &'static str,
    /// The name field's label.
    pub author_label: &'static str,
    pub tag_set: &'static str,
    pub label: &'static str,
    pub colour: &'static str,
    pub key: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub delete: &'static str,
    pub add_tag: &'static str,
    pub new_tag: &'static str,
    pub make_default: &'static str,
    pub saved_default: &'static str,
    pub key_taken: &'static str,
    pub shortcuts: &'static str,
    pub overview: &'static str,
    pub shortcut_list: &'static [(&'static str, &'static str)],
    pub file_menu: &'static str,
    pub open_file: &'static str,
    pub paste_text: &'static str,
    pub recent_docs: &'static str,
    pub sample: &'static str,
    pub import_annotations: &'static str,
    pub export_menu: &'static str,
    pub include_text: &'static str,
    pub export_json: &'static str,
    pub export_w3c: &'static str,
    pub export_csv: &'static str,
    pub export_handout: &'static str,
    pub copy_json: &'static str,
    pub copied: &'static str,
    pub title_label: &'static str,
    pub text_label: &'static str,
    pub open: &'static str,
    pub untitled: &'static str,
    pub recent_empty: &'static str,
    pub reopened: &'static str,
    pub loading: &'static str,
    pub import_choice_title: &'static str,
    pub open_as_new: &'static str,
    pub apply_here: &'static str,
    pub report_title: &'static str,
    pub orphans_title: &'static str,
    pub drop_hint: &'static str,
    pub encoding: &'static str,
    pub page_view: &'static str,
    pub article_view: &'static str,
    pub whole_page: &'static str,
    pub dismiss: &'static str,
    pub updated: &'static str,
    pub merged_other_tab: &'static str,
    pub conflict_title: &'static str,
    pub conflict_intro: &'static str,
    pub conflict_tags: &'static str,
    pub conflict_structure: &'static str,
    pub keep_mine: &'static str,
    pub take_theirs: &'static str,
    pub copy_suffix: &'static str,
    pub kept_mine: &'static str,
    pub took_theirs: &'static str,
    pub open_now: &'static str,
    pub undo_delete: &'static str,
    pub discard_title: &'static str,
    pub discard_question: &'static str,
    pub discard: &'static str,
    pub keep_editing: &'static str,
    pub export_csv_semicolon: &'static str,
    pub export_csv_columns: &'static str,
    pub repairs_title: &'static str,
}

impl Strings {
    /// A tag's key in the help: "toggle “metrics”".
    pub fn toggle_tag(&self, label: &str) -> String {
        match self.lang {
            Lang::Zh => format!("切换“{label}”"),
            _ => format!("toggle “{label}”"),
        }
    }

    /// After combining: how many differences were settled.
    pub fn combined(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::Zh, 0) => "合并完成：没有需要改动的地方。".into(),
            (Lang::Zh, n) => format!("已合并：处理了 {n} 处差异（可撤销）。"),
            (_, 0) => "Combined: nothing to change.".into(),
            (_, 1) => "Combined: 1 difference settled (undo takes it back).".into(),
            (_, n) => format!("Combined: {n} differences settled (undo takes it back)."),
        }
    }

    /// The File menu's item for the user's name, once they gave one.
    pub fn author_menu_named(&self, name: &str) -> String {
        match self.lang {
            Lang::Zh => format!("你的名字：{name}…"),
            _ => format!("Your name: {name}…"),
        }
    }

    /// "Sentence n of total", for the side panel.
    pub fn sentence_of(&self, n: usize, total: usize) -> String {
        match self.lang {
            Lang::Zh => format!("第 {n} 句，共 {total} 句"),
            _ => format!("Sentence {n} of {total}"),
        }
    }

    /// How many sentences are selected.
    pub fn selected_count(&self, n: usize) -> String {
        match self.lang {
            Lang::Zh => format!("已选 {n} 句"),
            _ => format!("{n} sentences selected"),
        }
    }

    /// Where the search stands: match `current` (from 1) of `total`, or just the total.
    pub fn match_of(&self, current: Option<usize>, total: usize) -> String {
        match (self.lang, current) {
            (Lang::Zh, Some(n)) => format!("第 {n} 处，共 {total} 处"),
            (Lang::Zh, None) => format!("共 {total} 处"),
            (_, Some(n)) => format!("{n} of {total}"),
            (_, None) => format!("{total} matches"),
        }
    }

    /// The title of the note dialog of sentence `n`.
    pub fn note_for(&self, n: usize) -> String {
        match self.lang {
            Lang::Zh => format!("第 {n} 句的批注"),
            _ => format!("Note on sentence {n}"),
        }
    }

    /// The import report's summary: found in place, moved, not found.
    pub fn report_line(&self, exact: usize, moved: usize, orphans: usize) -> String {
        match self.lang {
            Lang::Zh => format!("{exact} 条精确定位，{moved} 条重新定位，{orphans} 条未找到。"),
            _ => format!("{exact} anchored exactly, {moved} re-anchored, {orphans} not found."),
        }
    }

    /// The question asked of a file that carries its own text.
    pub fn import_choice(&self, title: &str) -> String {
        match self.lang {
            Lang::Zh => format!(
                "“{title}”的正文与当前文章不同。要把它作为新文档打开，还是把批注应用到当前文章？"
            ),
            _ => format!(
                "“{title}” carries a text that differs from the open article. Open it as a new document, or apply its annotations to this article?"
            ),
        }
    }

    /// The link to the rest of a digest list cut short.
    pub fn more_with_tag(&self, n: usize) -> String {
        match self.lang {
            Lang::Zh => format!("还有 {n} 句：只显示此标签"),
            _ => format!("{n} more: show only this tag"),
        }
    }

    /// Progress of splitting a long text into sentences (`done` in 0..=1).
    pub fn splitting(&self, done: f64) -> String {
        let percent = (done * 100.0).round() as u32;
        match self.lang {
            Lang::Zh => format!("正在分句… {percent}%"),
            _ => format!("Splitting into sentences… {percent}%"),
        }
    }

    /// Which sentences both tabs changed.
    pub fn conflict_sentences(&self, sentences: &[usize]) -> String {
        let list: Vec<String> = sentences
            .iter()
            .take(12)
            .map(|i| (i + 1).to_string())
            .collect();
        let more = if sentences.len() > 12 { "…" } else { "" };
        match self.lang {
            Lang::Zh => format!("两边都修改了第 {}{more} 句。", list.join("、")),
            _ => format!("Both changed sentence {}{more}.", list.join(", ")),
        }
    }

    /// That a saved document was deleted (with an undo next to it).
    pub fn deleted(&self, title: &str) -> String {
        match self.lang {
            Lang::Zh => format!("已删除“{title}”。"),
            _ => format!("Deleted “{title}”."),
        }
    }

    /// Why autosave fails, and what the user can do.
    pub fn storage_warning(&self, why: &str) -> String {
        match self.lang {
            Lang::Zh => {
                format!("无法在此浏览器中保存你的工作（{why}）。内容仍在内存中：请导出以保留。")
            }
            _ => format!(
                "Your work could not be saved in this browser ({why}). Nothing is lost yet: export it to keep it."
            ),
        }
    }

    /// Why an address could not be loaded.
    pub fn fetch_failed(&self, url: &str, why: &str) -> String {
        match self.lang {
            Lang::Zh => format!("无法加载 {url}：{why}。该地址须在本站，或允许跨域访问（CORS）。"),
            _ => format!(
                "Could not load {url}: {why}. It must be on this site, or a server that allows cross-origin requests (CORS)."
            ),
        }
    }

    /// Why the export worker could not write the file.
    pub fn export_failed(&self, why: &str) -> String {
        match self.lang {
            Lang::Zh => format!("无法导出（{why}）。请联网后重新加载页面再试；你的工作仍在。"),
            _ => format!(
                "Could not export ({why}). Reload the page while online, then try again; your work is still here."
            ),
        }
    }

    /// Why the decoder for files that are not UTF-8 could not start.
    pub fn decoder_failed(&self, why: &str) -> String {
        match self.lang {
            Lang::Zh => {
                format!("无法加载解码器（用于非 UTF-8 文件）：{why}。请联网后重新加载页面再试。")
            }
            _ => format!(
                "Could not load the decoder for files that are not UTF-8: {why}. Reload the page while online, then try again."
            ),
        }
    }

    /// Why the PDF reader could not start (or the layout after it).
    pub fn pdf_reader_failed(&self, why: &str) -> String {
        match self.lang {
            Lang::Zh => format!("无法加载 PDF 阅读组件：{why}。请联网后重新加载页面再试。"),
            _ => format!(
                "Could not load the PDF reader: {why}. Reload the page while online, then try again."
            ),
        }
    }

    /// That a web page opened as its article alone, and how to see all of it.
    pub fn opened_article(&self, name: &str) -> String {
        match self.lang {
            Lang::Zh => {
                format!("已用阅读视图打开 {name}：只有正文。点上方的“整个网页”可查看全部内容。")
            }
            _ => format!(
                "Opened {name} in reader view: the article alone. “Whole page” at the top shows all of it."
            ),
        }
    }

    /// That no article was found in a web page, so all of it opened.
    pub fn no_article(&self, name: &str) -> String {
        match self.lang {
            Lang::Zh => format!("在 {name} 中没有找到正文，显示整个网页。"),
            _ => format!("No article found in {name}: showing the whole page."),
        }
    }

    /// Why the reader for web pages could not start.
    pub fn reader_failed(&self, why: &str) -> String {
        match self.lang {
            Lang::Zh => format!("无法加载网页读取器：{why}。请联网后重新加载页面再试。"),
            _ => format!(
                "Could not load the reader for web pages: {why}. Reload the page while online, then try again."
            ),
        }
    }

    /// Why the reader for Word files could not start.
    pub fn word_reader_failed(&self, why: &str) -> String {
        match self.lang {
            Lang::Zh => format!("无法加载 Word 文件读取器：{why}。请联网后重新加载页面再试。"),
            _ => format!(
                "Could not load the reader for Word files: {why}. Reload the page while online, then try again."
            ),
        }
    }

    /// That a file opened, and in which encoding.
    pub fn opened_file(&self, name: &str, encoding: &str) -> String {
        match self.lang {
            Lang::Zh => format!("已打开 {name}（{encoding}）。"),
            _ => format!("Opened {name} ({encoding})."),
        }
    }

    /// The name of the control that says how line breaks are read.
    pub fn line_breaks(&self) -> &'static str {
        match self.lang {
            Lang::Zh => "换行",
            _ => "Line breaks",
        }
    }

    /// One choice of that control; `joined` is how many breaks reading them
    /// automatically joined, when that is the reading shown.
    pub fn line_breaks_choice(&self, breaks: LineBreaks, joined: Option<usize>) -> String {
        match (self.lang, breaks, joined) {
            (Lang::Zh, LineBreaks::Auto, Some(n)) => format!("自动：合并了 {n} 处折行"),
            (Lang::Zh, LineBreaks::Auto, None) => "自动判断折行".into(),
            (Lang::Zh, LineBreaks::Join, _) => "合并所有折行".into(),
            (Lang::Zh, LineBreaks::Keep, _) => "每行自成一段".into(),
            (_, LineBreaks::Auto, Some(1)) => "Auto: 1 line joined".into(),
            (_, LineBreaks::Auto, Some(n)) => format!("Auto: {n} lines joined"),
            (_, LineBreaks::Auto, None) => "Auto: join wrapped lines".into(),
            (_, LineBreaks::Join, _) => "Join all wrapped lines".into(),
            (_, LineBreaks::Keep, _) => "Keep every line".into(),
        }
    }

    /// The question before deleting a tag that sentences have.
    pub fn confirm_delete(&self, label: &str, uses: usize) -> String {
        match self.lang {
            Lang::Zh => format!("删除标签“{label}”？它标在 {uses} 个句子上。可以撤销。"),
            _ => format!("Delete the tag “{label}”? It is on {uses} sentences. You can undo this."),
        }
    }

    /// One change made to an imported file, in a sentence.
    pub fn repair(&self, r: &Repair) -> String {
        let q = |text: &str| excerpt(text, 40);
        let zh = self.lang == Lang::Zh;
        match r {
            Repair::Colour { tag, was, now } => match zh {
                true => format!("标签“{}”：颜色“{}”无效，已改为 {now}。", q(tag), q(was)),
                false => format!(
                    "Tag “{}”: colour “{}” is not a colour; now {now}.",
                    q(tag),
                    q(was)
                ),
            },
            Repair::TagIdReplaced { was, now } => match zh {
                true => format!("标签 ID“{}”不可用，已改为“{}”。", q(was), q(now)),
                false => format!("Tag id “{}” cannot be used; now “{}”.", q(was), q(now)),
            },
            Repair::LabelShortened { tag, chars } => match zh {
                true => format!(
                    "标签“{}”：名称过长（{chars} 个字符），已截短为 {MAX_LABEL_CHARS} 个字符。",
                    q(tag)
                ),
                false => format!(
                    "Tag “{}”: label cut from {chars} to {MAX_LABEL_CHARS} characters.",
                    q(tag)
                ),
            },
            Repair::LabelCleaned { tag } => match zh {
                true => format!("标签“{}”：已删除名称中的不可见控制字符。", q(tag)),
                false => format!(
                    "Tag “{}”: invisible control characters removed from its label.",
                    q(tag)
                ),
            },
            Repair::EmptyLabel { tag } => match zh {
                true => format!("有一个标签没有名称，现名为“{}”。", q(tag)),
                false => format!("A tag had no label; it is now called “{}”.", q(tag)),
            },
            Repair::HotkeyDropped { tag, key, problem } => {
                let why = match (problem, zh) {
                    (HotkeyProblem::NotPrintable, true) => "不是可打印字符",
                    (HotkeyProblem::NotPrintable, false) => "not a printable character",
                    (HotkeyProblem::Reserved, true) => "已用于命令",
                    (HotkeyProblem::Reserved, false) => "kept for a command",
                    (HotkeyProblem::Duplicate, true) => "已被其他标签使用",
                    (HotkeyProblem::Duplicate, false) => "already used by another tag",
                };
                match zh {
                    true => format!("标签“{}”：已移除按键“{}”（{why}）。", q(tag), q(key)),
                    false => format!("Tag “{}”: key “{}” removed ({why}).", q(tag), q(key)),
                }
            }
            Repair::DuplicateTagDropped { id } => match zh {
                true => format!("标签 ID“{}”重复，已删除后一个。", q(id)),
                false => format!("A second tag with id “{}” was dropped.", q(id)),
            },
            Repair::NoteShortened { quote, chars, .. } => match zh {
                true => format!(
                    "“{}”的批注过长（{chars} 个字符），已截短为 {MAX_NOTE_CHARS} 个字符。",
                    q(quote)
                ),
                false => format!(
                    "Note on “{}”: cut from {chars} to {MAX_NOTE_CHARS} characters.",
                    q(quote)
                ),
            },
            Repair::NoteCleaned { quote, .. } => match zh {
                true => format!("“{}”的批注：已删除控制字符。", q(quote)),
                false => format!("Note on “{}”: control characters removed.", q(quote)),
            },
            Repair::TagReferenceDropped { quote, name, .. } => match zh {
                true => format!("“{}”上的标签“{}”无效，已忽略。", q(quote), q(name)),
                false => format!(
                    "Tag “{}” on “{}” is not a usable tag name; ignored.",
                    q(name),
                    q(quote)
                ),
            },
        }
    }
}

const EN: Strings = Strings {
    lang: Lang::En,
    switch_to: "中文",
    article: "Article sentences",
    toolbar: "Tag the selected sentences",
    note: "Note",
    merge: "Merge with next",
    split: "Split…",
    undo: "Undo",
    redo: "Redo",
    edit_tags: "Edit tags…",
    help: "Shortcuts",
    selection: "Selection",
    select_hint: "Click a sentence, or press j, to start.",
    range_hint: "Range: tap a sentence to extend the selection to it.",
    range_done: "Done",
    panel: "Panel",
    close_panel: "Close the panel",
    menu: "Menu",
    counts: "Tags",
    untagged: "untagged",
    filter: "Show only",
    clear_filter: "Show all",
    search: "Search",
    search_placeholder: "Search the article",
    previous_match: "Previous match",
    next_match: "Next match",
    no_matches: "No matches",
    digest: "Digest",
    digest_empty: "No sentences yet.",
    notes: "Notes",
    save: "Save",
    cancel: "Cancel",
    close: "Close",
    split_title: "Split the sentence",
    split_hint: "Move the caret to where the new sentence starts (arrow keys; Ctrl+arrows by word; Home, End; or click), then press Enter or Split.",
    split_through_phrase: "The cut runs through a marked phrase: splitting here removes that phrase.",
    split_and_remove: "Split and remove the phrase",
    split_preview: "The two sentences",
    split_nowhere: "Move the caret inside the sentence to split it.",
    phrase_empty: "Choose some text first: Shift+←/→ by character, Shift+Ctrl+←/→ by word.",
    phrase_keys: "Phrase: ←/→ move, Ctrl by word, Shift chooses, a tag key tags it, n notes it, Esc ends.",
    phrases: "Phrases",
    remove_phrase: "Remove phrase",
    phrase_note: "Note on the phrase",
    author_menu: "Your name…",
    author_title: "Your name",
    author_hint: "Your tags, phrases and notes are credited to this name in exports and when annotators are compared. It stays in this browser.",
    author_label: "Name",
    tag_set: "Tag set",
    label: "Label",
    colour: "Colour",
    key: "Key",
    move_up: "Move up",
    move_down: "Move down",
    delete: "Delete",
    add_tag: "Add tag",
    new_tag: "new tag",
    make_default: "Use for new documents",
    saved_default: "Saved as your default tag set.",
    key_taken: "That key is kept for a command.",
    shortcuts: "Keyboard shortcuts",
    overview: "Where the tags fall in the article",
    shortcut_list: &[
        ("j / ↓ / →", "next sentence"),
        ("k / ↑ / ←", "previous sentence"),
        ("Shift + move", "extend the selection"),
        (
            "click, Shift-click, Ctrl-click",
            "select, select a range, add one",
        ),
        ("1 – 9", "toggle a tag on the selection"),
        ("n", "note on the sentence"),
        ("m", "merge with the next sentence"),
        ("s", "split the sentence"),
        (
            "p",
            "mark a phrase: ←/→, Ctrl+←/→ by word, Shift to choose, then a tag key",
        ),
        ("drag, double-click", "choose a phrase with the mouse"),
        ("u / Ctrl+Z", "undo"),
        ("Shift+U / Ctrl+Y", "redo"),
        ("/", "search"),
        ("Esc", "close, or clear the selection"),
        ("?", "this help"),
    ],
    file_menu: "File",
    open_file: "Open file…",
    paste_text: "Paste text…",
    recent_docs: "Recent documents…",
    sample: "Sample article",
    import_annotations: "Import annotations…",
    export_menu: "Export",
    include_text: "Include the full text",
    export_json: "sentag JSON",
    export_w3c: "W3C Web Annotation (JSON-LD)",
    export_csv: "CSV for spreadsheets",
    export_handout: "Handout to print (HTML)",
    copy_json: "Copy JSON",
    copied: "Copied to the clipboard.",
    title_label: "Title",
    text_label: "Text",
    open: "Open",
    untitled: "Untitled",
    recent_empty: "No saved documents yet.",
    reopened: "Reopened your saved work on this text.",
    loading: "Loading…",
    import_choice_title: "This file has its own text",
    open_as_new: "Open it as a new document",
    apply_here: "Apply to this article",
    report_title: "Import report",
    orphans_title: "Not found in this text",
    drop_hint: "Drop a text, Word, HTML or annotation file to open it",
    encoding: "Encoding",
    page_view: "Web page",
    article_view: "Article",
    whole_page: "Whole page",
    dismiss: "Dismiss",
    updated: "sentag was updated to a new version.",
    merged_other_tab: "Merged with changes saved in another tab.",
    conflict_title: "Changed in another tab",
    conflict_intro: "This document was also changed in another tab, in the same places. Which version do you keep? The other one is kept as a copy in Recent documents.",
    conflict_tags: "Both changed the tag set.",
    conflict_structure: "Both merged or split sentences.",
    keep_mine: "Keep this tab's version",
    take_theirs: "Use the other tab's version",
    copy_suffix: "copy from another tab",
    kept_mine: "Kept this tab's version. The other is in Recent documents as a copy.",
    took_theirs: "Showing the other tab's version. This tab's is in Recent documents as a copy.",
    open_now: "open",
    undo_delete: "Undo",
    discard_title: "Discard changes?",
    discard_question: "What you typed here has not been saved.",
    discard: "Discard",
    keep_editing: "Keep editing",
    export_csv_semicolon: "CSV with semicolons (Excel in many European locales)",
    export_csv_columns: "CSV, one column per tag (every sentence)",
    repairs_title: "Changed on import",
};

const ZH: Strings = Strings {
    lang: Lang::Zh,
    switch_to: "English",
    article: "文章句子",
    toolbar: "给所选句子加标签",
    note: "批注",
    merge: "与下句合并",
    split: "拆分…",
    undo: "撤销",
    redo: "重做",
    edit_tags: "编辑标签…",
    help: "快捷键",
    selection: "所选",
    select_hint: "点击一个句子，或按 j 开始。",
    range_hint: "范围选择：点一个句子，把选区延伸到它。",
    range_done: "完成",
    panel: "面板",
    close_panel: "关闭面板",
    menu: "菜单",
    counts: "标签",
    untagged: "未标注",
    filter: "只显示",
    clear_filter: "显示全部",
    search: "搜索",
    search_placeholder: "在文章中搜索",
    previous_match: "上一处",
    next_match: "下一处",
    no_matches: "没有匹配",
    digest: "摘要",
    digest_empty: "还没有句子。",
    notes: "批注",
    save: "保存",
    cancel: "取消",
    close: "关闭",
    split_title: "拆分句子",
    split_hint: "把光标移到新句子开始处（方向键逐字，Ctrl+方向键逐词，Home、End，或点击），然后按 Enter 或点拆分。",
    split_through_phrase: "拆分处穿过一个已标记的短语：在这里拆分会删除该短语。",
    split_and_remove: "拆分并删除短语",
    split_preview: "拆分后的两句",
    split_nowhere: "把光标移到句子中间才能拆分。",
    phrase_empty: "请先选出文字：Shift+←/→ 按字，Shift+Ctrl+←/→ 按词。",
    phrase_keys: "短语：←/→ 移动，Ctrl 按词，Shift 选择，按标签键加标签，n 写批注，Esc 结束。",
    phrases: "短语",
    remove_phrase: "删除短语",
    phrase_note: "短语批注",
    author_menu: "你的名字…",
    author_title: "你的名字",
    author_hint: "导出文件和比较标注者时，你的标签、短语和批注都署这个名字。名字只保存在本浏览器中。",
    author_label: "名字",
    tag_set: "标签集",
    label: "名称",
    colour: "颜色",
    key: "按键",
    move_up: "上移",
    move_down: "下移",
    delete: "删除",
    add_tag: "添加标签",
    new_tag: "新标签",
    make_default: "设为新文档默认",
    saved_default: "已保存为默认标签集。",
    key_taken: "这个键已用于命令。",
    shortcuts: "键盘快捷键",
    overview: "标签在文章中的分布",
    shortcut_list: &[
        ("j / ↓ / →", "下一句"),
        ("k / ↑ / ←", "上一句"),
        ("Shift + 移动", "扩展选择"),
        ("点击、Shift 点击、Ctrl 点击", "选择、选择范围、添加一句"),
        ("1 – 9", "为所选句子切换标签"),
        ("n", "批注"),
        ("m", "与下句合并"),
        ("s", "拆分句子"),
        ("p", "标记短语：←/→，Ctrl+←/→ 按词，Shift 选择，再按标签键"),
        ("拖动、双击", "用鼠标选出短语"),
        ("u / Ctrl+Z", "撤销"),
        ("Shift+U / Ctrl+Y", "重做"),
        ("/", "搜索"),
        ("Esc", "关闭，或取消选择"),
        ("?", "本帮助"),
    ],
    file_menu: "文件",
    open_file: "打开文件…",
    paste_text: "粘贴文本…",
    recent_docs: "最近的文档…",
    sample: "示例文章",
    import_annotations: "导入批注…",
    export_menu: "导出",
    include_text: "包含全文",
    export_json: "sentag JSON",
    export_w3c: "W3C 网页批注（JSON-LD）",
    export_csv: "CSV 表格",
    export_handout: "可打印的讲义（HTML）",
    copy_json: "复制 JSON",
    copied: "已复制到剪贴板。",
    title_label: "标题",
    text_label: "正文",
    open: "打开",
    untitled: "未命名",
    recent_empty: "还没有保存的文档。",
    reopened: "已打开你在这篇文本上保存的工作。",
    loading: "正在加载…",
    import_choice_title: "此文件带有自己的正文",
    open_as_new: "作为新文档打开",
    apply_here: "应用到当前文章",
    report_title: "导入报告",
    orphans_title: "在本文中未找到",
    drop_hint: "拖放文本、Word、HTML 或批注文件以打开",
    encoding: "编码",
    page_view: "网页",
    article_view: "正文",
    whole_page: "整个网页",
    dismiss: "关闭",
    updated: "sentag 已更新到新版本。",
    merged_other_tab: "已合并另一个标签页中保存的修改。",
    conflict_title: "另一个标签页也修改了",
    conflict_intro: "另一个标签页在相同位置也修改了这篇文档。保留哪个版本？另一个版本会作为副本保存在“最近的文档”中。",
    conflict_tags: "两边都修改了标签集。",
    conflict_structure: "两边都合并或拆分了句子。",
    keep_mine: "保留本页的版本",
    take_theirs: "使用另一页的版本",
    copy_suffix: "来自另一个标签页的副本",
    kept_mine: "已保留本页的版本。另一个版本作为副本保存在“最近的文档”中。",
    took_theirs: "现在显示另一页的版本。本页的版本作为副本保存在“最近的文档”中。",
    open_now: "已打开",
    undo_delete: "撤销",
    discard_title: "放弃修改？",
    discard_question: "你在这里输入的内容还没有保存。",
    discard: "放弃",
    keep_editing: "继续编辑",
    export_csv_semicolon: "CSV（分号分隔，适用于许多欧洲地区的 Excel）",
    export_csv_columns: "CSV（每个标签一列，包含所有句子）",
    repairs_title: "导入时已修正",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_round_trip_and_format_counts() {
        assert_eq!(Lang::from_code("zh-CN"), Lang::Zh);
        assert_eq!(Lang::from_code("en-GB"), Lang::En);
        assert_eq!(Lang::from_code(Lang::Zh.code()), Lang::Zh);
        assert_eq!(Lang::En.strings().sentence_of(2, 9), "Sentence 2 of 9");
        assert_eq!(Lang::Zh.strings().sentence_of(2, 9), "第 2 句，共 9 句");
        assert_eq!(EN.shortcut_list.len(), ZH.shortcut_list.len());
    }
}
