//! The class view: each file (a student's) against the reference (the teacher's key),
//! F1 per tag and for all tags together, sortable by any column, and its CSV.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::compare::class_table;
use crate::core::format::csv::Separator;
use crate::model::comparing::Comparison;
use crate::model::i18n::Lang;
use crate::web::io;

#[derive(Properties, PartialEq)]
pub struct ClassTableProps {
    pub comparison: Rc<Comparison>,
    pub lang: Lang,
}

/// Which column the rows are sorted by: the name (`None`) or a figure, and the order.
#[derive(Clone, Copy, PartialEq)]
struct Sort {
    column: Option<usize>,
    descending: bool,
}

#[function_component(ClassTableView)]
pub fn class_table_view(props: &ClassTableProps) -> Html {
    let words = props.lang.compare_words();
    let strings = props.lang.strings();
    let sort = use_state(|| Sort {
        column: None,
        descending: false,
    });
    let c = &props.comparison;
    let Some(key) = c.reference else {
        return html! { <p class="panel-hint class-needs-reference">{ words.class_needs_reference }</p> };
    };
    let students: Vec<_> = c
        .sheets
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != key)
        .map(|(_, s)| s.clone())
        .collect();
    let table = class_table(&c.sheets[key], &students, &c.tags);
    let columns = table.tags.len() + 2;
    let value = |row: &crate::core::compare::ClassRow, column: usize| match column {
        c if c < table.tags.len() => row.tags[c].f1(),
        c if c == table.tags.len() => row.overall().f1(),
        _ => row.phrases.f1(),
    };
    let mut order: Vec<usize> = (0..table.rows.len()).collect();
    match sort.column {
        None => order.sort_by(|&a, &b| table.rows[a].name.cmp(&table.rows[b].name)),
        Some(col) => order
            .sort_by(|&a, &b| value(&table.rows[a], col).total_cmp(&value(&table.rows[b], col))),
    }
    if sort.descending {
        order.reverse();
    }
    let header = |label: String, column: Option<usize>| {
        let active = sort.column == column;
        let aria = match (active, sort.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        };
        let onclick = {
            let sort = sort.clone();
            move |_: MouseEvent| {
                sort.set(Sort {
                    column,
                    // A figure sorts best first; clicking again turns it round.
                    descending: if sort.column == column {
                        !sort.descending
                    } else {
                        column.is_some()
                    },
                })
            }
        };
        html! { <th scope="col" aria-sort={aria}><button class="link" {onclick}>{ label }</button></th> }
    };
    let rows = order.iter().map(|&r| {
        let row = &table.rows[r];
        html! {
            <tr>
                <th scope="row">{ row.name.clone() }</th>
                { for (0..columns).map(|col| html! { <td>{ format!("{:.2}", value(row, col)) }</td> }) }
            </tr>
        }
    });
    let export = {
        let bytes = table.to_csv(Separator::Comma);
        move |_: MouseEvent| {
            let _ = io::download("class.csv", "text/csv;charset=utf-8", &bytes);
        }
    };
    html! {
        <>
            <table class="class-table">
                <thead><tr>
                    { header(words.student.to_string(), None) }
                    { for table.tags.iter().enumerate().map(|(i, t)| header(strings.tag_label(t).to_string(), Some(i))) }
                    { header(words.overall.to_string(), Some(table.tags.len())) }
                    { header(words.phrase_f1.to_string(), Some(table.tags.len() + 1)) }
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <div class="modal-actions">
                <button data-compare="class-csv" onclick={export}>{ words.export_csv }</button>
            </div>
        </>
    }
}
