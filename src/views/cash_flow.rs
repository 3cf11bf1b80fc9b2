//! When each payment can come, and a warning when the scenario ends badly.

use yew::prelude::*;

use crate::calculator_view::Scenario;
use crate::texts::{Page as T, Texts};

/// What [`cash_flow`] shows.
pub struct CashFlowProps {
    /// The reader's scenario, or `None` while inputs are invalid.
    pub scenario: Option<Scenario>,
}

/// The payments in time order: the interim payment, then the final settlement.
pub fn cash_flow(props: &CashFlowProps) -> Html {
    let Some(s) = props.scenario else {
        return html! {};
    };
    let (p, needed, large_own, outcome) = (s.payout, s.threshold, s.large_own_financing, s.outcome);
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
