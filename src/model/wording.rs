//! The UI's words for the domain's typed values: built-in tag labels, why a file
//! could not be opened or imported, and how a web page or a Word file opened.

use crate::core::annotation::{DEFAULT_TAG_NAMES_ZH, Tag};
use crate::core::decode::DecodeError;
use crate::core::docx::{DocxError, MAX_PART_BYTES};
use crate::core::format::ImportError;
use crate::core::format::job::JobError;
use crate::core::pdf_layout::PdfError;
use crate::core::sync::StoreError;
use crate::model::i18n::{Lang, Strings};

/// A size in megabytes with one decimal, by integers: the app's wasm formats no floats.
fn megabytes(n: usize) -> String {
    let tenths = (n * 10 + 524_288) / 1_048_576;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

impl Strings {
    /// The label to show: a built-in tag whose label is untouched speaks the UI's language.
    pub fn tag_label<'a>(&self, tag: &'a Tag) -> &'a str {
        let translated = DEFAULT_TAG_NAMES_ZH
            .iter()
            .find(|(id, _)| *id == tag.id && tag.label == *id);
        match (self.lang, translated) {
            (Lang::Zh, Some((_, zh))) => zh,
            _ => &tag.label,
        }
    }

    /// Why a file could not be imported.
    pub fn import_error(&self, error: &ImportError) -> String {
        let zh = self.lang == Lang::Zh;
        match error {
            ImportError::Empty if zh => "文件是空的。".into(),
            ImportError::Empty => "The file is empty.".into(),
            ImportError::NotJson { line, column } if zh => {
                format!("这不是有效的 JSON（第 {line} 行第 {column} 列）。")
            }
            ImportError::NotJson { line, column } => {
                format!("This is not valid JSON (line {line}, column {column}).")
            }
            ImportError::UnknownFormat if zh => {
                "这个 JSON 既不是 sentag 导出文件，也不是 W3C 网页批注。".into()
            }
            ImportError::UnknownFormat => {
                "This JSON is neither a sentag export nor W3C Web Annotations.".into()
            }
            ImportError::FutureVersion { found, supported } if zh => format!(
                "此文件使用 sentag 格式第 {found} 版，本程序只能读取到第 {supported} 版。请更新 sentag。"
            ),
            ImportError::FutureVersion { found, supported } => format!(
                "This file uses sentag format version {found}; this sentag reads up to version {supported}. Update sentag to import it."
            ),
            ImportError::NoVersion if zh => "文件缺少 sentag 格式版本号。".into(),
            ImportError::NoVersion => "The file has no sentag format version number.".into(),
            ImportError::TextMismatch if zh => "文件中的原文与其 SHA-256 校验值不符。".into(),
            ImportError::TextMismatch => "The file's text does not match its SHA-256.".into(),
            ImportError::NoQuote if zh => "有一条批注缺少 TextQuoteSelector。".into(),
            ImportError::NoQuote => "An annotation has no TextQuoteSelector.".into(),
            // serde's detail is English: a Chinese reader gets the plain sentence.
            ImportError::Shape(_) if zh => "文件内容与格式不符。".into(),
            ImportError::Shape(why) => format!("The file does not fit its format: {why}."),
        }
    }

    /// Why the browser's storage could not keep something.
    pub fn store_error(&self, error: &StoreError) -> String {
        let zh = self.lang == Lang::Zh;
        match error {
            StoreError::Full if zh => "浏览器存储空间已满".into(),
            StoreError::Full => "the browser's storage is full".into(),
            StoreError::Unavailable if zh => "此浏览器不允许本站存储数据".into(),
            StoreError::Unavailable => "this browser does not let the site store data".into(),
            StoreError::Busy if zh => "其他标签页一直在保存此文档，稍后会再次保存".into(),
            StoreError::Busy => {
                "other tabs kept saving this document; it will be saved again shortly".into()
            }
            StoreError::Other(why) => why.clone(),
        }
    }

    /// Why the export worker could not write the file.
    pub fn job_error(&self, error: &JobError) -> String {
        let zh = self.lang == Lang::Zh;
        match error {
            JobError::OtherRelease if zh => {
                "sentag 已在另一个标签页中更新。请重新加载此页面，再导出；你的工作已保存。".into()
            }
            JobError::OtherRelease => {
                "sentag was updated in another tab. Reload this page, then export again; your work is saved.".into()
            }
            JobError::Unreadable if zh => "无法导出：文档的保存形式无法读取。".into(),
            JobError::Unreadable => "Could not export: the document's stored form could not be read.".into(),
        }
    }

    /// Why a PDF gave no text, and what to do about it.
    pub fn pdf_error(&self, error: &PdfError) -> String {
        let zh = self.lang == Lang::Zh;
        match error {
            PdfError::NoText if zh => {
                "这个 PDF 没有文本层，可能是扫描件。请先用 OCR（文字识别）软件处理，再打开处理后的文件。".into()
            }
            PdfError::NoText => {
                "This PDF has no text layer: it is probably scanned. Run OCR (text recognition) on it first, then open the result.".into()
            }
            PdfError::Encrypted if zh => {
                "这个 PDF 受密码保护。请在 PDF 阅读器中输入密码打开，另存为不带密码的副本，再打开该副本。".into()
            }
            PdfError::Encrypted => {
                "This PDF is protected by a password. Open it in a PDF reader with the password, save a copy without one, then open that copy.".into()
            }
            PdfError::Corrupt if zh => {
                "这个 PDF 已损坏或不完整。请重新下载，或在 PDF 阅读器中打开原文件并另存一份。".into()
            }
            PdfError::Corrupt => {
                "This PDF is damaged or incomplete. Download it again, or open the original in a PDF reader and save a new copy.".into()
            }
        }
    }

    /// Why a file could not be read as text.
    pub fn decode_error(&self, error: &DecodeError) -> String {
        let zh = self.lang == Lang::Zh;
        match error {
            DecodeError::Empty if zh => "文件是空的。".into(),
            DecodeError::Empty => "The file is empty.".into(),
            DecodeError::TooLarge { size, limit } if zh => format!(
                "文件大小为 {}，sentag 最多打开 {} 的文件。",
                megabytes(*size),
                megabytes(*limit)
            ),
            DecodeError::TooLarge { size, limit } => format!(
                "The file is {}; sentag opens files up to {}.",
                megabytes(*size),
                megabytes(*limit)
            ),
            DecodeError::Binary(kind) if zh => format!("这是 {kind} 文件，不是文本。"),
            DecodeError::Binary(kind) => format!("This is a {kind} file, not text."),
            DecodeError::NotText if zh => "这个文件看起来不是文本。".into(),
            DecodeError::NotText => "This file does not look like text.".into(),
        }
    }

    /// Why a file could not be read as a Word document, and what to do instead.
    pub fn docx_error(&self, error: &DocxError) -> String {
        let zh = self.lang == Lang::Zh;
        match error {
            DocxError::Damaged if zh => {
                "这个 Word 文件已损坏，无法解压。请用 Word 打开（Word 常能修复），另存为 .docx 后再打开。".into()
            }
            DocxError::Damaged => "This Word file is damaged: it could not be unpacked. Open it in Word, which can often repair it, save it again as .docx, then open that.".into(),
            DocxError::NotWord if zh => {
                "这个文件不是 Word 文档（.docx 文件中应有 word/document.xml）。请用创建它的程序打开，另存为 .docx 或纯文本后再打开。".into()
            }
            DocxError::NotWord => "This file is not a Word document (a .docx holds word/document.xml). Open it in the program that made it and save it as .docx or plain text, then open that.".into(),
            DocxError::OldWord if zh => {
                "这是旧版 Word 格式（.doc，Word 97–2003），sentag 无法读取。请用 Word 或 LibreOffice 打开，另存为 .docx 或 PDF 后再打开。".into()
            }
            DocxError::OldWord => "This is the old Word format (.doc, Word 97–2003), which sentag cannot read. Open it in Word or LibreOffice and save it as .docx or PDF, then open that.".into(),
            DocxError::Encrypted if zh => {
                "这个 Word 文件设有打开密码。请在 Word 中打开，删除密码（文件 › 信息 › 保护文档 › 用密码进行加密），保存后再在这里打开。".into()
            }
            DocxError::Encrypted => "This Word file is protected by a password. Open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password), save it, then open it here.".into(),
            DocxError::Empty if zh => {
                "这个 Word 文档没有文字。如果其中是扫描的页面图片，sentag 无法读取。".into()
            }
            DocxError::Empty => "This Word document has no text. If its pages are scanned pictures, sentag cannot read them.".into(),
            DocxError::TooLarge if zh => format!(
                "这个 Word 文件解压后超过 {}，sentag 无法打开。",
                megabytes(MAX_PART_BYTES as usize)
            ),
            DocxError::TooLarge => format!(
                "This Word file unpacks to more than {}; sentag cannot open it.",
                megabytes(MAX_PART_BYTES as usize)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::TagSet;

    #[test]
    fn built_in_labels_follow_the_language_unless_renamed() {
        let mut tags = TagSet::default();
        assert_eq!(Lang::Zh.strings().tag_label(&tags.tags[1]), "指标");
        assert_eq!(Lang::En.strings().tag_label(&tags.tags[1]), "metrics");
        tags.tags[1].label = "figures".into();
        assert_eq!(Lang::Zh.strings().tag_label(&tags.tags[1]), "figures");
    }

    #[test]
    fn word_files_that_cannot_be_read_say_what_to_do() {
        let en = Lang::En.strings();
        assert!(
            en.docx_error(&DocxError::OldWord)
                .contains("save it as .docx or PDF")
        );
        assert!(en.docx_error(&DocxError::Encrypted).contains("password"));
        assert!(
            Lang::Zh
                .strings()
                .docx_error(&DocxError::TooLarge)
                .contains("256.0 MB")
        );
        for error in [DocxError::Damaged, DocxError::NotWord, DocxError::Empty] {
            assert_ne!(en.docx_error(&error), Lang::Zh.strings().docx_error(&error));
        }
    }

    #[test]
    fn errors_are_worded_in_the_ui_language_only() {
        let too_large = DecodeError::TooLarge {
            size: 23_500_000,
            limit: 20 * 1024 * 1024,
        };
        assert_eq!(
            Lang::En.strings().decode_error(&too_large),
            "The file is 22.4 MB; sentag opens files up to 20.0 MB."
        );
        let shape = ImportError::Shape("missing field `document`".into());
        assert!(
            Lang::En
                .strings()
                .import_error(&shape)
                .contains("missing field")
        );
        assert!(!Lang::Zh.strings().import_error(&shape).contains("missing"));
        assert!(
            Lang::En
                .strings()
                .pdf_error(&PdfError::NoText)
                .contains("OCR")
        );
        assert!(
            Lang::Zh
                .strings()
                .pdf_error(&PdfError::Encrypted)
                .contains("密码")
        );
    }
}
