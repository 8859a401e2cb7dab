//! The one reducer: each action, applied to the state, gives the next state (or the
//! same `Rc` when nothing changed, so that nothing re-renders).

use std::rc::Rc;

use crate::core::annotation::Millis;
use crate::core::editor::{Edit, Workspace};
use crate::core::history::History;
use crate::core::import::{apply as apply_import, same_text};
use crate::model::action::{Action, Resolution};
use crate::model::announce::{filtered, moved_in_history, said};
use crate::model::command::Command;
use crate::model::selection::Selection;
use crate::model::state::{AppState, Dialog, Notice, Search};
use crate::model::view::{Filter, matching_sentences};

impl AppState {
    /// The state after `action`; `self` itself when the action changes nothing.
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.next(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }

    fn next(&self, action: Action) -> Option<AppState> {
        // A conflict with another tab closes only by the user's choice (or another
        // document): nothing else may take its place, and no import lands meanwhile.
        let Some(Dialog::Conflict(clash)) = &self.dialog else {
            return self.next_unguarded(action);
        };
        match action {
            Action::ConflictResolved(_) | Action::Load(_) => self.next_unguarded(action),
            // The conflict dialog says what to do; a "loading" notice would stay for ever.
            Action::Incoming(_) | Action::Import(_) => Some(AppState {
                notice: None,
                ..self.clone()
            }),
            action => {
                let mut next = self.next_unguarded(action)?;
                next.dialog = Some(Dialog::Conflict(clash.clone()));
                Some(next)
            }
        }
    }

