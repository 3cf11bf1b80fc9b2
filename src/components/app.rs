//! The calculator page: the one reducer, the URL kept in step, and the sections.
//!
//! A field's problem is shown when the reader is done with it: on leaving it, or after
//! [`CHECK_AFTER_MS`] without a keystroke; never while they type ("1." on the way to
//! "1.200.000" is unfinished, not wrong). The figures follow every keystroke. The error
//! summary above the heading changes only when focus leaves a control, so nothing above
//! the field in use moves.

use yew::prelude::*;

use crate::calculator_view::{CalculatorView, Details, Problem};
use crate::components::hooks::{use_after_pause, use_announcement, use_page_effects};
use crate::figure_texts::{FieldErrors, FigureTexts};
use crate::ids::Id;
use crate::pages::View;
use crate::state::{Action, Field, State};
use crate::texts::{Page as T, Texts};
use crate::views::{
    answer_links::{answer_links, back_link},
    approach_field::{approach_field, ApproachFieldProps},
    as_if_table::{as_if_table, AsIfTableProps},
    cash_flow::{cash_flow, CashFlowProps},
    comparison_panel::{comparison_panel, ComparisonPanelProps},
    copy_link::{copy_link, CopyLinkProps},
    embed_snippet::embed_html,
    error_summary::{error_summary, ErrorSummaryProps},
    flags_panel::{flags_panel, FlagsPanelProps},
    key_figures::{key_figures, KeyFiguresProps},
    live_region::{live_region, LiveRegionProps},
    payout_chart::{payout_chart_view, PayoutChartViewProps},
    payout_figures::{payout_figures, PayoutFiguresProps},
    round_one_table::{round_one_table, RoundOneTableProps},
    scenario_grid::{scenario_grid, ScenarioGridProps},
    site_frame::{page_main, PageMainProps},
    text_field::{text_field, TextFieldProps},
    workings::{workings, WorkingsProps},
};

