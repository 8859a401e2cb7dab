//! Everything that changes the app's state. What comes from the browser (the time,
//! the caret, a loaded document) comes in the action, so the reducer stays native.

use std::rc::Rc;

use crate::core::annotation::{Millis, TagId};
use crate::core::editor::{Edit, Workspace};
use crate::core::format::Incoming;
use crate::core::sync::StoreError;
use crate::model::command::Command;
use crate::model::comparing::CompareAction;
use crate::model::i18n::Lang;
use crate::model::phrase_sel::PhraseSel;
use crate::model::state::{Dialog, Loaded, Notice};
use crate::model::suggested::Found;
use crate::model::view::Filter;

/// Which version the user kept when another tab changed the same things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// This tab's version is saved; the other tab's is kept as a copy.
    KeepMine,
    /// The other tab's version is shown; this tab's is kept as a copy.
    TakeTheirs,
}

/// An action for [`crate::model::AppState::reduce`].
#[derive(Debug, Clone)]
pub enum Action {
    /// A command from the toolbar, a menu or a key.
    Run {
        /// What was asked for.
        command: Command,
        /// The time, which stamps an edit.
        now: Millis,
        /// Where the text caret is in the cursor sentence, in characters, if it is
        /// there: a split starts at it.
        caret: Option<usize>,
    },
    /// An edit made in a dialog (a note, a split, the tag set). A note or a split
    /// closes its dialog.
    Edit {
        /// The edit.
        edit: Edit,
        /// The time, which stamps it.
        now: Millis,
    },
    /// Deletes a tag from the tag editor: at once if no sentence has it, else after
    /// the user confirms (`confirmed`), back in the tag editor.
    DeleteTag {
        /// The tag.
        id: TagId,
        /// Whether the user has confirmed the deletion.
        confirmed: bool,
        /// The time, which stamps the edit.
        now: Millis,
    },
    /// Selects only this sentence, or, while extending, extends the selection to it.
    Click(usize),
    /// Selects this sentence, and makes the next taps extend the selection from it (a
    /// long press on a touch screen).
    LongPress(usize),
    /// Extends the selection from the anchor to this sentence.
    ShiftClick(usize),
    /// Adds this sentence to the selection, or takes it out.
    CtrlClick(usize),
    /// Selects the phrase's sentence and chooses the phrase (a caret or a stretch).
    SelectPhrase(PhraseSel),
    /// Selects this sentence and brings it into view, showing all if it is filtered out.
    JumpTo(usize),
    /// Shows only the sentences that pass `filter`.
    SetFilter(Filter),
    /// Searches the text.
    SetQuery(String),
    /// Goes to the next or previous search match.
    SearchStep {
        /// Next (`true`) or previous.
        forward: bool,
    },
    /// Opens a dialog.
    Open(Dialog),
    /// Closes the open dialog (not a conflict, which closes only by a choice).
    CloseDialog,
    /// Changes the language of the interface.
    SetLang(Lang),
    /// What the user does in the compare dialog.
    Compare(CompareAction),
    /// Sets the user's name, credited with what they tag and note from now on (it
    /// closes the name dialog).
    SetAuthor(String),
    /// Shows another document; the current one is already saved.
    Load(Box<Loaded>),
    /// A file of annotations was read: when it carries a text other than the open
    /// one, the user chooses (open it, or apply here); else it is applied here.
    Incoming(Rc<Incoming>),
    /// Merges imported annotations into the open document (undoable).
    Import(Rc<Incoming>),
    /// Shows a message at the top of the page, or takes it away.
    Notify(Option<Notice>),
    /// Why autosave fails, while it fails.
    StorageProblem(Option<StoreError>),
    /// The user chose a version in a conflict with another tab.
    ConflictResolved(Resolution),
    /// Suggestions were found for some sentences, with the tag set of key `key`
    /// (see [`crate::model::suggested::Suggested::key_for`]).
    Suggested {
        /// The tag set's key.
        key: u64,
        /// What was found, by sentence.
        found: Found,
    },
    /// Shows what another tab saved (merged with this tab's changes, if `merged`). The
    /// undo history starts here: undoing past it would silently undo the other tab's work.
    Synced {
        /// The workspace to show.
        workspace: Workspace,
        /// Whether this tab's changes were merged into it.
        merged: bool,
    },
}
