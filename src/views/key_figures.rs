//! The application's own figures: unit price and hires needed for the first payment.

use yew::prelude::*;

use crate::domain::money::Money;
use crate::texts::{Page as T, Texts};

/// What [`key_figures`] shows.
pub struct KeyFiguresProps {
    /// The unit price, or `None` while budget or target is not accepted.
    pub unit_price: Option<Money>,
    /// Hires needed for the interim payment, likewise.
    pub threshold: Option<u32>,
}

/// Unit price and threshold; withheld (a dash) while the inputs are not valid.
pub fn key_figures(props: &KeyFiguresProps) -> Html {
    let price = props
        .unit_price
        .map_or_else(|| T::WITHHELD.to_string(), T::money);
    let threshold = props
        .threshold
        .map_or_else(|| T::WITHHELD.to_string(), T::count);
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
