//! The nine round-one projects in unit-price order, with the user's application among them.

use yew::prelude::*;

use crate::views::cells::{head, num, Columns};

use crate::domain::approach::Approach;
use crate::domain::compare::projects_by_unit_price;
use crate::domain::money::Money;
use crate::domain::payout::Application;
use crate::domain::round_one::{Project, Results};
use crate::ids::Id;
use crate::texts::{Page as T, Texts};

/// The table's column headings.
const COLUMNS: &Columns = &[
    (T::COL_PROJECT, false),
    (T::COL_APPROACH, false),
    (T::COL_GRANT, true),
    (T::COL_TARGET, true),
    (T::COL_UNIT_PRICE, true),
    (T::COL_RESULTS, true),
    (T::COL_ACHIEVEMENT, true),
];

/// What [`round_one_table`] shows.
pub struct RoundOneTableProps {
    /// The user's application, placed among the nine when valid.
    pub application: Option<Application>,
    /// Its unit price.
    pub unit_price: Option<Money>,
    /// How many of the nine have a lower unit price: where the application's row goes.
    pub cheaper_projects: Option<usize>,
    /// The user's approach, if chosen.
    pub approach: Option<Approach>,
}

/// Table 3 and Table 6 side by side, sorted by unit price, lowest first.
pub fn round_one_table(props: &RoundOneTableProps) -> Html {
    let projects = projects_by_unit_price();
    let (user_price, user_index) = (props.unit_price, props.cheaper_projects);
    let mut rows: Vec<Html> = projects.iter().map(project_row).collect();
    if let (Some(index), Some(app), Some(price)) = (user_index, props.application, user_price) {
        let approach = props.approach.map_or("–", |a| T::approach_short(a));
        rows.insert(
            index,
            html! {
                <tr class="user-row" data-testid="round-one-user-row">
                    <th scope="row">{ T::YOUR_APPLICATION }</th>
                    <td>{ approach }</td>
                    // The reader's amount is the amount applied for, under the column of amounts granted.
                    <td class="num">{ T::money(app.budget) }{ " " }<span class="figure-note" data-testid="user-row-applied">{ T::APPLIED_FOR_NOTE }</span></td>
                    { num(T::count(app.target).into()) }
                    { num(T::money(price).into()) }
                    { num("–".into()) }
                    { num("–".into()) }
                </tr>
            },
        );
    }
    html! {
        <div class="table-wrap" id={Id::RoundOne.text()} tabindex="0" role="region" aria-labelledby="round-one-caption">
            <table class="table" data-testid="round-one-table">
                <caption id="round-one-caption">{ T::TABLE_CAPTION }</caption>
                { head(COLUMNS) }
                <tbody>{ for rows }</tbody>
            </table>
            <p class="figure-note">{ T::TABLE_SOURCE }</p>
        </div>
    }
}

fn project_row(p: &Project) -> Html {
    let approach = if p.hybrid_in_bilag_a {
        format!(
            "{} ({})",
            T::approach_short(p.approach),
            T::HYBRID_IN_BILAG_A
        )
    } else {
        T::approach_short(p.approach).to_string()
    };
    let (hires, achievement) = match p.results {
        Results::Verified {
            hires,
            achievement_percent,
        } => (T::count(hires), T::percent(achievement_percent)),
        Results::ReportedNotVerified {
            hires,
            achievement_percent,
        } => (
            format!("{} ({})", T::count(hires), T::NOT_VERIFIED_MARK),
            T::percent(achievement_percent),
        ),
        Results::NotReported => (T::NOT_REPORTED.to_string(), "–".to_string()),
    };
    html! {
        <tr data-testid="round-one-row">
            <th scope="row">{ p.name }</th>
            <td>{ approach }</td>
            { num(T::money(p.grant).into()) }
            { num(T::count(p.target).into()) }
            { num(T::money(p.unit_price_table3).into()) }
            { num(hires.into()) }
            { num(achievement.into()) }
        </tr>
    }
}
