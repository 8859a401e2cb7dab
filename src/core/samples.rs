//! The built-in sample article, embedded in the build.

use crate::core::document::Document;

/// The sample article's headline: a Tianxin District (Changsha) meeting on attracting investment.
pub const SAMPLE_TITLE: &str = "天心区召开招商引资工作动员暨优化营商环境工作讲评大会";
/// The sample article's text, from `samples/tianxin-investment-meeting.zh.txt`.
pub const SAMPLE_TEXT: &str = include_str!("../../samples/tianxin-investment-meeting.zh.txt");

/// The Chinese government news article shown on a first visit.
pub fn sample_document() -> Document {
    Document::new(SAMPLE_TITLE, SAMPLE_TEXT)
}
