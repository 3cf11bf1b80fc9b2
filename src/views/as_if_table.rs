//! "If your project does as round-one project X did": each reported achievement applied
//! to the user's target.

use yew::prelude::*;

use crate::views::cells::{head, num, Columns};

use crate::domain::money::Money;
use crate::domain::payout::{threshold_hires, Application};
use crate::domain::scenarios::{AchievementSource, AsIfRow, Verification};
use crate::texts::{Page as T, Texts};

/// The table's column headings.
const COLUMNS: &Columns = &[
    (T::COL_SOURCE, false),
    (T::COL_AS_IF_ACHIEVEMENT, true),
    (T::COL_YOUR_HIRES, true),
    (T::COL_AS_IF_THRESHOLD, false),
    (T::COL_TOTAL, true),
    (T::COL_OWN_FINANCING, true),
];

/// What [`as_if_table`] shows.
pub struct AsIfTableProps {
    /// The application, or `None` while budget or target is not accepted.
    pub application: Option<Application>,
    /// The scenario's actual expenses (the budget unless the user typed others).
    pub expenses: Option<Money>,
    /// The rows, the user's approach first.
    pub rows: Option<Vec<AsIfRow>>,
}

/// The six reporting projects and the two approach totals of Table 7, as if.
pub fn as_if_table(props: &AsIfTableProps) -> Html {
    let (Some(app), Some(expenses), Some(rows)) = (props.application, props.expenses, &props.rows)
    else {
        return html! {};
    };
    let body = rows.iter().map(|row| {
        let a = &row.achievement;
        let name = match a.source {
            AchievementSource::Project(name) => name.to_string(),
            AchievementSource::ApproachTotal(approach) => T::approach_total_name(approach).to_string(),
        };
        let note = match a.verification {
            Verification::Verified => None,
            Verification::ReportedNotVerified => Some(T::NOT_VERIFIED_NOTE),
            Verification::IncludesNotVerified => Some(T::INCLUDES_NOT_VERIFIED_NOTE),
        };
        let reached = row.payout.threshold_reached;
        html! {
            <tr data-testid="as-if-row" data-reached={reached.then_some("")}>
                <th scope="row">
                    { name }
                    <span class="row-kind">{ T::approach_short(a.approach) }</span>
                    if let Some(note) = note { <span class="row-note">{ note }</span> }
                </th>
                { num(format!("{} ({} / {})", T::percent(a.percent_printed), T::count(a.hires), T::count(a.target)).into()) }
                <td class="num" data-testid="as-if-hires">{ T::count(row.hires) }</td>
                <td>{ if reached { T::YES_REACHED } else { T::NO_NOT_REACHED } }</td>
                { num(T::money(row.payout.total).into()) }
                { num(T::money(row.payout.own_financing).into()) }
            </tr>
        }
    });
    html! {
        <div class="as-if">
            <p>{ T::as_if_lead(app.target, threshold_hires(app.target), expenses) }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="as-if-caption">
                <table class="table" data-testid="as-if-table">
                    <caption id="as-if-caption">{ T::AS_IF_CAPTION }</caption>
                    { head(COLUMNS) }
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            <p class="figure-note" data-testid="as-if-caveat">{ T::AS_IF_CAVEAT }</p>
        </div>
    }
}