pub use crate::state::CHECK_AFTER_MS;

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
    /// (`main`) and its pre-rendered default view (`bin/prerender`) always do. (The views
    /// below the results were once `#[inline(never)]`, so the browser would compile them
    /// only when drawn; since the figures module shows the first figures, that no longer
    /// pays for its 1,1 kB gzip of wasm: 86.674 against 85.583 bytes, 2026-12-07.)
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

    // Every figure the page shows, computed once for this drawing.
    let view = CalculatorView::from(&state);
    let set = |field: Field| {
        let state = state.clone();
        Callback::from(move |value: String| state.dispatch(Action::Set(field, value)))
    };
    {
        let state = state.clone();
        use_after_pause(
            query.clone(),
            CHECK_AFTER_MS,
            Callback::from(move |_| state.dispatch(Action::Paused)),
        );
    }
    // The first figures and the fields' messages, as the figures module writes them too.
    let figures = FigureTexts::of(&view);
    let FieldErrors {
        budget: budget_error,
        target: target_error,
        approach: approach_error,
        hires: hires_error,
        expenses: expenses_error,
    } = FieldErrors::of(&state, &view);
    // The error summary: the problems the page was opened with, then those of the inputs
    // as they were when focus last left a control.
    let summary: Vec<(Id, String)> = problem_messages(&CalculatorView::from(
        &state
            .as_left()
            .unwrap_or_else(|| State::from_query(&props.query)),
    ));
    let onfocusout = {
        let state = state.clone();
        Callback::from(move |_: FocusEvent| state.dispatch(Action::Left))
    };
    let application = view.application;
    let approach = view.approach;
    let announcement = match (summary.is_empty(), view.unit_price) {
        (false, _) => T::problems_announcement(
            &summary
                .iter()
                .map(|(id, _)| field_name(*id))
                .collect::<Vec<_>>(),
        ),
        (true, Some(price)) => {
            T::results_announcement(price, view.scenario.map(|s| s.payout.total))
        }
        (true, None) => String::new(),
    };
    let scenario = view.scenario;
    // What leaves the page (the share link, the embed code, the compact embed's link to
    // the whole page) never carries `embed=1`: whoever opens it gets the whole page.
    let shared = state.unembedded();
    let shared_query = shared.to_query();
    let share_link: AttrValue = if shared_query.is_empty() {
        props.base_url.clone()
    } else {
        format!("{}?{shared_query}", props.base_url).into()
    };
    // The header's links keep the inputs; the language switch keeps the calculation,
    // with numbers rewritten for the other language.
    let here = state.page();
    let frame_links = state.frame_links();
    let switch_href: AttrValue = frame_links[2].clone().into();
    // One of the four text fields, its value and callback taken from the state.
    let field = |f: Field,
                 label: &'static str,
                 hint: AttrValue,
                 error: Option<String>,
                 inputmode: &'static str| {
        text_field(&TextFieldProps {
            field: f,
            label: label.into(),
            hint,
            value: state.raw(f).to_string().into(),
            error,
            inputmode,
            oninput: set(f),
        })
    };
    let onlevel = {
        let state = state.clone();
        Callback::from(move |(i, value): (usize, String)| {
            state.dispatch(Action::SetExpenseLevel(i, value))
        })
    };

    use_page_effects(query.clone(), frame_links, embed);
    let announced = use_announcement(announcement.into());
    // The embed section (static in the page, below the reference part) gets the code for
    // these inputs; embedded, it stays hidden.
    use_effect_with(
        (props.base_url.clone(), shared_query.clone(), embed),
        |(base_url, query, embed)| {
            if !embed {
                crate::page_parts::show_embed_code(&embed_html(base_url, query));
            }
        },
    );
    // Everything after the key figures, drawn a task after them when `results_first`.
    let drawn = use_state(|| match props.results_first {
        true => Drawn::First,
        false => Drawn::All,
    });
    {
        let drawn = drawn.clone();
        use_effect_with((), move |_| {
            if *drawn == Drawn::First {
                gloo_timers::callback::Timeout::new(0, move || drawn.set(Drawn::All)).forget();
            }
        });
    }
    let rest_drawn = *drawn != Drawn::First;
    // The sections below the first drawing, computed only once they are drawn.
    // Embedded, the page is compact: the fields, the key figures and the payout.
    let details = (rest_drawn && !embed).then(|| view.details());
    let Details {
        grid,
        chart,
        as_if,
        comparison,
        flags,
    } = details.unwrap_or_default();
    let cheaper_projects = comparison.as_ref().map(|c| c.cheaper_projects);
    // Once the whole calculator is drawn and the reference part is in the page (the
    // page's guard script fetches it as the app starts, Trunk's `TrunkApplicationStarted`,
    // or already 2 s after the page's load when the app is slower, and says when it is
    // there), the round-one caveats (static, in the reference part) go under the table,
    // drawn by Yew as a node of its own, and the address's fragment is scrolled to, if it
    // names something in the reference part.
    {
        let drawn = drawn.clone();
        use_effect_with(rest_drawn && !embed, move |whole| {
            if *whole {
                let place = move || match crate::page_parts::round_one_caveats() {
                    Some(caveats) => drawn.set(Drawn::WithCaveats(caveats)),
                    None => crate::page_parts::scroll_to_fragment(),
                };
                if crate::page_parts::round_one_caveats().is_some() {
                    place();
                } else {
                    crate::page_parts::when_reference_placed(place);
                }
            }
        });
    }
    let caveats = match &*drawn {
        Drawn::WithCaveats(caveats) => Some(Html::VRef(caveats.clone())),
        _ => None,
    };
    use_effect_with(caveats.is_some(), |placed| {
        if *placed {
            crate::page_parts::scroll_to_fragment();
        }
    });
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let content = html! {
        <div class="page" {onfocusout}>
                if state.query_cut() {
                    <p class="warning" data-testid="query-cut">{ T::QUERY_CUT_MESSAGE }</p>
                }
                { error_summary(&ErrorSummaryProps { errors: summary.clone() }) }
                { live_region(&LiveRegionProps { announced }) }
                <h1>{ T::TITLE }</h1>
                // Embedded, the words and the embed code are not in the frame: no links to them.
                <p class="lead">{ T::LEAD }
                if !embed {
                    { " " }<a href={Id::WordsHeading.href()} class="no-print">{ T::WORDS_LINK }</a>
                    { " " }<a href={Id::EmbedHeading.href()} class="no-print">{ T::EMBED_HEADING }</a>
                }
                </p>
                // The answer next to the question, in the page's order too: the required
                // fields, the results, then the optional scenario (beside each other from
                // 62rem: the results to the right of both forms).
                <div class="layout">
                <form class="calculator" {onsubmit} novalidate=true>
                    <section class="panel" aria-labelledby="application-heading">
                        <h2 id="application-heading">{ T::APPLICATION_HEADING }</h2>
                        // The approach first: the unit price then follows the last number typed.
                        { approach_field(&ApproachFieldProps { chosen: approach, error: approach_error.clone(), onchange: set(Field::Approach) }) }
                        { field(Field::Budget, T::BUDGET_LABEL, T::BUDGET_HINT.into(), budget_error.clone(), "decimal") }
                        { field(Field::Target, T::TARGET_LABEL, T::TARGET_HINT.into(), target_error.clone(), "numeric") }
                    </section>
                </form>
                <div class="layout-results">
                <section class="panel results" aria-labelledby="results-heading" data-testid="results">
                    <h2 id={Id::ResultsHeading.text()}>{ T::RESULTS_HEADING }</h2>
                    if let Some(missing) = figures.results_missing {
                        <p class="status" data-testid="results-missing">{ missing }</p>
                    }
                    { key_figures(&KeyFiguresProps { texts: figures.clone() }) }
                    // What round one says looks unusual, beside the unit price it is about
                    // (drawn once the app runs: the figures module does not compute flags).
                    { flags_panel(&FlagsPanelProps { flags }) }
                </section>
                // The links on to the further answers, right under the result (on a wide
                // screen the style sheet puts them under the payout).
                if rest_drawn && !embed {
                    { answer_links() }
                }
                // The payout is drawn first too: the figures module (crates/figures) writes
                // the scenario's payout into the pre-rendered view before the app starts.
                { payout_figures(&PayoutFiguresProps { texts: figures.clone() }) }
                </div>
                // Two text fields and no submit button: Enter submits nothing, no handler needed.
                // In one column the page's style sheet shows them above the payout they change.
                <form class="calculator calculator--scenario" novalidate=true>
                    <section class="panel" aria-labelledby="scenario-heading">
                        <h2 id="scenario-heading">{ T::SCENARIO_HEADING }</h2>
                        <p class="no-print">{ T::SCENARIO_LEAD }</p>
                        { field(Field::Hires, T::HIRES_LABEL, figures.hires_hint.clone().into(), hires_error.clone(), "numeric") }
                        { field(Field::Expenses, T::EXPENSES_LABEL, T::EXPENSES_HINT.into(), expenses_error.clone(), "decimal") }
                    </section>
                </form>
                if rest_drawn && !embed {
                    { workings(&WorkingsProps { scenario }) }
                }
                </div>
                if embed {
                    <p class="disclaimer" data-testid="disclaimer">{ T::DISCLAIMER }</p>
                    <p class="embed-full"><a href={shared.link_from(here)} target="_top" data-testid="full-page">{ T::FULL_PAGE_LINK }</a></p>
                } else if rest_drawn {
                <section class="panel" aria-labelledby="scenarios-heading" data-testid="scenarios">
                    <h2 id="scenarios-heading">{ T::SCENARIOS_HEADING }</h2>
                    <p>{ T::SCENARIOS_LEAD }</p>
                    { scenario_grid(&ScenarioGridProps { grid, levels: state.expense_levels().to_vec(), parsed_levels: view.levels.clone(), onlevel }) }
                    <h3>{ T::CHART_HEADING }</h3>
                    { payout_chart_view(&PayoutChartViewProps { chart }) }
                    <h3>{ T::AS_IF_HEADING }</h3>
                    { as_if_table(&AsIfTableProps { application, expenses: view.expenses, rows: as_if }) }
                    <h3 id={Id::CashHeading.text()}>{ T::CASH_HEADING }</h3>
                    { cash_flow(&CashFlowProps { scenario }) }
                    { back_link() }
                </section>
                <section class="panel" aria-labelledby="compare-heading">
                    <h2 id={Id::CompareHeading.text()}>{ T::COMPARE_HEADING }</h2>
                    { comparison_panel(&ComparisonPanelProps { comparison, approach }) }
                    // Under the table the page's script puts round one's caveats, and with
                    // them the way back to the result (src/views/caveats.rs).
                    { round_one_table(&RoundOneTableProps { application, unit_price: view.unit_price, cheaper_projects, approach }) }
                    { caveats }
                </section>
                <p class="disclaimer" data-testid="disclaimer">{ T::DISCLAIMER }</p>
                { copy_link(&CopyLinkProps { link: share_link.clone() }) }
                <p class="print-only" data-testid="print-link">{ T::printed_on(&props.today) }<br/>{ share_link.to_string() }</p>
                }
        </div>
    };
    page_main(&PageMainProps {
        embed,
        switch_href,
        children: content,
    })
}

