//! After an import: the choice for a file with its own text, and the anchoring report.

use std::rc::Rc;

use yew::prelude::*;

use super::modal::Modal;
use crate::core::import::ImportReport;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ImportChoiceProps {
    pub title: AttrValue,
    pub lang: Lang,
    pub on_open_new: Callback<()>,
    pub on_apply_here: Callback<()>,
    pub on_close: Callback<()>,
}

#[function_component(ImportChoice)]
pub fn import_choice(props: &ImportChoiceProps) -> Html {
    let text = props.lang.strings();
    html! {
        <Modal title={text.import_choice_title} on_close={props.on_close.clone()}>
            <p>{ text.import_choice(&props.title) }</p>
            <div class="modal-actions">
                <button class="primary open-new" onclick={props.on_open_new.reform(|_: MouseEvent| ())}>{ text.open_as_new }</button>
                <button class="apply-here" onclick={props.on_apply_here.reform(|_: MouseEvent| ())}>{ text.apply_here }</button>
                <button onclick={props.on_close.reform(|_: MouseEvent| ())}>{ text.cancel }</button>
            </div>
        </Modal>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportReportProps {
    pub report: Rc<ImportReport>,
    pub lang: Lang,
    pub on_close: Callback<()>,
}

#[function_component(ImportReportDialog)]
pub fn import_report(props: &ImportReportProps) -> Html {
    let text = props.lang.strings();
    let r = &props.report;
    let orphans = r.orphans.iter().map(|o| {
        let tags = o.tags.join(", ");
        html! {
            <li>
                <q>{ o.quote.exact.clone() }</q>
                if !tags.is_empty() { <span class="orphan-tags">{ format!(" [{tags}]") }</span> }
                if !o.note.is_empty() { <span class="orphan-note">{ format!(" ✎ {}", o.note) }</span> }
            </li>
        }
    });
    let repairs = r
        .repairs
        .iter()
        .map(|repair| html! { <li>{ text.repair(repair) }</li> });
    html! {
        <Modal title={text.report_title} on_close={props.on_close.clone()}>
            <p class="import-summary" data-exact={r.exact.to_string()} data-reanchored={r.reanchored.to_string()}
                data-orphans={r.orphans.len().to_string()}>
                { text.report_line(r.exact, r.reanchored, r.orphans.len()) }
            </p>
            if !r.orphans.is_empty() {
                <h3>{ text.orphans_title }</h3>
                <ul class="orphans">{ for orphans }</ul>
            }
            if !r.repairs.is_empty() {
                <h3>{ text.repairs_title }</h3>
                <ul class="repairs">{ for repairs }</ul>
            }
            <div class="modal-actions">
                <button class="primary" onclick={props.on_close.reform(|_: MouseEvent| ())}>{ text.close }</button>
            </div>
        </Modal>
    }
}
