//! The top bar's line-break control: how the document's line breaks were read
//! ("Auto: 12 lines joined"), and a choice to read them another way, undoably.

use yew::prelude::*;

use crate::core::document::LineCounts;
use crate::core::segment::LineBreaks;
use crate::model::Command;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct LineBreaksProps {
    pub breaks: LineBreaks,
    pub counts: LineCounts,
    pub lang: Lang,
    pub on_command: Callback<Command>,
}

/// Whether a document has line breaks worth a choice: some were joined, or some look
/// wrapped, or the user chose a reading.
pub fn is_relevant(breaks: LineBreaks, counts: LineCounts) -> bool {
    breaks != LineBreaks::Auto || counts.joined > 0 || counts.open > 0
}

#[function_component(LineBreaksControl)]
pub fn line_breaks_control(props: &LineBreaksProps) -> Html {
    let strings = props.lang.strings();
    let onchange = props.on_command.reform(|event: Event| {
        let value = event
            .target_dyn_into::<web_sys::HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default();
        Command::LineBreaks(match value.as_str() {
            "keep" => LineBreaks::Keep,
            "join" => LineBreaks::Join,
            _ => LineBreaks::Auto,
        })
    });
    let option = |breaks: LineBreaks, value: &'static str| {
        let joined = (breaks == props.breaks).then_some(props.counts.joined);
        html! {
            <option {value} selected={breaks == props.breaks}>
                { strings.line_breaks_choice(breaks, joined) }
            </option>
        }
    };
    html! {
        <label class="line-breaks">
            <span class="visually-hidden">{ strings.line_breaks() }</span>
            <select class="ghost" title={strings.line_breaks()} {onchange}>
                { option(LineBreaks::Auto, "auto") }
                { option(LineBreaks::Join, "join") }
                { option(LineBreaks::Keep, "keep") }
            </select>
        </label>
    }
}
