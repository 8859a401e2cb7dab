//! The app's one reducer: a thin adapter from actions to the domain's pure functions.

use std::rc::Rc;

use yew::Reducible;

use crate::annotation::TagId;
use crate::app::storage::Scroll;
use crate::editor::{Edit, Workspace};
use crate::format::Incoming;
use crate::history::History;
use crate::i18n::Lang;
use crate::import::{ImportReport, apply as apply_import};
use crate::selection::Selection;
use crate::sync::{Clash, Revision};
use crate::view::{Filter, matching_sentences};

/// An open dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum Dialog {
    Note {
        sentence: usize,
    },
    Split {
        sentence: usize,
        caret: usize,
    },
    TagEditor,
    ConfirmDeleteTag {
        id: TagId,
    },
    Help,
    Paste,
    Recent,
    /// The file carries its own text, unlike the open article's: open it, or apply it here?
    ImportChoice(Rc<Incoming>),
    ImportReport(Rc<ImportReport>),
    /// Another tab changed the same sentences (or tags, or sentence fixes): which to keep?
    /// It closes only by a choice.
    Conflict(Rc<Clash>),
}

/// A message for the user at the top of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Self {
        Notice {
            error: false,
            text: text.into(),
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Notice {
            error: true,
            text: text.into(),
        }
    }
}

/// A document ready to be shown, with where it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub workspace: Workspace,
    pub id: String,
    pub source: Option<String>,
    /// The encoding its file was decoded from, when it came from a file.
    pub encoding: Option<String>,
    pub notice: Option<Notice>,
    /// Where the reader had scrolled to, for a reopened document.
    pub scroll: Scroll,
    /// The stored revision it was read at; `None` for a document not saved yet.
    pub rev: Option<Revision>,
}

