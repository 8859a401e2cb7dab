//! Comparing annotators in the app: the files read as sheets of the open document
//! (with its own tags as one more sheet, if the user wants), the figures and the
//! differences, the user's choices and rule, and combining them into the document as
//! one undoable edit.

use std::collections::HashMap;
use std::rc::Rc;

use crate::core::annotation::{Millis, TagSet};
use crate::core::compare::{
    Choice, Decisions, Difference, Problem, Rule, Sheet, TagFigures, align, combine, differences,
    figures, problems,
};
use crate::core::editor::Workspace;
use crate::core::format::ImportError;
use crate::model::state::{AppState, Notice};

/// A file given to compare: its name and its text, or why it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparedFile {
    /// The file's name.
    pub name: String,
    /// Its text; `Err` with the browser's reason when it could not be read.
    pub text: Result<String, String>,
}

/// Which part of the comparison shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CompareView {
    /// Figures, chart and the differences to settle.
    #[default]
    Differences,
    /// Students × tags against the reference (the teacher's key).
    Class,
}

/// A file that is no sheet, and why.
#[derive(Debug, Clone, PartialEq)]
pub enum Unread {
    /// The browser could not read it.
    Unreadable(String),
    /// It is not an annotation file sentag reads.
    NotAnnotations(ImportError),
}

/// Everything the compare dialog shows and the user has chosen so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The sheets, their tags matched to each other's and the document's.
    pub sheets: Rc<Vec<Sheet>>,
    /// Every tag the sheets and the document use.
    pub tags: Rc<TagSet>,
    /// The files that gave no sheet, by name.
    pub unread: Vec<(String, Unread)>,
    /// What is wrong with the sheets as input.
    pub problems: Vec<Problem>,
    /// The sheet the others are scored against (the teacher's key), if any.
    pub reference: Option<usize>,
    /// Per tag, agreement and scores.
    pub figures: Rc<Vec<TagFigures>>,
    /// Where the sheets differ, in text order.
    pub differences: Rc<Vec<Difference>>,
    /// The user's choice for some differences, by their index.
    pub choices: HashMap<usize, Choice>,
    /// How the others are settled.
    pub rule: Rule,
    /// The difference the keyboard is on.
    pub current: usize,
    /// What shows.
    pub view: CompareView,
}

impl Comparison {
    /// The files read against `base`, after `mine` (the open document's own tags under
    /// that name) when given. A file's name is its single author's, where it records
    /// exactly one, else the file's name without its extension.
    pub fn new(base: &Workspace, mine: Option<&str>, files: &[ComparedFile]) -> Comparison {
        let mut sheets = Vec::new();
        if let Some(name) = mine {
            sheets.push(Sheet::of_workspace(name, base));
        }
        let mut unread = Vec::new();
        for file in files {
            let read = match &file.text {
                Err(why) => Err(Unread::Unreadable(why.clone())),
                Ok(text) => Sheet::read(display_name(&file.name), base, text)
                    .map_err(Unread::NotAnnotations),
            };
            match read {
                Ok(mut sheet) => {
                    if let Some(author) = sole_author(&sheet) {
                        sheet.name = author;
                    }
                    sheets.push(sheet);
                }
                Err(why) => unread.push((file.name.clone(), why)),
            }
        }
        let (tags, sheets) = align(&base.tags, sheets);
        let reference = None;
        Comparison {
            problems: problems(&sheets),
            figures: Rc::new(figures(&sheets, &tags, reference)),
            differences: Rc::new(differences(&sheets)),
            sheets: Rc::new(sheets),
            tags: Rc::new(tags),
            unread,
            reference,
            choices: HashMap::new(),
            rule: Rule::Majority,
            current: 0,
            view: CompareView::Differences,
        }
    }

    /// With `reference` as the sheet the others are scored against.
    pub fn with_reference(&self, reference: Option<usize>) -> Comparison {
        let reference = reference.filter(|&r| r < self.sheets.len());
        Comparison {
            reference,
            figures: Rc::new(figures(&self.sheets, &self.tags, reference)),
            ..self.clone()
        }
    }

    /// The decisions for [`combine`]: the user's choices, and the rule for the rest.
    pub fn decisions(&self) -> Decisions {
        let mut decisions = Decisions::rule(self.rule);
        for (&i, &choice) in &self.choices {
            if let Some(d) = self.differences.get(i) {
                decisions = decisions.with(d.key.clone(), choice);
            }
        }
        decisions
    }

    /// The choice that settles difference `index`: the user's, else what the rule says.
    pub fn choice(&self, index: usize) -> Option<Choice> {
        self.choices.get(&index).copied()
    }

