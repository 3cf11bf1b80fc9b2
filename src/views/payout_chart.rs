//! The payout chart: total payout against verified hires, drawn as plain SVG from the
//! geometry in the `chart` crate, with the same numbers in a table beside it.

use yew::prelude::*;

use crate::views::cells::{head, num, Columns};

use crate::chart::{px, PayoutChart, LEADER_TOP, SCENARIO_LABEL_Y, SCENARIO_LINE_TOP};
use crate::texts::links::LinkTexts;
use crate::texts::{Page as T, Texts};

/// The column headings of the chart's two data tables: its points, and round one's
/// achievements applied to the reader's target.
const POINT_COLUMNS: &Columns = &[(T::COL_HIRES, true), (T::COL_TOTAL, true)];
const ACHIEVEMENT_COLUMNS: &Columns = &[
    (T::COL_SOURCE, false),
    (T::COL_AS_IF_ACHIEVEMENT, true),
    (T::COL_YOUR_HIRES, true),
];

/// What [`payout_chart_view`] shows.
pub struct PayoutChartViewProps {
    /// The chart's geometry, or `None` while inputs are invalid.
    pub chart: Option<PayoutChart>,
}

/// The SVG chart (`data-testid="payout-chart"`) and its data table.
pub fn payout_chart_view(props: &PayoutChartViewProps) -> Html {
    let Some(c) = &props.chart else {
        // Keep the figure (and whether its data table is open) while inputs are being fixed.
        return html! {
            <figure class="chart">
                <p class="status">{ T::DETAILS_MISSING }</p>
                <details class="chart-data"><summary>{ T::CHART_DATA_SUMMARY }</summary></details>
            </figure>
        };
    };
    let points = c.svg_points();
    // The coordinates that are the same at every drawing, as the SVG writes them.
    let [width, height, left, right, top, bottom, x_tick_end, leader_top, line_top, label_y] = [
        c.width,
        c.height,
        c.plot_left(),
        c.plot_right(),
        c.plot_top(),
        c.plot_bottom(),
        c.plot_bottom() + 5.0,
        LEADER_TOP,
        SCENARIO_LINE_TOP,
        SCENARIO_LABEL_Y,
    ]
    .map(|v| AttrValue::from(px(v)));
    let desc = T::chart_description(c);
    let y_ticks = c.y_ticks.iter().map(|tick| html! {
        <g class="tick">
            <line x1={left.clone()} x2={right.clone()} y1={px(tick.y)} y2={px(tick.y)} class="grid-line" />
            <text x={px(tick.label_x)} y={px(tick.label_y)} text-anchor="end">{ T::axis_amount(tick.amount) }</text>
        </g>
    });
    let x_ticks = c.x_ticks.iter().map(|tick| html! {
        <g class="tick" data-threshold={tick.is_threshold.then_some("")}>
            <line x1={px(tick.x)} x2={px(tick.x)} y1={bottom.clone()} y2={x_tick_end.clone()} class="axis" />
            <text x={px(tick.x)} y={px(tick.label_y)} text-anchor="middle" dominant-baseline="text-before-edge">{ T::count(tick.hires) }</text>
        </g>
    });
    let s = c.scenario;
    let scenario_text = T::scenario_marker_label(s.hires, s.payout, s.clamped);
    let labels = c.labels(&scenario_text, |m| {
        T::achievement_label(m.name, m.percent_printed, m.hires, m.clamped, m.unverified)
    });
    // A project without room for its label is left out of the drawing (not of the table).
    let achievements = labels.achievements.into_iter().map(|l| html! {
        <g class="achievement">
            <line x1={px(l.line_x)} x2={px(l.line_x)} y1={leader_top.clone()} y2={px(l.line_bottom())} class="achievement-line" />
            // Its tip on the x axis.
            <path d={format!("M{} {bottom} l-4 7 h8 z", px(l.line_x))} class="achievement-mark" />
            <text x={px(l.x)} y={px(l.y())} text-anchor={l.anchor.svg()} class="achievement-label">{ l.text }</text>
        </g>
    });
    let rows = c.points.iter().map(|p| {
        html! {
            <tr>{ num(T::count(p.hires).into()) }{ num(T::money(p.payout).into()) }</tr>
        }
    });
    let achievement_rows = c.achievements.iter().map(|m| {
        html! {
            <tr>
                <th scope="row">{ m.name }if m.unverified { <span class="row-note">{ T::NOT_VERIFIED_NOTE }</span> }</th>
                { num(T::percent(m.percent_printed).into()) }
                { num(T::count(m.hires).into()) }
            </tr>
        }
    });
    html! {
        <figure class="chart">
            <svg data-testid="payout-chart" viewBox={format!("0 0 {width} {height}")}
                role="img" aria-labelledby="chart-title chart-desc" class="chart-svg">
                <title id="chart-title">{ T::CHART_TITLE }</title>
                <desc id="chart-desc">{ desc.clone() }</desc>
                { for y_ticks }
                <line x1={left.clone()} x2={left.clone()} y1={top.clone()} y2={bottom.clone()} class="axis" />
                <line x1={left} x2={right} y1={bottom.clone()} y2={bottom.clone()} class="axis" />
                { for x_ticks }
                <line x1={px(c.jump.x)} x2={px(c.jump.x)} y1={top} y2={bottom.clone()} class="threshold-line" />
                <polyline points={points} class="payout-line" />
                { for achievements }
                <g class="scenario-marker">
                    <line x1={px(s.x)} x2={px(s.x)} y1={line_top} y2={px(s.y)} />
                    <circle cx={px(s.x)} cy={px(s.y)} r="7" />
                    <text x={px(labels.scenario.x)} y={label_y} text-anchor="middle">{ scenario_text }</text>
                </g>
            </svg>
            // The same words as the <desc>, shown; hidden from screen readers, which read the <desc>.
            <figcaption aria-hidden="true">{ desc }</figcaption>
            <p class="figure-note" data-testid="chart-caveat">{ T::CHART_CAVEAT }</p>
            <details class="chart-data">
                <summary>{ T::CHART_DATA_SUMMARY }</summary>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="chart-data-caption">
                <table class="table">
                    <caption id="chart-data-caption">{ T::CHART_DATA_CAPTION }</caption>
                    { head(POINT_COLUMNS) }
                    <tbody>{ for rows }</tbody>
                </table>
                </div>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="chart-achievements-caption">
                <table class="table">
                    <caption id="chart-achievements-caption">{ T::CHART_ACHIEVEMENTS_CAPTION }</caption>
                    { head(ACHIEVEMENT_COLUMNS) }
                    <tbody>{ for achievement_rows }</tbody>
                </table>
                </div>
            </details>
        </figure>
    }
}
