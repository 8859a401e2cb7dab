//! A saved web page in its two versions: the article alone (a reader view) and the
//! whole page, so that the one not shown can be asked for.

/// Which version of a web page a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageView {
    /// The article alone: its title, paragraphs, headings and list items.
    Article,
    /// Every block of the page's body.
    Whole,
}

/// One version of a page: a title and a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageText {
    /// The title to show.
    pub title: String,
    /// The text, one paragraph per line, a blank line between paragraphs.
    pub text: String,
}

/// A web page that was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebPage {
    /// The file's name, or the last part of the address, for messages.
    pub name: String,
    /// The address it was fetched from, if any.
    pub source: Option<String>,
    /// The encoding it was decoded from.
    pub encoding: String,
    /// The article, when one was found.
    pub article: Option<PageText>,
    /// The whole page.
    pub whole: PageText,
}

impl WebPage {
    /// The version `view`, if the page has it.
    pub fn version(&self, view: PageView) -> Option<&PageText> {
        match view {
            PageView::Article => self.article.as_ref(),
            PageView::Whole => Some(&self.whole),
        }
    }

    /// The version to open first: the article if there is one, else the whole page.
    pub fn first_view(&self) -> PageView {
        match self.article {
            Some(_) => PageView::Article,
            None => PageView::Whole,
        }
    }
}

/// Whether a text is an HTML page, by its start (a comment, a byte-order mark or white
/// space may come first): for an address whose name says nothing of its kind.
pub fn looks_like_html(text: &str) -> bool {
    let mut rest = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    while let Some(after) = rest.strip_prefix("<!--") {
        rest = after
            .split_once("-->")
            .map_or("", |(_, after)| after)
            .trim_start();
    }
    let head: String = rest
        .chars()
        .take(14)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// An article's title without the column and site names that Chinese sites join to it
/// with underscores (`标题_政务要闻_某区人民政府`), which Readability keeps: it takes
/// away only site names after `|`, `-`, `»` and the like. White space is collapsed.
pub fn article_title(title: &str) -> String {
    let title = crate::core::blocks::collapse_whitespace(title);
    match title.split_once('_') {
        Some((head, _))
            if head
                .chars()
                .filter(|c| crate::core::blocks::is_wide(*c))
                .count()
                >= 4 =>
        {
            head.trim().to_string()
        }
        _ => title,
    }
}

/// How much text Readability should ask of a page before it calls something an
/// article, for a page whose text is `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderThresholds {
    /// `isProbablyReaderable`'s `minContentLength`: the characters a paragraph needs
    /// to count.
    pub min_paragraph: u32,
    /// Readability's `charThreshold`: the characters an article needs.
    pub min_article: u32,
}

impl ReaderThresholds {
    /// Readability's own numbers (140 and 500 characters), for pages in alphabetic
    /// scripts. A page mostly in Chinese or Japanese says as much in far fewer
    /// characters (about a third), and its paragraphs rarely reach 140: it gets
    /// thresholds a third as high.
    pub fn for_text(text: &str) -> Self {
        let (mut wide, mut all) = (0usize, 0usize);
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            all += 1;
            wide += usize::from(crate::core::blocks::is_wide(c));
        }
        match wide * 2 > all {
            true => ReaderThresholds {
                min_paragraph: 50,
                min_article: 170,
            },
            false => ReaderThresholds {
                min_paragraph: 140,
                min_article: 500,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_html_pages_by_their_start() {
        assert!(looks_like_html(
            "<!DOCTYPE html><html><body>x</body></html>"
        ));
        assert!(looks_like_html("\u{feff}\n  <html lang=\"zh-CN\">"));
        assert!(looks_like_html(
            "<!-- saved from url=(0042) --><!doctype HTML>"
        ));
        assert!(!looks_like_html("The council met. <html> is a tag."));
        assert!(!looks_like_html("<!-- unterminated"));
        assert!(!looks_like_html(""));
    }

    #[test]
    fn site_names_after_underscores_leave_chinese_titles() {
        assert_eq!(
            article_title("云溪区召开2025年安全生产工作会议_政务要闻_云溪区人民政府"),
            "云溪区召开2025年安全生产工作会议"
        );
        assert_eq!(article_title("report_final  draft"), "report_final draft");
        assert_eq!(article_title("会议_通知"), "会议_通知");
    }

    #[test]
    fn chinese_pages_need_fewer_characters_to_be_an_article() {
        let chinese = ReaderThresholds::for_text(
            "首页 政务公开\n\n区政府召开常务会议，研究部署防汛工作。 PDF",
        );
        assert_eq!(chinese.min_paragraph, 50);
        let english = ReaderThresholds::for_text("Home News\n\nThe council met on Monday. 会议");
        assert_eq!((english.min_paragraph, english.min_article), (140, 500));
    }

    #[test]
    fn opens_the_article_first_when_there_is_one() {
        let whole = PageText {
            title: "news".into(),
            text: "Menu\n\nStory".into(),
        };
        let mut page = WebPage {
            name: "news.html".into(),
            source: None,
            encoding: "UTF-8".into(),
            article: None,
            whole: whole.clone(),
        };
        assert_eq!(page.first_view(), PageView::Whole);
        assert_eq!(page.version(PageView::Article), None);
        page.article = Some(PageText {
            title: "Story".into(),
            text: "Story".into(),
        });
        assert_eq!(page.first_view(), PageView::Article);
        assert_eq!(page.version(PageView::Whole), Some(&whole));
    }
}
