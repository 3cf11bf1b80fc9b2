//! "Sådan er det regnet ud": every figure with its formula filled in with the user's numbers.

use yew::prelude::*;

use crate::calculator_view::Scenario;
use crate::ids::Id;
use crate::texts::{Page as T, Texts};

/// What [`workings`] shows.
pub struct WorkingsProps {
    /// The reader's scenario, or `None` while inputs are invalid.
    pub scenario: Option<Scenario>,
}

/// An expandable list of formulas, and the report's sentence for the rule.
pub fn workings(props: &WorkingsProps) -> Html {
    let Some(s) = props.scenario else {
        // Keep the <details> (and whether it is open) while inputs are being fixed.
        return html! {
            <details class="workings" data-testid="workings">
                <summary>{ T::WORKINGS_SUMMARY }</summary>
                <p class="status">{ T::DETAILS_MISSING }</p>
            </details>
        };
    };
    let (app, outcome, p, eligible) = (s.application, s.outcome, s.payout, s.eligible);
    let m = |v| T::money(v);
    let mut lines: Vec<(&str, String)> = vec![
        (
            T::W_UNIT_PRICE,
            format!(
                "{} / {} = {} ({})",
                m(app.budget),
                T::count(app.target),
                m(s.unit_price),
                T::W_TRUNCATED
            ),
        ),
        (T::W_THRESHOLD, T::w_threshold(app.target, s.threshold)),
        (
            T::W_INTERIM,
            if p.threshold_reached {
                format!("{} / 2 = {}", m(app.budget), m(p.interim))
            } else {
                T::w_interim_not_reached(outcome.hires, s.threshold)
            },
        ),
        (
            T::W_ELIGIBLE,
            T::w_eligible(outcome.expenses, app.budget, eligible),
        ),
        (
            T::W_TOTAL,
            if p.threshold_reached {
                format!("{} = {}", m(eligible), m(p.total))
            } else {
                format!("{} / 2 = {}", m(eligible), m(p.total))
            },
        ),
        (
            T::W_FINAL,
            format!("{} − {} = {}", m(p.total), m(p.interim), m(p.final_payment)),
        ),
        (
            T::W_OWN_FINANCING,
            format!(
                "{} − {} = {}",
                m(outcome.expenses),
                m(p.total),
                m(p.own_financing)
            ),
        ),
    ];
    if let Some(per_hire) = s.per_hire {
        lines.push((
            T::W_PER_HIRE,
            format!(
                "{} / {} = {}",
                m(p.total),
                T::count(outcome.hires),
                m(per_hire)
            ),
        ));
    }
    html! {
        <details class="workings" data-testid="workings">
            <summary>{ T::WORKINGS_SUMMARY }</summary>
            <dl>
                { for lines.into_iter().map(|(label, formula)| html! {
                    <div class="working"><dt>{ label }</dt><dd>{ formula }</dd></div>
                }) }
            </dl>
            <p class="figure-note">{ T::W_ROUNDING }</p>
            <p class="figure-note"><a href={Id::RulesHeading.href()} data-testid="workings-rules-link">{ T::W_RULES_LINK }</a></p>
        </details>
    }
}
