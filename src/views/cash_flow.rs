//! When each payment can come, and a warning when the scenario ends badly.

use yew::prelude::*;

use crate::domain::payout::{payout, threshold_hires, Application, Outcome};
use crate::texts::{Page as T, Texts};

/// What [`cash_flow`] shows.
pub struct CashFlowProps {
    /// The application and the user's scenario, or `None` while inputs are invalid.
    pub scenario: Option<(Application, Outcome)>,
}

/// Own financing at or above this share of the actual expenses (percent) is "large".
pub const LARGE_OWN_FINANCING_PERCENT: i64 = 25;

/// The payments in time order: the interim payment, then the final settlement.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn cash_flow(props: &CashFlowProps) -> Html {
    let Some((app, outcome)) = props.scenario else {
        return html! {};
    };
    let p = payout(app, outcome);
    let needed = threshold_hires(app.target);
    let large_own = outcome.expenses.ore() > 0
        && p.own_financing.ore() * 100 >= outcome.expenses.ore() * LARGE_OWN_FINANCING_PERCENT;
    html! {
        <div class="cash-flow" data-testid="cash-flow">
            <ol class="timeline">
                <li>
                    <strong>{ T::CASH_INTERIM_HEADING }</strong>
                    <p>{ T::cash_interim(needed, p.interim, p.threshold_reached) }</p>
                </li>
                <li>
                    <strong>{ T::CASH_FINAL_HEADING }</strong>
                    <p>{ T::cash_final(p.final_payment) }</p>
                </li>
            </ol>
            if p.final_payment.is_negative() {
                <div class="warning" data-testid="repayment-warning">
                    <strong>{ T::WARNING_HEADING }</strong>{ " " }{ T::repayment_warning(p.interim, p.total, p.final_payment) }
                </div>
            }
            if large_own {
                <div class="warning" data-testid="own-financing-warning">
                    <strong>{ T::WARNING_HEADING }</strong>{ " " }{ T::own_financing_warning(p.own_financing, outcome.expenses) }
                </div>
            }
        </div>
    }
}
