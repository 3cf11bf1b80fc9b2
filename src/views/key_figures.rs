//! The application's own figures: unit price and hires needed for the first payment.

use yew::prelude::*;

use crate::figure_texts::FigureTexts;
use crate::texts::{Page as T, Texts};

/// What [`key_figures`] shows.
pub struct KeyFiguresProps {
    /// The figures as written (a dash each while budget or target is not accepted).
    pub texts: FigureTexts,
}

/// Unit price and threshold; withheld (a dash) while the inputs are not valid.
pub fn key_figures(props: &KeyFiguresProps) -> Html {
    let price = props.texts.unit_price.clone();
    let threshold = props.texts.threshold.clone();
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