    /// `base` with every difference settled; `None` when nothing changes.
    pub fn combined(&self, base: &Workspace, now: Millis) -> Option<Workspace> {
        let mut with_tags = base.clone();
        with_tags.tags = Rc::clone(&self.tags);
        let next = combine(&with_tags, &self.sheets, &self.decisions(), now);
        (next != *base).then_some(next)
    }
}

/// What the user does in the compare dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum CompareAction {
    /// Files were chosen: compare them (after the open document's own tags, under
    /// `mine`, when given).
    Files {
        /// The files.
        files: Vec<ComparedFile>,
        /// The name of the open document's own sheet, if it takes part.
        mine: Option<String>,
    },
    /// Scores against this sheet (or none).
    Reference(Option<usize>),
    /// Settles difference `index` this way (`None`: as the rule says).
    Choose {
        /// The difference.
        index: usize,
        /// The choice.
        choice: Option<Choice>,
    },
    /// Settles the differences without a choice by this rule.
    Rule(Rule),
    /// Moves the keyboard to the next (or previous) difference.
    Step {
        /// Down the list (`true`) or up.
        forward: bool,
    },
    /// Moves to this difference (a click on it).
    Go(usize),
    /// Shows the differences or the class view.
    Show(CompareView),
    /// Writes the result into the document, as one undoable edit, and closes.
    Combine {
        /// The time, which stamps the changed marks.
        now: Millis,
    },
    /// Starts again with other files.
    Restart,
}

impl AppState {
    /// The state after a compare action.
    pub(super) fn comparing(&self, action: CompareAction) -> Option<AppState> {
        let with = |comparison: Comparison| {
            Some(AppState {
                compare: Some(Rc::new(comparison)),
                ..self.clone()
            })
        };
        if let CompareAction::Files { files, mine } = &action {
            return with(Comparison::new(self.workspace(), mine.as_deref(), files));
        }
        if action == CompareAction::Restart {
            return self.compare.is_some().then(|| AppState {
                compare: None,
                ..self.clone()
            });
        }
        let current = self.compare.as_deref()?;
        let count = current.differences.len();
        match action {
            CompareAction::Reference(r) => with(current.with_reference(r)),
            CompareAction::Choose { index, choice } if index < count => {
                let mut next = current.clone();
                match choice {
                    Some(c) => next.choices.insert(index, c),
                    None => next.choices.remove(&index),
                };
                next.current = index;
                (next != *current).then_some(next).and_then(with)
            }
            CompareAction::Rule(rule) => with(Comparison {
                rule,
                ..current.clone()
            }),
            CompareAction::Step { forward } if count > 0 => {
                let at = if forward {
                    (current.current + 1).min(count - 1)
                } else {
                    current.current.saturating_sub(1)
                };
                (at != current.current)
                    .then(|| Comparison {
                        current: at,
                        ..current.clone()
                    })
                    .and_then(with)
            }
            CompareAction::Go(index) if index < count && index != current.current => {
                with(Comparison {
                    current: index,
                    ..current.clone()
                })
            }
            CompareAction::Show(view) => with(Comparison {
                view,
                ..current.clone()
            }),
            CompareAction::Combine { now } => {
                let mut state = AppState {
                    dialog: None,
                    compare: None,
                    ..self.clone()
                };
                let strings = self.lang.strings();
                let said = match current.combined(self.workspace(), now) {
                    Some(next) => {
                        state.history = self.history.record(next);
                        strings.combined(count)
                    }
                    None => strings.combined(0),
                };
                state.announcement = self.announcement.next(said.clone());
                state.notice = Some(Notice::info(said));
                Some(state)
            }
            _ => None,
        }
    }
}

/// "ana.json" → "ana"; "class/lee.sentag.json" → "lee.sentag".
fn display_name(file: &str) -> String {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    match base.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => base.to_string(),
    }
}

/// The one author a sheet credits, if it credits exactly one.
fn sole_author(sheet: &Sheet) -> Option<String> {
    let mut found: Option<&str> = None;
    for m in sheet.marks.iter() {
        let names =
            m.by.iter()
                .chain(m.phrases.iter().flat_map(|p| p.by.iter()))
                .map(|(_, a)| a);
        for name in names {
            match found {
                None => found = Some(name),
                Some(f) if f == name => {}
                Some(_) => return None,
            }
        }
    }
    found.map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_named_by_its_stem() {
        assert_eq!(display_name("ana.json"), "ana");
        assert_eq!(display_name("class/lee.sentag.json"), "lee.sentag");
        assert_eq!(display_name(".json"), ".json");
    }
}
