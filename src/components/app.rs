//! The calculator page: the one reducer, the URL kept in step, and the sections.

use yew::prelude::*;

use crate::components::hooks::{use_announcement, use_copy_link, use_page_effects};
use crate::domain::amount_input::AmountError;
use crate::domain::count_input::CountError;
use crate::domain::payout::unit_price;
use crate::pages::View;
use crate::state::{Action, ApproachInput, Field, State};
use crate::texts::{Page as T, Texts};
use crate::views::{
    approach_field::{approach_field, ApproachFieldProps},
    as_if_table::{as_if_table, AsIfTableProps},
    cash_flow::{cash_flow, CashFlowProps},
    comparison_panel::{comparison_panel, ComparisonPanelProps},
    copy_link::{copy_link, CopyLinkProps},
    embed_snippet::{embed_snippet, EmbedSnippetProps},
    error_summary::{error_summary, ErrorSummaryProps},
    flags_panel::{flags_panel, FlagsPanelProps},
    key_figures::{key_figures, KeyFiguresProps},
    live_region::{live_region, LiveRegionProps},
    payout_chart::{payout_chart_view, PayoutChartViewProps},
    payout_figures::{payout_figures, PayoutFiguresProps},
    round_one_table::{round_one_table, RoundOneTableProps},
    scenario_grid::{scenario_grid, ScenarioGridProps},
    site_frame::{site_frame, SiteFrameProps},
    text_field::{text_field, TextFieldProps},
    workings::{workings, WorkingsProps},
};

/// Props of [`App`] and of the batch page's [`BatchApp`](crate::components::batch_app::BatchApp).
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The URL query string the page was opened with (`?budget=…`), read once.
    #[prop_or_default]
    pub query: AttrValue,
    /// The page's address without its query, for the embed snippet and the share link.
    #[prop_or_default]
    pub base_url: AttrValue,
    /// Today's date as the reader writes it, for the printed page.
    #[prop_or_default]
    pub today: AttrValue,
    /// Draw the form and the key figures (unit price, hires before the first instalment)
    /// first and the rest of the page (the payout in the user's scenario, the workings and
    /// the sections below) in the next task, so the result is on screen sooner. The page
    /// (`main`) and its pre-rendered default view (`bin/prerender`) always do; the views
    /// below the results are kept out of this component's function (`#[inline(never)]` on
    /// each, and Trunk's wasm-opt told not to fold them back: `data-wasm-opt-params` in
    /// index.html), because the browser compiles a wasm function on its first call, so the
    /// first drawing waits only for its own code.
    #[prop_or_default]
    pub results_first: bool,
}

