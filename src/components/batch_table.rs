//! The checked applications as a table that sorts by any column.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::batch::{sort_rows, CheckedRow, SortColumn, SortDirection};
use crate::ids::Id;
use crate::state::State;
use crate::texts::batch::BatchTexts;
use crate::texts::{Page as T, Texts};

/// Rows shown at first, and added by "show more": several screens to scan, few enough
/// that 5.000 pasted applications are on screen in about 0,3 s (500 rows took 0,6 s to
/// lay out; every row is still sorted, counted and exported).
pub const PAGE_ROWS: usize = 100;

/// Props of [`BatchTable`].
#[derive(Properties, PartialEq)]
pub struct BatchTableProps {
    /// The valid rows, in the order of the text.
    pub rows: Rc<Vec<CheckedRow>>,
    /// The headings of the caseworker's own columns, shown after the four read ones.
    #[prop_or_default]
    pub extra_headers: Rc<Vec<String>>,
    /// The column the table is sorted by, and which way (the CSV export follows it).
    pub sort: (SortColumn, SortDirection),
    /// Called with the new order when a header is clicked.
    pub onsort: Callback<(SortColumn, SortDirection)>,
}

/// The sortable table; headers are buttons with `aria-sort` on their cells.
#[function_component]
pub fn BatchTable(props: &BatchTableProps) -> Html {
    let shown = use_state(|| PAGE_ROWS);
    let (column, direction) = props.sort;
    let rows = use_memo(
        (props.rows.clone(), column, direction),
        |(rows, column, direction)| {
            let mut rows = (**rows).clone();
            sort_rows(&mut rows, *column, *direction);
            rows
        },
    );
    let total = rows.len();
    let limit = (*shown).min(total);
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE_ROWS))
    };
    let all = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(usize::MAX))
    };
    // A column sorted by is one the table has: an own column the text no longer has is
    // the line's order.
    let (column, direction) = match column {
        SortColumn::Own(i) if i >= props.extra_headers.len() => {
            (SortColumn::Line, SortDirection::Ascending)
        }
        _ => (column, direction),
    };
    let header = |label: AttrValue, col: SortColumn, numeric: bool| {
        let aria_sort = if col == column {
            match direction {
                SortDirection::Ascending => "ascending",
                SortDirection::Descending => "descending",
            }
        } else {
            "none"
        };
        let next = if col == column && direction == SortDirection::Ascending {
            SortDirection::Descending
        } else {
            SortDirection::Ascending
        };
        let onclick = props.onsort.reform(move |_: MouseEvent| (col, next));
        html! {
            <th scope="col" aria-sort={aria_sort} data-num={numeric.then_some("")}>
                <button type="button" class="sort-button" {onclick} data-testid={format!("sort-{}", col.code())}>
                    { label }
                    <span class="sort-mark" aria-hidden="true">{ match aria_sort { "ascending" => " ▲", "descending" => " ▼", _ => "" } }</span>
                </button>
            </th>
        }
    };
    let body = rows.iter().take(limit).map(|r| {
        let query = State::calculator_query(
            &T::field_amount(r.application.budget),
            &T::field_count(r.application.target),
            r.approach.code(),
            T::LANG,
        );
        html! {
            <tr key={r.line} data-testid="batch-row" data-flagged={(!r.flags.is_empty()).then_some("")}>
                <td class="num">{ r.line }</td>
                <th scope="row">{ r.name.clone() }</th>
                <td class="no-print"><a href={format!("../?{query}")} aria-label={format!("{}: {}", T::OPEN_LINK, r.name)}>{ T::OPEN_LINK }</a></td>
                <td class="num">{ T::money(r.application.budget) }</td>
                <td class="num">{ T::count(r.application.target) }</td>
                <td>{ T::approach_short(r.approach) }</td>
                // A case number or another word without spaces is not broken at its hyphen.
                { for r.extra.iter().map(|e| html! { <td data-testid="batch-extra" data-word={(!e.contains(char::is_whitespace)).then_some("")}>{ e.clone() }</td> }) }
                <td class="num" data-testid="batch-unit-price">{ T::money(r.unit_price) }</td>
                <td class="num">{ T::count(r.threshold_hires) }</td>
                <td class="num">{ T::rank_short(r.rank) }</td>
                <td class="flags-cell">
                    if r.flags.is_empty() {
                        { "–" }
                    } else {
                        <ul>{ for r.flags.iter().map(|f| html! { <li data-testid="batch-flag">{ T::flag(f) }</li> }) }</ul>
                    }
                </td>
            </tr>
        }
    });
    html! {
        // Its own scrolling box, its headings kept in view at the top (styles/batch.css).
        <div class="table-wrap table-wrap--batch" id={Id::BatchTable.text()} tabindex="0" role="region" aria-labelledby="batch-caption">
            <table class="table table--batch" data-testid="batch-table">
                <caption id="batch-caption">{ T::BATCH_TABLE_CAPTION }<span class="figure-note no-print">{ T::SORT_HINT }</span></caption>
                <thead>
                    <tr>
                        { header(T::COL_LINE.into(), SortColumn::Line, true) }
                        { header(T::COL_PROJECT.into(), SortColumn::Name, false) }
                        // Each row's link beside its name, in view without scrolling sideways.
                        <th scope="col" class="no-print"><span class="visually-hidden">{ T::OPEN_LINK }</span></th>
                        { header(T::BUDGET_LABEL.into(), SortColumn::Budget, true) }
                        { header(T::COL_TARGET.into(), SortColumn::Target, true) }
                        { header(T::COL_APPROACH.into(), SortColumn::Approach, false) }
                        { for props.extra_headers.iter().enumerate().map(|(i, h)| header(h.clone().into(), SortColumn::Own(i), false)) }
                        { header(T::COL_UNIT_PRICE.into(), SortColumn::UnitPrice, true) }
                        { header(T::BATCH_COL_THRESHOLD.into(), SortColumn::ThresholdHires, true) }
                        { header(T::COL_RANK.into(), SortColumn::Rank, true) }
                        { header(T::COL_FLAGS.into(), SortColumn::Flags, false) }
                    </tr>
                </thead>
                <tbody>{ for body }</tbody>
            </table>
            if limit < total {
                <div class="actions" data-testid="batch-more">
                    <p class="status" role="status">{ T::rows_shown(limit, total) }</p>
                    <button type="button" class="button button--secondary no-print" onclick={more}>{ T::show_more(PAGE_ROWS.min(total - limit)) }</button>
                    <button type="button" class="button button--secondary no-print" onclick={all} data-testid="batch-show-all">{ T::show_all(total) }</button>
                </div>
            }
        </div>
    }
}
