//! The scenario grid: payout, own financing and payout per hire for a range of verified
//! hires against a few expense levels, with the user's own scenario highlighted.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::scenarios::{Grid, LevelError};
use crate::ids::Id;
use crate::texts::{Page as T, Texts};
use crate::views::field_error::{field_error, FieldErrorProps};

/// What [`scenario_grid`] shows.
pub struct ScenarioGridProps {
    /// The grid with the user's own row and column, or `None` while budget or target is
    /// not accepted.
    pub grid: Option<Grid>,
    /// The expense levels exactly as typed (percent of the budget).
    pub levels: Vec<String>,
    /// Each level read.
    pub parsed_levels: Vec<Result<u32, LevelError>>,
    /// Called with (level index, new text) when a level is edited.
    pub onlevel: Callback<(usize, String)>,
}

/// The grid with its editable expense levels.
pub fn scenario_grid(props: &ScenarioGridProps) -> Html {
    let parsed = &props.parsed_levels;
    let inputs = html! {
        <fieldset class="level-inputs">
            <legend class="field-label">{ T::LEVELS_LEGEND }</legend>
            <span class="field-hint" id="levels-hint">{ T::LEVELS_HINT }</span>
            <div class="level-row">
            { for props.levels.iter().enumerate().map(|(i, raw)| {
                let id = Id::Level(i).text();
                let error_id = format!("{id}-error");
                let error = parsed[i].as_ref().err().map(T::level_error);
                let onlevel = props.onlevel.clone();
                let oninput = Callback::from(move |e: InputEvent| {
                    onlevel.emit((i, e.target_unchecked_into::<HtmlInputElement>().value()));
                });
                html! {
                    <div class="field field--level">
                        <label class="field-label" for={id}>{ T::level_label(i + 1) }</label>
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
    let Some(grid) = &props.grid else {
        return html! { <div class="scenario-grid">{ inputs }<p class="status">{ T::DETAILS_MISSING }</p></div> };
    };
    let columns = &grid.columns;
    let head_groups = columns.iter().map(|c| {
        html! {
            <th scope="colgroup" colspan="3" class="num" data-own={c.own.then_some("")}>
                { T::EXPENSES_HEADING }<br/>
                { match c.percent {
                    Some(pct) => format!("{} ({})", T::percent(pct), T::money(c.expenses)),
                    None => format!("{} ({})", T::YOUR_EXPENSES, T::money(c.expenses)),
                } }
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
    let body = grid.rows.iter().map(|row| {
        let (hires, own_row) = (row.hires, row.own);
        let threshold_row = row.level.as_ref().is_some_and(|l| l.kind.is_threshold_row());
        let kind = match &row.level {
            Some(l) => T::hire_level_kind(&l.kind, &l.coinciding_percents),
            None => T::OWN_HIRES.to_string(),
        };
        let cells = row.cells.iter().zip(columns).map(|(cell, c)| {
            let per_hire = cell
                .payout_per_hire
                .map_or_else(|| T::NOT_COMPUTABLE.to_string(), T::money);
            let own = c.own.then_some("");
            // Total payout, own financing, per hire: one cell written once.
            let figures = [T::money(cell.payout.total), T::money(cell.payout.own_financing), per_hire];
            html! {
                { for figures.into_iter().map(|figure| html! { <td class="num" data-own={own}>{ figure }</td> }) }
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
