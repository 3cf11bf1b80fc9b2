//! The application's own figures: unit price and hires needed for the first payment.

use yew::prelude::*;

use crate::domain::payout::{threshold_hires, unit_price, Application};
use crate::i18n::Lang;

/// What [`key_figures`] shows.
pub struct KeyFiguresProps {
    /// The page language.
    pub lang: Lang,
    /// The application, or `None` while budget or target is not accepted.
    pub application: Option<Application>,
}

/// Unit price and threshold; withheld (a dash) while the inputs are not valid.
pub fn key_figures(props: &KeyFiguresProps) -> Html {
    let lang = props.lang;
    let t = lang.texts();
    let (price, threshold) = match props.application {
        Some(app) => (
            lang.money(unit_price(app)),
            lang.count(threshold_hires(app.target)),
        ),
        None => (t.withheld.to_string(), t.withheld.to_string()),
    };
    html! {
        <dl class="key-figures">
            <div class="key-figure">
                <dt>{ t.unit_price_label }</dt>
                <dd class="figure" data-testid="unit-price">{ price }</dd>
                <dd class="figure-note">{ t.unit_price_note }</dd>
            </div>
            <div class="key-figure">
                <dt>{ t.threshold_label }</dt>
                <dd class="figure" data-testid="threshold-hires">{ threshold }</dd>
                <dd class="figure-note">{ t.threshold_note }</dd>
            </div>
        </dl>
    }
}
