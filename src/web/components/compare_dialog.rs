//! Comparing annotators: choosing the files, then the figures per tag with a chart,
//! the differences to settle from the keyboard, and the class view against a key.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::agreement_chart::AgreementChart;
use super::class_table::ClassTableView;
use super::modal::Modal;
use super::side_panel::preview as shorten;
use crate::core::compare::{Answers, Choice, Difference, Place, Rule, Subject};
use crate::core::document::Document;
use crate::core::phrases::text_in;
use crate::model::Action;
use crate::model::comparing::{CompareAction, CompareView, ComparedFile, Comparison};
use crate::model::i18n::Lang;
use crate::web::io::read_file;

#[derive(Properties, PartialEq)]
pub struct CompareDialogProps {
    pub doc: Rc<Document>,
    pub comparison: Option<Rc<Comparison>>,
    /// The user's name, the default name of the document's own sheet.
    pub author: AttrValue,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
    pub on_close: Callback<()>,
}

/// How many differences the list draws around the keyboard's: a long list is drawn a
/// window at a time.
const WINDOW: usize = 60;

fn compare(action: CompareAction) -> Action {
    Action::Compare(action)
}

#[function_component(CompareDialog)]
pub fn compare_dialog(props: &CompareDialogProps) -> Html {
    let words = props.lang.compare_words();
    let body = match &props.comparison {
        None => {
            html! { <Chooser author={props.author.clone()} lang={props.lang} dispatch={props.dispatch.clone()} /> }
        }
        Some(c) => {
            html! { <Results doc={props.doc.clone()} comparison={c.clone()} lang={props.lang} dispatch={props.dispatch.clone()} /> }
        }
    };
    html! {
        <Modal title={words.title} on_close={props.on_close.clone()}>
            <div class="compare">{ body }</div>
        </Modal>
    }
}

#[derive(Properties, PartialEq)]
struct ChooserProps {
    author: AttrValue,
    lang: Lang,
    dispatch: Callback<Action>,
}