/// How much of the calculator is drawn.
#[derive(Clone, PartialEq)]
enum Drawn {
    /// The form and the key figures: the app's first drawing, as pre-rendered.
    First,
    /// Everything.
    All,
    /// Everything, and the round-one caveats from the page's reference part under the
    /// round-one table.
    WithCaveats(web_sys::Node),
}

/// The name of the field a problem belongs to (by its control), for the announcement.
fn field_name(id: Id) -> String {
    match id {
        Id::Field(Field::Budget) => T::BUDGET_LABEL.into(),
        Id::Field(Field::Target) => T::COL_TARGET.into(),
        Id::Field(Field::Approach) | Id::Approach(_) => T::APPROACH_LEGEND.into(),
        Id::Field(Field::Hires) => T::HIRES_LABEL.into(),
        Id::Field(Field::Expenses) => T::EXPENSES_LABEL.into(),
        Id::Level(index) => T::level_label(index + 1),
        // No problem belongs to anything else.
        _ => String::new(),
    }
}

/// Every problem of the view, in page order: (its control, message).
fn problem_messages(view: &CalculatorView) -> Vec<(Id, String)> {
    view.problems()
        .into_iter()
        .map(|(id, problem)| (id, message(&problem)))
        .collect()
}

/// What a problem of the view model says, in the page's language.
fn message(problem: &Problem) -> String {
    match problem {
        Problem::Amount(e) => T::amount_error(e),
        Problem::Count(e) => T::count_error(e),
        Problem::UnknownApproach(value) => T::approach_error(value),
        Problem::Level(e) => T::level_error(e),
    }
}
