//! The app's state: the document and its history, the selection, the filter, the
//! search, the open dialog and the messages.

use std::ops::Range;
use std::rc::Rc;

use crate::core::annotation::TagId;
use crate::core::editor::Workspace;
use crate::core::format::Incoming;
use crate::core::history::History;
use crate::core::import::ImportReport;
use crate::core::page::{PageView, WebPage};
use crate::core::sync::{Clash, Revision, StoreError};
use crate::model::announce::Announcement;
use crate::model::comparing::Comparison;
use crate::model::i18n::Lang;
use crate::model::phrase_sel::PhraseSel;
use crate::model::scroll::Scroll;
use crate::model::selection::Selection;
use crate::model::suggested::Suggested;
use crate::model::view::Filter;

/// An open dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum Dialog {
    /// The note of a sentence, or of a phrase in it.
    Note {
        /// The sentence's index.
        sentence: usize,
        /// The phrase, in code points of the document's text; `None`: the sentence.
        phrase: Option<Range<usize>>,
    },
    /// Where to split a sentence in two.
    Split {
        /// The sentence's index.
        sentence: usize,
        /// Where the split starts, in characters; `None`: in the middle.
        caret: Option<usize>,
    },
    /// The tag set: add, rename, recolour, re-key, reorder, delete.
    TagEditor,
    /// Delete a tag that sentences still have?
    ConfirmDeleteTag {
        /// The tag.
        id: TagId,
    },
    /// The keys.
    Help,
    /// The pending suggestions of one tag, to review before accepting them all.
    AcceptAll {
        /// The tag.
        tag: TagId,
    },
    /// The user's name, for the credits.
    Author,
    /// Comparing annotators: choosing files, then the figures, differences and class view.
    Compare,
    /// Paste a text to open.
    Paste,
    /// The saved documents.
    Recent,
    /// The handout's title, kind and tasks, before exporting it.
    Handout,
    /// The file carries its own text, unlike the open article's: open it, or apply it here?
    ImportChoice(Rc<Incoming>),
    /// What an import found, moved and could not place.
    ImportReport(Rc<ImportReport>),
    /// Another tab changed the same sentences (or tags, or sentence fixes): which to keep?
    /// It closes only by a choice.
    Conflict(Rc<Clash>),
}

/// A message for the user at the top of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Whether it says something went wrong (shown as an alert).
    pub error: bool,
    /// The message, in the UI's language.
    pub text: String,
}

impl Notice {
    /// A message that something happened.
    pub fn info(text: impl Into<String>) -> Self {
        Notice {
            error: false,
            text: text.into(),
        }
    }

    /// A message that something went wrong.
    pub fn error(text: impl Into<String>) -> Self {
        Notice {
            error: true,
            text: text.into(),
        }
    }
}

/// The web page a document was made from, and which of its versions the document is:
/// the other version can be opened from it.
#[derive(Debug, Clone)]
pub struct PageShown {
    /// The page, with both its versions.
    pub page: Rc<WebPage>,
    /// The version shown.
    pub view: PageView,
}

impl PageShown {
    /// The version not shown, if the page has it (a page with no article has one).
    pub fn other(&self) -> Option<PageView> {
        let other = match self.view {
            PageView::Article => PageView::Whole,
            PageView::Whole => PageView::Article,
        };
        self.page.version(other).map(|_| other)
    }
}

/// A document ready to be shown, with where it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The document with its tags and marks.
    pub workspace: Workspace,
    /// The id it is saved under (from its text); empty for a placeholder never saved.
    pub id: String,
    /// The address it was fetched from, if any.
    pub source: Option<String>,
    /// The encoding its file was decoded from, when it came from a file.
    pub encoding: Option<String>,
    /// What to tell the user as it opens.
    pub notice: Option<Notice>,
    /// Where the reader had scrolled to, for a reopened document.
    pub scroll: Scroll,
    /// The stored revision it was read at; `None` for a document not saved yet.
    pub rev: Option<Revision>,
    /// The web page it was made from, when it was opened from one in this visit.
    pub page: Option<PageShown>,
}

impl Loaded {
    /// A document from nowhere in particular, not saved yet.
    pub fn new(workspace: Workspace, id: String) -> Self {
        Loaded {
            workspace,
            id,
            source: None,
            encoding: None,
            notice: None,
            scroll: Scroll::default(),
            rev: None,
            page: None,
        }
    }
}

/// The text search of the side panel.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    /// What the user typed.
    pub query: String,
    /// The sentences that contain it, in order.
    pub matches: Rc<Vec<usize>>,
    /// Index into `matches` of the current match.
    pub current: Option<usize>,
}

