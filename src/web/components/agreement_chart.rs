//! A small bar chart of the agreement per tag (Fleiss' kappa), drawn as SVG by the app:
//! each bar in its tag's colour with a dark outline, labelled with the tag and the
//! figure, so it reads in both colour schemes and in greyscale.

use std::rc::Rc;

use yew::prelude::*;

use super::compare_dialog::figure;
use crate::model::comparing::Comparison;
use crate::model::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct AgreementChartProps {
    pub comparison: Rc<Comparison>,
    pub lang: Lang,
}

/// Row height and the chart's geometry, in SVG units: labels, then −1 … 0 … 1.
const ROW: i32 = 24;
const LABEL: i32 = 140;
const HALF: i32 = 140;
const VALUE: i32 = 50;
const TOP: i32 = 18;

#[function_component(AgreementChart)]
pub fn agreement_chart(props: &AgreementChartProps) -> Html {
    let words = props.lang.compare_words();
    let strings = props.lang.strings();
    let c = &props.comparison;
    let zero = LABEL + HALF;
    let width = LABEL + 2 * HALF + VALUE;
    let rows: Vec<Html> = c
        .figures
        .iter()
        .enumerate()
        .filter_map(|(row, f)| {
            let tag = c.tags.get(&f.tag)?;
            let position = c.tags.position(&f.tag)?;
            let value = f.fleiss.and_then(|x| x.corrected());
            let y = TOP + row as i32 * ROW;
            let length = value.map_or(0, |v| (v.clamp(-1.0, 1.0) * f64::from(HALF)).round() as i32);
            let (x, w) = if length < 0 { (zero + length, -length) } else { (zero, length) };
            let label = strings.tag_label(tag).to_string();
            let shown = figure(value, props.lang);
            Some(html! {
                <g class={format!("t-{position}")} data-tag={f.tag.clone()}>
                    <title>{ format!("{label}: {shown}") }</title>
                    <text class="chart-label" x={(LABEL - 8).to_string()} y={(y + 15).to_string()} text-anchor="end">{ label }</text>
                    <rect class="bar" x={x.to_string()} y={(y + 4).to_string()} width={w.max(1).to_string()} height={(ROW - 8).to_string()} />
                    <text class="chart-value" x={(LABEL + 2 * HALF + 6).to_string()} y={(y + 15).to_string()}>{ shown }</text>
                </g>
            })
        })
        .collect();
    let height = TOP + rows.len() as i32 * ROW + 4;
    let tick = |value: &str, x: i32| {
        html! { <text class="chart-tick" x={x.to_string()} y="12" text-anchor="middle">{ value.to_string() }</text> }
    };
    html! {
        <figure class="agreement-chart">
            <svg viewBox={format!("0 0 {width} {height}")} role="img" aria-label={words.chart}>
                { tick("−1", LABEL) }{ tick("0", zero) }{ tick("1", LABEL + 2 * HALF) }
                <line class="chart-axis" x1={zero.to_string()} x2={zero.to_string()} y1={TOP.to_string()} y2={height.to_string()} />
                { for rows }
            </svg>
            <figcaption>{ words.chart }</figcaption>
        </figure>
    }
}