impl Loaded {
    pub fn new(workspace: Workspace, id: String) -> Self {
        Loaded {
            workspace,
            id,
            source: None,
            encoding: None,
            notice: None,
            scroll: Scroll::default(),
            rev: None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    pub query: String,
    pub matches: Rc<Vec<usize>>,
    /// Index into `matches` of the current match.
    pub current: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct AppState {
    pub history: History<Workspace>,
    pub selection: Selection,
    pub filter: Filter,
    pub search: Search,
    pub dialog: Option<Dialog>,
    pub lang: Lang,
    /// Bumped when the cursor sentence must be scrolled into view and focused.
    pub reveal: u32,
    pub doc_id: String,
    pub source: Option<String>,
    pub encoding: Option<String>,
    pub notice: Option<Notice>,
    /// Why autosave failed, while it fails.
    pub storage_problem: Option<String>,
    /// The scroll position to restore when the document appears.
    pub scroll_to: Scroll,
    /// The stored revision the document was opened at (`None`: not saved yet).
    pub opened_rev: Option<Revision>,
    /// Counts the documents opened, so that reopening the same one starts afresh.
    pub generation: u32,
}

pub enum Action {
    Edit(Edit),
    ToggleTag(TagId),
    MergeSelected,
    Undo,
    Redo,
    Click(usize),
    ShiftClick(usize),
    CtrlClick(usize),
    Step {
        forward: bool,
        extend: bool,
    },
    JumpTo(usize),
    ClearSelection,
    SetFilter(Filter),
    SetQuery(String),
    SearchStep {
        forward: bool,
    },
    Open(Dialog),
    CloseDialog,
    SetLang(Lang),
    /// Shows another document; the current one is already saved.
    Load(Box<Loaded>),
    /// Merges imported annotations into the open document (undoable).
    Import(Rc<Incoming>),
    Notify(Option<Notice>),
    StorageProblem(Option<String>),
    /// The user chose a version in a conflict with another tab.
    ConflictResolved(&'static str),
    /// Shows what another tab saved (merged with this tab's changes, if `merged`). The
    /// undo history starts here: undoing past it would silently undo the other tab's work.
    Synced {
        workspace: Workspace,
        merged: bool,
    },
}

impl AppState {
    pub fn new(loaded: Loaded, lang: Lang) -> Self {
        AppState {
            history: History::new(loaded.workspace),
            selection: Selection::default(),
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
        }
    }

    pub fn workspace(&self) -> &Workspace {
        self.history.present()
    }

    /// Whether sentence `index` passes the tag filter.
    pub fn is_visible(&self, index: usize) -> bool {
        let marks = &self.workspace().marks;
        marks.get(index).is_some_and(|m| self.filter.shows(m))
    }

    fn edited(&self, edit: &Edit) -> Option<AppState> {
        let next = self.workspace().apply(edit, js_sys::Date::now() as i64)?;
        let len = next.doc.sentences.len();
        let selection = match edit {
            Edit::MergeWithNext { sentence } | Edit::Split { sentence, .. } => {
                Selection::only(*sentence)
            }
            _ => self.selection.clamp(len),
        };
        let structure_changed = !Rc::ptr_eq(&next.doc, &self.workspace().doc);
        let mut state = AppState {
            history: self.history.record(next),
            selection,
            ..self.clone()
        };
        if structure_changed {
            state.refresh_search();
        }
        Some(state)
    }

    fn refresh_search(&mut self) {
        let matches = matching_sentences(&self.workspace().doc, &self.search.query);
        self.search.current = None;
        self.search.matches = Rc::new(matches);
    }

    fn moved_through_history(&self, history: History<Workspace>) -> AppState {
        let len = history.present().doc.sentences.len();
        let structure_changed = !Rc::ptr_eq(&history.present().doc, &self.workspace().doc);
        let mut state = AppState {
            selection: self.selection.clamp(len),
            history,
            ..self.clone()
        };
        // Undoing a tag or a note leaves the text as it was: the matches still hold.
        if structure_changed {
            state.refresh_search();
        }
        state
    }

    /// The open dialog, still about the same sentence once another tab's merges and
    /// splits moved it (closed if that sentence is gone), so a note being typed stays.
    fn dialog_after_sync(&self, next: &Workspace) -> Option<Dialog> {
        let moved = |sentence: usize| {
            let start = self.workspace().doc.sentences.get(sentence)?.char_start;
            next.doc
                .sentences
                .iter()
                .position(|s| s.char_start == start)
        };
        match self.dialog.clone()? {
            Dialog::Note { sentence } => moved(sentence).map(|sentence| Dialog::Note { sentence }),
            Dialog::Split { sentence, caret } => {
                moved(sentence).map(|sentence| Dialog::Split { sentence, caret })
            }
            other => Some(other),
        }
    }

    fn revealing(self, selection: Selection) -> AppState {
        AppState {
            selection,
            reveal: self.reveal.wrapping_add(1),
            ..self
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let len = self.workspace().doc.sentences.len();
        let next = match action {
            Action::Edit(edit) => self.edited(&edit),
            Action::ToggleTag(tag) => {
                let sentences = self.selection.indices();
                self.edited(&Edit::ToggleTag { tag, sentences })
            }
            Action::MergeSelected => self
                .selection
                .cursor()
                .and_then(|sentence| self.edited(&Edit::MergeWithNext { sentence })),
            Action::Undo => self.history.undo().map(|h| self.moved_through_history(h)),
            Action::Redo => self.history.redo().map(|h| self.moved_through_history(h)),
            Action::Click(i) if i < len => Some(AppState {
                selection: Selection::only(i),
                ..(*self).clone()
            }),
            Action::ShiftClick(i) if i < len => Some(AppState {
                selection: self.selection.extend_to(i),
                ..(*self).clone()
            }),
            Action::CtrlClick(i) if i < len => Some(AppState {
                selection: self.selection.toggle(i),
                ..(*self).clone()
            }),
            Action::Click(_) | Action::ShiftClick(_) | Action::CtrlClick(_) => None,
            Action::Step { forward, extend } => {
                let selection = self
                    .selection
                    .step(forward, extend, len, |i| self.is_visible(i));
                Some((*self).clone().revealing(selection))
            }
            Action::JumpTo(i) if i < len => {
                let mut state = (*self).clone();
                if !state.is_visible(i) {
                    state.filter = Filter::default();
                }
                Some(state.revealing(Selection::only(i)))
            }
            Action::JumpTo(_) => None,
            Action::ClearSelection => Some(AppState {
                selection: Selection::default(),
                ..(*self).clone()
            }),
            Action::SetFilter(filter) => Some(AppState {
                filter,
                ..(*self).clone()
            }),
            Action::SetQuery(query) => {
                let mut state = AppState {
                    search: Search {
                        query,
                        ..Search::default()
                    },
                    ..(*self).clone()
                };
                state.refresh_search();
                Some(state)
            }
            Action::SearchStep { forward } => {
                let count = self.search.matches.len();
                (count > 0).then(|| {
                    let current = match (self.search.current, forward) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(c), true) => (c + 1) % count,
                        (Some(c), false) => (c + count - 1) % count,
                    };
                    let sentence = self.search.matches[current];
                    let mut state = (*self).clone();
                    state.search.current = Some(current);
                    if !state.is_visible(sentence) {
                        state.filter = Filter::default();
                    }
                    state.revealing(Selection::only(sentence))
                })
            }
            Action::Open(dialog) => Some(AppState {
                dialog: Some(dialog),
                ..(*self).clone()
            }),
            Action::CloseDialog if matches!(self.dialog, Some(Dialog::Conflict(_))) => None,
            Action::CloseDialog => Some(AppState {
                dialog: None,
                ..(*self).clone()
            }),
            Action::SetLang(lang) => Some(AppState {
                lang,
                ..(*self).clone()
            }),
            Action::Load(loaded) => Some(AppState {
                storage_problem: self.storage_problem.clone(),
                generation: self.generation.wrapping_add(1),
                ..AppState::new(*loaded, self.lang)
            }),
            Action::ConflictResolved(said) => Some(AppState {
                dialog: None,
                notice: Some(Notice::info(said)),
                ..(*self).clone()
            }),
            Action::Synced { workspace, merged } => {
                let structure_changed = !Rc::ptr_eq(&workspace.doc, &self.workspace().doc);
                let len = workspace.doc.sentences.len();
                let mut state = AppState {
                    selection: self.selection.clamp(len),
                    history: History::new(workspace.clone()),
                    notice: if merged {
                        Some(Notice::info(self.lang.strings().merged_other_tab))
                    } else {
                        self.notice.clone()
                    },
                    dialog: self.dialog_after_sync(&workspace),
                    ..(*self).clone()
                };
                if structure_changed {
                    state.refresh_search();
                }
                Some(state)
            }
            Action::Import(incoming) => {
                let (next, report) = apply_import(self.workspace(), &incoming);
                let mut state = AppState {
                    dialog: Some(Dialog::ImportReport(Rc::new(report))),
                    ..(*self).clone()
                };
                if next != *self.workspace() {
                    state.history = self.history.record(next);
                }
                Some(state)
            }
            Action::Notify(notice) => Some(AppState {
                notice,
                ..(*self).clone()
            }),
            Action::StorageProblem(problem) => Some(AppState {
                storage_problem: problem,
                ..(*self).clone()
            }),
        };
        next.map(Rc::new).unwrap_or(self)
    }
}
