//! The payments of the user's scenario under the pool's payout model.

use yew::prelude::*;

use crate::figure_texts::FigureTexts;
use crate::texts::{Page as T, Texts};

/// What [`payout_figures`] shows.
pub struct PayoutFiguresProps {
    /// The figures as written (a dash each while an input the scenario needs is not
    /// accepted).
    pub texts: FigureTexts,
}

/// Interim, final (or repayment) and total payout, and own financing.
pub fn payout_figures(props: &PayoutFiguresProps) -> Html {
    let t = &props.texts;
    html! {
        <section class="panel" aria-labelledby="payout-heading">
            <h2 id="payout-heading">{ T::PAYOUT_HEADING }</h2>
            if let Some(status) = &t.status {
                <p class="status" data-testid="threshold-status">{ status.clone() }</p>
            }
            <dl class="payout-figures">
                { row(T::INTERIM_LABEL, Some(t.interim_note), "payout-interim", t.interim.clone()) }
                <div class="payout-row" data-repayment={t.repayment.then_some("")}>
                    <dt>{ t.final_label }</dt>
                    <dd class="figure" data-testid="payout-final">{ t.final_payment.clone() }</dd>
                </div>
                <div class="payout-row payout-row--total">
                    <dt>{ T::TOTAL_LABEL }</dt>
                    <dd class="figure" data-testid="payout-total">{ t.total.clone() }</dd>
                </div>
                { row(T::OWN_FINANCING_LABEL, None, "own-financing", t.own_financing.clone()) }
                { row(T::PER_HIRE_LABEL, Some(T::PER_HIRE_NOTE), "payout-per-hire", t.per_hire.clone()) }
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
