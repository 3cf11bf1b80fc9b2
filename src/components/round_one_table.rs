//! The nine round-one projects in unit-price order, with the user's application among them.

use yew::prelude::*;

use crate::domain::approach::Approach;
use crate::domain::compare::{project_unit_price, projects_by_unit_price};
use crate::domain::payout::{unit_price, Application};
use crate::domain::round_one::{Project, Results};
use crate::i18n::Lang;

/// What [`round_one_table`] shows.
pub struct RoundOneTableProps {
    /// The page language.
    pub lang: Lang,
    /// The user's application, placed among the nine when valid.
    pub application: Option<Application>,
    /// The user's approach, if chosen.
    pub approach: Option<Approach>,
}

/// Table 3 and Table 6 side by side, sorted by unit price, lowest first.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn round_one_table(props: &RoundOneTableProps) -> Html {
    let lang = props.lang;
    let t = lang.texts();
    let site = lang.site_texts();
    let projects = projects_by_unit_price();
    let user_price = props.application.map(unit_price);
    let user_index = user_price.map(|price| {
        projects
            .iter()
            .filter(|p| project_unit_price(p) < price)
            .count()
    });
    let mut rows: Vec<Html> = projects.iter().map(|p| project_row(lang, p)).collect();
    if let (Some(index), Some(app), Some(price)) = (user_index, props.application, user_price) {
        let approach = props.approach.map_or("–", |a| lang.approach_short(a));
        rows.insert(
            index,
            html! {
                <tr class="user-row" data-testid="round-one-user-row">
                    <th scope="row">{ t.your_application }</th>
                    <td>{ approach }</td>
                    <td class="num">{ lang.money(app.budget) }</td>
                    <td class="num">{ lang.count(app.target) }</td>
                    <td class="num">{ lang.money(price) }</td>
                    <td class="num">{ "–" }</td>
                    <td class="num">{ "–" }</td>
                </tr>
            },
        );
    }
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="round-one-caption">
            <table class="table" data-testid="round-one-table">
                <caption id="round-one-caption">{ t.table_caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ site.col_project }</th>
                        <th scope="col">{ site.col_approach }</th>
                        <th scope="col" class="num">{ t.col_grant }</th>
                        <th scope="col" class="num">{ site.col_target }</th>
                        <th scope="col" class="num">{ t.col_unit_price }</th>
                        <th scope="col" class="num">{ t.col_hires }</th>
                        <th scope="col" class="num">{ t.col_achievement }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p class="figure-note">{ t.table_source }</p>
        </div>
    }
}

fn project_row(lang: Lang, p: &Project) -> Html {
    let t = lang.texts();
    let approach = if p.hybrid_in_bilag_a {
        format!(
            "{} ({})",
            lang.approach_short(p.approach),
            t.hybrid_in_bilag_a
        )
    } else {
        lang.approach_short(p.approach).to_string()
    };
    let (hires, achievement) = match p.results {
        Results::Verified {
            hires,
            achievement_percent,
        } => (lang.count(hires), format!("{achievement_percent} %")),
        Results::ReportedNotVerified {
            hires,
            achievement_percent,
        } => (
            format!("{} ({})", lang.count(hires), t.not_verified_mark),
            format!("{achievement_percent} %"),
        ),
        Results::NotReported => (t.not_reported.to_string(), "–".to_string()),
    };
    html! {
        <tr data-testid="round-one-row">
            <th scope="row">{ p.name }</th>
            <td>{ approach }</td>
            <td class="num">{ lang.money(p.grant) }</td>
            <td class="num">{ lang.count(p.target) }</td>
            <td class="num">{ lang.money(p.unit_price_table3) }</td>
            <td class="num">{ hires }</td>
            <td class="num">{ achievement }</td>
        </tr>
    }
}
