//! The scenario grid: payout, own financing and payout per hire for a range of verified
//! hires against a few expense levels, with the user's own scenario highlighted.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::money::Money;
use crate::domain::payout::{payout, payout_per_hire, Application, Outcome};
use crate::domain::scenarios::{
    expenses_at, hire_levels, parse_expense_level, HireLevel, LevelError,
};
use crate::texts::{Page as T, Texts};
use crate::views::field_error::{field_error, FieldErrorProps};

/// What [`scenario_grid`] shows.
pub struct ScenarioGridProps {
    /// The application, or `None` while budget or target is not accepted.
    pub application: Option<Application>,
    /// The user's own scenario, highlighted (and added when not among the levels).
    pub outcome: Option<Outcome>,
    /// The expense levels exactly as typed (percent of the budget).
    pub levels: Vec<String>,
    /// Called with (level index, new text) when a level is edited.
    pub onlevel: Callback<(usize, String)>,
}

/// One column group of the grid: an expense amount and where it comes from.
struct Column {
    label: String,
    expenses: Money,
    own: bool,
}

/// The grid with its editable expense levels.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn scenario_grid(props: &ScenarioGridProps) -> Html {
    let parsed: Vec<Result<u32, LevelError>> = props
        .levels
        .iter()
        .map(|l| parse_expense_level(l))
        .collect();
    let inputs = html! {
        <fieldset class="level-inputs">
            <legend class="field-label">{ T::LEVELS_LEGEND }</legend>
            <span class="field-hint" id="levels-hint">{ T::LEVELS_HINT }</span>
            <div class="level-row">
            { for props.levels.iter().enumerate().map(|(i, raw)| {
                let id = format!("level-{}", i + 1);
                let error_id = format!("{id}-error");
                let error = parsed[i].as_ref().err().map(T::level_error);
                let onlevel = props.onlevel.clone();
                let oninput = Callback::from(move |e: InputEvent| {
                    onlevel.emit((i, e.target_unchecked_into::<HtmlInputElement>().value()));
                });
                html! {
                    <div class="field field--level">
                        <label class="field-label" for={id.clone()}>{ T::level_label(i + 1) }</label>
                        if let Some(error) = &error {
                            { field_error(&FieldErrorProps { id: error_id.clone().into(), message: error.clone().into() }) }
                        }
                        <input class="field-input field-input--short" id={id} name={format!("level{}", i + 1)}
                            type="text" inputmode="numeric" autocomplete="off" value={raw.clone()}
                            aria-invalid={error.is_some().then_some("true")}
                            aria-describedby={if error.is_some() { format!("levels-hint {error_id}") } else { "levels-hint".to_string() }}
                            {oninput} />
                    </div>
                }
            }) }
            </div>
        </fieldset>
    };
    let Some(app) = props.application else {
        return html! { <div class="scenario-grid">{ inputs }<p class="status">{ T::RESULTS_MISSING }</p></div> };
    };

    let mut columns: Vec<Column> = parsed
        .iter()
        .filter_map(|p| p.as_ref().ok().copied())
        .map(|pct| Column {
            label: format!("{pct} % ({})", T::money(expenses_at(app.budget, pct))),
            expenses: expenses_at(app.budget, pct),
            own: false,
        })
        .collect();
    // Each row: its hires, and its level (`None` for the user's own hires when no level has them).
    let mut rows: Vec<(u32, Option<HireLevel>)> = hire_levels(app.target)
        .into_iter()
        .map(|l| (l.hires, Some(l)))
        .collect();
    if let Some(outcome) = props.outcome {
        match columns.iter_mut().find(|c| c.expenses == outcome.expenses) {
            Some(c) => c.own = true,
            None => columns.push(Column {
                label: format!("{} ({})", T::YOUR_EXPENSES, T::money(outcome.expenses)),
                expenses: outcome.expenses,
                own: true,
            }),
        }
        if !rows.iter().any(|(hires, _)| *hires == outcome.hires) {
            let at = rows
                .iter()
                .position(|(hires, _)| *hires > outcome.hires)
                .unwrap_or(rows.len());
            rows.insert(at, (outcome.hires, None));
        }
    }
    let own_hires = props.outcome.map(|o| o.hires);

    let head_groups = columns.iter().map(|c| {
        html! {
            <th scope="colgroup" colspan="3" class="num" data-own={c.own.then_some("")}>
                { T::EXPENSES_HEADING }<br/>{ c.label.clone() }
                if c.own { <span class="own-mark">{ T::OWN_MARK }</span> }
            </th>
        }
    });
    let head_cells = columns.iter().flat_map(|c| {
        let own = c.own.then_some("");
        [T::COL_TOTAL, T::COL_OWN_FINANCING, T::COL_PER_HIRE].map(|label| {
            html! {
                <th scope="col" class="num" data-own={own}>{ label }</th>
            }
        })
    });
    let body = rows.iter().map(|(hires, level)| {
        let hires = *hires;
        let own_row = own_hires == Some(hires);
        let threshold_row = level.as_ref().is_some_and(|l| l.kind.is_threshold_row());
        let kind = match level {
            Some(l) => T::hire_level_kind(&l.kind, &l.coinciding_percents),
            None => T::OWN_HIRES.to_string(),
        };
        let cells = columns.iter().map(|c| {
            let p = payout(app, Outcome { hires, expenses: c.expenses });
            let per_hire = payout_per_hire(p.total, hires)
                .map_or_else(|| T::NOT_COMPUTABLE.to_string(), T::money);
            let own = c.own.then_some("");
            html! {
                <>
                    <td class="num" data-own={own}>{ T::money(p.total) }</td>
                    <td class="num" data-own={own}>{ T::money(p.own_financing) }</td>
                    <td class="num" data-own={own}>{ per_hire }</td>
                </>
            }
        });
        html! {
            <tr data-testid="scenario-row" data-hires={hires.to_string()}
                data-threshold={threshold_row.then_some("")} aria-current={own_row.then_some("true")}>
                <th scope="row">
                    { T::count(hires) }
                    <span class="row-kind">{ kind }</span>
                    if own_row { <span class="own-mark">{ T::OWN_MARK }</span> }
                </th>
                { for cells }
            </tr>
        }
    });
    html! {
        <div class="scenario-grid">
            { inputs }
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="scenario-grid-caption">
                <table class="table table--grid" data-testid="scenario-grid">
                    <caption id="scenario-grid-caption">{ T::GRID_CAPTION }</caption>
                    <colgroup><col /></colgroup>
                    { for columns.iter().map(|_| html! { <colgroup span="3" /> }) }
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2">{ T::COL_HIRES }</th>
                            { for head_groups }
                        </tr>
                        <tr>{ for head_cells }</tr>
                    </thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
        </div>
    }
}
