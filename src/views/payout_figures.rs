//! The payments of the user's scenario under the pool's payout model.

use yew::prelude::*;

use crate::domain::payout::{payout, payout_per_hire, threshold_hires, Application, Outcome};
use crate::texts::{Page as T, Texts};

/// What [`payout_figures`] shows.
pub struct PayoutFiguresProps {
    /// The application and the scenario's outcome, or `None` while any input they need
    /// is not accepted.
    pub scenario: Option<(Application, Outcome)>,
}

/// Interim, final (or repayment) and total payout, and own financing.
pub fn payout_figures(props: &PayoutFiguresProps) -> Html {
    let computed = props
        .scenario
        .map(|(app, outcome)| (app, outcome, payout(app, outcome)));
    let money = |f: &dyn Fn(&crate::domain::payout::Payout) -> crate::domain::money::Money| {
        computed
            .as_ref()
            .map(|(_, _, p)| T::money(f(p)))
            .unwrap_or_else(|| T::WITHHELD.to_string())
    };
    let repayment = computed
        .as_ref()
        .is_some_and(|(_, _, p)| p.final_payment.is_negative());
    let status = computed.as_ref().map(|(app, outcome, p)| {
        T::threshold_status(
            outcome.hires,
            threshold_hires(app.target),
            p.threshold_reached,
        )
    });
    let per_hire = computed
        .as_ref()
        .and_then(|(_, outcome, p)| payout_per_hire(p.total, outcome.hires))
        .map_or_else(|| T::WITHHELD.to_string(), T::money);
    let interim_note = match &computed {
        Some((_, _, p)) if !p.threshold_reached => T::INTERIM_NOTE_NOT_REACHED,
        _ => T::INTERIM_NOTE_REACHED,
    };
    html! {
        <section class="panel" aria-labelledby="payout-heading">
            <h2 id="payout-heading">{ T::PAYOUT_HEADING }</h2>
            if let Some(status) = status {
                <p class="status" data-testid="threshold-status">{ status }</p>
            }
            <dl class="payout-figures">
                <div class="payout-row">
                    <dt>{ T::INTERIM_LABEL }<span class="figure-note">{ interim_note }</span></dt>
                    <dd class="figure" data-testid="payout-interim">{ money(&|p| p.interim) }</dd>
                </div>
                <div class="payout-row" data-repayment={repayment.then_some("")}>
                    <dt>{ if repayment { T::REPAYMENT_LABEL } else { T::FINAL_LABEL } }</dt>
                    <dd class="figure" data-testid="payout-final">{ money(&|p| crate::domain::money::Money::from_ore(p.final_payment.ore().abs())) }</dd>
                </div>
                <div class="payout-row payout-row--total">
                    <dt>{ T::TOTAL_LABEL }</dt>
                    <dd class="figure" data-testid="payout-total">{ money(&|p| p.total) }</dd>
                </div>
                <div class="payout-row">
                    <dt>{ T::OWN_FINANCING_LABEL }</dt>
                    <dd class="figure" data-testid="own-financing">{ money(&|p| p.own_financing) }</dd>
                </div>
                <div class="payout-row">
                    <dt>{ T::PER_HIRE_LABEL }<span class="figure-note">{ T::PER_HIRE_NOTE }</span></dt>
                    <dd class="figure" data-testid="payout-per-hire">{ per_hire }</dd>
                </div>
            </dl>
        </section>
    }
}
