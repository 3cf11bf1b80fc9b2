//! The payments of the user's scenario under the pool's payout model.

use yew::prelude::*;

use crate::calculator_view::Scenario;
use crate::domain::money::Money;
use crate::domain::payout::Payout;
use crate::texts::{Page as T, Texts};

/// What [`payout_figures`] shows.
pub struct PayoutFiguresProps {
    /// The reader's scenario, or `None` while any input it needs is not accepted.
    pub scenario: Option<Scenario>,
}

/// Interim, final (or repayment) and total payout, and own financing.
pub fn payout_figures(props: &PayoutFiguresProps) -> Html {
    let scenario = props.scenario.as_ref();
    let money = |f: &dyn Fn(&Payout) -> Money| {
        scenario
            .map(|s| T::money(f(&s.payout)))
            .unwrap_or_else(|| T::WITHHELD.to_string())
    };
    let repayment = scenario.is_some_and(|s| s.payout.final_payment.is_negative());
    let status = scenario
        .map(|s| T::threshold_status(s.outcome.hires, s.threshold, s.payout.threshold_reached));
    let per_hire = scenario
        .and_then(|s| s.per_hire)
        .map_or_else(|| T::WITHHELD.to_string(), T::money);
    let interim_note = match scenario {
        Some(s) if !s.payout.threshold_reached => T::INTERIM_NOTE_NOT_REACHED,
        _ => T::INTERIM_NOTE_REACHED,
    };
    html! {
        <section class="panel" aria-labelledby="payout-heading">
            <h2 id="payout-heading">{ T::PAYOUT_HEADING }</h2>
            if let Some(status) = status {
                <p class="status" data-testid="threshold-status">{ status }</p>
            }
            <dl class="payout-figures">
                { row(T::INTERIM_LABEL, Some(interim_note), "payout-interim", money(&|p| p.interim)) }
                <div class="payout-row" data-repayment={repayment.then_some("")}>
                    <dt>{ if repayment { T::REPAYMENT_LABEL } else { T::FINAL_LABEL } }</dt>
                    <dd class="figure" data-testid="payout-final">{ money(&|p| crate::domain::money::Money::from_ore(p.final_payment.ore().abs())) }</dd>
                </div>
                <div class="payout-row payout-row--total">
                    <dt>{ T::TOTAL_LABEL }</dt>
                    <dd class="figure" data-testid="payout-total">{ money(&|p| p.total) }</dd>
                </div>
                { row(T::OWN_FINANCING_LABEL, None, "own-financing", money(&|p| p.own_financing)) }
                { row(T::PER_HIRE_LABEL, Some(T::PER_HIRE_NOTE), "payout-per-hire", per_hire) }
            </dl>
        </section>
    }
}

/// One figure of the payout: its label, a note under the label if any, and the amount.
/// One function for the rows alike, so their code is in the wasm once.
#[inline(never)]
fn row(
    label: &'static str,
    note: Option<&'static str>,
    testid: &'static str,
    value: String,
) -> Html {
    html! {
        <div class="payout-row">
            <dt>{ label }if let Some(note) = note { <span class="figure-note">{ note }</span> }</dt>
            <dd class="figure" data-testid={testid}>{ value }</dd>
        </div>
    }
}
