//! The application's own figures: unit price and hires needed for the first payment.

use yew::prelude::*;

use crate::domain::payout::{threshold_hires, unit_price, Application};
use crate::texts::{Page as T, Texts};

/// What [`key_figures`] shows.
pub struct KeyFiguresProps {
    /// The application, or `None` while budget or target is not accepted.
    pub application: Option<Application>,
}

/// Unit price and threshold; withheld (a dash) while the inputs are not valid.
pub fn key_figures(props: &KeyFiguresProps) -> Html {
    let (price, threshold) = match props.application {
        Some(app) => (
            T::money(unit_price(app)),
            T::count(threshold_hires(app.target)),
        ),
        None => (T::WITHHELD.to_string(), T::WITHHELD.to_string()),
    };
    html! {
        <dl class="key-figures">
            <div class="key-figure">
                <dt>{ T::UNIT_PRICE_LABEL }</dt>
                <dd class="figure" data-testid="unit-price">{ price }</dd>
                <dd class="figure-note">{ T::UNIT_PRICE_NOTE }</dd>
            </div>
            <div class="key-figure">
                <dt>{ T::THRESHOLD_LABEL }</dt>
                <dd class="figure" data-testid="threshold-hires">{ threshold }</dd>
                <dd class="figure-note">{ T::THRESHOLD_NOTE }</dd>
            </div>
        </dl>
    }
}