    fn next_unguarded(&self, action: Action) -> Option<AppState> {
        let len = self.workspace().doc.sentences.len();
        match action {
            Action::Run {
                command,
                now,
                caret,
            } => self.run(command, now, caret),
            Action::Edit { edit, now } => {
                let closes = matches!(
                    (&edit, &self.dialog),
                    (
                        Edit::SetNote { .. }
                            | Edit::SetPhraseNote { .. }
                            | Edit::Split { .. }
                            | Edit::SplitThrough { .. },
                        Some(Dialog::Note { .. } | Dialog::Split { .. })
                    ) | (Edit::Accept(_), Some(Dialog::AcceptAll { .. }))
                );
                match self.edited(&edit, now) {
                    Some(state) if closes => Some(AppState {
                        dialog: None,
                        ..state
                    }),
                    Some(state) => Some(state),
                    // An unchanged note still closes its dialog.
                    None if closes => self.closing_dialog(),
                    None => None,
                }
            }
            Action::DeleteTag { id, confirmed, now } => {
                if !confirmed && self.workspace().count(&id) > 0 {
                    return Some(AppState {
                        dialog: Some(Dialog::ConfirmDeleteTag { id }),
                        ..self.clone()
                    });
                }
                // Back to the editor, even if another tab deleted the tag meanwhile.
                match self.edited(&Edit::DeleteTag { id }, now) {
                    Some(state) => Some(AppState {
                        dialog: Some(Dialog::TagEditor),
                        ..state
                    }),
                    None if matches!(self.dialog, Some(Dialog::ConfirmDeleteTag { .. })) => {
                        Some(AppState {
                            dialog: Some(Dialog::TagEditor),
                            ..self.clone()
                        })
                    }
                    None => None,
                }
            }
            Action::Incoming(incoming) => {
                let own_text = incoming.text.is_some() && !same_text(self.workspace(), &incoming);
                if own_text {
                    Some(AppState {
                        notice: None,
                        dialog: Some(Dialog::ImportChoice(incoming)),
                        ..self.clone()
                    })
                } else {
                    let state = AppState {
                        notice: None,
                        ..self.clone()
                    };
                    state.next_unguarded(Action::Import(incoming))
                }
            }
            Action::Click(i) if i < len && self.extending => {
                Some(self.selecting(self.selection.extend_to(i)))
            }
            Action::Click(i) if i < len => Some(self.selecting(Selection::only(i))),
            Action::LongPress(i) if i < len => Some(AppState {
                extending: true,
                announcement: self
                    .announcement
                    .next(self.lang.strings().range_hint.into()),
                ..self.selecting(Selection::only(i))
            }),
            Action::LongPress(_) => None,
            Action::ShiftClick(i) if i < len => Some(self.selecting(self.selection.extend_to(i))),
            Action::CtrlClick(i) if i < len => Some(self.selecting(self.selection.toggle(i))),
            Action::Click(_) | Action::ShiftClick(_) | Action::CtrlClick(_) => None,
            Action::SelectPhrase(sel) => {
                let s = self.workspace().doc.sentences.get(sel.sentence)?;
                if sel.bounds != (s.char_start..s.char_end) || self.phrase.as_ref() == Some(&sel) {
                    return None;
                }
                let selection = if self.selection == Selection::only(sel.sentence) {
                    self.selection.clone()
                } else {
                    Selection::only(sel.sentence)
                };
                Some(AppState {
                    phrase: Some(sel),
                    ..self.selecting(selection)
                })
            }
            Action::JumpTo(i) if i < len => {
                let mut state = self.clone();
                if !state.is_visible(i) {
                    state.filter = Filter::default();
                }
                Some(state.revealing(Selection::only(i)))
            }
            Action::JumpTo(_) => None,
            Action::SetFilter(filter) => {
                let marks = &self.workspace().marks;
                let shown = marks.iter().filter(|m| filter.shows(m)).count();
                let said = filtered(self.lang, shown, marks.len());
                Some(AppState {
                    filter,
                    announcement: self.announcement.next(said),
                    ..self.clone()
                })
            }
            Action::SetQuery(query) => {
                let mut state = AppState {
                    search: Search {
                        query,
                        ..Search::default()
                    },
                    ..self.clone()
                };
                state.refresh_search();
                Some(state)
            }
            Action::SearchStep { forward } => self.search_step(forward),
            Action::Open(dialog) => Some(AppState {
                dialog: Some(dialog),
                ..self.clone()
            }),
            Action::CloseDialog => self.closing_dialog(),
            Action::SetLang(lang) => Some(AppState {
                lang,
                ..self.clone()
            }),
            Action::Compare(action) => self.comparing(action),
            Action::SetAuthor(name) => {
                let name = name.trim();
                let dialog = self.dialog.clone().filter(|d| *d != Dialog::Author);
                (name != &*self.author || dialog != self.dialog).then(|| AppState {
                    author: Rc::from(name),
                    dialog,
                    ..self.clone()
                })
            }
            Action::Load(loaded) => Some(AppState {
                storage_problem: self.storage_problem.clone(),
                generation: self.generation.wrapping_add(1),
                suggest: self.suggest,
                author: self.author.clone(),
                ..AppState::new(*loaded, self.lang)
            }),
            Action::ConflictResolved(choice) => {
                let strings = self.lang.strings();
                let said = match choice {
                    Resolution::KeepMine => strings.kept_mine,
                    Resolution::TakeTheirs => strings.took_theirs,
                };
                Some(AppState {
                    dialog: None,
                    notice: Some(Notice::info(said)),
                    ..self.clone()
                })
            }
            Action::Synced { workspace, merged } => Some(self.synced(workspace, merged)),
            Action::Suggested { key, found } => Some(AppState {
                suggested: Rc::new(self.suggested.with(key, found)),
                ..self.clone()
            }),
            Action::Import(incoming) => {
                let (next, report) = apply_import(self.workspace(), &incoming);
                let mut state = AppState {
                    dialog: Some(Dialog::ImportReport(Rc::new(report))),
                    ..self.clone()
                };
                if next != *self.workspace() {
                    state.history = self.history.record(next);
                }
                Some(state)
            }
            Action::Notify(notice) => Some(AppState {
                notice,
                ..self.clone()
            }),
            Action::StorageProblem(problem) => Some(AppState {
                storage_problem: problem,
                ..self.clone()
            }),
        }
    }

