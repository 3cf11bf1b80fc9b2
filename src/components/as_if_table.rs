//! "If your project does as round-one project X did": each reported achievement applied
//! to the user's target.

use yew::prelude::*;

use crate::domain::approach::Approach;
use crate::domain::money::Money;
use crate::domain::payout::{threshold_hires, Application};
use crate::domain::scenarios::{as_if_rows, own_approach_first, AchievementSource, Verification};
use crate::i18n::Lang;

/// What [`as_if_table`] shows.
pub struct AsIfTableProps {
    /// The page language.
    pub lang: Lang,
    /// The application, or `None` while budget or target is not accepted.
    pub application: Option<Application>,
    /// The scenario's actual expenses (the budget unless the user typed others).
    pub expenses: Option<Money>,
    /// The user's approach; its projects come first.
    pub approach: Option<Approach>,
}

/// The six reporting projects and the two approach totals of Table 7, as if.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn as_if_table(props: &AsIfTableProps) -> Html {
    let lang = props.lang;
    let t = lang.scenario_texts();
    let (Some(app), Some(expenses)) = (props.application, props.expenses) else {
        return html! {};
    };
    let rows = as_if_rows(app, expenses);
    let rows = match props.approach {
        Some(a) => own_approach_first(&rows, a),
        None => rows,
    };
    let body = rows.iter().map(|row| {
        let a = &row.achievement;
        let name = match a.source {
            AchievementSource::Project(name) => name.to_string(),
            AchievementSource::ApproachTotal(approach) => lang.approach_total_name(approach),
        };
        let note = match a.verification {
            Verification::Verified => None,
            Verification::ReportedNotVerified => Some(t.not_verified_note),
            Verification::IncludesNotVerified => Some(t.includes_not_verified_note),
        };
        let reached = row.payout.threshold_reached;
        html! {
            <tr data-testid="as-if-row" data-reached={reached.then_some("")}>
                <th scope="row">
                    { name }
                    <span class="row-kind">{ lang.approach_short(a.approach) }</span>
                    if let Some(note) = note { <span class="row-note">{ note }</span> }
                </th>
                <td class="num">{ format!("{} % ({} / {})", a.percent_printed, lang.count(a.hires), lang.count(a.target)) }</td>
                <td class="num" data-testid="as-if-hires">{ lang.count(row.hires) }</td>
                <td>{ if reached { t.yes_reached } else { t.no_not_reached } }</td>
                <td class="num">{ lang.money(row.payout.total) }</td>
                <td class="num">{ lang.money(row.payout.own_financing) }</td>
            </tr>
        }
    });
    html! {
        <div class="as-if">
            <p>{ lang.as_if_lead(app.target, threshold_hires(app.target), expenses) }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="as-if-caption">
                <table class="table" data-testid="as-if-table">
                    <caption id="as-if-caption">{ t.as_if_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_source }</th>
                            <th scope="col" class="num">{ t.col_achievement }</th>
                            <th scope="col" class="num">{ t.col_your_hires }</th>
                            <th scope="col">{ t.col_threshold }</th>
                            <th scope="col" class="num">{ t.col_total }</th>
                            <th scope="col" class="num">{ t.col_own_financing }</th>
                        </tr>
                    </thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            <p class="figure-note">{ t.as_if_caveat }</p>
        </div>
    }
}
