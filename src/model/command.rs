//! What the user can ask for, from the toolbar, a menu or a key: one vocabulary.

use std::rc::Rc;

use crate::core::annotation::TagId;
use crate::core::format::csv::CsvOptions;
use crate::core::format::handout::HandoutOptions;
use crate::core::segment::LineBreaks;
use crate::model::phrase_sel::CaretStep;

/// A command. Most change the state ([`crate::model::Action::Run`]); `Search`,
/// `Sample` and `Export` are effects the web layer carries out.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Moves the cursor to the next or previous visible sentence, extending the
    /// selection when `extend`.
    Step {
        /// Down the article (`true`) or up.
        forward: bool,
        /// Whether the selection grows instead of moving.
        extend: bool,
    },
    /// Gives the tag to every selected sentence, or takes it from all of them; with a
    /// phrase chosen, to the phrase.
    ToggleTag(TagId),
    /// Opens the note of the cursor sentence, or of the chosen phrase.
    Note,
    /// Starts choosing a phrase in the cursor sentence from the keyboard (an effect:
    /// the web layer reads the sentence's words), or stops.
    PhraseMode,
    /// Moves the phrase caret, growing the stretch when `extend`.
    PhraseCaret {
        /// Where to.
        step: CaretStep,
        /// Whether the stretch grows from its anchor instead of the caret moving alone.
        extend: bool,
    },
    /// Merges the cursor sentence with the next one.
    Merge,
    /// Opens the split dialog on the cursor sentence.
    Split,
    /// Reads the document's line breaks another way (undoable).
    LineBreaks(LineBreaks),
    /// Undoes the last edit.
    Undo,
    /// Redoes the last undone edit.
    Redo,
    /// Opens the list of keys.
    Help,
    /// Opens the tag editor.
    EditTags,
    /// Closes the open dialog, else clears the selection.
    Escape,
    /// Opens the paste dialog.
    Paste,
    /// Opens the list of saved documents.
    Recent,
    /// Opens the dialog for the user's name.
    Author,
    /// Opens the comparison of annotators.
    Compare,
    /// Opens the handout dialog (title, tagged or worksheet, tasks).
    Handout,
    /// Moves the focus to the search box (an effect).
    Search,
    /// Opens the built-in sample article (an effect).
    Sample,
    /// Downloads or copies an export (an effect).
    Export(ExportKind),
    /// Accepts the pending suggestions on the selected sentences, then moves on to the
    /// next sentence with a suggestion.
    Accept,
    /// Rejects the pending suggestions on the selected sentences, then moves on.
    Reject,
    /// Selects the next (or previous) sentence with a pending suggestion.
    NextSuggestion {
        /// Down the article (`true`) or up.
        forward: bool,
    },
    /// Opens the review of one tag's pending suggestions, to accept them all.
    ReviewSuggestions(TagId),
    /// Switches suggested tags on or off.
    ShowSuggestions(bool),
}

/// The export formats.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportKind {
    /// sentag's own JSON, downloaded.
    Json,
    /// The W3C Web Annotation model, as JSON-LD.
    W3c,
    /// A spreadsheet, in the given shape.
    Csv(CsvOptions),
    /// A printable HTML page as the handout dialog chose: tagged or a worksheet.
    Handout(Rc<HandoutOptions>),
    /// sentag's own JSON, copied to the clipboard.
    CopyJson,
}