/// The whole calculator. (`view=batch` belongs to the batch page; `main` sends it there.)
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let initial_query = props.query.clone();
    let state = use_reducer(move || State::from_query(&initial_query).with_view(View::Calculator));
    let query = state.to_query();
    let embed = state.embed();

    let parsed = state.parsed();
    let set = |field: Field| {
        let state = state.clone();
        Callback::from(move |value: String| state.dispatch(Action::Set(field, value)))
    };
    // An untouched empty field is unfinished, not wrong.
    let amount_error = |field: Field, e: Option<&AmountError>| {
        e.filter(|e| state.touched(field) || **e != AmountError::Empty)
            .map(T::amount_error)
    };
    let count_error = |field: Field, e: Option<&CountError>| {
        e.filter(|e| state.touched(field) || **e != CountError::Empty)
            .map(T::count_error)
    };
    let (approach, approach_error) = match &parsed.approach {
        ApproachInput::Unset => (None, None),
        ApproachInput::Chosen(a) => (Some(*a), None),
        ApproachInput::Unknown(v) => (None, Some(T::approach_error(v))),
    };
    let budget_error = amount_error(Field::Budget, parsed.budget.as_ref().err());
    let target_error = count_error(Field::Target, parsed.target.as_ref().err());
    let hires_error = parsed.hires.as_ref().err().map(T::count_error);
    let expenses_error = parsed.expenses.as_ref().err().map(T::amount_error);
    let level_errors: Vec<(String, String)> = state
        .expense_levels()
        .iter()
        .enumerate()
        .filter_map(|(i, raw)| {
            crate::domain::scenarios::parse_expense_level(raw)
                .err()
                .map(|e| (format!("level-{}", i + 1), T::level_error(&e)))
        })
        .collect();
    // Every problem, in page order, for the error summary.
    let errors: Vec<(String, String)> = [
        ("field-budget", &budget_error),
        ("field-target", &target_error),
        ("approach-network", &approach_error),
        ("field-hires", &hires_error),
        ("field-expenses", &expenses_error),
    ]
    .into_iter()
    .filter_map(|(id, e)| e.clone().map(|m| (id.to_string(), m)))
    .chain(level_errors)
    .collect();
    let application = parsed.application();
    let outcome = parsed.outcome();
    let announcement = if !errors.is_empty() {
        T::problems_announcement(errors.len())
    } else if let Some(app) = application {
        T::results_announcement(
            unit_price(app),
            outcome.map(|o| crate::domain::payout::payout(app, o).total),
        )
    } else {
        String::new()
    };
    let scenario = application.zip(outcome);
    let share_link: AttrValue = if query.is_empty() {
        props.base_url.clone()
    } else {
        format!("{}?{query}", props.base_url).into()
    };
    // The navigation links keep the inputs; the language switch keeps the calculation,
    // with numbers rewritten for the other language.
    let here = state.page();
    let batch_href = state.with_view(View::Batch).link_from(here);
    let switch_href = state.with_lang(state.lang().other()).link_from(here);
    // One of the four text fields, its value and callback taken from the state.
    let field = |f: Field,
                 label: &'static str,
                 hint: AttrValue,
                 error: Option<String>,
                 inputmode: &'static str,
                 placeholder: Option<AttrValue>| {
        text_field(&TextFieldProps {
            name: f.name(),
            label: label.into(),
            hint,
            value: state.raw(f).to_string().into(),
            error,
            inputmode,
            placeholder,
            oninput: set(f),
        })
    };
    let onlevel = {
        let state = state.clone();
        Callback::from(move |(i, value): (usize, String)| {
            state.dispatch(Action::SetExpenseLevel(i, value))
        })
    };

    use_page_effects(query.clone(), embed);
    let announced = use_announcement(announcement.into());
    let copy_state = use_copy_link();
    // Everything after the key figures, drawn a task after them when `results_first`
    // (a flag and a forced redraw: 0,2 kB less wasm than a second `use_state`).
    let rest_later = use_mut_ref(|| props.results_first);
    {
        let rest_later = rest_later.clone();
        let redraw = use_force_update();
        use_effect_with((), move |_| {
            if *rest_later.borrow() {
                gloo_timers::callback::Timeout::new(0, move || {
                    *rest_later.borrow_mut() = false;
                    redraw.force_update();
                })
                .forget();
            }
        });
    }
    let rest_drawn = !*rest_later.borrow();
    // The round-one caveats (static, in the page's reference part) go under the table.
    use_effect_with(rest_drawn, |drawn| {
        if *drawn {
            crate::browser::place_round_one_caveats();
        }
    });
    let content = html! {
        <>
                if state.query_cut() {
                    <p class="warning" data-testid="query-cut">{ T::QUERY_CUT_MESSAGE }</p>
                }
                { error_summary(&ErrorSummaryProps { errors: errors.clone() }) }
                { live_region(&LiveRegionProps { announced }) }
                <h1>{ T::TITLE }</h1>
                <p class="lead">{ T::LEAD }{ " " }<a href="#words-heading" class="no-print">{ T::WORDS_LINK }</a></p>
                <div class="layout">
                <form class="calculator" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                    <section class="panel" aria-labelledby="application-heading">
                        <h2 id="application-heading">{ T::APPLICATION_HEADING }</h2>
                        { field(Field::Budget, T::BUDGET_LABEL, T::BUDGET_HINT.into(), budget_error.clone(), "decimal", None) }
                        { field(Field::Target, T::TARGET_LABEL, T::TARGET_HINT.into(), target_error.clone(), "numeric", None) }
                        { approach_field(&ApproachFieldProps { chosen: approach, error: approach_error.clone(), onchange: set(Field::Approach) }) }
                    </section>
                    <section class="panel" aria-labelledby="scenario-heading">
                        <h2 id="scenario-heading">{ T::SCENARIO_HEADING }</h2>
                        <p class="no-print">{ T::SCENARIO_LEAD }</p>
                        { field(Field::Hires, T::HIRES_LABEL, T::hires_hint(parsed.target.as_ref().ok().copied()).into(), hires_error.clone(),
                            "numeric", application.map(|a| AttrValue::from(T::field_count(a.target)))) }
                        { field(Field::Expenses, T::EXPENSES_LABEL, T::EXPENSES_HINT.into(), expenses_error.clone(),
                            "decimal", application.map(|a| AttrValue::from(T::field_amount(a.budget)))) }
                    </section>
                </form>
                <div class="layout-results">
                <section class="panel results" aria-labelledby="results-heading">
                    <h2 id="results-heading">{ T::RESULTS_HEADING }</h2>
                    if application.is_none() {
                        <p class="status" data-testid="results-missing">{ T::RESULTS_MISSING }</p>
                    }
                    { key_figures(&KeyFiguresProps { application }) }
                </section>
                if rest_drawn {
                    { payout_figures(&PayoutFiguresProps { scenario }) }
                    { workings(&WorkingsProps { scenario }) }
                }
                </div>
                </div>
                if rest_drawn {
                <section class="panel" aria-labelledby="scenarios-heading" data-testid="scenarios">
                    <h2 id="scenarios-heading">{ T::SCENARIOS_HEADING }</h2>
                    <p>{ T::SCENARIOS_LEAD }</p>
                    { scenario_grid(&ScenarioGridProps { application, outcome, levels: state.expense_levels().to_vec(), onlevel }) }
                    <h3>{ T::CHART_HEADING }</h3>
                    { payout_chart_view(&PayoutChartViewProps { scenario }) }
                    <h3>{ T::AS_IF_HEADING }</h3>
                    { as_if_table(&AsIfTableProps { application, expenses: application.and_then(|a| parsed.expenses.clone().ok().map(|e| e.unwrap_or(a.budget))), approach }) }
                    <h3>{ T::CASH_HEADING }</h3>
                    { cash_flow(&CashFlowProps { scenario }) }
                </section>
                <section class="panel" aria-labelledby="compare-heading">
                    <h2 id="compare-heading">{ T::COMPARE_HEADING }</h2>
                    { comparison_panel(&ComparisonPanelProps { unit_price: application.map(unit_price), approach }) }
                    { flags_panel(&FlagsPanelProps { application, approach }) }
                    { round_one_table(&RoundOneTableProps { application, approach }) }
                </section>
                <p class="disclaimer" data-testid="disclaimer">{ T::DISCLAIMER }</p>
                { copy_link(&CopyLinkProps { link: share_link.clone(), state: copy_state }) }
                <p class="print-only" data-testid="print-link">{ T::printed_on(&props.today) }<br/>{ share_link.to_string() }</p>
                if !embed {
                    { embed_snippet(&EmbedSnippetProps { base_url: props.base_url.clone(), query: query.clone().into() }) }
                }
                }
        </>
    };
    site_frame(&SiteFrameProps {
        embed,
        current: View::Calculator,
        calculator_href: state.link_from(here).into(),
        batch_href: batch_href.into(),
        switch_href: switch_href.into(),
        children: content,
    })
}