    /// A command. The effects (`Search`, `Sample`, `Export`) change nothing here.
    fn run(&self, command: Command, now: Millis, caret: Option<usize>) -> Option<AppState> {
        let len = self.workspace().doc.sentences.len();
        // The keyboard focus may stay on a sentence ctrl-clicked out of the selection:
        // the commands act on selected sentences only, as the toolbar does.
        let cursor = self
            .selection
            .cursor()
            .filter(|_| !self.selection.is_empty());
        let open = |dialog| {
            Some(AppState {
                dialog: Some(dialog),
                ..self.clone()
            })
        };
        match command {
            Command::Step { forward, extend } => {
                let selection = self
                    .selection
                    .step(forward, extend, len, |i| self.is_visible(i));
                Some(self.clone().revealing(selection))
            }
            Command::ToggleTag(tag) => match (&self.phrase, self.phrase_range()) {
                (_, Some((sentence, range))) => {
                    let edit = Edit::TogglePhraseTag {
                        sentence,
                        range,
                        tag,
                    };
                    self.edited(&edit, now)
                }
                (Some(_), None) => Some(AppState {
                    notice: Some(Notice::info(self.lang.strings().phrase_empty)),
                    ..self.clone()
                }),
                // A tag button pressed with nothing selected says what to do first.
                (None, None) if self.selection.is_empty() => Some(AppState {
                    notice: Some(Notice::info(self.lang.strings().select_hint)),
                    ..self.clone()
                }),
                (None, None) => {
                    let sentences = self.selection.indices();
                    self.edited(&Edit::ToggleTag { tag, sentences }, now)
                }
            },
            Command::PhraseMode => self.phrase.is_some().then(|| AppState {
                phrase: None,
                ..self.clone()
            }),
            Command::PhraseCaret { step, extend } => {
                let moved = self.phrase.as_ref()?.moved(step, extend);
                (Some(&moved) != self.phrase.as_ref()).then(|| AppState {
                    phrase: Some(moved),
                    ..self.clone()
                })
            }
            Command::Merge => {
                cursor.and_then(|sentence| self.edited(&Edit::MergeWithNext { sentence }, now))
            }
            Command::LineBreaks(breaks) => self.edited(&Edit::LineBreaks(breaks), now),
            Command::Undo => self
                .history
                .undo()
                .map(|h| self.moved_through_history(h, true)),
            Command::Redo => self
                .history
                .redo()
                .map(|h| self.moved_through_history(h, false)),
            Command::Note => match self.phrase_range() {
                Some((sentence, range)) => open(Dialog::Note {
                    sentence,
                    phrase: Some(range),
                }),
                None => cursor.and_then(|sentence| {
                    open(Dialog::Note {
                        sentence,
                        phrase: None,
                    })
                }),
            },
            Command::Split => cursor.and_then(|sentence| {
                // The phrase caret, where there is one, is where the user chose to cut.
                let caret = match &self.phrase {
                    Some(p) if p.sentence == sentence => Some(p.head - p.bounds.start),
                    _ => caret,
                };
                open(Dialog::Split { sentence, caret })
            }),
            Command::Help => open(Dialog::Help),
            Command::EditTags => open(Dialog::TagEditor),
            Command::Paste => open(Dialog::Paste),
            Command::Recent => open(Dialog::Recent),
            Command::Author => open(Dialog::Author),
            Command::Compare => open(Dialog::Compare),
            Command::Handout => open(Dialog::Handout),
            Command::Escape if self.dialog.is_some() => self.closing_dialog(),
            Command::Escape if self.extending => Some(AppState {
                extending: false,
                ..self.clone()
            }),
            Command::Escape if self.phrase.is_some() => Some(AppState {
                phrase: None,
                ..self.clone()
            }),
            Command::Escape if self.selection == Selection::default() => None,
            Command::Escape => Some(self.selecting(Selection::default())),
            Command::Accept => self.accepting(now),
            Command::Reject => self.rejecting(now),
            Command::NextSuggestion { forward } => self.to_suggestion(forward),
            Command::ReviewSuggestions(tag) => open(Dialog::AcceptAll { tag }),
            Command::ShowSuggestions(suggest) => (suggest != self.suggest).then(|| AppState {
                suggest,
                ..self.clone()
            }),
            Command::Search | Command::Sample | Command::Export(_) => None,
        }
    }

    fn selecting(&self, selection: Selection) -> AppState {
        AppState {
            phrase: self.phrase.clone().filter(|_| selection == self.selection),
            selection,
            ..self.clone()
        }
    }

    fn closing_dialog(&self) -> Option<AppState> {
        match self.dialog {
            None | Some(Dialog::Conflict(_)) => None,
            Some(_) => Some(AppState {
                dialog: None,
                ..self.clone()
            }),
        }
    }