/// Everything the page shows. Only [`AppState::reduce`] makes a new one.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The workspace, with its undo and redo.
    pub history: History<Workspace>,
    /// The selected sentences.
    pub selection: Selection,
    /// The part of the cursor sentence being marked as a phrase, if any.
    pub phrase: Option<PhraseSel>,
    /// Which sentences show, by tag.
    pub filter: Filter,
    /// The text search.
    pub search: Search,
    /// The open dialog, if any.
    pub dialog: Option<Dialog>,
    /// The UI's language.
    pub lang: Lang,
    /// Bumped when the cursor sentence must be scrolled into view and focused.
    pub reveal: u32,
    /// The open document's id (see [`Loaded::id`]).
    pub doc_id: String,
    /// The address the document was fetched from, if any.
    pub source: Option<String>,
    /// The encoding its file was decoded from, when it came from a file.
    pub encoding: Option<String>,
    /// The message at the top of the page.
    pub notice: Option<Notice>,
    /// Why autosave failed, while it fails.
    pub storage_problem: Option<StoreError>,
    /// The scroll position to restore when the document appears.
    pub scroll_to: Scroll,
    /// The stored revision the document was opened at (`None`: not saved yet).
    pub opened_rev: Option<Revision>,
    /// Counts the documents opened, so that reopening the same one starts afresh.
    pub generation: u32,
    /// The web page the document was made from, when it was opened from one in this
    /// visit (not after a reload: the page itself is not stored).
    pub page: Option<PageShown>,
    /// Whether suggested tags are found and shown (the user may switch them off).
    pub suggest: bool,
    /// The suggestions found so far for the open document.
    pub suggested: Rc<Suggested>,
    /// The user's name, credited with the tags and notes they give; empty: unknown.
    pub author: Rc<str>,
    /// The annotators being compared, once files are chosen.
    pub compare: Option<Rc<Comparison>>,
    /// What the live region last said.
    pub announcement: Announcement,
    /// Whether a tap extends the selection rather than starting anew: a touch screen's
    /// range selection, begun with a long press and ended by an edit or Esc.
    pub extending: bool,
}

impl AppState {
    /// The state for a document just opened, nothing selected.
    pub fn new(loaded: Loaded, lang: Lang) -> Self {
        AppState {
            history: History::new(loaded.workspace),
            selection: Selection::default(),
            phrase: None,
            filter: Filter::default(),
            search: Search::default(),
            dialog: None,
            lang,
            reveal: 0,
            doc_id: loaded.id,
            source: loaded.source,
            encoding: loaded.encoding,
            notice: loaded.notice,
            storage_problem: None,
            scroll_to: loaded.scroll,
            opened_rev: loaded.rev,
            generation: 0,
            page: loaded.page,
            suggest: true,
            suggested: Rc::default(),
            author: Rc::from(""),
            compare: None,
            announcement: Announcement::default(),
            extending: false,
        }
    }

    /// The workspace as it is now.
    pub fn workspace(&self) -> &Workspace {
        self.history.present()
    }

    /// Whether sentence `index` passes the tag filter.
    pub fn is_visible(&self, index: usize) -> bool {
        let marks = &self.workspace().marks;
        marks.get(index).is_some_and(|m| self.filter.shows(m))
    }

    /// The stretch chosen as a phrase, when it is not just a caret.
    pub fn phrase_range(&self) -> Option<(usize, Range<usize>)> {
        let sel = self.phrase.as_ref().filter(|p| !p.is_caret())?;
        Some((sel.sentence, sel.range()))
    }

    /// The chosen stretch when it is one of its sentence's phrases.
    pub fn chosen_phrase(&self) -> Option<Range<usize>> {
        let (sentence, range) = self.phrase_range()?;
        let marks = self.workspace().marks.get(sentence)?;
        marks
            .phrases
            .iter()
            .any(|p| p.start == range.start && p.end == range.end)
            .then_some(range)
    }

    /// For each tag, whether every selected sentence has it (false with no selection);
    /// with a phrase chosen, whether the phrase has it.
    pub fn pressed_tags(&self) -> Vec<bool> {
        let workspace = self.workspace();
        if let Some((sentence, range)) = self.phrase_range() {
            let phrase = workspace.marks.get(sentence).and_then(|m| {
                m.phrases
                    .iter()
                    .find(|p| p.start == range.start && p.end == range.end)
            });
            return workspace
                .tags
                .tags
                .iter()
                .map(|t| phrase.is_some_and(|p| p.has(&t.id)))
                .collect();
        }
        let selected = self.selection.indices();
        workspace
            .tags
            .tags
            .iter()
            .map(|t| {
                !selected.is_empty()
                    && selected
                        .iter()
                        .all(|&i| workspace.marks.get(i).is_some_and(|m| m.has(&t.id)))
            })
            .collect()
    }

    /// Whether the cursor sentence has a next sentence in its paragraph to merge with.
    pub fn can_merge(&self) -> bool {
        let doc = &self.workspace().doc;
        self.selection.cursor().is_some_and(|i| {
            doc.sentences
                .get(i + 1)
                .is_some_and(|n| Some(n.paragraph) == doc.sentences.get(i).map(|s| s.paragraph))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::TagSet;
    use crate::core::page::PageText;
    use crate::core::session::new_workspace;
    use crate::model::action::Action;

    fn page(article: bool) -> Rc<WebPage> {
        let text = |t: &str| PageText {
            title: "Bus lanes".into(),
            text: t.into(),
        };
        Rc::new(WebPage {
            name: "news.html".into(),
            source: None,
            encoding: "UTF-8".into(),
            article: article.then(|| text("Story.")),
            whole: text("Menu\n\nStory."),
        })
    }

    #[test]
    fn a_page_offers_its_other_version_and_is_forgotten_by_the_next_document() {
        let shown = PageShown {
            page: page(true),
            view: PageView::Article,
        };
        assert_eq!(shown.other(), Some(PageView::Whole));
        let no_article = PageShown {
            page: page(false),
            view: PageView::Whole,
        };
        assert_eq!(no_article.other(), None);

        let workspace = new_workspace("Bus lanes", "Story.", &TagSet::default());
        let loaded = Loaded {
            page: Some(shown),
            ..Loaded::new(workspace.clone(), "a".into())
        };
        let state = AppState::new(loaded, Lang::En);
        assert_eq!(state.page.as_ref().map(|p| p.view), Some(PageView::Article));
        let next =
            Rc::new(state).reduce(Action::Load(Box::new(Loaded::new(workspace, "b".into()))));
        assert!(next.page.is_none());
    }
}