/// The files to compare, and whether the document's own tags take part.
#[function_component(Chooser)]
fn chooser(props: &ChooserProps) -> Html {
    let words = props.lang.compare_words();
    let include = use_state(|| true);
    let name = use_node_ref();
    // The files chosen, dropped or picked as a folder: read, then compared.
    let compare_files = {
        let (include, name, dispatch) = (include.clone(), name.clone(), props.dispatch.clone());
        let fallback = if props.author.is_empty() {
            words.mine_default.to_string()
        } else {
            props.author.to_string()
        };
        Callback::from(move |list: web_sys::FileList| {
            let files: Vec<web_sys::File> = (0..list.length())
                .filter_map(|i| list.get(i))
                .filter(|f| {
                    let n = f.name().to_ascii_lowercase();
                    n.ends_with(".json") || n.ends_with(".jsonld")
                })
                .collect();
            let mine = include.then(|| {
                let typed = name
                    .cast::<HtmlInputElement>()
                    .map(|i| i.value().trim().to_string())
                    .unwrap_or_default();
                if typed.is_empty() {
                    fallback.clone()
                } else {
                    typed
                }
            });
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut read = Vec::new();
                for file in files {
                    let text = read_file(&file)
                        .await
                        .and_then(|b| String::from_utf8(b).map_err(|_| "not UTF-8 text".into()));
                    // A folder's files keep their path in it: students' files may share names.
                    let path = js_sys::Reflect::get(&file, &"webkitRelativePath".into())
                        .ok()
                        .and_then(|p| p.as_string())
                        .unwrap_or_default();
                    let name = if path.is_empty() { file.name() } else { path };
                    read.push(ComparedFile { name, text });
                }
                dispatch.emit(compare(CompareAction::Files { files: read, mine }));
            });
        })
    };
    let onchange = {
        let compare_files = compare_files.clone();
        move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                compare_files.emit(list);
            }
            input.set_value("");
        }
    };
    // Files dropped here are compared, not opened (the page's own drop opens them).
    let ondrop = move |e: DragEvent| {
        e.prevent_default();
        e.stop_propagation();
        if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
            compare_files.emit(list);
        }
    };
    let toggle = {
        let include = include.clone();
        move |_: Event| include.set(!*include)
    };
    html! {
        <div class="compare-drop" {ondrop}>
            <p class="panel-hint">{ words.hint }</p>
            <label class="menu-check">
                <input type="checkbox" data-option="mine" checked={*include} onchange={toggle} />
                { words.include_mine }
            </label>
            <input ref={name} type="text" class="compare-mine" aria-label={words.include_mine}
                placeholder={if props.author.is_empty() { words.mine_default.to_string() } else { props.author.to_string() }}
                disabled={!*include} />
            <div class="modal-actions compare-pick">
                <label class="button primary">{ words.choose_files }
                    <input type="file" class="visually-hidden compare-files" multiple=true
                        accept=".json,.jsonld,application/json,application/ld+json" onchange={onchange.clone()} />
                </label>
                <label class="button">{ words.choose_folder }
                    <input type="file" class="visually-hidden compare-folder" webkitdirectory=true multiple=true {onchange} />
                </label>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ResultsProps {
    doc: Rc<Document>,
    comparison: Rc<Comparison>,
    lang: Lang,
    dispatch: Callback<Action>,
}

#[function_component(Results)]
fn results(props: &ResultsProps) -> Html {
    let words = props.lang.compare_words();
    let c = &props.comparison;
    let names: Vec<&str> = c.sheets.iter().map(|s| s.name.as_str()).collect();
    let report = c
        .unread
        .iter()
        .map(|(name, why)| words.unread(props.lang, name, why))
        .chain(
            c.sheets
                .iter()
                .filter(|s| s.report.reanchored > 0)
                .map(|s| words.placed(props.lang, &s.name, s.report.exact, s.report.reanchored)),
        )
        .chain(c.problems.iter().map(|p| {
            words.problem(
                props.lang,
                sheet_of(p)
                    .and_then(|i| names.get(i))
                    .copied()
                    .unwrap_or(""),
                p,
            )
        }))
        .map(|line| html! { <li>{ line }</li> });
    let on_reference = props.dispatch.reform(|e: Event| {
        let at = e
            .target_unchecked_into::<HtmlSelectElement>()
            .selected_index();
        compare(CompareAction::Reference(usize::try_from(at - 1).ok()))
    });
    let tab = |view: CompareView, label: &'static str| {
        let pressed = c.view == view;
        let onclick = props
            .dispatch
            .reform(move |_: MouseEvent| compare(CompareAction::Show(view)));
        html! { <button class={classes!("tab", pressed.then_some("on"))} aria-pressed={pressed.to_string()} {onclick}>{ label }</button> }
    };
    let restart = props
        .dispatch
        .reform(|_: MouseEvent| compare(CompareAction::Restart));
    html! {
        <>
            <p class="compare-sheets">
                { for names.iter().map(|n| html! { <span class="sheet-name">{ *n }</span> }) }
                <button class="link" onclick={restart}>{ words.other_files }</button>
            </p>
            <ul class="compare-report" role="status">{ for report }</ul>
            <label class="field compare-reference">{ words.reference }
                <select onchange={on_reference}>
                    <option selected={c.reference.is_none()}>{ words.no_reference }</option>
                    { for names.iter().enumerate().map(|(i, n)| html! {
                        <option selected={c.reference == Some(i)}>{ *n }</option>
                    }) }
                </select>
            </label>
            <div class="tabs" role="group">
                { tab(CompareView::Differences, words.differences_view) }
                { tab(CompareView::Class, words.class_view) }
            </div>
            if c.view == CompareView::Class {
                <ClassTableView comparison={c.clone()} lang={props.lang} />
            } else {
                <FiguresTable comparison={c.clone()} lang={props.lang} />
                <AgreementChart comparison={c.clone()} lang={props.lang} />
                <Differences doc={props.doc.clone()} comparison={c.clone()} lang={props.lang} dispatch={props.dispatch.clone()} />
            }
        </>
    }
}

fn sheet_of(problem: &crate::core::compare::Problem) -> Option<usize> {
    use crate::core::compare::Problem;
    match problem {
        Problem::OtherText { sheet, .. }
        | Problem::NotAllPlaced { sheet, .. }
        | Problem::Duplicate { sheet, .. }
        | Problem::NoAnnotations { sheet } => Some(*sheet),
    }
}

/// A coefficient with two decimals, or "n/a" where it is not defined.
pub fn figure(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(
        || lang.compare_words().not_defined.to_string(),
        |v| format!("{v:.2}"),
    )
}

#[derive(Properties, PartialEq)]
struct FiguresProps {
    comparison: Rc<Comparison>,
    lang: Lang,
}