    pub(super) fn edited(&self, edit: &Edit, now: Millis) -> Option<AppState> {
        let next = self.workspace().apply_as(edit, now, &self.author)?;
        let len = next.doc.sentences.len();
        let selection = match edit {
            Edit::MergeWithNext { sentence } | Edit::Split { sentence, .. } => {
                Selection::only(*sentence)
            }
            Edit::LineBreaks(_) => self.selection.remapped(|i| {
                let start = self.workspace().doc.sentences.get(i)?.char_start;
                let after = next
                    .doc
                    .sentences
                    .partition_point(|s| s.char_start <= start);
                after.checked_sub(1)
            }),
            _ => self.selection.clamp(len),
        };
        let structure_changed = !Rc::ptr_eq(&next.doc, &self.workspace().doc);
        let announcement = match said(edit, self.workspace(), &next, self.lang) {
            Some(text) => self.announcement.next(text),
            None => self.announcement.clone(),
        };
        let mut state = AppState {
            announcement,
            extending: false,
            filter: self.filter.without_missing(&next.tags),
            history: self.history.record(next),
            selection,
            ..self.clone()
        };
        if structure_changed {
            state.phrase = None;
            state.refresh_search();
        }
        Some(state)
    }

    fn search_step(&self, forward: bool) -> Option<AppState> {
        let count = self.search.matches.len();
        if count == 0 {
            return None;
        }
        let current = match (self.search.current, forward) {
            (None, true) => 0,
            (None, false) => count - 1,
            (Some(c), true) => (c + 1) % count,
            (Some(c), false) => (c + count - 1) % count,
        };
        let sentence = self.search.matches[current];
        let mut state = self.clone();
        state.search.current = Some(current);
        if !state.is_visible(sentence) {
            state.filter = Filter::default();
        }
        Some(state.revealing(Selection::only(sentence)))
    }

    fn synced(&self, workspace: Workspace, merged: bool) -> AppState {
        let structure_changed = !Rc::ptr_eq(&workspace.doc, &self.workspace().doc);
        let selection = if structure_changed {
            self.selection.remapped(|i| self.moved_to(&workspace, i))
        } else {
            self.selection.clone()
        };
        let mut state = AppState {
            selection,
            filter: self.filter.without_missing(&workspace.tags),
            history: History::new(workspace.clone()),
            notice: if merged {
                Some(Notice::info(self.lang.strings().merged_other_tab))
            } else {
                self.notice.clone()
            },
            dialog: self.dialog_after_sync(&workspace),
            ..self.clone()
        };
        if structure_changed {
            state.phrase = None;
            state.refresh_search();
        }
        state
    }

    fn refresh_search(&mut self) {
        let matches = matching_sentences(&self.workspace().doc, &self.search.query);
        self.search.current = None;
        self.search.matches = Rc::new(matches);
    }

    fn moved_through_history(&self, history: History<Workspace>, undo: bool) -> AppState {
        let len = history.present().doc.sentences.len();
        let structure_changed = !Rc::ptr_eq(&history.present().doc, &self.workspace().doc);
        let mut state = AppState {
            selection: self.selection.clamp(len),
            filter: self.filter.without_missing(&history.present().tags),
            announcement: self.announcement.next(moved_in_history(
                self.lang,
                undo,
                self.workspace(),
                history.present(),
            )),
            history,
            ..self.clone()
        };
        // Undoing a tag or a note leaves the text as it was: the matches still hold.
        if structure_changed {
            state.phrase = None;
            state.refresh_search();
        }
        state
    }

    /// Where sentence `index` is in `next`, after another tab's merges and splits:
    /// the sentence that starts where it started, if there is one.
    fn moved_to(&self, next: &Workspace, index: usize) -> Option<usize> {
        let start = self.workspace().doc.sentences.get(index)?.char_start;
        next.doc
            .sentences
            .binary_search_by_key(&start, |s| s.char_start)
            .ok()
    }

    /// The open dialog, still about the same sentence once another tab's merges and
    /// splits moved it (closed if that sentence is gone), so a note being typed stays.
    fn dialog_after_sync(&self, next: &Workspace) -> Option<Dialog> {
        let moved = |sentence: usize| self.moved_to(next, sentence);
        match self.dialog.clone()? {
            // A phrase's places are in the text, which another tab's fixes leave as it is.
            Dialog::Note { sentence, phrase } => {
                moved(sentence).map(|sentence| Dialog::Note { sentence, phrase })
            }
            Dialog::Split { sentence, caret } => {
                moved(sentence).map(|sentence| Dialog::Split { sentence, caret })
            }
            other => Some(other),
        }
    }

    pub(super) fn revealing(self, selection: Selection) -> AppState {
        AppState {
            phrase: self.phrase.clone().filter(|_| selection == self.selection),
            selection,
            reveal: self.reveal.wrapping_add(1),
            ..self
        }
    }
}