/// Per tag: how many sentences each sheet tagged, the coefficients, and each sheet's
/// F1 against the reference.
#[function_component(FiguresTable)]
fn figures_table(props: &FiguresProps) -> Html {
    let words = props.lang.compare_words();
    let strings = props.lang.strings();
    let c = &props.comparison;
    let two = c.sheets.len() == 2;
    let rows = c.figures.iter().filter_map(|f| {
        let tag = c.tags.get(&f.tag)?;
        let position = c.tags.position(&f.tag)?;
        let f1 = f.sentences.iter().map(|s| html! { <td>{ format!("{:.2}", s.f1()) }</td> });
        Some(html! {
            <tr data-tag={f.tag.clone()}>
                <th scope="row"><span class={classes!("swatch", format!("t-{position}"))} aria-hidden="true"></span>{ strings.tag_label(tag) }</th>
                { for f.counts.iter().map(|n| html! { <td>{ *n }</td> }) }
                if two { <td class="cohen">{ figure(f.cohen.and_then(|x| x.corrected()), props.lang) }</td> }
                <td class="fleiss">{ figure(f.fleiss.and_then(|x| x.corrected()), props.lang) }</td>
                <td class="alpha">{ figure(f.alpha.and_then(|x| x.corrected()), props.lang) }</td>
                { for f1 }
            </tr>
        })
    });
    let reference = c.reference.is_some();
    html! {
        <table class="compare-figures">
            <thead><tr>
                <th scope="col">{ words.tag }</th>
                { for c.sheets.iter().map(|s| html! { <th scope="col">{ s.name.clone() }</th> }) }
                if two { <th scope="col">{ words.cohen }</th> }
                <th scope="col">{ words.fleiss }</th>
                <th scope="col">{ words.alpha }</th>
                if reference {
                    { for c.sheets.iter().map(|s| html! { <th scope="col">{ format!("F1 {}", s.name) }</th> }) }
                }
            </tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
struct DifferencesProps {
    doc: Rc<Document>,
    comparison: Rc<Comparison>,
    lang: Lang,
    dispatch: Callback<Action>,
}

/// The differences as a list the keyboard walks, each with every sheet's answer and
/// buttons to settle it; then the rule for the rest and Combine.
#[function_component(Differences)]
fn differences(props: &DifferencesProps) -> Html {
    let words = props.lang.compare_words();
    let c = &props.comparison;
    let list = use_node_ref();
    {
        // Keeps the keyboard's difference in view.
        let (list, current) = (list.clone(), c.current);
        use_effect_with(current, move |current| {
            let row = list
                .cast::<web_sys::Element>()
                .and_then(|l| l.query_selector(&format!("#diff-{current}")).ok().flatten());
            if let Some(row) = row {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                row.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let count = c.differences.len();
    let onkeydown = {
        let (dispatch, current, sheets) = (props.dispatch.clone(), c.current, c.sheets.len());
        move |e: KeyboardEvent| {
            let key = e.key();
            let action = match key.as_str() {
                "ArrowDown" | "j" => CompareAction::Step { forward: true },
                "ArrowUp" | "k" => CompareAction::Step { forward: false },
                "b" => choose(current, Some(Choice::All)),
                "0" => choose(current, Some(Choice::None)),
                "Delete" | "Backspace" => choose(current, None),
                digit => match digit.parse::<usize>() {
                    Ok(d) if (1..=sheets).contains(&d) => {
                        choose(current, Some(Choice::Sheet(d - 1)))
                    }
                    _ => return,
                },
            };
            e.prevent_default();
            e.stop_propagation();
            dispatch.emit(compare(action));
        }
    };
    let start = c
        .current
        .saturating_sub(WINDOW / 4)
        .min(count.saturating_sub(WINDOW));
    let rows = c
        .differences
        .iter()
        .enumerate()
        .skip(start)
        .take(WINDOW)
        .map(|(i, d)| difference_row(props, i, d));
    let rule = |this: Rule, label: &'static str, name: &'static str| {
        let checked = c.rule == this;
        let onchange = props
            .dispatch
            .reform(move |_: Event| compare(CompareAction::Rule(this)));
        html! {
            <label class="menu-check"><input type="radio" name="compare-rule" data-rule={name} {checked} {onchange} />{ label }</label>
        }
    };
    let combine = props.dispatch.reform(|_: MouseEvent| {
        compare(CompareAction::Combine {
            now: js_sys::Date::now() as i64,
        })
    });
    html! {
        <>
            <h3>{ format!("{} ({count})", words.differences) }</h3>
            if count == 0 {
                <p class="panel-hint">{ words.no_differences }</p>
            } else {
                <p class="panel-hint">{ words.differences_keys }</p>
                <ul ref={list} class="differences" role="listbox" tabindex="0" aria-label={words.differences}
                    aria-activedescendant={format!("diff-{}", c.current)} {onkeydown}>
                    { for rows }
                </ul>
                { settle(props) }
            }
            <div role="radiogroup" class="compare-rules" aria-label={words.rule}>
                <span>{ words.rule }</span>
                { rule(Rule::Majority, words.majority, "majority") }
                if let Some(r) = c.reference { { rule(Rule::ReferenceWins(r), words.reference_wins, "reference") } }
                { rule(Rule::Union, words.union, "union") }
            </div>
            <div class="modal-actions">
                <button class="primary" data-compare="combine" onclick={combine}>{ words.combine }</button>
            </div>
        </>
    }
}

/// The buttons that settle the keyboard's difference (the list's options hold none:
/// an option is not a place for buttons).
fn settle(props: &DifferencesProps) -> Html {
    let words = props.lang.compare_words();
    let c = &props.comparison;
    let index = c.current;
    let chosen = c.choice(index);
    let button = |choice: Option<Choice>, label: String| {
        let pressed = chosen == choice;
        let onclick = props
            .dispatch
            .reform(move |_: MouseEvent| compare(choose(index, choice)));
        html! { <button class={classes!("ghost", pressed.then_some("on"))} aria-pressed={pressed.to_string()} {onclick}>{ label }</button> }
    };
    html! {
        <div class="difference-choices" role="group" aria-label={format!("{} {}", words.differences, index + 1)}>
            { for c.sheets.iter().enumerate().map(|(i, s)| button(Some(Choice::Sheet(i)), words.take(&s.name))) }
            { button(Some(Choice::All), words.both.to_string()) }
            { button(Some(Choice::None), words.neither.to_string()) }
            { button(None, words.by_rule.to_string()) }
        </div>
    }
}

fn choose(index: usize, choice: Option<Choice>) -> CompareAction {
    CompareAction::Choose { index, choice }
}

/// One difference: where, what, each sheet's answer, and the buttons that settle it.
fn difference_row(props: &DifferencesProps, index: usize, d: &Difference) -> Html {
    let words = props.lang.compare_words();
    let strings = props.lang.strings();
    let c = &props.comparison;
    let sentence = &props.doc.sentences[d.key.sentence.min(props.doc.sentences.len() - 1)];
    let place = match d.key.place {
        Place::Sentence => shorten(&sentence.text),
        Place::Phrase { start, end } => {
            format!("{} “{}”", words.phrase, text_in(sentence, start..end))
        }
    };
    let subject = match &d.key.subject {
        Subject::Tag(id) => c
            .tags
            .get(id)
            .map_or(id.clone(), |t| strings.tag_label(t).to_string()),
        Subject::Note => words.note.to_string(),
    };
    let answers = c.sheets.iter().enumerate().map(|(i, sheet)| {
        let said = match &d.answers {
            Answers::Tag(has) => {
                if has[i] {
                    words.has.to_string()
                } else {
                    words.has_not.to_string()
                }
            }
            Answers::Note(notes) if notes[i].is_empty() => "—".to_string(),
            Answers::Note(notes) => shorten(&notes[i]),
        };
        html! { <span class="answer"><b>{ format!("{}:", sheet.name) }</b>{ " " }{ said }</span> }
    });
    let status = match c.choice(index) {
        Some(Choice::Sheet(i)) => words.take(c.sheets.get(i).map_or("", |s| s.name.as_str())),
        Some(Choice::All) => words.both.to_string(),
        Some(Choice::None) => words.neither.to_string(),
        None => words.by_rule.to_string(),
    };
    let onclick = props
        .dispatch
        .reform(move |_: MouseEvent| compare(CompareAction::Go(index)));
    html! {
        <li id={format!("diff-{index}")} role="option" aria-selected={(index == c.current).to_string()}
            class={classes!("difference", (index == c.current).then_some("current"))} data-sentence={d.key.sentence.to_string()}
            {onclick}>
            <div class="difference-what">
                <span class="sentence-number">{ d.key.sentence + 1 }</span>
                <span class="difference-subject">{ subject }</span>{ " · " }{ place }
            </div>
            <div class="difference-answers">{ for answers }<span class="difference-status">{ status }</span></div>
        </li>
    }
}
